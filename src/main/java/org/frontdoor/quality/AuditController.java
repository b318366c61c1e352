package org.frontdoor.quality;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.frontdoor.access.AccessLog;
import org.frontdoor.access.SignedInUser;
import org.frontdoor.web.ChangedMeanwhile;
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

/** Case file audits: choosing a case by hand, reading it, grading it, its actions, moderation and agency views. */
@Controller
class AuditController {

    private final Audits audits;
    private final AuditCases cases;
    private final AuditTemplates templates;
    private final AuditService service;
    private final AccessLog accessLog;
    private final java.time.Clock clock;
    private final PartnerAudits partners;
    private final PartnerAuditService partnerAudits;
    private final ZoneId zone;

    AuditController(Audits audits, AuditCases cases, AuditTemplates templates, AuditService service,
                    AccessLog accessLog, java.time.Clock clock, PartnerAudits partners,
                    PartnerAuditService partnerAudits, ZoneId zone) {
        this.zone = zone;
        this.clock = clock;
        this.partners = partners;
        this.partnerAudits = partnerAudits;
        this.audits = audits;
        this.cases = cases;
        this.templates = templates;
        this.service = service;
        this.accessLog = accessLog;
    }

    @GetMapping("/quality")
    String list(Model model) {
        model.addAttribute("inProgress", audits.list("IN_PROGRESS"));
        model.addAttribute("completed", audits.list("COMPLETED"));
        model.addAttribute("overdue", audits.overdueActions(service.today()));
        return "quality/audits";
    }

    @GetMapping("/quality/cases")
    String choose(@RequestParam(required = false) Long contact, Model model) {
        return choosePage(contact, null, model);
    }

    @PostMapping("/quality/audits")
    String start(@RequestParam long contact, @RequestParam long subjectId, @RequestParam(defaultValue = "0") long templateId,
                 @AuthenticationPrincipal SignedInUser user, Model model) {
        AuditService.Outcome outcome = service.start(subjectId, templateId, user.getUsername());
        if (!outcome.ok()) {
            return choosePage(contact, outcome.problem(), model);
        }
        return "redirect:/quality/audits/" + outcome.id();
    }

    private String choosePage(Long contact, String problem, Model model) {
        model.addAttribute("contact", contact);
        model.addAttribute("children", contact == null ? List.of() : cases.ofContact(contact));
        model.addAttribute("templates", templates.published());
        model.addAttribute("problem", problem);
        return "quality/choose";
    }

    @GetMapping("/quality/audits/{id}")
    String view(@PathVariable long id, Model model) {
        Audit audit = audit(id);
        return page(audit, audits.answers(id), audit.overallGrade(), audit.overallRationale(), audit.learning(),
                audit.live(), Map.of(), model);
    }

    @PostMapping("/quality/audits/{id}")
    String save(@PathVariable long id, @RequestParam Map<String, String> form,
                @AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
        Audit audit = audit(id);
        AuditTemplate template = templates.find(audit.templateId()).orElseThrow();
        Map<Long, AuditRules.Answer> answers = new HashMap<>();
        for (AuditTemplate.Question q : template.questions()) {
            answers.put(q.id(), new AuditRules.Answer(form.get("grade-" + q.id()), form.get("rationale-" + q.id())));
        }
        boolean complete = "complete".equals(form.get("action"));
        boolean live = "true".equals(form.get("live"));
        Map<String, String> errors = service.save(audit, version(form.get("version")), template, answers,
                form.get("overallGrade"), form.get("overallRationale"), form.get("learning"), live, complete,
                user.getUsername());
        if (!errors.isEmpty()) {
            // After a clash the form takes the version now saved, so that saving again (after checking) works.
            if (errors.containsKey(AuditService.GRADES)) {
                audit = audit(id);
            }
            return page(audit, answers, form.get("overallGrade"), form.get("overallRationale"), form.get("learning"),
                    live, errors, model);
        }
        redirect.addFlashAttribute("success", complete ? "Audit completed" + (live
                ? ": feedback sent to the worker and manager" : "") : "Audit saved");
        return "redirect:/quality/audits/" + id;
    }

    @PostMapping("/quality/audits/{id}/actions")
    String addAction(@PathVariable long id, @RequestParam Map<String, String> form,
                     @AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
        Audit audit = audit(id);
        String d = form.getOrDefault("actionDueDay", ""), m = form.getOrDefault("actionDueMonth", ""),
                y = form.getOrDefault("actionDueYear", "");
        boolean given = !(d.isBlank() && m.isBlank() && y.isBlank());
        LocalDate due = null;
        try {
            due = given ? LocalDate.of(Integer.parseInt(y.strip()), Integer.parseInt(m.strip()),
                    Integer.parseInt(d.strip())) : null;
        } catch (NumberFormatException | DateTimeException e) {
            due = null;
        }
        Map<String, String> errors = service.addAction(audit, form.get("actionText"), form.get("actionOwner"), due,
                given, user.getUsername());
        if (!errors.isEmpty()) {
            model.addAttribute("actionForm", form);
            return page(audit, audits.answers(id), audit.overallGrade(), audit.overallRationale(), audit.learning(),
                    audit.live(), errors, model);
        }
        redirect.addFlashAttribute("success", "Action added");
        return "redirect:/quality/audits/" + id + "#actions";
    }

    @PostMapping("/quality/actions/{id}/done")
    String actionDone(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
        AuditAction action = audits.action(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (audits.actionDone(id, service.today(), user.getUsername())) {
            accessLog.record(AccessLog.Action.CHANGE, "Marked action " + id + " of audit " + action.auditId()
                    + " done", null);
            redirect.addFlashAttribute("success", "Action marked done");
        }
        return "redirect:/quality/audits/" + action.auditId() + "#actions";
    }

    @PostMapping("/quality/audits/{id}/moderation")
    String moderate(@PathVariable long id, @RequestParam(defaultValue = "") String moderatedGrade,
                    @RequestParam(defaultValue = "") String moderationReason,
                    @AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
        Audit audit = audit(id);
        Map<String, String> errors = service.moderate(audit, moderatedGrade, moderationReason, user.getUsername());
        if (!errors.isEmpty()) {
            model.addAttribute("moderationForm", Map.of("moderatedGrade", moderatedGrade,
                    "moderationReason", moderationReason));
            return page(audit, audits.answers(id), audit.overallGrade(), audit.overallRationale(), audit.learning(),
                    audit.live(), errors, model);
        }
        redirect.addFlashAttribute("success", "Moderation recorded");
        return "redirect:/quality/audits/" + id + "#moderation";
    }

    @PostMapping("/quality/audits/{id}/agency-views")
    String agencyView(@PathVariable long id, @RequestParam Map<String, String> form,
                      @AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
        Audit audit = audit(id);
        Map<String, String> errors = new LinkedHashMap<>();
        String agency = form.getOrDefault("agency", "");
        Grade grade = Grade.parse(form.get("agencyGrade"));
        Optional<Audits.AgencyView> current = agencyView(id, agency);
        Integer version = current.map(Audits.AgencyView::version).orElse(null);
        // The version of this agency's view the form saw (none: there was no view); no "seen": take the current one.
        Integer loaded = form.containsKey("seen") ? AgencyViewsSeen.parse(form.get("seen")).get(agency) : version;
        if (audits.agencies().stream().noneMatch(a -> a.getKey().equals(agency))) {
            errors.put("agency", "Choose the agency whose view this is");
        }
        partnerAudits.onBehalfRefused(audit, agency).ifPresent(problem -> errors.put("agency", problem));
        if (errors.isEmpty() && version != null && !version.equals(loaded)) {
            return agencyViewChanged(audit, current.orElseThrow(), form, model);
        }
        if (AuditRules.blank(form.get("agencyAuditor"))) {
            errors.put("agencyAuditor", "Enter the name of the agency's auditor");
        }
        if (grade == null || grade == Grade.NOT_APPLICABLE) {
            errors.put("agencyGrade", "Choose the agency's grade");
        } else if (AuditRules.blank(form.get("agencyRationale"))) {
            errors.put("agencyRationale", "Write why the agency gave the grade of " + grade.label().toLowerCase());
        }
        if (!errors.isEmpty()) {
            model.addAttribute("agencyForm", form);
            return page(audit, audits.answers(id), audit.overallGrade(), audit.overallRationale(), audit.learning(),
                    audit.live(), errors, model);
        }
        if (!audits.recordAgencyView(id, agency, version, form.get("agencyAuditor"), grade,
                form.get("agencyRationale"), user.getUsername(), clock.instant())) {
            return agencyViewChanged(audit, agencyView(id, agency).orElseThrow(), form, model);
        }
        accessLog.record(AccessLog.Action.CHANGE, "Recorded " + agency + "'s view on its behalf on audit " + id,
                null);
        redirect.addFlashAttribute("success", "Agency view recorded");
        return "redirect:/quality/audits/" + id + "#agencies";
    }

    private Optional<Audits.AgencyView> agencyView(long auditId, String agency) {
        return audits.agencyViews(auditId).stream().filter(v -> v.agencyCode().equals(agency)).findFirst();
    }

    /** Someone recorded (or the partner gave) this agency's view since the form was loaded: say who and when. */
    private String agencyViewChanged(Audit audit, Audits.AgencyView now, Map<String, String> form, Model model) {
        Map<String, String> typed = new HashMap<>(form);
        typed.put("seen", AgencyViewsSeen.of(audits.agencyViews(audit.id())));
        model.addAttribute("agencyForm", typed);
        String message = ChangedMeanwhile.message(now.agencyName() + "’s view", now.recordedByName(),
                now.recordedAt(), zone, clock.instant());
        return page(audit, audits.answers(audit.id()), audit.overallGrade(), audit.overallRationale(),
                audit.learning(), audit.live(), Map.of("agency", message), model);
    }

    /** A multi-agency audit: a named partner of an agency grades the case themselves. */
    @PostMapping("/quality/audits/{id}/partners")
    String invite(@PathVariable long id, @RequestParam(defaultValue = "") String partner,
                  @AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
        Audit audit = audit(id);
        Map<String, String> errors = partnerAudits.invite(audit, partner, user.getUsername());
        if (!errors.isEmpty()) {
            model.addAttribute("inviteForm", Map.of("partner", partner));
            return page(audit, audits.answers(id), audit.overallGrade(), audit.overallRationale(), audit.learning(),
                    audit.live(), errors, model);
        }
        redirect.addFlashAttribute("success", partners.partner(partner).map(PartnerAudits.Partner::displayName)
                .orElse(partner) + " invited to grade this case");
        return "redirect:/quality/audits/" + id + "#partners";
    }

    private String page(Audit audit, Map<Long, AuditRules.Answer> answers, String overallGrade, String overallRationale,
                        String learning, boolean live, Map<String, String> errors, Model model) {
        AuditCase c = cases.find(audit.contactSubjectId()).orElseThrow();
        accessLog.record(AccessLog.Action.VIEW, "Read contact " + c.contactId() + " for audit " + audit.id(),
                c.personId());
        model.addAttribute("audit", audit);
        model.addAttribute("case", c);
        model.addAttribute("template", templates.find(audit.templateId()).orElseThrow());
        model.addAttribute("answers", answers);
        model.addAttribute("overallGrade", overallGrade == null ? "" : overallGrade);
        model.addAttribute("overallRationale", overallRationale == null ? "" : overallRationale);
        model.addAttribute("learning", learning == null ? "" : learning);
        model.addAttribute("live", live);
        model.addAttribute("errors", errors);
        model.addAttribute("grades", Grade.values());
        model.addAttribute("overallGrades", Grade.overall());
        model.addAttribute("actions", audits.actions(audit.id()));
        model.addAttribute("today", service.today());
        model.addAttribute("moderation", audits.moderation(audit.id()).orElse(null));
        model.addAttribute("feedback", audits.feedback(audit.id()));
        model.addAttribute("views", partnerAudits.views(audit));
        List<PartnerAudits.Invitation> invitations = partners.ofAudit(audit.id());
        model.addAttribute("invitations", invitations);
        // Only partners of agencies with no auditor invited yet.
        model.addAttribute("partners", partners.partners().stream().filter(p -> invitations.stream()
                .noneMatch(i -> i.agencyCode().equals(p.agencyCode()))).toList());
        model.addAttribute("agencies", audits.agencies());
        if (!model.containsAttribute("actionForm")) {
            model.addAttribute("actionForm", Map.of());
        }
        if (!model.containsAttribute("moderationForm")) {
            model.addAttribute("moderationForm", Map.of());
        }
        if (!model.containsAttribute("inviteForm")) {
            model.addAttribute("inviteForm", Map.of());
        }
        if (!model.containsAttribute("agencyForm")) {
            model.addAttribute("agencyForm", Map.of());
        }
        // A refused form keeps the versions it was loaded at, so that a stale one stays stale.
        @SuppressWarnings("unchecked")
        Map<String, String> agencyForm = (Map<String, String>) model.getAttribute("agencyForm");
        model.addAttribute("agencyViewsSeen", agencyForm.containsKey("seen") ? agencyForm.get("seen")
                : AgencyViewsSeen.of(audits.agencyViews(audit.id())));
        return "quality/audit";
    }

    /** The version a grading form was loaded at; null if the form did not say. */
    private static Integer version(String text) {
        return text != null && text.strip().matches("\\d{1,9}") ? Integer.valueOf(text.strip()) : null;
    }

    private Audit audit(long id) {
        return audits.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
