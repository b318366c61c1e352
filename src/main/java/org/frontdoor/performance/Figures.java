package org.frontdoor.performance;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs the indicators' queries. Figures are aggregates of exactly the rows the drill-down lists, under the same
 * filters, so a manager counting the list by hand gets the figure on the scorecard.
 */
@Repository
public class Figures {

    /** One month of one indicator: rows behind it, how many count in the numerator, the median value if any. */
    public record Month(LocalDate month, long rows, long numerator, Double median) {
    }

    /** One child, contact or event behind a figure. */
    public record Row(LocalDate onDate, Long personId, Long contactId, String reference, String childName,
                      String team, String source, boolean num, Double value) {
    }

    public record SourceCount(String source, long rows) {
    }

    private final JdbcClient jdbc;
    private final ZoneId zone;

    Figures(JdbcClient jdbc, ZoneId zone) {
        this.jdbc = jdbc;
        this.zone = zone;
    }

    /** Month by month from {@code first} to {@code last} inclusive; months with no rows are absent. */
    @Transactional(readOnly = true)
    public List<Month> monthly(Indicator indicator, YearMonth first, YearMonth last, Filters filters) {
        return spec("""
                select date_trunc('month', b.on_date)::date as month, count(*) as rows,
                       count(*) filter (where b.num) as numerator,
                       percentile_cont(0.5) within group (order by b.value) as median
                  from (%s) b
                 where %s
                 group by 1 order by 1""".formatted(indicator.rowsSql(), where(filters)), first, last, filters)
                .query(Month.class).list();
    }

    /**
     * Month by month for every indicator over {@code shared} rows, in one pass; the same figures as
     * {@link #monthly} gives each of them.
     */
    @Transactional(readOnly = true)
    public Map<String, List<Month>> monthly(SharedRows shared, YearMonth first, YearMonth last, Filters filters) {
        List<String> ids = shared.ids();
        StringBuilder columns = new StringBuilder();
        for (int i = 0; i < ids.size(); i++) {
            columns.append(", count(*) filter (where b.inc_%d) as rows_%d".formatted(i, i))
                    .append(", count(*) filter (where b.inc_%d and b.num_%d) as numerator_%d".formatted(i, i, i));
        }
        Map<String, List<Month>> byId = new LinkedHashMap<>();
        ids.forEach(id -> byId.put(id, new ArrayList<>()));
        spec("select date_trunc('month', b.on_date)::date as month%s from (%s) b where %s group by 1 order by 1"
                .formatted(columns, shared.combined(), where(filters)), first, last, filters)
                .query((rs, n) -> {
                    for (int i = 0; i < ids.size(); i++) {
                        long rows = rs.getLong("rows_" + i);
                        if (rows > 0) {
                            byId.get(ids.get(i)).add(new Month(rs.getObject("month", LocalDate.class), rows,
                                    rs.getLong("numerator_" + i), null));
                        }
                    }
                    return null;
                }).list();
        return byId;
    }

    /** The rows behind one month's figure, oldest first; {@code numeratorOnly} for a percentage's numerator. */
    @Transactional(readOnly = true)
    public List<Row> rows(Indicator indicator, YearMonth month, Filters filters, boolean numeratorOnly, int limit,
                          int offset) {
        return spec(rowsSql(indicator, filters, numeratorOnly) + " limit :limit offset :offset", month, month, filters)
                .param("limit", limit).param("offset", offset)
                .query(Row.class).list();
    }

    /** Every row behind one month's figure, one at a time, for exports however large. */
    @Transactional(readOnly = true)
    public void eachRow(Indicator indicator, YearMonth month, Filters filters, boolean numeratorOnly,
                        Consumer<Row> consumer) {
        try (var stream = spec(rowsSql(indicator, filters, numeratorOnly), month, month, filters).query(Row.class).stream()) {
            stream.forEach(consumer);
        }
    }

    /** One month's rows by referral source, for "contacts by source". */
    @Transactional(readOnly = true)
    public List<SourceCount> bySource(Indicator indicator, YearMonth month, Filters filters) {
        return spec("""
                select b.source, count(*) as rows from (%s) b where %s
                 group by b.source order by count(*) desc, b.source""".formatted(indicator.rowsSql(), where(filters)),
                month, month, filters)
                .query(SourceCount.class).list();
    }

    /**
     * Only the filters in use become conditions: without one, the team and source columns are never computed, and
     * joins that only name a row (its team, its source) are dropped by the planner.
     */
    private static String where(Filters filters) {
        return "b.on_date >= :from and b.on_date < :to"
                + (filters.team() == null ? "" : " and b.team = :team")
                + (filters.source() == null ? "" : " and b.source = :source");
    }

    private static String rowsSql(Indicator indicator, Filters filters, boolean numeratorOnly) {
        return """
                select b.on_date, b.person_id, b.contact_id, b.reference, b.child_name, b.team, b.source, b.num, b.value
                  from (%s) b
                 where %s%s
                 order by b.on_date, b.reference""".formatted(indicator.rowsSql(), where(filters),
                numeratorOnly ? " and b.num" : "");
    }

    /**
     * Plans each query for its own dates and filters: the same statement runs again and again, and after a few runs
     * PostgreSQL would otherwise settle on a generic plan that ignores which months are asked for and which filters
     * are blank. Parallel workers, off for the pages' small queries, are as the server is configured: these
     * queries count years of rows.
     */
    private JdbcClient.StatementSpec spec(String sql, YearMonth first, YearMonth last, Filters filters) {
        jdbc.sql("set local plan_cache_mode = force_custom_plan; set local max_parallel_workers_per_gather to default")
                .update();
        LocalDate from = first.atDay(1);
        LocalDate to = last.plusMonths(1).atDay(1);
        JdbcClient.StatementSpec spec = jdbc.sql(sql).param("zone", zone.getId())
                .param("from", from).param("to", to)
                .param("fromTs", Timestamp.from(from.atStartOfDay(zone).toInstant()))
                .param("toTs", Timestamp.from(to.atStartOfDay(zone).toInstant()));
        if (filters.team() != null) {
            spec = spec.param("team", filters.team());
        }
        return filters.source() == null ? spec : spec.param("source", filters.source());
    }
}
