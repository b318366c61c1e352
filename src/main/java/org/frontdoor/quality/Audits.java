package org.frontdoor.quality;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Audits, their answers, actions, moderation, feedback and agency views. */
@Repository
public class Audits {

    public record Listed(long id, String childName, long contactId, String templateName, int templateVersion,
                         String auditor, String status, String overallGrade, String sampleMethod, Instant startedAt,
                         String moderatedGrade) {
        public Grade grade() {
            return Grade.parse(overallGrade);
        }
    }

    public record Moderation(String moderator, String moderatorName, String originalGrade, String moderatedGrade,
                             String reason, Instant moderatedAt) {
        public boolean agreed() {
            return originalGrade.equals(moderatedGrade);
        }
    }

    public record Feedback(long id, long auditId, String recipient, String recipientName, String recipientRole,
                           Instant sentAt, Instant acknowledgedAt, String reply) {
    }

    /** An agency's view; {@code partner} is the partner user who gave it, null when QA recorded it on their behalf. */
    public record AgencyView(long id, String agencyCode, String agencyName, String auditor, String grade,
                             String rationale, String partner, String recordedBy, String recordedByName,
                             Instant recordedAt, int version) {
        public Grade gradeValue() {
            return Grade.parse(grade);
        }

        public boolean onBehalf() {
            return partner == null;
        }
    }

    private static final String AUDIT = """
            select a.id, a.template_id, a.contact_subject_id, a.batch_id, a.sample_method, a.sample_seed, a.auditor,
                   coalesce(u.display_name, a.auditor) as auditor_name, a.live, a.status, a.overall_grade,
                   a.overall_rationale, a.learning, a.started_at, a.completed_at, a.version,
                   coalesce(w.display_name, a.updated_by) as updated_by_name, a.updated_at
              from audit a left join app_user u on u.username = a.auditor
              left join app_user w on w.username = a.updated_by""";

    private final JdbcClient jdbc;

    Audits(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long start(long templateId, long subjectId, Long batchId, String method, Long seed, String auditor,
                      Instant at) {
        return jdbc.sql("""
                insert into audit (template_id, contact_subject_id, batch_id, sample_method, sample_seed, auditor,
                                   status, started_at)
                values (:t, :s, :b, :m, :seed, :by, 'IN_PROGRESS', :at) returning id""")
                .param("t", templateId).param("s", subjectId).param("b", batchId).param("m", method)
                .param("seed", seed).param("by", auditor).param("at", Timestamp.from(at)).query(Long.class).single();
    }

    public long batch(String method, long seed, LocalDate from, LocalDate to, String outcome, int size,
                      long templateId, String by) {
        return jdbc.sql("""
                insert into audit_batch (method, seed, period_from, period_to, outcome, size, template_id, created_by)
                values (:m, :seed, :from, :to, :o, :size, :t, :by) returning id""")
                .param("m", method).param("seed", seed).param("from", from).param("to", to).param("o", outcome)
                .param("size", size).param("t", templateId).param("by", by).query(Long.class).single();
    }

    public Optional<Audit> find(long id) {
        return jdbc.sql(AUDIT + " where a.id = :id").param("id", id).query(Audit.class).optional();
    }

    public List<Listed> list(String status) {
        return jdbc.sql("""
                select a.id, cs.first_name || ' ' || cs.last_name as child_name, cs.contact_id, t.name as template_name,
                       t.version as template_version, coalesce(u.display_name, a.auditor) as auditor, a.status,
                       a.overall_grade, a.sample_method, a.started_at, m.moderated_grade
                  from audit a join contact_subject cs on cs.id = a.contact_subject_id
                  join audit_template t on t.id = a.template_id
                  left join app_user u on u.username = a.auditor
                  left join audit_moderation m on m.audit_id = a.id
                 where (cast(:status as text) is null or a.status = :status)
                 order by a.started_at desc, a.id desc limit 200""").param("status", status)
                .query(Listed.class).list();
    }

    public List<Listed> inBatch(long batchId) {
        return jdbc.sql("""
                select a.id, cs.first_name || ' ' || cs.last_name as child_name, cs.contact_id, t.name as template_name,
                       t.version as template_version, coalesce(u.display_name, a.auditor) as auditor, a.status,
                       a.overall_grade, a.sample_method, a.started_at, m.moderated_grade
                  from audit a join contact_subject cs on cs.id = a.contact_subject_id
                  join audit_template t on t.id = a.template_id
                  left join app_user u on u.username = a.auditor
                  left join audit_moderation m on m.audit_id = a.id
                 where a.batch_id = :b order by a.id""").param("b", batchId).query(Listed.class).list();
    }

    public Map<Long, AuditRules.Answer> answers(long auditId) {
        return jdbc.sql("select question_id, grade, rationale from audit_answer where audit_id = :a")
                .param("a", auditId)
                .query((rs, n) -> Map.entry(rs.getLong(1), new AuditRules.Answer(rs.getString(2), rs.getString(3))))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /**
     * Replaces the answers and overall judgement over the version the auditor loaded; completing stamps the time.
     * False, changing nothing, if the audit was saved since.
     */
    public boolean save(long auditId, int version, Map<Long, AuditRules.Answer> answers, String overallGrade,
                        String overallRationale, String learning, boolean live, Instant completedAt, String by) {
        int updated = jdbc.sql("""
                update audit set overall_grade = :g, overall_rationale = :r, learning = :l, live = :live,
                                 status = case when cast(:done as timestamptz) is null then 'IN_PROGRESS' else 'COMPLETED' end,
                                 completed_at = cast(:done as timestamptz),
                                 version = version + 1, updated_by = :by, updated_at = now()
                 where id = :a and version = :version""")
                .param("g", Grade.parse(overallGrade) == null ? null : overallGrade)
                .param("r", AuditRules.blank(overallRationale) ? null : overallRationale.strip())
                .param("l", AuditRules.blank(learning) ? null : learning.strip()).param("live", live)
                .param("done", completedAt == null ? null : Timestamp.from(completedAt)).param("by", by)
                .param("a", auditId).param("version", version).update();
        if (updated == 0) {
            return false;
        }
        jdbc.sql("delete from audit_answer where audit_id = :a").param("a", auditId).update();
        answers.forEach((question, a) -> {
            if (Grade.parse(a.grade()) != null) {
                jdbc.sql("""
                        insert into audit_answer (audit_id, question_id, grade, rationale)
                        values (:a, :q, :g, :r)""").param("a", auditId).param("q", question).param("g", a.grade())
                        .param("r", a.rationale().strip()).update();
            }
        });
        return true;
    }

    public List<AuditAction> actions(long auditId) {
        return jdbc.sql("""
                select x.id, x.audit_id, x.text, x.owner, x.due_on, x.done_on,
                       cs.first_name || ' ' || cs.last_name as child_name
                  from audit_action x join audit a on a.id = x.audit_id
                  join contact_subject cs on cs.id = a.contact_subject_id
                 where x.audit_id = :a order by x.due_on, x.id""").param("a", auditId).query(AuditAction.class).list();
    }

    public List<AuditAction> overdueActions(LocalDate today) {
        return jdbc.sql("""
                select x.id, x.audit_id, x.text, x.owner, x.due_on, x.done_on,
                       cs.first_name || ' ' || cs.last_name as child_name
                  from audit_action x join audit a on a.id = x.audit_id
                  join contact_subject cs on cs.id = a.contact_subject_id
                 where x.done_on is null and x.due_on < :today order by x.due_on, x.id""")
                .param("today", today).query(AuditAction.class).list();
    }

    public Optional<AuditAction> action(long id) {
        return jdbc.sql("""
                select x.id, x.audit_id, x.text, x.owner, x.due_on, x.done_on, '' as child_name
                  from audit_action x where x.id = :id""").param("id", id).query(AuditAction.class).optional();
    }

    public void addAction(long auditId, String text, String owner, LocalDate due, String by) {
        jdbc.sql("""
                insert into audit_action (audit_id, text, owner, due_on, created_by)
                values (:a, :text, :owner, :due, :by)""").param("a", auditId).param("text", text.strip())
                .param("owner", owner.strip()).param("due", due).param("by", by).update();
    }

    public boolean actionDone(long actionId, LocalDate on, String by) {
        return jdbc.sql("update audit_action set done_on = :on, done_by = :by where id = :id and done_on is null")
                .param("on", on).param("by", by).param("id", actionId).update() == 1;
    }

    public Optional<Moderation> moderation(long auditId) {
        return jdbc.sql("""
                select m.moderator, coalesce(u.display_name, m.moderator) as moderator_name, m.original_grade,
                       m.moderated_grade, m.reason, m.moderated_at
                  from audit_moderation m left join app_user u on u.username = m.moderator
                 where m.audit_id = :a""").param("a", auditId).query(Moderation.class).optional();
    }

    public void moderate(Audit audit, String moderator, Grade grade, String reason, Instant at) {
        jdbc.sql("""
                insert into audit_moderation (audit_id, auditor, moderator, original_grade, moderated_grade, reason,
                                              moderated_at)
                values (:a, :auditor, :moderator, :original, :grade, :reason, :at)""")
                .param("a", audit.id()).param("auditor", audit.auditor()).param("moderator", moderator)
                .param("original", audit.overallGrade()).param("grade", grade.name()).param("reason", reason.strip())
                .param("at", Timestamp.from(at)).update();
    }

    /** Every moderation in the period (by moderation time), for the agreement report. */
    public List<ModerationAgreement.Moderated> moderated(Instant from, Instant to) {
        return jdbc.sql("""
                select coalesce(u.display_name, m.auditor), m.moderator, m.original_grade, m.moderated_grade
                  from audit_moderation m left join app_user u on u.username = m.auditor
                 where m.moderated_at >= :from and m.moderated_at < :to""")
                .param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .query((rs, n) -> new ModerationAgreement.Moderated(rs.getString(1), rs.getString(2),
                        Grade.valueOf(rs.getString(3)), Grade.valueOf(rs.getString(4)))).list();
    }

    public void sendFeedback(long auditId, String recipient, String role, Instant at) {
        jdbc.sql("""
                insert into audit_feedback (audit_id, recipient, recipient_role, sent_at) values (:a, :r, :role, :at)
                on conflict (audit_id, recipient) do nothing""").param("a", auditId).param("r", recipient)
                .param("role", role).param("at", Timestamp.from(at)).update();
    }

    public List<Feedback> feedback(long auditId) {
        return jdbc.sql("""
                select f.id, f.audit_id, f.recipient, coalesce(u.display_name, f.recipient) as recipient_name,
                       f.recipient_role, f.sent_at, f.acknowledged_at, f.reply
                  from audit_feedback f left join app_user u on u.username = f.recipient
                 where f.audit_id = :a order by f.recipient_role desc, f.id""").param("a", auditId)
                .query(Feedback.class).list();
    }

    public List<Feedback> feedbackFor(String recipient) {
        return jdbc.sql("""
                select f.id, f.audit_id, f.recipient, coalesce(u.display_name, f.recipient) as recipient_name,
                       f.recipient_role, f.sent_at, f.acknowledged_at, f.reply
                  from audit_feedback f left join app_user u on u.username = f.recipient
                 where f.recipient = :r order by f.acknowledged_at nulls first, f.sent_at desc""")
                .param("r", recipient).query(Feedback.class).list();
    }

    public boolean acknowledge(long feedbackId, String recipient, String reply, Instant at) {
        return jdbc.sql("""
                update audit_feedback set acknowledged_at = :at, reply = :reply
                 where id = :id and recipient = :r and acknowledged_at is null""")
                .param("at", Timestamp.from(at)).param("reply", AuditRules.blank(reply) ? null : reply.strip())
                .param("id", feedbackId).param("r", recipient).update() == 1;
    }

    public List<AgencyView> agencyViews(long auditId) {
        return jdbc.sql("""
                select v.id, v.agency_code, g.name as agency_name, v.auditor, v.grade, v.rationale, v.partner,
                       v.recorded_by, coalesce(u.display_name, v.recorded_by) as recorded_by_name, v.recorded_at,
                       v.version
                  from audit_agency_view v join agency g on g.code = v.agency_code
                  left join app_user u on u.username = v.recorded_by
                 where v.audit_id = :a order by g.name""").param("a", auditId).query(AgencyView.class).list();
    }

    /**
     * Records an agency's view on its behalf over the version the QA officer saw (null: there was none); false,
     * changing nothing, if someone recorded or gave that agency's view since. A partner's own view is never replaced.
     */
    public boolean recordAgencyView(long auditId, String agency, Integer version, String auditor, Grade grade,
                                    String rationale, String by, Instant at) {
        String sql = version == null ? """
                insert into audit_agency_view (audit_id, agency_code, auditor, grade, rationale, recorded_by,
                                               recorded_at, version)
                values (:a, :agency, :auditor, :g, :r, :by, :at, 1)
                on conflict (audit_id, agency_code) do nothing""" : """
                update audit_agency_view
                   set auditor = :auditor, grade = :g, rationale = :r, recorded_by = :by, recorded_at = :at,
                       version = version + 1
                 where audit_id = :a and agency_code = :agency and partner is null and version = :version""";
        return jdbc.sql(sql)
                .param("a", auditId).param("agency", agency).param("auditor", auditor.strip())
                .param("g", grade.name()).param("r", rationale.strip()).param("by", by)
                .param("at", Timestamp.from(at)).param("version", version).update() == 1;
    }

    public List<Map.Entry<String, String>> agencies() {
        return jdbc.sql("select code, name from agency where active order by name")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list();
    }
}
