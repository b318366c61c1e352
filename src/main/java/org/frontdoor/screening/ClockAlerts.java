package org.frontdoor.screening;

import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Raises an alert when an undecided child's decision clock, or current RAG screening clock, is due within two hours
 * and again when it is overdue. The unique key (subject, clock, status) with {@code on conflict do nothing} means
 * several app instances running this at once raise each alert exactly once; rows go in key order so that two
 * instances never wait on each other's rows in opposite orders (no deadlock).
 */
@Service
public class ClockAlerts {

    /** As on every clock tag: "due soon" in the last two hours. */
    static final Duration DUE_SOON = Duration.ofHours(2);

    private final JdbcClient jdbc;
    private final MeterRegistry meters;
    private final Duration lookback;

    ClockAlerts(JdbcClient jdbc, MeterRegistry meters,
                @Value("${frontdoor.screening.clock-alerts.lookback:P14D}") Duration lookback) {
        this.jdbc = jdbc;
        this.meters = meters;
        this.lookback = lookback;
    }

    /**
     * Raises the alerts due at {@code now}; returns how many were new. Clocks that ran out more than the lookback
     * ago are left alone: the job runs every minute, so only a long outage (or an old import) would reach them, and
     * a flood of alerts about long-past clocks would bury today's.
     */
    public int raise(Instant now) {
        List<String[]> raised = jdbc.sql("""
                        insert into clock_alert (contact_subject_id, clock, status, due_at)
                        select subject_id, clock, case when due_at < :now then 'OVERDUE' else 'DUE_SOON' end, due_at
                          from (select s.id as subject_id, 'DECISION' as clock, s.decision_due_at as due_at
                                  from contact_subject s
                                 where %1$s and s.decision_due_at between :since and :soon
                                union all
                                select s.id, 'SCREENING', r.due_at
                                  from rag_rating r join contact_subject s on s.id = r.contact_subject_id
                                 where r.superseded_at is null and r.due_at between :since and :soon and %1$s) due
                         order by subject_id, clock
                        on conflict (contact_subject_id, clock, status) do nothing
                        returning clock, status""".formatted(MashQueue.UNDECIDED))
                .param("now", Timestamp.from(now)).param("since", Timestamp.from(now.minus(lookback)))
                .param("soon", Timestamp.from(now.plus(DUE_SOON)))
                .query((rs, i) -> new String[] {rs.getString(1), rs.getString(2)}).list();
        for (String[] alert : raised) {
            meters.counter("frontdoor.screening.clock.alerts", "clock", alert[0], "status", alert[1]).increment();
        }
        return raised.size();
    }
}
