package org.frontdoor.demo;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Six months of quality assurance over the demo borough: each month a random sample of 20 signed-off decisions audited
 * on the Front Door template (the month's sample recorded with its seed), a few multi-agency audits, grades with their
 * rationales, each multi-agency audit graded by the demo partners for police, health and education, live feedback
 * acknowledged or not, actions (some overdue), and a quarter of audits moderated by a
 * second QA officer (some by the moderation panel), some grades moved.
 *
 * <p>Like {@link DemoScreening}: {@code insert ... select} after it in the same transaction; every choice comes from
 * a hash of an id and every time from the data's own times and the period's end, so the same options give the same
 * audits.
 */
final class DemoQuality {

    private static final Logger log = LoggerFactory.getLogger(DemoQuality.class);
    private static final String AUDITOR = "qa.harris";
    private static final String PANEL = "Moderation panel";
    private static final String MODERATOR = "qa.moss";
    private static final int MONTHS = 6;
    private static final int PER_MONTH = 20;
    /** The demo partners who audit for their agencies (see {@link DemoUsers}). */
    private static final String PARTNERS = "'dc.ward', 'nurse.begum', 'edu.lewis'";

    private DemoQuality() {
    }

    static void audit(Statement sql, DemoOptions options) throws SQLException {
        long start = System.nanoTime();
        Instant end = options.until().atStartOfDay(DemoOptions.ZONE).toInstant();
        LocalDate first = options.until().withDayOfMonth(1).minusMonths(MONTHS);
        String e = "timestamptz '" + end + "'";
        // Samples of a borough loaded before are gone with its audits.
        sql.execute("delete from audit_batch b where not exists (select 1 from audit a where a.batch_id = b.id)");
        sql.execute("""
                create temp table demo_audit on commit drop as
                select row_number() over (order by month, subject_id) as n, x.*,
                       case when b_grade < 10 then 'OUTSTANDING' when b_grade < 55 then 'GOOD'
                            when b_grade < 90 then 'REQUIRES_IMPROVEMENT' else 'INADEQUATE' end as grade,
                       decided_at + interval '1 day' * (10 + b_time %% 20) as started_at,
                       decided_at + interval '1 day' * (12 + b_time %% 20) as completed_at
                  from (select cs.id as subject_id, d.decided_by, d.overseen_by, d.decided_at,
                               date_trunc('month', d.decided_at at time zone 'Europe/London')::date as month,
                               abs(hashint8extended(cs.id, 11) %% 100)::int as b_grade,
                               abs(hashint8extended(cs.id, 12) %% 100)::int as b_time,
                               abs(hashint8extended(cs.id, 13) %% 100)::int as b_more,
                               row_number() over (partition by date_trunc('month', d.decided_at at time zone
                                   'Europe/London') order by hashint8extended(cs.id, 10)) as pick
                          from decision d join contact_subject cs on cs.id = d.contact_subject_id
                         where d.status = 'SIGNED_OFF' and d.decided_at >= %1$s and d.decided_at < %2$s) x
                 where pick <= %3$d""".formatted("timestamptz '" + first.atStartOfDay(DemoOptions.ZONE).toInstant()
                + "'", e, PER_MONTH));
        // One recorded random sample per month; its seed is the month, as a QA officer might choose.
        sql.execute("""
                insert into audit_batch (method, seed, period_from, period_to, size, template_id, created_by, created_at)
                select 'RANDOM', to_char(month, 'YYYYMM')::bigint, month, (month + interval '1 month - 1 day')::date,
                       %d, (select id from audit_template where name = 'Front Door contact audit'
                                                           and status = 'PUBLISHED'), '%s', min(started_at)
                  from demo_audit group by month""".formatted(PER_MONTH, AUDITOR));
        // A few each month are multi-agency audits on that template instead.
        sql.execute("""
                insert into audit (id, template_id, contact_subject_id, batch_id, sample_method, sample_seed, auditor,
                                   live, status, overall_grade, overall_rationale, learning, started_at, completed_at)
                select n, t.id, subject_id, b.id, 'RANDOM', b.seed, '%1$s', b_more < 30,
                       case when completed_at < %2$s then 'COMPLETED' else 'IN_PROGRESS' end,
                       case when completed_at < %2$s then grade end,
                       case when completed_at < %2$s then case grade
                           when 'OUTSTANDING' then 'Exemplary: analysis draws on the history and every agency; the child''s voice is clear.'
                           when 'GOOD' then 'Proportionate decision, well evidenced, with timely oversight.'
                           when 'REQUIRES_IMPROVEMENT' then 'Decision sound but the father was not considered and the child''s identity needs are not recorded.'
                           else 'Cumulative harm not recognised; threshold applied too low and oversight added nothing.' end end,
                       case when completed_at < %2$s then case when grade in ('REQUIRES_IMPROVEMENT', 'INADEQUATE')
                           then 'Share at the next team meeting: fathers and identity in every rationale.'
                           else 'Good practice example for induction.' end end,
                       least(started_at, %2$s - interval '1 day'),
                       case when completed_at < %2$s then completed_at end
                  from demo_audit
                  join audit_batch b on b.period_from = month and b.created_by = '%1$s'
                  join audit_template t on t.status = 'PUBLISHED'
                   and t.name = case when b_more >= 94 then 'Multi-agency MASH audit' else 'Front Door contact audit' end
                """.formatted(AUDITOR, e));
        sql.execute("select setval(pg_get_serial_sequence('audit', 'id'), coalesce(max(id), 1), max(id) is not null) "
                + "from audit");
        // Each question graded near the overall grade, each with its rationale; sexuality often not applicable.
        sql.execute("""
                insert into audit_answer (audit_id, question_id, grade, rationale)
                select a.id, q.id, g.grade,
                       case g.grade when 'OUTSTANDING' then 'Strong evidence on file: ' || lower(q.text) || ' done thoroughly.'
                                    when 'GOOD' then 'Evidence on file that ' || lower(q.text) || ' was considered.'
                                    when 'REQUIRES_IMPROVEMENT' then 'Partly evidenced: ' || lower(q.text) || ' mentioned but not analysed.'
                                    when 'INADEQUATE' then 'No evidence that ' || lower(q.text) || ' was considered.'
                                    else 'Not relevant to this child''s circumstances.' end
                  from audit a join audit_section s on s.template_id = a.template_id
                  join audit_question q on q.section_id = s.id
                  cross join lateral (select case
                      when q.text = 'Sexuality and identity' and abs(hashint8extended(a.id * 100 + q.id, 14) % 100) < 60
                          then 'NOT_APPLICABLE'
                      when abs(hashint8extended(a.id * 100 + q.id, 15) % 100) < 70 then a.overall_grade
                      when q.text in ('Fathers included', 'Ethnicity and culture', 'Voice of the child')
                          then 'REQUIRES_IMPROVEMENT'
                      else 'GOOD' end as grade) g
                 where a.status = 'COMPLETED'""");
        // Actions from the poorer audits: most done, some still open and past due.
        sql.execute("""
                insert into audit_action (audit_id, text, owner, due_on, done_on, created_by, created_at, done_by)
                select a.id, case when abs(hashint8extended(a.id, 16) %% 2) = 0
                                  then 'Seek and record the father''s views; revisit the decision if they change it.'
                                  else 'Record how the child''s ethnicity, language and culture shaped the decision.' end,
                       'Helen Mortimer', (a.completed_at at time zone 'Europe/London')::date + 21,
                       case when abs(hashint8extended(a.id, 17) %% 100) < 60
                                 and (a.completed_at at time zone 'Europe/London')::date + 18 < %2$s::date
                            then (a.completed_at at time zone 'Europe/London')::date + 18 end,
                       '%1$s', a.completed_at,
                       case when abs(hashint8extended(a.id, 17) %% 100) < 60
                                 and (a.completed_at at time zone 'Europe/London')::date + 18 < %2$s::date
                            then 'helen.mortimer' end
                  from audit a where a.status = 'COMPLETED' and a.overall_grade in ('REQUIRES_IMPROVEMENT', 'INADEQUATE')
                """.formatted(AUDITOR, e));
        // Live audits: fed back to the worker and the manager, most acknowledged the next day.
        sql.execute("""
                insert into audit_feedback (audit_id, recipient, recipient_role, sent_at, acknowledged_at, reply)
                select a.id, r.recipient, r.role, a.completed_at,
                       case when abs(hashint8extended(a.id, 18) %% 100) < 80
                                 and a.completed_at + interval '1 day' < %1$s then a.completed_at + interval '1 day' end,
                       case when abs(hashint8extended(a.id, 18) %% 100) < 40
                                 and a.completed_at + interval '1 day' < %1$s then 'Thank you: discussed in supervision.' end
                  from audit a join decision d on d.contact_subject_id = a.contact_subject_id
                  cross join lateral (values (d.decided_by, 'WORKER'), (d.overseen_by, 'MANAGER')) r(recipient, role)
                 where a.status = 'COMPLETED' and a.live and r.recipient is not null""".formatted(e));
        // A quarter moderated a week later, mostly by the second QA officer, some at the panel; one in four moved.
        sql.execute("""
                insert into audit_moderation (audit_id, auditor, moderator, original_grade, moderated_grade, reason,
                                              moderated_at)
                select a.id, a.auditor,
                       case when abs(hashint8extended(a.id, 22) %% 100) < 75 then '%3$s' else '%1$s' end,
                       a.overall_grade, m.grade,
                       case when m.grade = a.overall_grade then 'Agree: the grade reflects the evidence on file.'
                            else 'Changed: the evidence on file does not support the grade given.' end,
                       a.completed_at + interval '7 days'
                  from audit a
                  cross join lateral (select case when abs(hashint8extended(a.id, 20) %% 100) >= 25 then a.overall_grade
                      when a.overall_grade = 'GOOD' then 'REQUIRES_IMPROVEMENT'
                      when a.overall_grade = 'REQUIRES_IMPROVEMENT' then 'GOOD'
                      when a.overall_grade = 'OUTSTANDING' then 'GOOD' else 'REQUIRES_IMPROVEMENT' end as grade) m
                 where a.status = 'COMPLETED' and abs(hashint8extended(a.id, 19) %% 100) < 25
                   and a.completed_at + interval '7 days' < %2$s""".formatted(PANEL, e, MODERATOR));
        // Multi-agency audits: the demo partners invited when the audit started (never to a case they referred),
        // and on completed audits each grading it themselves, every question with its rationale.
        sql.execute("""
                insert into audit_partner (audit_id, partner, agency_code, invited_by, invited_at)
                select a.id, u.username, u.agency_code, '%1$s', a.started_at
                  from audit a join audit_template t on t.id = a.template_id and t.name = 'Multi-agency MASH audit'
                  join contact_subject cs on cs.id = a.contact_subject_id
                  join contact c on c.id = cs.contact_id
                  join app_user u on u.username in (%2$s)
                 where c.recorded_by is distinct from u.username""".formatted(AUDITOR, PARTNERS));
        sql.execute("""
                insert into audit_agency_view (audit_id, agency_code, auditor, grade, rationale, partner, recorded_by,
                                               recorded_at)
                select a.id, p.agency_code, u.display_name,
                       case when abs(hashtextextended(a.id || p.agency_code, 21) %% 100) < 70
                            then a.overall_grade else 'REQUIRES_IMPROVEMENT' end,
                       case p.agency_code
                           when 'POLICE' then 'Police checks shared within the hour and used.'
                           when 'HEALTH' then 'Health visitor''s information reached the decision.'
                           else 'School''s attendance concerns recorded; DSL told the outcome.' end,
                       p.partner, p.partner, a.completed_at + interval '2 days'
                  from audit a join audit_partner p on p.audit_id = a.id
                  join app_user u on u.username = p.partner
                 where a.status = 'COMPLETED' and a.completed_at + interval '2 days' < %1$s""".formatted(e));
        sql.execute("""
                insert into audit_agency_answer (view_id, question_id, grade, rationale)
                select v.id, q.id, g.grade,
                       case g.grade when 'GOOD' then 'Our agency''s information on ' || lower(q.text) || ' was used well.'
                                    when 'REQUIRES_IMPROVEMENT' then 'Our records show more on ' || lower(q.text) || ' than the decision used.'
                                    else 'Not something our agency could judge on this case.' end
                  from audit_agency_view v join audit a on a.id = v.audit_id
                  join audit_section s on s.template_id = a.template_id
                  join audit_question q on q.section_id = s.id
                  cross join lateral (select case
                      when q.text = 'Identity and needs' and abs(hashint8extended(v.id * 100 + q.id, 23) % 100) < 30
                          then 'NOT_APPLICABLE'
                      when abs(hashint8extended(v.id * 100 + q.id, 24) % 100) < 70 then 'GOOD'
                      else 'REQUIRES_IMPROVEMENT' end as grade) g
                 where v.partner is not null""");
        if (log.isInfoEnabled()) {
            try (ResultSet r = sql.executeQuery("select count(*), count(*) filter (where status = 'COMPLETED') from audit")) {
                r.next();
                log.info("Audited the demo borough in {} s: {} audits, {} completed",
                        String.format(Locale.UK, "%.1f", (System.nanoTime() - start) / 1e9), r.getLong(1), r.getLong(2));
            }
        }
    }
}
