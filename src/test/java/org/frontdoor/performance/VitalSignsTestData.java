package org.frontdoor.performance;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;
import java.util.UUID;
import org.frontdoor.access.NewUser;
import org.frontdoor.access.Role;
import org.frontdoor.access.UserRepository;
import org.frontdoor.calendar.WorkingCalendar;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A small hand-built front door and casework record in May and June 2019, all worked by one team of its own, so no
 * other test's rows can change its figures. The expected figures are worked out in {@link VitalSignsTest}.
 */
final class VitalSignsTestData {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    final String team = "Vital signs team " + UUID.randomUUID().toString().substring(0, 8);
    final String worker;
    final String manager;
    final String socialWorker;
    final String earlyHelp;
    final JdbcClient jdbc;
    final WorkingCalendar calendar;
    final long thresholdVersion;
    long childA;
    long childC;
    long contactC4;

    VitalSignsTestData(JdbcClient jdbc, UserRepository users, WorkingCalendar calendar, long thresholdVersion) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.thresholdVersion = thresholdVersion;
        String tag = UUID.randomUUID().toString().substring(0, 6);
        worker = user(users, "vs-w-" + tag, Role.MASH_SOCIAL_WORKER);
        manager = user(users, "vs-m-" + tag, Role.MASH_MANAGER);
        socialWorker = user(users, "vs-sw-" + tag, Role.ASSESSMENT_SOCIAL_WORKER);
        earlyHelp = user(users, "vs-eh-" + tag, Role.EARLY_HELP);
    }

    private String user(UserRepository users, String username, Role role) {
        users.create(new NewUser(username, "Test " + username, null, null, team, Set.of(role)), "x", "test");
        return username;
    }

    static Timestamp at(int y, int m, int d, int h, int min) {
        return Timestamp.from(LocalDateTime.of(y, m, d, h, min).atZone(LONDON).toInstant());
    }

    long person(String first) {
        return jdbc.sql("""
                        insert into person (first_name, last_name, date_of_birth, created_by)
                        values (:f, :l, date '2012-01-01', 'test') returning id""")
                .param("f", first).param("l", "Vitalsigns" + team.substring(team.length() - 8))
                .query(Long.class).single();
    }

    long contact(Timestamp received, String source, String consent) {
        return jdbc.sql("""
                        insert into contact (received_at, recorded_at, recorded_by, source_code, worries, consent,
                                             consent_given_by, consent_given_at, consent_reason, consent_authorised_by)
                        values (:r, :r, :by, :source, 'Worried about the children', :consent,
                                case when :consent = 'GIVEN' then 'Mother' end,
                                case when :consent = 'GIVEN' then cast(:r as timestamptz) end,
                                case when :consent in ('NOT_SOUGHT', 'DISPENSED_WITH') then 'Risk to the child' end,
                                case when :consent = 'DISPENSED_WITH' then :by end)
                        returning id""")
                .param("r", received).param("by", worker).param("source", source).param("consent", consent)
                .query(Long.class).single();
    }

    /** A child on a contact, with the one-working-day clock the intake sets. */
    long child(long contactId, long personId, Timestamp received) {
        ZonedDateTime due = calendar.dueInWorkingDays(received.toInstant().atZone(LONDON), 1);
        return jdbc.sql("""
                        insert into contact_subject (contact_id, role, first_name, last_name, person_id, decision_due_at)
                        select :c, 'CHILD', p.first_name, p.last_name, p.id, :due from person p where p.id = :p
                        returning id""")
                .param("c", contactId).param("p", personId).param("due", Timestamp.from(due.toInstant()))
                .query(Long.class).single();
    }

    long decision(long subjectId, String outcome, Timestamp decidedAt, Timestamp signedOffAt) {
        return jdbc.sql("""
                        insert into decision (contact_subject_id, outcome, threshold_level, threshold_version_id,
                                              rationale, risk_analysis, child_views_sought, status, decided_by,
                                              decided_at, overseen_by, overseen_at, oversight_comment)
                        values (:s, :o, 3, :tv, 'Rationale', 'Risk', true, 'SIGNED_OFF', :w, :d, :m, :so, 'Agreed')
                        returning id""")
                .param("s", subjectId).param("o", outcome).param("tv", thresholdVersion).param("w", worker)
                .param("d", decidedAt).param("m", manager).param("so", signedOffAt)
                .query(Long.class).single();
    }

    long referral(long personId, Long subjectId, Timestamp at, String source) {
        return jdbc.sql("""
                        insert into referral (person_id, contact_subject_id, referred_at, source_code, created_by)
                        values (:p, :s, :at, :src, 'test') returning id""")
                .param("p", personId).param("s", subjectId).param("at", at).param("src", source)
                .query(Long.class).single();
    }

    long transfer(long decisionId, String team, Long referralId, long personId, Timestamp signedOff,
                  Timestamp accepted) {
        return jdbc.sql("""
                        insert into transfer (decision_id, team, referral_id, person_id, signed_off_at, accepted_by,
                                              accepted_at)
                        values (:d, :t, :r, :p, :so, 'test', :a) returning id""")
                .param("d", decisionId).param("t", team).param("r", referralId).param("p", personId)
                .param("so", signedOff).param("a", accepted)
                .query(Long.class).single();
    }

    void assessment(long referralId, long personId, LocalDate started, LocalDate completed, String outcome) {
        jdbc.sql("""
                        insert into assessment (referral_id, person_id, started_on, due_on, social_worker, allocated_at,
                                                primary_need, outcome, analysis, completed_on, created_by)
                        values (:r, :p, :s, :due, :sw, now(), 'N1', :o, 'Analysis', :c, 'test')""")
                .param("r", referralId).param("p", personId).param("s", started)
                .param("due", calendar.addWorkingDays(started, 45)).param("sw", socialWorker).param("o", outcome)
                .param("c", completed).update();
    }

    /** The whole data set; the figures it should give are in VitalSignsTest. */
    VitalSignsTestData build() {
        // C1: Friday 3 May 2019 15:00, police, consent given. Monday 6 May was a bank holiday, so the one working
        // day runs to Tuesday 7 May 15:00: decided at 14:00 that Tuesday is in time.
        childA = person("Ada");
        Timestamp r1 = at(2019, 5, 3, 15, 0);
        long c1 = contact(r1, "6", "GIVEN");
        long sA = child(c1, childA, r1);
        long dA = decision(sA, "SINGLE_ASSESSMENT", at(2019, 5, 7, 14, 0), at(2019, 5, 7, 16, 0));
        long refA = referral(childA, sA, at(2019, 5, 7, 16, 0), "6");
        transfer(dA, "ASSESSMENT", refA, childA, at(2019, 5, 7, 16, 0), at(2019, 5, 8, 10, 0)); // 18 hours
        assessment(refA, childA, LocalDate.of(2019, 5, 8), LocalDate.of(2019, 5, 20), "NFA"); // in time, NFA
        // Ada's earlier referral exactly 12 months before by date (7 May 2018): a re-referral. Its assessment was
        // finished very late, in May 2019.
        long refA0 = referral(childA, null, at(2018, 5, 7, 9, 0), "6");
        assessment(refA0, childA, LocalDate.of(2018, 5, 8), LocalDate.of(2019, 5, 10), "CIN_PLAN");

        // C2: Friday 10 May 2019 15:00, school, consent not sought; due Monday 13 May 15:00, decided 16:00: late.
        long childB = person("Ben");
        Timestamp r2 = at(2019, 5, 10, 15, 0);
        long c2 = contact(r2, "2A", "NOT_SOUGHT");
        decision(child(c2, childB, r2), "NFA", at(2019, 5, 13, 16, 0), at(2019, 5, 13, 17, 0));

        // C3: Wednesday 15 May 2019 10:00, police, consent dispensed with; two children, due Thursday 16 May 10:00.
        childC = person("Cara");
        long childD = person("Dan");
        Timestamp r3 = at(2019, 5, 15, 10, 0);
        long c3 = contact(r3, "6", "DISPENSED_WITH");
        long sC = child(c3, childC, r3);
        long sD = child(c3, childD, r3);
        long dC = decision(sC, "STRATEGY_DISCUSSION", at(2019, 5, 16, 9, 0), at(2019, 5, 16, 12, 0)); // in time
        long dD = decision(sD, "EARLY_HELP", at(2019, 5, 16, 11, 0), at(2019, 5, 16, 12, 30)); // late
        long refC = referral(childC, sC, at(2019, 5, 16, 12, 0), "6");
        transfer(dC, "ASSESSMENT", refC, childC, at(2019, 5, 16, 12, 0), at(2019, 5, 16, 18, 0)); // 6 hours
        long tD = transfer(dD, "EARLY_HELP", null, childD, at(2019, 5, 16, 12, 30), at(2019, 5, 17, 12, 30)); // 24
        // Cara's referral a year and a day after an earlier one (15 May 2018): not a re-referral.
        referral(childC, null, at(2018, 5, 15, 9, 0), "6");

        // C4: Thursday 30 May 2019, other source, consent given, Eve decided in time but signed off only on 3 June:
        // awaiting oversight at the end of May.
        long childE = person("Eve");
        Timestamp r4 = at(2019, 5, 30, 10, 0);
        contactC4 = contact(r4, "8", "GIVEN");
        decision(child(contactC4, childE, r4), "INFORMATION_ADVICE", at(2019, 5, 30, 15, 0), at(2019, 6, 3, 9, 0));

        // Dan stepped down to early help on 17 May and stepped up again through C4 on 30 May.
        jdbc.sql("""
                        insert into early_help_episode (person_id, lead_practitioner, started_on, transfer_id, outcome,
                                                        ended_on, stepped_up_contact, created_by)
                        values (:p, :eh, date '2019-05-17', :t, 'STEPPED_UP', date '2019-05-30', :c, 'test')""")
                .param("p", childD).param("eh", earlyHelp).param("t", tD).param("c", contactC4).update();

        // Cara: strategy discussion Friday 17 May, s47 the same day. 15 working days, with the spring bank holiday
        // on Monday 27 May, run to Monday 10 June; the conference was held that day, in time, and made a CP plan.
        long sd = jdbc.sql("""
                        insert into strategy_discussion (person_id, referral_id, decision_id, requested_at, due_by,
                                                         held_at, information_shared, outcome, rationale, recorded_by,
                                                         created_by)
                        values (:p, :r, :d, :req, :req, :held, 'Shared', 'S47_JOINT', 'Joint enquiry', :sw, 'test')
                        returning id""")
                .param("p", childC).param("r", refC).param("d", dC).param("req", at(2019, 5, 16, 12, 0))
                .param("held", at(2019, 5, 17, 10, 0)).param("sw", socialWorker).query(Long.class).single();
        LocalDate icpcDue = calendar.addWorkingDays(LocalDate.of(2019, 5, 17), 15);
        long s47 = jdbc.sql("""
                        insert into s47_enquiry (person_id, strategy_discussion_id, joint_with_police, started_on,
                                                 icpc_due_on, concerns_substantiated, outcome, completed_on,
                                                 social_worker, created_by)
                        values (:p, :sd, true, date '2019-05-17', :due, true, 'ICPC', date '2019-05-31', :sw, 'test')
                        returning id""")
                .param("p", childC).param("sd", sd).param("due", icpcDue).param("sw", socialWorker)
                .query(Long.class).single();
        long cc = jdbc.sql("""
                        insert into cp_conference (person_id, kind, s47_enquiry_id, due_on, held_on, attendees,
                                                   decision, category, chair, created_by)
                        values (:p, 'INITIAL', :s, :due, date '2019-06-10', 'Family, school', 'CP_PLAN', 'NEG',
                                'Chair', 'test') returning id""")
                .param("p", childC).param("s", s47).param("due", icpcDue).query(Long.class).single();
        jdbc.sql("""
                        insert into plan (person_id, kind, started_on, category, s47_enquiry_id, social_worker,
                                          conference_id, created_by)
                        values (:p, 'CP', date '2019-06-10', 'NEG', :s, :sw, :cc, 'test')""")
                .param("p", childC).param("s", s47).param("sw", socialWorker).param("cc", cc).update();
        return this;
    }
}
