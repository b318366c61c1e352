package org.frontdoor.screening;

import java.time.Clock;
import org.frontdoor.access.AccessLog;
import org.frontdoor.access.Role;
import org.frontdoor.access.SignedInUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The teams beyond the door take what the MASH hands on: the assessment team its referrals (s17 and s47), early
 * help its step-downs. Acceptance is recorded, so the delay from sign-off to acceptance can be seen and reported.
 */
@Controller
class AssessmentQueueController {

    private final Transfers transfers;
    private final TransferAcceptance acceptance;
    private final AccessLog accessLog;
    private final Clock clock;

    AssessmentQueueController(Transfers transfers, TransferAcceptance acceptance, AccessLog accessLog, Clock clock) {
        this.transfers = transfers;
        this.acceptance = acceptance;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    @GetMapping("/assessment/queue")
    String assessment(@AuthenticationPrincipal SignedInUser user, Model model) {
        return queue(DecisionOutcome.Team.ASSESSMENT, user, model);
    }

    @GetMapping("/early-help/queue")
    String earlyHelp(@AuthenticationPrincipal SignedInUser user, Model model) {
        return queue(DecisionOutcome.Team.EARLY_HELP, user, model);
    }

    @PostMapping("/assessment/queue/{id}/accept")
    String acceptReferral(@PathVariable long id, @AuthenticationPrincipal SignedInUser user,
                          RedirectAttributes redirect) {
        return accept(DecisionOutcome.Team.ASSESSMENT, id, user, redirect);
    }

    @PostMapping("/early-help/queue/{id}/accept")
    String acceptStepDown(@PathVariable long id, @AuthenticationPrincipal SignedInUser user,
                          RedirectAttributes redirect) {
        return accept(DecisionOutcome.Team.EARLY_HELP, id, user, redirect);
    }

    private String queue(DecisionOutcome.Team team, SignedInUser user, Model model) {
        require(team, user);
        model.addAttribute("team", team);
        model.addAttribute("queue", transfers.queue(team));
        model.addAttribute("now", clock.instant());
        model.addAttribute("base", base(team));
        return "screening/assessment-queue";
    }

    private String accept(DecisionOutcome.Team team, long id, SignedInUser user, RedirectAttributes redirect) {
        require(team, user);
        Transfers.Queued t = transfers.find(id).filter(q -> q.outcome().transferTo() == team)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (acceptance.accept(t, team, user.getUsername(), clock.instant())) {
            accessLog.record(AccessLog.Action.CHANGE, "Accepted " + t.outcome().label().toLowerCase()
                    + " from contact " + t.contactId(), t.personId());
            redirect.addFlashAttribute("success", t.childName() + " accepted, "
                    + t.waited(clock.instant()) + " after sign-off");
            // The work just started (assessment, strategy discussion, early help episode) heads the child's journey.
            return "redirect:/children/" + t.personId() + "/journey";
        } else {
            Transfers.Queued now = transfers.find(id).orElseThrow();
            redirect.addFlashAttribute("error", now.acceptedByName() + " has already accepted " + t.childName());
        }
        return "redirect:" + base(team);
    }

    private static String base(DecisionOutcome.Team team) {
        return team == DecisionOutcome.Team.ASSESSMENT ? "/assessment/queue" : "/early-help/queue";
    }

    private static void require(DecisionOutcome.Team team, SignedInUser user) {
        boolean allowed = team == DecisionOutcome.Team.ASSESSMENT
                ? user.has(Role.ASSESSMENT_SOCIAL_WORKER) || user.has(Role.ASSESSMENT_MANAGER)
                : user.has(Role.EARLY_HELP);
        if (!allowed) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "This queue is for the " + (team
                    == DecisionOutcome.Team.ASSESSMENT ? "assessment team" : Role.EARLY_HELP.label()));
        }
    }
}
