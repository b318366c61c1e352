package org.frontdoor.screening;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.frontdoor.calendar.ClockRule;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The screening clocks as the administrator last set them (screening_setting). */
@Repository
public class ScreeningSettingsStore {

    private final JdbcClient jdbc;

    ScreeningSettingsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public ScreeningSettings load() {
        Map<Rag, ClockRule> rules = new EnumMap<>(Rag.class);
        for (Rag rag : Rag.values()) {
            rules.put(rag, rag.defaultRule());
        }
        jdbc.sql("select rating, kind, amount from screening_setting").query((rs, i) -> {
            Rag rag = Rag.valueOf(rs.getString("rating"));
            return rules.put(rag, ScreeningSettings.rule(rag, ClockRule.Kind.valueOf(rs.getString("kind")),
                    rs.getInt("amount")));
        }).list();
        return new ScreeningSettings(rules);
    }

    /** Who last saved the clocks and when, and the version the settings form carries (0: never changed). */
    public record Saved(int version, String byName, Instant at) {
    }

    public Saved saved() {
        return jdbc.sql("""
                        select s.version, coalesce(u.display_name, s.updated_by) as by_name, s.updated_at as at
                          from screening_setting s left join app_user u on u.username = s.updated_by
                         order by s.version desc, s.updated_at desc limit 1""")
                .query(Saved.class).optional().orElse(new Saved(0, null, null));
    }

    /**
     * Saves the three clocks over the version the administrator loaded; false, changing nothing, if someone saved
     * them since. The rows are locked first so that two saves at once cannot both pass the check.
     */
    @Transactional
    public boolean save(ScreeningSettings settings, int version, String by) {
        List<Integer> versions = jdbc.sql("select version from screening_setting order by rating for update")
                .query(Integer.class).list();
        if (versions.stream().anyMatch(v -> v != version)) {
            return false;
        }
        for (Rag rag : Rag.values()) {
            ClockRule rule = settings.rule(rag);
            jdbc.sql("""
                            insert into screening_setting (rating, kind, amount, updated_by, updated_at, version)
                            values (:rating, :kind, :amount, :by, now(), :next)
                            on conflict (rating) do update set kind = excluded.kind, amount = excluded.amount,
                                   updated_by = excluded.updated_by, updated_at = excluded.updated_at,
                                   version = excluded.version""")
                    .param("rating", rag.name()).param("kind", rule.kind().name()).param("amount", rule.amount())
                    .param("by", by).param("next", version + 1).update();
        }
        return true;
    }
}
