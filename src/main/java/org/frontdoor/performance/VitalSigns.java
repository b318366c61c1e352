package org.frontdoor.performance;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
     * queries share the work out over a few connections that see that same snapshot; indicators over shared rows
     * (contacts, and contacts per 10,000, among them) are counted in one pass.
     */
    @Transactional(readOnly = true, isolation = org.springframework.transaction.annotation.Isolation.REPEATABLE_READ)
    public Scorecard scorecard(YearMonth last, Filters filters) {
        YearMonth first = last.minusMonths(Scorecard.MONTHS - 1);
        List<Supplier<Map<String, List<Figures.Month>>>> tasks = new ArrayList<>();
        for (SharedRows shared : Indicators.SHARED) {
            tasks.add(() -> figures.monthly(shared, first, last, filters));
        }
        Set<String> counted = new HashSet<>();
        Indicators.SHARED.forEach(s -> counted.addAll(s.ids()));
        for (Indicator indicator : Indicators.ALL) {
            if (!counted.contains(indicator.id())) {
                tasks.add(() -> Map.of(indicator.id(), figures.monthly(indicator, first, last, filters)));
            }
        }
        Map<String, List<Figures.Month>> computed = new HashMap<>();
        snapshot.runAll(tasks).forEach(computed::putAll);
        Map<String, List<Figures.Month>> monthly = new LinkedHashMap<>();
        Indicators.ALL.forEach(i -> monthly.put(i.id(), computed.get(i.id())));
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
