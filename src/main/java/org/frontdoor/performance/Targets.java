package org.frontdoor.performance;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The analyst's targets and comparators, and the 0 to 17 population that rates per 10,000 divide by. */
@Repository
public class Targets {

    private final JdbcClient jdbc;

    Targets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Map<String, Target> all() {
        return jdbc.sql("""
                        select indicator_id, target, tolerance, national, statistical_neighbours, comparator_year
                          from performance_target""")
                .query(Target.class).list().stream()
                .collect(Collectors.toMap(Target::indicatorId, Function.identity()));
    }

    public Target of(String indicatorId) {
        return all().getOrDefault(indicatorId, Target.none(indicatorId));
    }

    @Transactional
    public void save(Target t, String by) {
        jdbc.sql("""
                        insert into performance_target (indicator_id, target, tolerance, national,
                                                        statistical_neighbours, comparator_year, updated_by)
                        values (:id, :target, :tolerance, :national, :sn, :year, :by)
                        on conflict (indicator_id) do update
                           set target = excluded.target, tolerance = excluded.tolerance, national = excluded.national,
                               statistical_neighbours = excluded.statistical_neighbours,
                               comparator_year = excluded.comparator_year, updated_by = excluded.updated_by,
                               updated_at = now()""")
                .param("id", t.indicatorId()).param("target", t.target()).param("tolerance", t.tolerance())
                .param("national", t.national()).param("sn", t.statisticalNeighbours())
                .param("year", t.comparatorYear()).param("by", by)
                .update();
    }

    /** Children aged 0 to 17 living in the local authority. */
    public int population() {
        return jdbc.sql("select population_0_17 from performance_setting").query(Integer.class).single();
    }

    public void savePopulation(int population, String by) {
        jdbc.sql("update performance_setting set population_0_17 = :p, updated_by = :by, updated_at = now()")
                .param("p", population).param("by", by).update();
    }
}
