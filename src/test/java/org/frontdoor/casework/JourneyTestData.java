package org.frontdoor.casework;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Rows of a child's journey written straight to the tables, with the dates a test needs (V2–V11). */
final class JourneyTestData {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    record Contact(long contactId, long subjectId, Long decisionId) {
    }

    private final JdbcClient jdbc;
    final String family = "Journey" + UUID.randomUUID().toString().substring(0, 8);

    JourneyTestData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static Instant at(int y, int m, int d, int h) {
        return LocalDateTime.of(y, m, d, h, 0).atZone(LONDON).toInstant();
    }

    long person(String first, LocalDate dob) {
        return jdbc.sql("""
                        insert into person (first_name, last_name, date_of_birth, sex, created_by)
                        values (:f, :l, :dob, 'F', 'test') returning id""")
                .param("f", first).param("l", family).param("dob", dob).query(Long.class).single();
    }

    void relate(long child, long related, String relationship, boolean livesWith) {
        jdbc.sql("""
                        insert into relationship (person_id, related_person_id, relationship, lives_with, created_by)
                        values (:c, :r, :rel, :lives, 'test')""")
                .param("c", child).param("r", related).param("rel", relationship).param("lives", livesWith).update();
    }

    /** A contact about the child due in a day, with a signed-off decision made at {@code decidedAt} if an outcome. */
    Contact contact(long child, Instant received, String outcome, Instant decidedAt, String worker) {
        long contact = jdbc.sql("""
                        insert into contact (received_at, recorded_at, recorded_by, source_code, referrer_name,
                                             referrer_agency, worries, consent_reason)
                        values (:at, :at, 'test', '2A', 'Ms Grace Head', 'Kingsmere Primary', :w, 'Test')
                        returning id""")
                .param("at", Timestamp.from(received)).param("w", "Worried about " + family).query(Long.class).single();
        long subject = jdbc.sql("""
                        insert into contact_subject (contact_id, role, first_name, last_name, person_id,
                                                     decision_due_at)
                        values (:c, 'CHILD', 'Child', :l, :p, :due) returning id""")
                .param("c", contact).param("l", family).param("p", child)
                .param("due", Timestamp.from(received.plusSeconds(24 * 3600))).query(Long.class).single();
        Long decision = outcome == null ? null : jdbc.sql("""
                        insert into decision (contact_subject_id, outcome, threshold_level, threshold_version_id,
                                              rationale, risk_analysis, child_views_sought, status, decided_by,
                                              decided_at, overseen_by, overseen_at, oversight_comment)
                        values (:s, :o, 3, (select min(id) from threshold_version), 'Rationale', 'Risk', true,
                                'SIGNED_OFF', :w, :at, 'test-manager', :at, 'Agree') returning id""")
                .param("s", subject).param("o", outcome).param("w", worker).param("at", Timestamp.from(decidedAt))
                .query(Long.class).single();
        return new Contact(contact, subject, decision);
    }

    long referral(long child, Contact c, Instant at) {
        return jdbc.sql("""
                        insert into referral (person_id, contact_subject_id, referred_at, source_code, created_by)
                        values (:p, :s, :at, '2A', 'test-manager') returning id""")
                .param("p", child).param("s", c.subjectId()).param("at", Timestamp.from(at)).query(Long.class).single();
    }

    long transfer(long child, Contact c, String team, Long referral, Instant at) {
        return jdbc.sql("""
                        insert into transfer (decision_id, team, referral_id, person_id, signed_off_at)
                        values (:d, :team, :r, :p, :at) returning id""")
                .param("d", c.decisionId()).param("team", team).param("r", referral).param("p", child)
                .param("at", Timestamp.from(at)).query(Long.class).single();
    }

    long assessment(long child, long referral, LocalDate started, LocalDate due, LocalDate completed, String outcome) {
        return jdbc.sql("""
                        insert into assessment (referral_id, person_id, started_on, due_on, social_worker, allocated_at,
                                                primary_need, outcome, analysis, completed_on, created_by)
                        values (:r, :p, :s, :due, 'test-worker', now(), :need, :o, :analysis, :done, 'test')
                        returning id""")
                .param("r", referral).param("p", child).param("s", started).param("due", due)
                .param("need", completed == null ? null : "N1").param("o", completed == null ? null : outcome)
                .param("analysis", completed == null ? null : "Analysis").param("done", completed)
                .query(Long.class).single();
    }

    long strategy(long child, long referral, Instant requested, Instant due, Instant held, String outcome) {
        return jdbc.sql("""
                        insert into strategy_discussion (person_id, referral_id, requested_at, due_by, held_at,
                                                         information_shared, outcome, rationale, recorded_by, created_by)
                        values (:p, :r, :req, :due, :held, 'Shared', :o, 'Because', 'test-worker', 'test')
                        returning id""")
                .param("p", child).param("r", referral).param("req", Timestamp.from(requested))
                .param("due", Timestamp.from(due)).param("held", Timestamp.from(held)).param("o", outcome)
                .query(Long.class).single();
    }

    long s47(long child, long strategy, LocalDate started, LocalDate icpcDue, LocalDate completed) {
        return jdbc.sql("""
                        insert into s47_enquiry (person_id, strategy_discussion_id, joint_with_police, started_on,
                                                 icpc_due_on, concerns_substantiated, outcome, completed_on,
                                                 social_worker, created_by)
                        values (:p, :s, true, :start, :due, :subst, :o, :done, 'test-worker', 'test') returning id""")
                .param("p", child).param("s", strategy).param("start", started).param("due", icpcDue)
                .param("subst", completed == null ? null : true).param("o", completed == null ? null : "ICPC")
                .param("done", completed).query(Long.class).single();
    }

    long conference(long child, Long s47, Long plan, LocalDate due, LocalDate held, String decision, String category) {
        return jdbc.sql("""
                        insert into cp_conference (person_id, kind, s47_enquiry_id, plan_id, due_on, held_on, attendees,
                                                   decision, category, chair, created_by)
                        values (:p, :kind, :s47, :plan, :due, :held, 'Police, health, school', :d, :cat, 'Ms Chair',
                                'test') returning id""")
                .param("p", child).param("kind", s47 != null ? "INITIAL" : "REVIEW").param("s47", s47)
                .param("plan", plan).param("due", due).param("held", held).param("d", decision)
                .param("cat", category).query(Long.class).single();
    }

    long plan(long child, String kind, LocalDate started, String category, Long conference, Long s47, LocalDate ended) {
        return jdbc.sql("""
                        insert into plan (person_id, kind, started_on, category, conference_id, s47_enquiry_id,
                                          social_worker, ended_on, end_reason, created_by)
                        values (:p, :kind, :start, :cat, :conf, :s47, 'test-worker', :end, :reason, 'test')
                        returning id""")
                .param("p", child).param("kind", kind).param("start", started).param("cat", category)
                .param("conf", conference).param("s47", s47).param("end", ended)
                .param("reason", ended == null ? null : "Risk reduced").query(Long.class).single();
    }

    long earlyHelp(long child, LocalDate started, Long transfer, String outcome, LocalDate ended, Long steppedUp) {
        return jdbc.sql("""
                        insert into early_help_episode (person_id, lead_practitioner, started_on, transfer_id, outcome,
                                                        ended_on, stepped_up_contact, created_by)
                        values (:p, 'test-eh', :start, :t, :o, :end, :c, 'test') returning id""")
                .param("p", child).param("start", started).param("t", transfer).param("o", outcome)
                .param("end", ended).param("c", steppedUp).query(Long.class).single();
    }

    long closure(long child, long referral, String code, LocalDate closedOn, String requestedBy, String signedOffBy) {
        return jdbc.sql("""
                        insert into closure (referral_id, person_id, reason_code, closed_on, note, requested_by,
                                             requested_at, signed_off_by, signed_off_at)
                        values (:r, :p, :code, :on, 'Work done', :by, now(), :m, case when cast(:m as text) is null then null
                                else now() end) returning id""")
                .param("r", referral).param("p", child).param("code", code).param("on", closedOn)
                .param("by", requestedBy).param("m", signedOffBy).query(Long.class).single();
    }
}
