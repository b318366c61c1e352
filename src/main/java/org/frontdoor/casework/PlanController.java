package org.frontdoor.casework;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.frontdoor.access.AccessLog;
import org.frontdoor.access.SignedInUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A CIN or CP plan: its review clock, conferences or reviews, visits, and its end. */
@Controller
class PlanController {

    static final List<String[]> REVIEW_DECISIONS = List.of(new String[] {"CONTINUE_PLAN", "Continue the plan"},
            new String[] {"END_PLAN", "End the plan"});

    private final Plans plans;
    private final Conferences conferences;
    private final AccessLog accessLog;

    PlanController(Plans plans, Conferences conferences, AccessLog accessLog) {
        this.plans = plans;
        this.conferences = conferences;
        this.accessLog = accessLog;
    }

    @GetMapping("/casework/plans/{id}")
    String view(@PathVariable long id, Model model) {
        Plans.Plan plan = plan(id);
        accessLog.record(AccessLog.Action.VIEW, "Opened plan " + id, plan.personId());
        return page(plan, model);
    }

    @PostMapping("/casework/plans/{id}/review-conference")
    String reviewConference(@PathVariable long id, @ModelAttribute("conferenceForm") ConferenceForm form,
                            BindingResult binding, @AuthenticationPrincipal SignedInUser user, Model model,
                            RedirectAttributes redirect) {
        plan(id);
        return after(plans.recordReviewConference(id, form, user.getUsername()), id, "Review conference recorded.",
                form::setVersion, binding, model, redirect);
    }

    @PostMapping("/casework/plans/{id}/review")
    String review(@PathVariable long id, @ModelAttribute("reviewForm") PlanForm form, BindingResult binding,
                  @AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
        plan(id);
        return after(plans.recordCinReview(id, form, user.getUsername()), id, "Plan review recorded.",
                form::setVersion, binding, model, redirect);
    }

    @PostMapping("/casework/plans/{id}/visit")
    String visit(@PathVariable long id, @ModelAttribute("visitForm") PlanForm form, BindingResult binding,
                 @AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
        plan(id);
        return after(plans.recordVisit(id, form, user.getUsername()), id, "Visit recorded.", form::setVersion, binding,
                model, redirect);
    }

    @PostMapping("/casework/plans/{id}/end")
    String end(@PathVariable long id, @ModelAttribute("endForm") PlanForm form, BindingResult binding,
               @AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
        plan(id);
        return after(plans.end(id, form, user.getUsername()), id, "Plan ended.", form::setVersion, binding, model,
                redirect);
    }

    private String after(PlanResult result, long id, String success, Consumer<Integer> version, BindingResult binding,
                         Model model, RedirectAttributes redirect) {
        if (result instanceof PlanResult.Done) {
            redirect.addFlashAttribute("success", success);
            return "redirect:/casework/plans/" + id;
        }
        S47EnquiryController.refused(result, binding, model);
        Plans.Plan plan = plan(id);
        if (result instanceof PlanResult.Conflict) {
            // What was typed stays; saving it again, now the user has been told, is their informed choice.
            version.accept(plan.version());
        }
        return page(plan, model);
    }

    /** The page; forms not in the model already (the one just refused keeps what was typed) start empty. */
    private String page(Plans.Plan plan, Model model) {
        model.addAttribute("plan", plan);
        if (plan.nextReviewDue() != null) {
            model.addAttribute("reviewClock", plans.reviewStatus(plan));
        }
        model.addAttribute("secondOrSubsequent", plans.secondOrSubsequent(plan));
        model.addAttribute("conferences", plan.cp() ? conferences.reviewsOf(plan.id()) : List.of());
        if (plan.conferenceId() != null) {
            conferences.find(plan.conferenceId()).ifPresent(c -> model.addAttribute("initialConference", c));
        }
        model.addAttribute("reviews", plans.reviews(plan.id()));
        model.addAttribute("visits", plans.visits(plan.id()));
        model.addAttribute("reviewDecisions", REVIEW_DECISIONS);
        model.addAttribute("categories", PlanRules.CATEGORIES.stream()
                .map(c -> new String[] {c, PlanRules.categoryLabel(c)}).toList());
        Function<Integer, PlanForm> fresh = v -> {
            PlanForm f = new PlanForm();
            f.setVersion(v);
            return f;
        };
        if (!model.containsAttribute("conferenceForm")) {
            ConferenceForm c = new ConferenceForm();
            c.setVersion(plan.version());
            c.setCategory(plan.category());
            model.addAttribute("conferenceForm", c);
        }
        for (String name : List.of("reviewForm", "visitForm", "endForm")) {
            if (!model.containsAttribute(name)) {
                model.addAttribute(name, fresh.apply(plan.version()));
            }
        }
        return "casework/plan";
    }

    private Plans.Plan plan(long id) {
        return plans.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
