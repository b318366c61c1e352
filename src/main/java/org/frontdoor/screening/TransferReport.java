package org.frontdoor.screening;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Sign-off to acceptance by the assessment team or early help, month by month (seed 001: "not transferred in a timely
 * way"). A wait over one working day is counted as over 24 hours: simple, and never kinder than the real rule.
 */
@Repository
public class TransferReport {

    /** One team's transfers signed off in one month; hours are null until any is accepted. */
    public record Row(LocalDate month, DecisionOutcome.Team team, long signedOff, long accepted, Double medianHours,
                      Double p90Hours, long overOneDay) {
    }

    /** Children signed off and not yet accepted by a team, however long ago. */
    public record Waiting(DecisionOutcome.Team team, long children, Instant longestSince) {
    }

    private final JdbcClient jdbc;

    TransferReport(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Transfers signed off in [from, to), by month in the service's time zone and team. "Over one day" counts those
     * accepted after more than 24 hours and those still waiting at {@code now} after more than 24 hours.
     */
    public List<Row> byMonth(Instant from, Instant to, Instant now, ZoneId zone) {
        return jdbc.sql("""
                        select date_trunc('month', t.signed_off_at at time zone :zone)::date as month,
                               t.team,
                               count(*) as signed_off,
                               count(t.accepted_at) as accepted,
                               percentile_cont(0.5) within group (order by hours) as median_hours,
                               percentile_cont(0.9) within group (order by hours) as p90_hours,
                               count(*) filter (where coalesce(t.accepted_at, :now) - t.signed_off_at
                                                      > interval '24 hours') as over_one_day
                          from transfer t,
                               lateral (select extract(epoch from t.accepted_at - t.signed_off_at)::float8 / 3600
                                                 as hours) h
                         where t.signed_off_at >= :from and t.signed_off_at < :to
                         group by 1, 2
                         order by 1, 2""")
                .param("zone", zone.getId()).param("now", Timestamp.from(now))
                .param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .query(Row.class).list();
    }

    /** Who is waiting now, per team with anyone waiting. */
    public List<Waiting> waiting() {
        return jdbc.sql("""
                        select team, count(*) as children, min(signed_off_at) as longest_since
                          from transfer where accepted_at is null
                         group by team order by team""")
                .query(Waiting.class).list();
    }
}
