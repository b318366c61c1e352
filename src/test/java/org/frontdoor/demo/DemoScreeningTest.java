package org.frontdoor.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.frontdoor.screening.MashQueue;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;

/** A small borough's MASH after a demo load: old contacts decided, the last few days' a living queue. */
@SpringBootTest(properties = {"frontdoor.embedded-postgres.data-dir=", "frontdoor.embedded-postgres.port=0",
        "frontdoor.demo.load-on-empty=false"})
@DirtiesContext
class DemoScreeningTest {

    /** A Monday: the last three working days start on the Wednesday before. */
    private static final DemoOptions OPTIONS = new DemoOptions(7, 1, DemoOptions.Size.SMALL, LocalDate.of(2026, 11, 23));
    private static final Instant END = Instant.parse("2026-11-23T00:00:00Z");
    private static final String RECENT = "timestamptz '2026-11-18T00:00:00Z'";

    @Autowired
    DemoData demo;

    @Autowired
    MashQueue queue;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theRecentWorkingDaysMakeALivingQueueAndEverythingOlderIsDecided() throws Exception {
        assertThat(DemoScreening.recentFrom(OPTIONS.until())).isEqualTo(LocalDate.of(2026, 11, 18));
        demo.load(OPTIONS, true);

        // Every older child's contact is signed off, by a MASH worker and overseen by the manager after it.
        assertThat(count("contact_subject s join contact c on c.id = s.contact_id where s.role = 'CHILD' and "
                + "c.received_at < " + RECENT + " and not exists (select 1 from decision d "
                + "where d.contact_subject_id = s.id and d.status = 'SIGNED_OFF')")).isZero();
        assertThat(count("decision where status = 'SIGNED_OFF'")).isGreaterThan(4_000);
        assertThat(count("decision where status = 'SIGNED_OFF' and (decided_by not in ('sam.patel', 'jo.okafor', "
                + "'chris.doyle') or overseen_by <> 'helen.mortimer' or overseen_at < decided_at "
                + "or overseen_at > timestamptz '2026-11-23T00:00:00Z')")).isZero();
        assertThat(count("decision d join contact_subject s on s.id = d.contact_subject_id "
                + "join contact c on c.id = s.contact_id where d.decided_at < c.received_at")).isZero();
        assertThat(count("decision where threshold_version_id <> (select id from threshold_version "
                + "where status = 'PUBLISHED')")).isZero();
        assertThat(count("decision d where (d.status = 'SIGNED_OFF' or d.status = 'RETURNED') and not exists "
                + "(select 1 from decision_oversight o where o.decision_id = d.id and o.action = d.status "
                + "and o.at = d.overseen_at)")).isZero();

        // Each referral is an s17 or s47 decision signed off when the referral was made, handed to the assessment team.
        assertThat(count("referral r where not exists (select 1 from decision d where d.contact_subject_id = "
                + "r.contact_subject_id and d.status = 'SIGNED_OFF' and d.overseen_at = r.referred_at "
                + "and d.outcome in ('SINGLE_ASSESSMENT', 'STRATEGY_DISCUSSION'))")).isZero();
        assertThat(count("decision d where d.outcome in ('SINGLE_ASSESSMENT', 'STRATEGY_DISCUSSION') "
                + "and d.status = 'SIGNED_OFF' and not exists (select 1 from referral r "
                + "where r.contact_subject_id = d.contact_subject_id)")).isZero();
        assertThat(count("referral r where not exists (select 1 from transfer t where t.referral_id = r.id "
                + "and t.team = 'ASSESSMENT')")).isZero();
        assertThat(count("transfer where team = 'EARLY_HELP'")).isPositive();
        assertThat(count("transfer where accepted_at is not null")).isPositive();
        assertThat(count("transfer where accepted_at is null")).isPositive();

        // Most decisions are in time, not all: the timeliness figures have something to show.
        long signedOff = count("decision where status = 'SIGNED_OFF'");
        long inTime = count("decision d join contact_subject s on s.id = d.contact_subject_id "
                + "where d.status = 'SIGNED_OFF' and d.overseen_at <= s.decision_due_at");
        assertThat((double) inTime / signedOff).isBetween(0.8, 0.95);
        assertThat(count("decision where status = 'SIGNED_OFF' and outcome = 'NFA'")).isPositive();
        assertThat(count("decision where status = 'SIGNED_OFF' and outcome = 'EARLY_HELP'")).isPositive();
        assertThat(count("decision where status = 'SIGNED_OFF' and outcome = 'INFORMATION_ADVICE'")).isPositive();

        // The queue: a few days' children in every state, some already past their decision time.
        MashQueue.Counts all = queue.counts(MashQueue.Show.ALL, null, END);
        long undecided = all.shown();
        assertThat(undecided).isBetween(20L, 600L);
        assertThat(all.overdue()).isPositive().isLessThan(undecided);
        assertThat(queue.counts(MashQueue.Show.UNALLOCATED, null, END).shown()).isPositive().isLessThan(undecided);
        assertThat(queue.counts(MashQueue.Show.MINE, "sam.patel", END).shown()).isPositive();
        String open = "contact_subject s where s.role = 'CHILD' and not exists (select 1 from decision d "
                + "where d.contact_subject_id = s.id and d.status = 'SIGNED_OFF')";
        assertThat(count(open + " and not exists (select 1 from rag_rating r where r.contact_subject_id = s.id)"))
                .isPositive();
        assertThat(count(open + " and exists (select 1 from rag_rating r where r.contact_subject_id = s.id "
                + "and r.rating = 'RED')")).isPositive();
        assertThat(count("decision where status = 'AWAITING_OVERSIGHT'")).isPositive();
        assertThat(count("decision where status = 'RETURNED'")).isPositive();
        assertThat(count("rag_rating where rated_at > timestamptz '2026-11-23T00:00:00Z'")).isZero();

        // The same options give the same screening.
        String before = fingerprint();
        demo.load(OPTIONS, true);
        assertThat(fingerprint()).isEqualTo(before);
    }

    private String fingerprint() {
        return jdbc.sql("""
                select md5(string_agg(concat_ws('|', d.id, d.contact_subject_id, d.outcome, d.status, d.decided_by,
                                                d.decided_at, d.overseen_at, t.accepted_at, r.rating, a.allocated_to),
                                      ',' order by d.id))
                  from decision d left join transfer t on t.decision_id = d.id
                  left join rag_rating r on r.contact_subject_id = d.contact_subject_id
                  left join allocation a on a.contact_subject_id = d.contact_subject_id""")
                .query(String.class).single();
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
