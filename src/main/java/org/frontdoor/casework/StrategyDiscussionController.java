package org.frontdoor.casework;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.frontdoor.access.AccessLog;
import org.frontdoor.access.SignedInUser;
import org.frontdoor.calendar.ClockStatus;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** One strategy discussion: its clock, the form to record it, and what it decided. */
@Controller
class StrategyDiscussionController {

    private final StrategyDiscussions discussions;
    private final S47Enquiries enquiries;
    private final AccessLog accessLog;
    private final Clock clock;

    StrategyDiscussionController(StrategyDiscussions discussions, S47Enquiries enquiries, AccessLog accessLog,
                                 Clock clock) {
        this.discussions = discussions;
        this.enquiries = enquiries;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    @GetMapping("/casework/strategy/{id}")
    String view(@PathVariable long id, Model model) {
        StrategyDiscussions.Discussion d = discussion(id);
        accessLog.record(AccessLog.Action.VIEW, "Opened strategy discussion " + id, d.personId());
        StrategyForm form = new StrategyForm();
        form.setVersion(d.version());
        return page(d, form, model);
    }

    @PostMapping("/casework/strategy/{id}")
    String record(@PathVariable long id, @ModelAttribute("form") StrategyForm form, BindingResult binding,
                  @AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
        StrategyDiscussions.Discussion d = discussion(id);
        PlanResult result = discussions.record(id, form, user.getUsername());
        if (result instanceof StrategyDiscussions.Recorded recorded) {
            redirect.addFlashAttribute("success", "Strategy discussion recorded: "
                    + recorded.outcome().outcome().label().toLowerCase() + ".");
            return recorded.s47Id() == null ? "redirect:/casework/strategy/" + id
                    : "redirect:/casework/s47/" + recorded.s47Id();
        }
        StrategyDiscussions.Discussion now = discussion(id);
        if (result instanceof PlanResult.Refused refused) {
            refused.problems().forEach(p -> binding.rejectValue(p.field(), "strategy", p.message()));
        } else if (result instanceof PlanResult.Conflict conflict) {
            model.addAttribute("conflict", conflict.message());
            // What was typed stays, at the version now current: saving again is an informed choice.
            form.setVersion(now.version());
            model.addAttribute("kept", true);
        }
        model.addAttribute("hasErrors", true);
        return page(now, form, model);
    }

    @PostMapping("/casework/strategy/{id}/follow-up")
    String followUp(@PathVariable long id, @RequestParam(required = false) Integer version,
                    @AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
        StrategyDiscussions.Discussion d = discussion(id);
        PlanResult result = discussions.followUp(d, version, user.getUsername());
        if (result instanceof PlanResult.Done next) {
            redirect.addFlashAttribute("success", "Follow-up strategy meeting requested.");
            return "redirect:/casework/strategy/" + next.id();
        }
        model.addAttribute("conflict", ((PlanResult.Conflict) result).message());
        StrategyForm form = new StrategyForm();
        StrategyDiscussions.Discussion now = discussion(id);
        form.setVersion(now.version());
        return page(now, form, model);
    }

    private String page(StrategyDiscussions.Discussion d, StrategyForm form, Model model) {
        model.addAttribute("discussion", d);
        model.addAttribute("clock", status(d));
        model.addAttribute("followUps", discussions.forPerson(d.personId()).stream()
                .filter(f -> f.followUpOf() != null && f.followUpOf() == d.id()).toList());
        if (d.held()) {
            model.addAttribute("followUpVersion", d.version());
            List<StrategyDiscussions.Attendee> attendees = discussions.attendees(d.id());
            model.addAttribute("attendees", attendees);
            model.addAttribute("missing", discussions.missingPartners(
                    attendees.stream().map(StrategyDiscussions.Attendee::agency).toList()));
            enquiries.forStrategy(d.id()).ifPresent(e -> model.addAttribute("enquiry", e));
        }
        if (!d.held() || model.containsAttribute("kept")) {
            if (!d.held() && !form.present().isEmpty()) {
                model.addAttribute("missing", discussions.missingPartners(
                        form.present().stream().map(StrategyForm.Attendee::getAgency).toList()));
            }
            form.padAttendees();
            model.addAttribute("form", form);
            model.addAttribute("agencies", discussions.agencies());
            model.addAttribute("decisions", StrategyDecision.values());
            model.addAttribute("errorOrder", errorOrder(form));
        }
        return "casework/strategy";
    }

    /** Held on or before the due time is on time; a discussion held before its request counts as held at it. */
    private ClockStatus status(StrategyDiscussions.Discussion d) {
        org.frontdoor.calendar.Clock c = new org.frontdoor.calendar.Clock(d.requestedAt(), d.dueBy());
        if (d.held()) {
            c = c.withMetAt(d.heldAt().isBefore(d.requestedAt()) ? d.requestedAt() : d.heldAt());
        }
        return c.status(Instant.now(clock), Duration.ofHours(2));
    }

    private StrategyDiscussions.Discussion discussion(long id) {
        return discussions.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static String errorOrder(StrategyForm f) {
        StringBuilder order = new StringBuilder("heldDay,heldTime,attendees");
        for (int i = 0; i < f.getAttendees().size(); i++) {
            order.append(",attendees[").append(i).append("].name,attendees[").append(i).append("].agency");
        }
        return order.append(",informationShared,outcome,rationale").toString();
    }
}
