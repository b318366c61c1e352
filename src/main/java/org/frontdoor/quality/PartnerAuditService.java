package org.frontdoor.quality;

import java.time.Clock;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.frontdoor.access.AccessLog;
import org.frontdoor.web.ChangedMeanwhile;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Multi-agency audits: a QA officer invites one named partner per agency; each partner grades the case themselves,
 * every grade with its rationale. Views stay independent: a partner sees the others only once theirs is in.
 */
@Service
public class PartnerAuditService {

    private final Audits audits;
    private final PartnerAudits partners;
    private final AuditCases cases;
    private final AccessLog accessLog;
    private final Clock clock;
    private final ZoneId zone;

    PartnerAuditService(Audits audits, PartnerAudits partners, AuditCases cases, AccessLog accessLog, Clock clock,
                        ZoneId zone) {
        this.zone = zone;
        this.audits = audits;
        this.partners = partners;
        this.cases = cases;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    /** Field name to message; empty when the partner was invited. */
    @Transactional
    public Map<String, String> invite(Audit audit, String username, String by) {
        Optional<PartnerAudits.Partner> partner = partners.partner(username == null ? "" : username);
        if (partner.isEmpty()) {
            return Map.of("partner", "Choose the partner auditor to invite");
        }
        PartnerAudits.Partner p = partner.get();
        if (partners.ofAudit(audit.id()).stream().anyMatch(i -> i.agencyCode().equals(p.agencyCode()))) {
            return Map.of("partner", p.agencyName() + " already has an auditor invited to this audit: "
                    + "one auditor gives each agency’s view");
        }
        if (audits.agencyViews(audit.id()).stream().anyMatch(v -> v.agencyCode().equals(p.agencyCode()))) {
            return Map.of("partner", p.agencyName() + "’s view of this case is already recorded");
        }
        if (cases.workedOn(audit.contactSubjectId(), p.username())) {
            return Map.of("partner", p.displayName() + " worked on this case, so cannot audit it: invite another "
                    + p.agencyName() + " auditor");
        }
        partners.invite(audit.id(), p, by, clock.instant());
        AuditCase c = cases.find(audit.contactSubjectId()).orElseThrow();
        accessLog.record(AccessLog.Action.CHANGE, "Invited " + p.username() + " (" + p.agencyCode() + ") to grade audit "
                + audit.id(), c.personId());
        return Map.of();
    }

    /** QA may still record the view of an agency with no one invited (an auditor without an account). */
    public Optional<String> onBehalfRefused(Audit audit, String agency) {
        return partners.ofAudit(audit.id()).stream().filter(i -> i.agencyCode().equals(agency)).findFirst()
                .map(i -> i.partnerName() + " was invited to give " + i.agencyName()
                        + "’s view and grades it themselves");
    }

    /** The partner's view, complete: every question graded with a rationale and an overall grade with its rationale. */
    @Transactional
    public Map<String, String> submit(Audit audit, PartnerAudits.Invitation invitation, AuditTemplate template,
                                      Map<Long, AuditRules.Answer> answers, String overallGrade,
                                      String overallRationale) {
        if (invitation.submitted()) {
            return alreadyGiven(invitation.agencyName(), invitation.submittedAt());
        }
        Map<String, String> errors = new LinkedHashMap<>(AuditRules.check(template, answers, overallGrade,
                overallRationale, true));
        if (!errors.isEmpty()) {
            return errors;
        }
        if (!partners.submit(invitation, Grade.parse(overallGrade), overallRationale, answers, clock.instant())) {
            // Given from another tab at the same moment.
            return alreadyGiven(invitation.agencyName(), audits.agencyViews(audit.id()).stream()
                    .filter(v -> v.agencyCode().equals(invitation.agencyCode())).findFirst()
                    .map(Audits.AgencyView::recordedAt).orElse(null));
        }
        AuditCase c = cases.find(audit.contactSubjectId()).orElseThrow();
        accessLog.record(AccessLog.Action.CHANGE, "Gave " + invitation.agencyCode() + "’s view on audit " + audit.id()
                + " of contact " + c.contactId(), c.personId());
        return Map.of();
    }

    /** A view is given once: a second tab is told when, and keeps what it typed on screen. */
    private Map<String, String> alreadyGiven(String agencyName, java.time.Instant at) {
        return Map.of("overallGrade", "You have already given " + agencyName + "’s view of this case"
                + (at == null ? "" : " at " + ChangedMeanwhile.when(at, zone, clock.instant()))
                + ", and a view cannot change once given. Nothing was saved: what you typed is below");
    }

    public AuditViews views(Audit audit) {
        return AuditViews.of(audit, audits.answers(audit.id()), audits.agencyViews(audit.id()),
                partners.answers(audit.id()));
    }
}
