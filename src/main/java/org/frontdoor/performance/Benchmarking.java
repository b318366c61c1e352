package org.frontdoor.performance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Regional benchmarking: this authority's headline indicators in the published format, and other authorities'
 * imported files, side by side. Rates per 10,000 and percentages compare between authorities of different sizes;
 * raw counts do not, so they are not headline indicators.
 */
@Service
public class Benchmarking {

    /** The headline indicators, in the order the comparison shows them. */
    public static final List<String> HEADLINE = List.of("contacts-per-10000", "decided-within-1-working-day",
            "contact-to-referral", "referrals-per-10000", "re-referrals", "referrals-nfa",
            "assessments-within-45-days", "strategy-discussions-per-10000", "s47-per-10000", "icpc-within-15-days",
            "cp-second-or-subsequent");

    /** One headline indicator: this authority's figure and each imported authority's, as shown. */
    public record Line(Indicator indicator, String ours, List<String> theirs) {
    }

    public record Comparison(YearMonth period, String ourName, List<String> authorities, List<Line> lines) {
    }

    private final VitalSigns vitalSigns;
    private final JdbcClient jdbc;
    private final String laName;

    Benchmarking(VitalSigns vitalSigns, JdbcClient jdbc, @Value("${frontdoor.la-name}") String laName) {
        this.vitalSigns = vitalSigns;
        this.jdbc = jdbc;
        this.laName = laName;
    }

    /** This authority's headline figures for the month, rounded to one decimal place as the scorecard shows them. */
    public List<BenchmarkFile.Figure> ours(YearMonth period) {
        Map<String, Scorecard.Card> cards = new LinkedHashMap<>();
        vitalSigns.scorecard(period, Filters.NONE).cards().forEach(c -> cards.put(c.indicator().id(), c));
        List<BenchmarkFile.Figure> out = new ArrayList<>();
        for (String id : HEADLINE) {
            Double v = cards.get(id).latest().value();
            out.add(new BenchmarkFile.Figure(laName, period, id,
                    v == null ? null : BigDecimal.valueOf(v).setScale(1, RoundingMode.HALF_UP)));
        }
        return out;
    }

    /** Replaces the authority's figures for the file's month with the file's. */
    @Transactional
    public void save(List<BenchmarkFile.Figure> figures, String by) {
        BenchmarkFile.Figure first = figures.get(0);
        jdbc.sql("delete from performance_benchmark where local_authority = :la and period = :p")
                .param("la", first.localAuthority()).param("p", first.period().atDay(1)).update();
        for (BenchmarkFile.Figure f : figures) {
            jdbc.sql("""
                            insert into performance_benchmark (local_authority, period, indicator_id, value, imported_by)
                            values (:la, :p, :id, :v, :by)""")
                    .param("la", f.localAuthority()).param("p", f.period().atDay(1)).param("id", f.indicatorId())
                    .param("v", f.value()).param("by", by).update();
        }
    }

    public Comparison compare(YearMonth period) {
        record Stored(String localAuthority, String indicatorId, BigDecimal value) {
        }
        List<Stored> stored = jdbc.sql("""
                        select local_authority, indicator_id, value from performance_benchmark
                         where period = :p order by local_authority""")
                .param("p", period.atDay(1)).query(Stored.class).list();
        List<String> authorities = stored.stream().map(Stored::localAuthority).distinct().toList();
        List<BenchmarkFile.Figure> ours = ours(period);
        List<Line> lines = new ArrayList<>();
        for (BenchmarkFile.Figure o : ours) {
            Indicator indicator = Indicators.byId(o.indicatorId()).orElseThrow();
            List<String> theirs = new ArrayList<>();
            for (String la : authorities) {
                theirs.add(stored.stream()
                        .filter(s -> s.localAuthority().equals(la) && s.indicatorId().equals(o.indicatorId()))
                        .findFirst().map(s -> shown(indicator, s.value())).orElse("–"));
            }
            lines.add(new Line(indicator, shown(indicator, o.value()), theirs));
        }
        return new Comparison(period, laName, authorities, lines);
    }

    /** Months with imported figures, latest first. */
    public List<LocalDate> periods() {
        return jdbc.sql("select distinct period from performance_benchmark order by period desc")
                .query(LocalDate.class).list();
    }

    private static String shown(Indicator indicator, BigDecimal value) {
        return Scorecard.format(indicator.unit(), value == null ? null : value.doubleValue());
    }
}
