package org.frontdoor.quality;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.frontdoor.access.AccessLog;
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

/** The moderation agreement report, and live audit feedback as the worker and manager receive it. */
@Controller
class QualityReportsController {

    private final Audits audits;
    private final AuditCases cases;
    private final AuditTemplates templates;
    private final AccessLog accessLog;
    private final Clock clock;

    QualityReportsController(Audits audits, AuditCases cases, AuditTemplates templates, AccessLog accessLog,
                             Clock clock) {
        this.audits = audits;
        this.cases = cases;
        this.templates = templates;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    @GetMapping("/quality/moderation")
    String moderation(Model model) {
        Instant now = clock.instant();
        model.addAttribute("report", ModerationAgreement.of(audits.moderated(now.minus(Duration.ofDays(365)), now)));
        return "quality/moderation";
    }

    @GetMapping("/quality/feedback")
    String feedback(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("feedback", audits.feedbackFor(user.getUsername()));
        return "quality/feedback";
    }

    @GetMapping("/quality/feedback/{id}")
    String feedbackItem(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
        Audits.Feedback f = mine(id, user);
        Audit audit = audits.find(f.auditId()).orElseThrow();
        AuditCase c = cases.find(audit.contactSubjectId()).orElseThrow();
        accessLog.record(AccessLog.Action.VIEW, "Read audit " + audit.id() + " feedback on contact " + c.contactId(),
                c.personId());
        model.addAttribute("item", f);
        model.addAttribute("audit", audit);
        model.addAttribute("case", c);
        model.addAttribute("template", templates.find(audit.templateId()).orElseThrow());
        model.addAttribute("answers", audits.answers(audit.id()));
        model.addAttribute("actions", audits.actions(audit.id()));
        return "quality/feedback-item";
    }

    @PostMapping("/quality/feedback/{id}/acknowledge")
    String acknowledge(@PathVariable long id, @RequestParam(defaultValue = "") String reply,
                       @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
        Audits.Feedback f = mine(id, user);
        if (audits.acknowledge(id, user.getUsername(), reply, clock.instant())) {
            accessLog.record(AccessLog.Action.CHANGE, "Acknowledged feedback on audit " + f.auditId(), null);
            redirect.addFlashAttribute("success", "Feedback acknowledged");
        }
        return "redirect:/quality/feedback";
    }

    private Audits.Feedback mine(long id, SignedInUser user) {
        return audits.feedbackFor(user.getUsername()).stream().filter(f -> f.id() == id).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
