package org.frontdoor.quality;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.frontdoor.access.AccessLog;
import org.frontdoor.web.ChangedMeanwhile;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Starting, grading, moderating and feeding back on audits, with the rules that refuse bad input. */
@Service
public class AuditService {

    /** Either the id made or the problem, in words for the user. */
    public record Outcome(Long id, String problem) {
        static Outcome done(long id) {
            return new Outcome(id, null);
        }

        static Outcome refused(String problem) {
            return new Outcome(null, problem);
        }

        public boolean ok() {
            return problem == null;
        }
    }

    /** The problem key for a stale grading form: the error summary links to the grades. */
    public static final String GRADES = "grades";

    private final Audits audits;
    private final AuditCases cases;
    private final AuditTemplates templates;
    private final AccessLog accessLog;
    private final Clock clock;
    private final ZoneId zone;

    AuditService(Audits audits, AuditCases cases, AuditTemplates templates, AccessLog accessLog, Clock clock,
                 ZoneId zone) {
        this.audits = audits;
        this.cases = cases;
        this.templates = templates;
        this.accessLog = accessLog;
        this.clock = clock;
        this.zone = zone;
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    /** An audit by hand of one child's contact; never of a case the auditor worked on. */
    @Transactional
    public Outcome start(long subjectId, long templateId, String auditor) {
        Optional<AuditCase> c = cases.find(subjectId);
        if (c.isEmpty()) {
            return Outcome.refused("There is no child's contact with that reference");
        }
        Optional<AuditTemplate> t = templates.find(templateId).filter(x -> x.status().equals("PUBLISHED"));
        if (t.isEmpty()) {
            return Outcome.refused("Choose a published audit template");
        }
        if (cases.workedOn(subjectId, auditor)) {
            return Outcome.refused("You worked on " + c.get().childName() + "’s contact, so you cannot audit it: "
                    + "another auditor must");
        }
        long id = audits.start(templateId, subjectId, null, "HAND", null, auditor, clock.instant());
        accessLog.record(AccessLog.Action.CHANGE, "Started audit " + id + " of contact " + c.get().contactId(),
                c.get().personId());
        return Outcome.done(id);
    }

    /**
     * A random sample stratified by team and outcome (or a dip sample of one outcome) of the cases decided in the
     * period, leaving out those the auditor worked on. Returns the batch id.
     */
    @Transactional
    public Outcome sample(String method, long seed, LocalDate from, LocalDate to, String outcome, int size,
                          long templateId, String auditor) {
        List<Sampler.Candidate> population = cases.population(from.atStartOfDay(zone).toInstant(),
                        to.plusDays(1).atStartOfDay(zone).toInstant(), method.equals("DIP") ? outcome : null, auditor);
        if (population.isEmpty()) {
            return Outcome.refused("No signed-off decisions in that period match: choose another period or outcome");
        }
        long batch = audits.batch(method, seed, from, to, method.equals("DIP") ? outcome : null, size, templateId,
                auditor);
        Instant now = clock.instant();
        for (Sampler.Candidate c : Sampler.sample(population, size, seed)) {
            audits.start(templateId, c.subjectId(), batch, method, seed, auditor, now);
        }
        accessLog.record(AccessLog.Action.CHANGE, "Drew audit sample " + batch + " (" + method + ", seed " + seed
                + ")", null);
        return Outcome.done(batch);
    }

    /**
     * Saves the grades given so far, or completes the audit; a live audit's completion tells the worker and manager.
     * {@code version} is the one the form was loaded at (null: the current one); if the audit was saved since, as
     * from another tab, nothing changes and the "grades" problem says who saved it and when.
     */
    @Transactional
    public Map<String, String> save(Audit audit, Integer version, AuditTemplate template,
                                    Map<Long, AuditRules.Answer> answers, String overallGrade, String overallRationale,
                                    String learning, boolean live, boolean complete, String by) {
        if (!audit.auditor().equals(by)) {
            return Map.of("overallGrade", "Only the auditor who started this audit can grade it");
        }
        int loaded = version == null ? audit.version() : version;
        if (loaded != audit.version()) {
            return changedMeanwhile(audit);
        }
        if (audit.completed()) {
            return Map.of("overallGrade", "This audit is complete and can no longer change");
        }
        Map<String, String> errors = AuditRules.check(template, answers, overallGrade, overallRationale, complete);
        if (!errors.isEmpty()) {
            return errors;
        }
        Instant now = clock.instant();
        if (!audits.save(audit.id(), loaded, answers, overallGrade, overallRationale, learning, live,
                complete ? now : null, by)) {
            return changedMeanwhile(audits.find(audit.id()).orElseThrow());
        }
        AuditCase c = cases.find(audit.contactSubjectId()).orElseThrow();
        if (complete && live) {
            String worker = c.allocatedTo() != null ? c.allocatedTo() : c.decidedBy();
            if (worker != null) {
                audits.sendFeedback(audit.id(), worker, "WORKER", now);
            }
            if (c.overseenBy() != null && !c.overseenBy().equals(worker)) {
                audits.sendFeedback(audit.id(), c.overseenBy(), "MANAGER", now);
            }
        }
        accessLog.record(AccessLog.Action.CHANGE, (complete ? "Completed" : "Saved") + " audit " + audit.id()
                + " of contact " + c.contactId(), c.personId());
        return Map.of();
    }

    private Map<String, String> changedMeanwhile(Audit now) {
        return Map.of(GRADES, ChangedMeanwhile.message("this audit", now.updatedByName(), now.updatedAt(), zone,
                clock.instant()));
    }

    /** A second auditor agrees with or changes the overall grade, saying why; never the original auditor. */
    @Transactional
    public Map<String, String> moderate(Audit audit, String gradeValue, String reason, String moderator) {
        if (audit.auditor().equals(moderator)) {
            return Map.of("moderatedGrade", "You carried out this audit, so you cannot moderate it: "
                    + "another auditor must");
        }
        if (!audit.completed()) {
            return Map.of("moderatedGrade", "Only a completed audit can be moderated");
        }
        if (audits.moderation(audit.id()).isPresent()) {
            return Map.of("moderatedGrade", "This audit has already been moderated");
        }
        Grade grade = Grade.parse(gradeValue);
        if (grade == null || grade == Grade.NOT_APPLICABLE) {
            return Map.of("moderatedGrade", "Choose the grade you give the audit, the same or a different one");
        }
        if (AuditRules.blank(reason)) {
            return Map.of("moderationReason", grade == audit.grade() ? "Write why you agree with the grade"
                    : "Write why you changed the grade from " + audit.grade().label().toLowerCase());
        }
        audits.moderate(audit, moderator, grade, reason, clock.instant());
        AuditCase c = cases.find(audit.contactSubjectId()).orElseThrow();
        accessLog.record(AccessLog.Action.CHANGE, "Moderated audit " + audit.id(), c.personId());
        return Map.of();
    }

    /** An action needs what, who and by when. */
    @Transactional
    public Map<String, String> addAction(Audit audit, String text, String owner, LocalDate due, boolean dueGiven,
                                         String by) {
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        if (AuditRules.blank(text)) {
            errors.put("actionText", "Enter what must be done");
        }
        if (AuditRules.blank(owner)) {
            errors.put("actionOwner", "Enter who owns the action");
        }
        if (due == null) {
            errors.put("actionDueDay", dueGiven ? "Enter the due date as a real date, for example 27 3 2027"
                    : "Enter the date the action is due");
        }
        if (!errors.isEmpty()) {
            return errors;
        }
        audits.addAction(audit.id(), text, owner, due, by);
        AuditCase c = cases.find(audit.contactSubjectId()).orElseThrow();
        accessLog.record(AccessLog.Action.CHANGE, "Added an action to audit " + audit.id(), c.personId());
        return errors;
    }
}
