package org.frontdoor.casework;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;
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

/** A section 47 enquiry: its ICPC clock, its outcome, and the initial child protection conference. */
@Controller
class S47EnquiryController {

    static final List<String[]> OUTCOMES = List.of(new String[] {"ICPC", "Initial child protection conference"},
            new String[] {"CIN_PLAN", "Child in need plan"}, new String[] {"NFA", "No further action"});
    static final List<String[]> ICPC_DECISIONS = List.of(new String[] {"CP_PLAN", "Child protection plan"},
            new String[] {"CIN_PLAN", "Child in need plan"}, new String[] {"NFA", "No further action"});

    private final S47Enquiries enquiries;
    private final StrategyDiscussions discussions;
    private final Conferences conferences;
    private final Plans plans;
    private final AccessLog accessLog;
    private final Clock clock;
    private final ZoneId zone;

    S47EnquiryController(S47Enquiries enquiries, StrategyDiscussions discussions, Conferences conferences, Plans plans,
                         AccessLog accessLog, Clock clock, ZoneId zone) {
        this.enquiries = enquiries;
        this.discussions = discussions;
        this.conferences = conferences;
        this.plans = plans;
        this.accessLog = accessLog;
        this.clock = clock;
        this.zone = zone;
    }

    @GetMapping("/casework/s47/{id}")
    String view(@PathVariable long id, Model model) {
        S47Enquiries.Enquiry e = enquiry(id);
        accessLog.record(AccessLog.Action.VIEW, "Opened section 47 enquiry " + id, e.personId());
        S47Form outcome = new S47Form();
        outcome.setVersion(e.version());
        ConferenceForm conference = new ConferenceForm();
        conference.setVersion(e.version());
        return page(e, outcome, conference, model);
    }

    @PostMapping("/casework/s47/{id}/outcome")
    String outcome(@PathVariable long id, @ModelAttribute("outcomeForm") S47Form form, BindingResult binding,
                   @AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
        enquiry(id);
        PlanResult result = enquiries.recordOutcome(id, form, user.getUsername());
        if (result instanceof PlanResult.Done) {
            redirect.addFlashAttribute("success", "Outcome of the section 47 enquiry recorded.");
            return "redirect:/casework/s47/" + id;
        }
        refused(result, binding, model);
        ConferenceForm conference = new ConferenceForm();
        S47Enquiries.Enquiry e = enquiry(id);
        conference.setVersion(e.version());
        keep(result, e, form::setVersion, "outcome", model);
        return page(e, form, conference, model);
    }

    @PostMapping("/casework/s47/{id}/conference")
    String conference(@PathVariable long id, @ModelAttribute("conferenceForm") ConferenceForm form,
                      BindingResult binding, @AuthenticationPrincipal SignedInUser user, Model model,
                      RedirectAttributes redirect) {
        enquiry(id);
        PlanResult result = enquiries.recordInitialConference(id, form, user.getUsername());
        if (result instanceof PlanResult.Done done) {
            redirect.addFlashAttribute("success", "Initial child protection conference recorded.");
            return plans.fromConference(done.id()).map(p -> "redirect:/casework/plans/" + p.id())
                    .orElse("redirect:/casework/s47/" + id);
        }
        refused(result, binding, model);
        S47Enquiries.Enquiry e = enquiry(id);
        S47Form outcome = new S47Form();
        outcome.setVersion(e.version());
        keep(result, e, form::setVersion, "conference", model);
        return page(e, outcome, form, model);
    }

    /**
     * After a conflict the refused form stays on screen with what was typed, now at the current version, so that
     * saving again is an informed choice; if the step has been taken meanwhile the form shows without its button.
     */
    private static void keep(PlanResult result, S47Enquiries.Enquiry e, Consumer<Integer> version,
                             String form, Model model) {
        if (result instanceof PlanResult.Conflict) {
            version.accept(e.version());
            model.addAttribute("kept", form);
        }
    }

    static void refused(PlanResult result, BindingResult binding, Model model) {
        if (result instanceof PlanResult.Refused refused) {
            refused.problems().forEach(p -> binding.rejectValue(p.field(), "casework", p.message()));
        } else if (result instanceof PlanResult.Conflict conflict) {
            model.addAttribute("conflict", conflict.message());
        }
        model.addAttribute("hasErrors", true);
    }

    private String page(S47Enquiries.Enquiry e, S47Form outcome, ConferenceForm conference, Model model) {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        model.addAttribute("enquiry", e);
        model.addAttribute("strategy", discussions.find(e.strategyDiscussionId()).orElseThrow());
        if (!e.completed() || e.awaitingConference() || e.conferenceId() != null) {
            model.addAttribute("icpcClock", ConferenceClocks.status(e.icpcDueOn(), e.conferenceHeldOn(), today));
        }
        model.addAttribute("outcomeForm", outcome);
        model.addAttribute("conferenceForm", conference);
        model.addAttribute("outcomes", OUTCOMES);
        model.addAttribute("icpcDecisions", ICPC_DECISIONS);
        model.addAttribute("categories", PlanRules.CATEGORIES.stream()
                .map(c -> new String[] {c, PlanRules.categoryLabel(c)}).toList());
        model.addAttribute("hadCpPlan", plans.hadCpPlan(e.personId()));
        if (e.conferenceId() != null) {
            model.addAttribute("conference", conferences.find(e.conferenceId()).orElseThrow());
            plans.fromConference(e.conferenceId()).ifPresent(p -> model.addAttribute("plan", p));
        }
        plans.cinFromS47(e.id()).ifPresent(p -> model.addAttribute("plan", p));
        return "casework/s47";
    }

    private S47Enquiries.Enquiry enquiry(long id) {
        return enquiries.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
