package org.frontdoor.quality;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
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

/**
 * A partner auditor's side of a multi-agency audit: the audits they were invited to, the case read-only for that
 * audit alone, and their agency's grading. Other views are shown only once theirs is given, so each is independent.
 */
@Controller
class PartnerAuditController {

    private final Audits audits;
    private final PartnerAudits partners;
    private final AuditCases cases;
    private final AuditTemplates templates;
    private final PartnerAuditService service;
    private final AccessLog accessLog;

    PartnerAuditController(Audits audits, PartnerAudits partners, AuditCases cases, AuditTemplates templates,
                           PartnerAuditService service, AccessLog accessLog) {
        this.audits = audits;
        this.partners = partners;
        this.cases = cases;
        this.templates = templates;
        this.service = service;
        this.accessLog = accessLog;
    }

    @GetMapping("/quality/partner/audits")
    String list(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("invitations", partners.forPartner(user.getUsername()));
        return "quality/partner-audits";
    }

    @GetMapping("/quality/partner/audits/{id}")
    String view(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
        PartnerAudits.Invitation invitation = invited(id, user);
        return page(invitation, Map.of(), "", "", Map.of(), model);
    }

    @PostMapping("/quality/partner/audits/{id}")
    String submit(@PathVariable long id, @RequestParam Map<String, String> form,
                  @AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
        PartnerAudits.Invitation invitation = invited(id, user);
        Audit audit = audits.find(id).orElseThrow();
        AuditTemplate template = templates.find(audit.templateId()).orElseThrow();
        Map<Long, AuditRules.Answer> answers = new HashMap<>();
        for (AuditTemplate.Question q : template.questions()) {
            answers.put(q.id(), new AuditRules.Answer(form.get("grade-" + q.id()), form.get("rationale-" + q.id())));
        }
        Map<String, String> errors = service.submit(audit, invitation, template, answers, form.get("overallGrade"),
                form.get("overallRationale"));
        if (!errors.isEmpty()) {
            // Read again: a view given from another tab meanwhile shows as given, with what this one typed.
            return page(partners.find(id, user.getUsername()).orElse(invitation), answers, form.get("overallGrade"),
                    form.get("overallRationale"), errors, model);
        }
        redirect.addFlashAttribute("success", invitation.agencyName() + "’s view submitted");
        return "redirect:/quality/partner/audits/" + id;
    }

    private String page(PartnerAudits.Invitation invitation, Map<Long, AuditRules.Answer> answers,
                        String overallGrade, String overallRationale, Map<String, String> errors, Model model) {
        Audit audit = audits.find(invitation.auditId()).orElseThrow();
        AuditCase c = cases.find(audit.contactSubjectId()).orElseThrow();
        accessLog.record(AccessLog.Action.VIEW, "Read contact " + c.contactId() + " for audit " + audit.id()
                + " as " + invitation.agencyCode() + "’s auditor", c.personId());
        model.addAttribute("invitation", invitation);
        model.addAttribute("audit", audit);
        model.addAttribute("case", c);
        model.addAttribute("template", templates.find(audit.templateId()).orElseThrow());
        model.addAttribute("answers", answers);
        model.addAttribute("overallGrade", overallGrade == null ? "" : overallGrade);
        model.addAttribute("overallRationale", overallRationale == null ? "" : overallRationale);
        model.addAttribute("errors", errors);
        model.addAttribute("grades", Grade.values());
        model.addAttribute("overallGrades", Grade.overall());
        // The others' grades only once this partner's own view is in: independent views.
        model.addAttribute("views", invitation.submitted() ? service.views(audit) : null);
        return "quality/partner-audit";
    }

    /** The partner's invitation to this audit; anyone else is refused as if it did not exist, and the try logged. */
    private PartnerAudits.Invitation invited(long auditId, SignedInUser user) {
        Optional<PartnerAudits.Invitation> invitation = partners.find(auditId, user.getUsername());
        if (invitation.isEmpty()) {
            Long child = audits.find(auditId).flatMap(a -> cases.find(a.contactSubjectId()))
                    .map(AuditCase::personId).orElse(null);
            accessLog.record(AccessLog.Action.DENIED, "Refused audit " + auditId + " to a partner not invited to it",
                    child);
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return invitation.get();
    }
}
