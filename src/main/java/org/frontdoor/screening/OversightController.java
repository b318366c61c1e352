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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Management oversight: the queue of decisions awaiting a manager, and signing off or returning one. */
@Controller
class OversightController {

    private final Decisions decisions;
    private final OversightService oversight;
    private final DecisionThresholds thresholds;
    private final Transfers transfers;
    private final AccessLog accessLog;
    private final Clock clock;

    OversightController(Decisions decisions, OversightService oversight, DecisionThresholds thresholds,
                        Transfers transfers, AccessLog accessLog, Clock clock) {
        this.decisions = decisions;
        this.oversight = oversight;
        this.thresholds = thresholds;
        this.transfers = transfers;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    @GetMapping("/screening/oversight")
    String queue(@AuthenticationPrincipal SignedInUser user, Model model) {
        requireManager(user);
        model.addAttribute("awaiting", decisions.awaiting());
        model.addAttribute("now", clock.instant());
        return "screening/oversight-queue";
    }

    @GetMapping("/screening/decisions/{id}")
    String view(@PathVariable long id, Model model) {
        Decision d = decision(id);
        accessLog.record(AccessLog.Action.VIEW, "Read screening decision " + id + " on contact " + d.contactId(),
                d.personId());
        return page(d, null, d.version(), model);
    }

    @PostMapping("/screening/decisions/{id}/oversight")
    String oversee(@PathVariable long id, @RequestParam(defaultValue = "") String action,
                   @RequestParam(defaultValue = "") String comment, @RequestParam(required = false) Integer version,
                   @AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
        requireManager(user);
        Decision d = decision(id);
        if (!action.equals("sign-off") && !action.equals("return")) {
            model.addAttribute("commentError", "Choose to sign off the decision or return it");
            model.addAttribute("hasErrors", true);
            return page(d, comment, version, model);
        }
        OversightService.Result result = oversight.oversee(d, version, action.equals("sign-off"), comment, user);
        if (result instanceof OversightService.Done done) {
            redirect.addFlashAttribute("success", done.message());
            return "redirect:/screening/oversight";
        }
        if (result instanceof OversightService.Refused refused) {
            model.addAttribute("commentError", refused.message());
        } else if (result instanceof OversightService.Conflict conflict) {
            model.addAttribute("conflict", conflict.message());
        }
        model.addAttribute("hasErrors", true);
        Decision now = decision(id);
        // After a conflict the manager has now read the current version, and may act on it.
        return page(now, comment, result instanceof OversightService.Conflict ? now.version() : version, model);
    }

    private String page(Decision d, String comment, Integer version, Model model) {
        model.addAttribute("decision", d);
        model.addAttribute("child", decisions.subject(d.contactSubjectId()).orElseThrow());
        ThresholdVersion threshold = thresholds.version(d.thresholdVersionId());
        model.addAttribute("threshold", threshold);
        model.addAttribute("levelLabel", threshold.level(d.thresholdLevel()).map(ThresholdLevel::label)
                .orElse("Level " + d.thresholdLevel()));
        model.addAttribute("ticked", decisions.indicators(d.id()).stream()
                .map(id -> threshold.indicator(id).map(ThresholdIndicator::text).orElse("Indicator " + id)).toList());
        model.addAttribute("parentViews", decisions.parentViews(d.id()));
        model.addAttribute("history", decisions.history(d.id()));
        model.addAttribute("comment", comment == null ? "" : comment);
        model.addAttribute("version", version);
        transfers.forDecision(d.id()).ifPresent(t -> model.addAttribute("transfer", t));
        return "screening/oversight";
    }

    private Decision decision(long id) {
        return decisions.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static void requireManager(SignedInUser user) {
        if (!user.has(Role.MASH_MANAGER)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only a MASH team manager oversees decisions");
        }
    }
}
