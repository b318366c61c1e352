package org.frontdoor.screening;

import java.util.EnumMap;
import java.util.Map;
import org.frontdoor.calendar.ClockRule;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

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

    public void save(ScreeningSettings settings, String by) {
        for (Rag rag : Rag.values()) {
            ClockRule rule = settings.rule(rag);
            jdbc.sql("""
                            insert into screening_setting (rating, kind, amount, updated_by, updated_at)
                            values (:rating, :kind, :amount, :by, now())
                            on conflict (rating) do update set kind = excluded.kind, amount = excluded.amount,
                                   updated_by = excluded.updated_by, updated_at = excluded.updated_at""")
                    .param("rating", rag.name()).param("kind", rule.kind().name()).param("amount", rule.amount())
                    .param("by", by).update();
        }
    }
}
