package org.frontdoor.performance;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Puts the scorecard together from the figures, the analyst's targets and the population. */
@Service
public class VitalSigns {

    private final Figures figures;
    private final Targets targets;
    private final JdbcClient jdbc;

    VitalSigns(Figures figures, Targets targets, JdbcClient jdbc) {
        this.figures = figures;
        this.targets = targets;
        this.jdbc = jdbc;
    }

    /** The 13 months ending with {@code last}, read in one snapshot so the indicators agree with each other. */
    @Transactional(readOnly = true, isolation = org.springframework.transaction.annotation.Isolation.REPEATABLE_READ)
    public Scorecard scorecard(YearMonth last, Filters filters) {
        YearMonth first = last.minusMonths(Scorecard.MONTHS - 1);
        Map<String, List<Figures.Month>> monthly = new LinkedHashMap<>();
        for (Indicator indicator : Indicators.ALL) {
            monthly.put(indicator.id(), figures.monthly(indicator, first, last, filters));
        }
        return Scorecard.of(last, filters, targets.population(), monthly, targets.all());
    }

    /** Teams that can be filtered on: the teams users belong to. */
    public List<String> teams() {
        return jdbc.sql("select distinct team from app_user where team is not null order by team")
                .query(String.class).list();
    }
}
