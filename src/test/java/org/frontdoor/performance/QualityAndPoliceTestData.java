package org.frontdoor.performance;

import java.sql.Timestamp;
import java.time.LocalDate;
import org.frontdoor.access.UserRepository;
import org.frontdoor.calendar.WorkingCalendar;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Police notifications and case file audits in January and February 2017, all worked by a team of its own (made
 * by {@link VitalSignsTestData}), so no other test's rows change its figures. Every audit action is done by March
 * 2017, before any month another test reads for the whole local authority. The working calendar has no bank
 * holidays before 2018, so children's clocks here are set by hand. The expected figures are worked out in
 * {@link VitalSignsQualityAndPoliceTest}.
 */
final class QualityAndPoliceTestData {

    final VitalSignsTestData base;
    final JdbcClient jdbc;
    final String team;
    long auditBob;
    long auditCal;

    QualityAndPoliceTestData(JdbcClient jdbc, UserRepository users, WorkingCalendar calendar, long thresholdVersion) {
        this.base = new VitalSignsTestData(jdbc, users, calendar, thresholdVersion);
        this.jdbc = jdbc;
        this.team = base.team;
    }

    /** A child on a contact; the one-working-day clock is not what these indicators measure. */
    long child(long contactId, String first, Timestamp received) {
        long person = base.person(first);
        return jdbc.sql("""
                        insert into contact_subject (contact_id, role, first_name, last_name, person_id, decision_due_at)
                        select :c, 'CHILD', p.first_name, p.last_name, p.id, cast(:r as timestamptz) + interval '1 day'
                          from person p where p.id = :p
                        returning id""")
                .param("c", contactId).param("p", person).param("r", received).query(Long.class).single();
    }

    /** A child's signed-off decision, made a day after the contact and signed off an hour later. */
    long decided(long subjectId, String outcome, Timestamp received) {
        Timestamp decided = new Timestamp(received.getTime() + 24 * 3600_000L);
        return base.decision(subjectId, outcome, decided, new Timestamp(decided.getTime() + 3600_000L));
    }

    long audit(long subjectId, String grade, LocalDate completed) {
        return jdbc.sql("""
                        insert into audit (template_id, contact_subject_id, sample_method, auditor, status,
                                           overall_grade, overall_rationale, started_at, completed_at)
                        values (1, :s, 'HAND', :auditor,
                                case when cast(:g as text) is null then 'IN_PROGRESS' else 'COMPLETED' end,
                                :g, case when cast(:g as text) is null then null else 'Rationale' end,
                                cast(:done as timestamptz) - interval '2 days',
                                case when cast(:g as text) is null then null else cast(:done as timestamptz) end)
                        returning id""")
                .param("s", subjectId).param("auditor", base.manager).param("g", grade)
                .param("done", VitalSignsTestData.at(completed.getYear(), completed.getMonthValue(),
                        completed.getDayOfMonth(), 14, 0))
                .query(Long.class).single();
    }

    void moderate(long auditId, String original, String moderated) {
        jdbc.sql("""
                        insert into audit_moderation (audit_id, auditor, moderator, original_grade, moderated_grade,
                                                      reason, moderated_at)
                        select a.id, a.auditor, :m, :o, :g, 'Reason', a.completed_at + interval '1 day'
                          from audit a where a.id = :a""")
                .param("a", auditId).param("m", base.worker).param("o", original).param("g", moderated).update();
    }

    void action(long auditId, LocalDate due, LocalDate done) {
        jdbc.sql("""
                        insert into audit_action (audit_id, text, owner, due_on, done_on, created_by, done_by)
                        values (:a, 'Update the chronology', 'Team manager', :due, :done, 'test',
                                case when cast(:done as date) is null then null else 'test' end)""")
                .param("a", auditId).param("due", due).param("done", done).update();
    }

    static LocalDate jan(int day) {
        return LocalDate.of(2017, 1, day);
    }

    static LocalDate feb(int day) {
        return LocalDate.of(2017, 2, day);
    }

    QualityAndPoliceTestData build() {
        // N1: Tuesday 10 January, police (6), about Ann (stepped down to early help) and Bob (no further action).
        Timestamp n1At = VitalSignsTestData.at(2017, 1, 10, 10, 0);
        long n1 = base.contact(n1At, "6", "NOT_SOUGHT");
        long ann = child(n1, "Ann", n1At);
        decided(ann, "EARLY_HELP", n1At);
        long bob = child(n1, "Bob", n1At);
        decided(bob, "NFA", n1At);
        // N2: Wednesday 18 January, sent by the police's own system through the partner link with source "other"
        // (8): still a police notification. Cal was referred for a single assessment.
        Timestamp n2At = VitalSignsTestData.at(2017, 1, 18, 10, 0);
        long n2 = base.contact(n2At, "8", "NOT_SOUGHT");
        jdbc.sql("""
                        update contact set route = 'PARTNER_API', partner_agency = 'POLICE',
                                           partner_reference = 'VS-' || id where id = :c""")
                .param("c", n2).update();
        long cal = child(n2, "Cal", n2At);
        decided(cal, "SINGLE_ASSESSMENT", n2At);
        // N3: Thursday 26 January, police: Dot given information and advice; Eli's strategy discussion decision is
        // still waiting for a manager, so Eli is left out of the outcomes.
        Timestamp n3At = VitalSignsTestData.at(2017, 1, 26, 10, 0);
        long n3 = base.contact(n3At, "6", "NOT_SOUGHT");
        long dot = child(n3, "Dot", n3At);
        decided(dot, "INFORMATION_ADVICE", n3At);
        long eli = child(n3, "Eli", n3At);
        jdbc.sql("update decision set status = 'AWAITING_OVERSIGHT', overseen_by = null, overseen_at = null, "
                        + "oversight_comment = null, outcome = 'STRATEGY_DISCUSSION' where id = :d")
                .param("d", decided(eli, "STRATEGY_DISCUSSION", n3At)).update();
        jdbc.sql("update contact_subject set decided_at = null where id = :s").param("s", eli).update();
        // N4: Tuesday 31 January 23:30, police, the last half hour of the month; Gus not yet decided, but
        // allocated to the team's worker, which makes him the team's.
        Timestamp n4At = VitalSignsTestData.at(2017, 1, 31, 23, 30);
        long gus = child(base.contact(n4At, "6", "NOT_SOUGHT"), "Gus", n4At);
        jdbc.sql("insert into allocation (contact_subject_id, allocated_to, allocated_by) values (:s, :w, :w)")
                .param("s", gus).param("w", base.worker).update();
        // A school's contact on Friday 20 January: Fay stepped down to early help, but it is not from the police.
        Timestamp schoolAt = VitalSignsTestData.at(2017, 1, 20, 10, 0);
        long fay = child(base.contact(schoolAt, "2A", "GIVEN"), "Fay", schoolAt);
        decided(fay, "EARLY_HELP", schoolAt);

        // Audits completed in January: Ann's Good; Bob's Requires improvement, moderated to Good; Cal's
        // Outstanding, agreed at moderation; Dot's Inadequate. Fay's is still in progress. Fay's second, in
        // February, Good.
        long auditAnn = audit(ann, "GOOD", jan(12));
        auditBob = audit(bob, "REQUIRES_IMPROVEMENT", jan(19));
        moderate(auditBob, "REQUIRES_IMPROVEMENT", "GOOD");
        auditCal = audit(cal, "OUTSTANDING", jan(24));
        moderate(auditCal, "OUTSTANDING", "OUTSTANDING");
        long auditDot = audit(dot, "INADEQUATE", jan(31));
        audit(fay, null, jan(27));
        audit(fay, "GOOD", feb(2));

        // Actions, against the last day of each month (31 January, 28 February, 31 March 2017).
        action(auditAnn, jan(20), jan(25));   // done before the month end
        action(auditBob, jan(30), jan(31));   // done on the last day itself: not overdue
        action(auditCal, jan(31), feb(10));   // due on the last day: not yet overdue; done before February ends
        action(auditDot, jan(16), feb(1));    // overdue at 31 January
        action(auditDot, jan(27), LocalDate.of(2017, 3, 15)); // overdue at 31 January and 28 February
        action(auditAnn, feb(14), feb(28));   // done on the last day of February
        return this;
    }
}
