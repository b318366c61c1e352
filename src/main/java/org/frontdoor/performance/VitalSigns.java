package org.frontdoor.performance;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import jakarta.annotation.PreDestroy;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;

/** Puts the scorecard together from the figures, the analyst's targets and the population. */
@Service
public class VitalSigns {

    private final Figures figures;
    private final Targets targets;
    private final JdbcClient jdbc;
    private final SharedSnapshot snapshot;

    VitalSigns(Figures figures, Targets targets, JdbcClient jdbc, PlatformTransactionManager transactions,
               @Value("${frontdoor.vital-signs.connections:2}") int connections) {
        this.figures = figures;
        this.targets = targets;
        this.jdbc = jdbc;
        this.snapshot = new SharedSnapshot(jdbc, transactions, connections);
    }

    /**
     * The 13 months ending with {@code last}, read in one snapshot so the indicators agree with each other. The
     * indicators' queries share the work out over a few connections that see that same snapshot; indicators over
     * the very same rows (contacts, and contacts per 10,000) are counted once.
     */
    @Transactional(readOnly = true, isolation = org.springframework.transaction.annotation.Isolation.REPEATABLE_READ)
    public Scorecard scorecard(YearMonth last, Filters filters) {
        YearMonth first = last.minusMonths(Scorecard.MONTHS - 1);
        Map<String, Indicator> distinct = new LinkedHashMap<>();
        Indicators.ALL.forEach(i -> distinct.putIfAbsent(i.rowsSql(), i));
        List<Indicator> queries = List.copyOf(distinct.values());
        List<Supplier<List<Figures.Month>>> tasks = queries.stream()
                .<Supplier<List<Figures.Month>>>map(i -> () -> figures.monthly(i, first, last, filters)).toList();
        List<List<Figures.Month>> results = snapshot.runAll(tasks);
        Map<String, List<Figures.Month>> bySql = new LinkedHashMap<>();
        for (int i = 0; i < queries.size(); i++) {
            bySql.put(queries.get(i).rowsSql(), results.get(i));
        }
        Map<String, List<Figures.Month>> monthly = new LinkedHashMap<>();
        Indicators.ALL.forEach(i -> monthly.put(i.id(), bySql.get(i.rowsSql())));
        return Scorecard.of(last, filters, targets.population(), monthly, targets.all());
    }

    @PreDestroy
    void stop() {
        snapshot.close();
    }

    /** Teams that can be filtered on: the teams users belong to. */
    public List<String> teams() {
        return jdbc.sql("select distinct team from app_user where team is not null order by team")
                .query(String.class).list();
    }
}
