package org.frontdoor.legacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.frontdoor.demo.DemoData;
import org.frontdoor.demo.DemoOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Both sample layouts imported into a borough already holding its own records (a small demo, in a PostgreSQL of its
 * own that no other test sees): the borough's records stay as they were, the legacy history is added beside them,
 * and importing again changes nothing.
 */
@SpringBootTest(properties = {"frontdoor.embedded-postgres.data-dir=", "frontdoor.embedded-postgres.port=0",
        "frontdoor.demo.load-on-empty=false"})
@DirtiesContext
class LegacyImportOverDemoDataTest {

    private static final DemoOptions OPTIONS = new DemoOptions(42, 1, DemoOptions.Size.SMALL, LocalDate.of(2026, 11, 23));
    private static final List<String> TABLES = List.of("person", "relationship", "contact", "referral", "assessment",
            "s47_enquiry", "plan", "cp_conference", "early_help_episode");

    @Autowired DemoData demo;
    @Autowired JdbcClient jdbc;
    @Autowired LegacyImport legacyImport;
    @Autowired LegacyMappings mappings;
    @Autowired LegacyReconciliation reconciliation;
    @TempDir Path dir;

    Map<LegacyType, Path> samples(LegacyMapping mapping) throws IOException {
        Path copy = Files.createDirectories(dir.resolve(mapping.system()));
        for (LegacyMapping.Layout layout : mapping.files().values()) {
            try (InputStream in = getClass().getResourceAsStream("/legacy/samples/" + mapping.system() + "/"
                    + layout.file())) {
                Files.copy(in, copy.resolve(layout.file()));
            }
        }
        return mapping.filesIn(copy);
    }

    long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    long recordedHere(String table) {
        String by = table.equals("contact") ? "recorded_by" : "created_by";
        return jdbc.sql("select count(*) from " + table + " where " + by + " not like 'import:%'")
                .query(Long.class).single();
    }

    @Test
    void theBoroughsOwnRecordsStayAndTheLegacyHistoryIsAddedBesideThem() throws Exception {
        demo.load(OPTIONS, true);
        Map<String, Long> before = new java.util.LinkedHashMap<>();
        for (String table : TABLES) {
            before.put(table, count(table));
        }
        assertThat(before.get("contact")).isPositive();
        LegacyMapping sc = mappings.find("social-care").orElseThrow();
        LegacyMapping eh = mappings.find("early-help").orElseThrow();
        Map<LegacyType, Path> scFiles = samples(sc);
        Map<LegacyType, Path> ehFiles = samples(eh);

        LegacyReport scReport = legacyImport.run(sc, scFiles, "admin", p -> { });
        LegacyReport ehReport = legacyImport.run(eh, ehFiles, "admin", p -> { });

        assertThat(scReport.fileProblems()).isEmpty();
        assertThat(ehReport.fileProblems()).isEmpty();
        Map<String, LegacyType> typeOf = Map.of("person", LegacyType.PERSON, "relationship", LegacyType.RELATIONSHIP,
                "contact", LegacyType.CONTACT, "referral", LegacyType.REFERRAL, "assessment", LegacyType.ASSESSMENT,
                "s47_enquiry", LegacyType.S47, "plan", LegacyType.PLAN, "early_help_episode", LegacyType.EARLY_HELP);
        for (Map.Entry<String, LegacyType> e : typeOf.entrySet()) {
            long created = created(scReport, e.getValue()) + created(ehReport, e.getValue());
            if (!e.getKey().equals("relationship")) { // a relationship both systems hold is one row
                assertThat(count(e.getKey())).as(e.getKey()).isEqualTo(before.get(e.getKey()) + created);
            }
            assertThat(recordedHere(e.getKey())).as(e.getKey() + " recorded here").isEqualTo(before.get(e.getKey()));
        }
        assertThat(created(scReport, LegacyType.ASSESSMENT)).isPositive();
        // The reconciliation shows the borough's figures before and after each system's import.
        List<LegacyReconciliation.Figure> figures = reconciliation.figures();
        assertThat(figures).contains(
                new LegacyReconciliation.Figure("social-care", "Contacts", before.get("contact"),
                        before.get("contact") + created(scReport, LegacyType.CONTACT)),
                new LegacyReconciliation.Figure("social-care", "Single assessments", before.get("assessment"),
                        before.get("assessment") + created(scReport, LegacyType.ASSESSMENT)),
                new LegacyReconciliation.Figure("early-help", "Referrals",
                        before.get("referral") + created(scReport, LegacyType.REFERRAL),
                        before.get("referral") + created(scReport, LegacyType.REFERRAL)
                                + created(ehReport, LegacyType.REFERRAL)));
        assertThat(created(ehReport, LegacyType.EARLY_HELP)).isPositive();
        // The borough's own records keep their ids: nothing imported took one.
        assertThat(jdbc.sql("""
                        select count(*) from legacy_record r join person p on p.id = r.target_id
                         where r.source_type = 'PERSON' and p.created_by not like 'import:%'""")
                .query(Long.class).single()).isZero();

        LegacyReport scAgain = legacyImport.run(sc, scFiles, "admin", p -> { });
        LegacyReport ehAgain = legacyImport.run(eh, ehFiles, "admin", p -> { });

        assertThat(scAgain.total(LegacyReport.Count::created) + ehAgain.total(LegacyReport.Count::created)).isZero();
        for (String table : TABLES) {
            long created = created(scReport, typeOf.get(table)) + created(ehReport, typeOf.get(table));
            if (!table.equals("relationship") && !table.equals("cp_conference")) {
                assertThat(count(table)).as(table).isEqualTo(before.get(table) + created);
            }
        }
        assertThat(count("cp_conference")).isEqualTo(before.get("cp_conference") + jdbc.sql(
                "select count(*) from cp_conference where created_by like 'import:%'").query(Long.class).single());
    }

    static long created(LegacyReport report, LegacyType type) {
        return type == null ? 0 : report.counts().stream().filter(c -> c.type() == type)
                .mapToLong(LegacyReport.Count::created).sum();
    }
}
