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

    /** Who last saved an indicator's target, when, and the version a form carries; version 0 if never saved. */
    public record Saved(int version, String byName, java.time.Instant at) {
    }

    public Saved saved(String indicatorId) {
        return jdbc.sql("""
                        select t.version, coalesce(u.display_name, t.updated_by) as by_name, t.updated_at as at
                          from performance_target t left join app_user u on u.username = t.updated_by
                         where t.indicator_id = :id""")
                .param("id", indicatorId)
                .query((rs, n) -> new Saved(rs.getInt("version"), rs.getString("by_name"),
                        rs.getTimestamp("at").toInstant()))
                .optional().orElse(new Saved(0, null, null));
    }

    /**
     * Saves the target over the version the analyst loaded (0: none saved yet); false, changing nothing, if someone
     * saved it since.
     */
    @Transactional
    public boolean save(Target t, int version, String by) {
        // Version 0: no one has saved since the defaults (or there is no row yet), so insert or take over version 0.
        String sql = version == 0 ? """
                insert into performance_target (indicator_id, target, tolerance, national, statistical_neighbours,
                                                comparator_year, updated_by, version)
                values (:id, :target, :tolerance, :national, :sn, :year, :by, 1)
                on conflict (indicator_id) do update
                   set target = excluded.target, tolerance = excluded.tolerance, national = excluded.national,
                       statistical_neighbours = excluded.statistical_neighbours,
                       comparator_year = excluded.comparator_year, updated_by = excluded.updated_by,
                       updated_at = now(), version = 1
                 where performance_target.version = 0""" : """
                update performance_target
                   set target = :target, tolerance = :tolerance, national = :national, statistical_neighbours = :sn,
                       comparator_year = :year, updated_by = :by, updated_at = now(), version = version + 1
                 where indicator_id = :id and version = :version""";
        return jdbc.sql(sql)
                .param("id", t.indicatorId()).param("target", t.target()).param("tolerance", t.tolerance())
                .param("national", t.national()).param("sn", t.statisticalNeighbours())
                .param("year", t.comparatorYear()).param("by", by).param("version", version)
                .update() == 1;
    }

    /** Children aged 0 to 17 living in the local authority. */
    public int population() {
        return jdbc.sql("select population_0_17 from performance_setting").query(Integer.class).single();
    }

    /** The population as last saved, by whom and when, and the version its form carries. */
    public record Population(int value, int version, String byName, java.time.Instant at) {
    }

    public Population populationSaved() {
        return jdbc.sql("""
                        select s.population_0_17, s.version, coalesce(u.display_name, s.updated_by) as by_name,
                               s.updated_at
                          from performance_setting s left join app_user u on u.username = s.updated_by""")
                .query((rs, n) -> new Population(rs.getInt(1), rs.getInt(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant())).single();
    }

    public void savePopulation(int population, String by) {
        jdbc.sql("""
                update performance_setting set population_0_17 = :p, updated_by = :by, updated_at = now(),
                                               version = version + 1""")
                .param("p", population).param("by", by).update();
    }

    /** Saves over the version the analyst loaded; false, changing nothing, if someone saved it since. */
    public boolean savePopulation(int population, int version, String by) {
        return jdbc.sql("""
                update performance_setting set population_0_17 = :p, updated_by = :by, updated_at = now(),
                                               version = version + 1
                 where version = :version""")
                .param("p", population).param("by", by).param("version", version).update() == 1;
    }
}
