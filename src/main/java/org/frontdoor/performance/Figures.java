package org.frontdoor.performance;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

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
    public List<Month> monthly(Indicator indicator, YearMonth first, YearMonth last, Filters filters) {
        return spec("""
                select date_trunc('month', b.on_date)::date as month, count(*) as rows,
                       count(*) filter (where b.num) as numerator,
                       percentile_cont(0.5) within group (order by b.value) as median
                  from (%s) b
                 where %s
                 group by 1 order by 1""".formatted(indicator.rowsSql(), WHERE), first, last, filters)
                .query(Month.class).list();
    }

    /** The rows behind one month's figure, oldest first; {@code numeratorOnly} for a percentage's numerator. */
    public List<Row> rows(Indicator indicator, YearMonth month, Filters filters, boolean numeratorOnly, int limit,
                          int offset) {
        return spec(rowsSql(indicator, numeratorOnly) + " limit :limit offset :offset", month, month, filters)
                .param("limit", limit).param("offset", offset)
                .query(Row.class).list();
    }

    /** Every row behind one month's figure, one at a time, for exports however large. */
    public void eachRow(Indicator indicator, YearMonth month, Filters filters, boolean numeratorOnly,
                        Consumer<Row> consumer) {
        try (var stream = spec(rowsSql(indicator, numeratorOnly), month, month, filters).query(Row.class).stream()) {
            stream.forEach(consumer);
        }
    }

    /** One month's rows by referral source, for "contacts by source". */
    public List<SourceCount> bySource(Indicator indicator, YearMonth month, Filters filters) {
        return spec("""
                select b.source, count(*) as rows from (%s) b where %s
                 group by b.source order by count(*) desc, b.source""".formatted(indicator.rowsSql(), WHERE),
                month, month, filters)
                .query(SourceCount.class).list();
    }

    private static final String WHERE = """
            b.on_date >= :from and b.on_date < :to
               and (cast(:team as text) is null or b.team = :team)
               and (cast(:source as text) is null or b.source = :source)""";

    private static String rowsSql(Indicator indicator, boolean numeratorOnly) {
        return """
                select b.on_date, b.person_id, b.contact_id, b.reference, b.child_name, b.team, b.source, b.num, b.value
                  from (%s) b
                 where %s%s
                 order by b.on_date, b.reference""".formatted(indicator.rowsSql(), WHERE,
                numeratorOnly ? " and b.num" : "");
    }

    private JdbcClient.StatementSpec spec(String sql, YearMonth first, YearMonth last, Filters filters) {
        LocalDate from = first.atDay(1);
        LocalDate to = last.plusMonths(1).atDay(1);
        return jdbc.sql(sql).param("zone", zone.getId())
                .param("from", from).param("to", to)
                .param("fromTs", Timestamp.from(from.atStartOfDay(zone).toInstant()))
                .param("toTs", Timestamp.from(to.atStartOfDay(zone).toInstant()))
                .param("team", filters.team()).param("source", filters.source());
    }
}
