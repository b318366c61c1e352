package org.frontdoor.legacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.frontdoor.FrontdoorTest;
import org.frontdoor.calendar.WorkingCalendar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Casework history from the sample exports: assessments, s47 enquiries, plans and early help episodes. */
@FrontdoorTest
class LegacyCaseworkImportTest {

    private static final AtomicInteger SEQ = new AtomicInteger();

    @Autowired LegacyImport legacyImport;
    @Autowired LegacyMappings mappings;
    @Autowired JdbcClient jdbc;
    @Autowired WorkingCalendar calendar;
    @TempDir Path dir;

    LegacyMapping mapping(String system) {
        return mappings.find(system).orElseThrow()
                .withSystem(system + "-casework-" + System.nanoTime() + "-" + SEQ.incrementAndGet());
    }

    Map<LegacyType, Path> samples(String system, LegacyMapping mapping) throws IOException {
        Path copy = Files.createDirectories(dir.resolve(system + SEQ.incrementAndGet()));
        for (LegacyMapping.Layout layout : mapping.files().values()) {
            try (InputStream in = getClass().getResourceAsStream("/legacy/samples/" + system + "/" + layout.file())) {
                Files.copy(in, copy.resolve(layout.file()));
            }
        }
        return mapping.filesIn(copy);
    }

    static LegacyReport.Count count(LegacyReport report, LegacyType type) {
        return report.counts().stream().filter(c -> c.type() == type).findFirst().orElseThrow();
    }

    long stored(LegacyMapping m, String table, LegacyType type) {
        return jdbc.sql("select count(*) from " + table + " t join legacy_record r on r.target_id = t.id"
                        + " and r.source_type = :type and r.source_system = :s")
                .param("type", type.name()).param("s", m.system()).query(Long.class).single();
    }

    static void rejectedWith(LegacyReport report, LegacyType type, String reason) {
        assertThat(report.rejections()).as(reason).anySatisfy(r -> {
            assertThat(r.type()).isEqualTo(type);
            assertThat(r.reason()).contains(reason);
            assertThat(r.line()).isGreaterThan(1);
        });
    }

    @Test
    void assessmentsEnquiriesPlansAndEpisodesComeInWithTheirClocksAndBadRowsAreRejectedByLine() throws IOException {
        LegacyMapping sc = mapping("social-care");
        LegacyMapping eh = mapping("early-help");
        Map<LegacyType, Path> scFiles = samples("social-care", sc);
        Map<LegacyType, Path> ehFiles = samples("early-help", eh);

        LegacyReport dry = legacyImport.dryRun(sc, scFiles);
        LegacyReport report = legacyImport.run(sc, scFiles, "admin", p -> { });
        LegacyReport ehReport = legacyImport.run(eh, ehFiles, "admin", p -> { });

        for (LegacyType type : new LegacyType[] {LegacyType.ASSESSMENT, LegacyType.S47, LegacyType.PLAN}) {
            LegacyReport.Count c = count(report, type);
            assertThat(c.created()).as(type.name()).isPositive().isEqualTo(count(dry, type).created());
            assertThat(c.created() + c.rejected()).as(type.name()).isEqualTo(c.inFile());
        }
        assertThat(stored(sc, "assessment", LegacyType.ASSESSMENT))
                .isEqualTo(count(report, LegacyType.ASSESSMENT).created());
        assertThat(stored(sc, "s47_enquiry", LegacyType.S47)).isEqualTo(count(report, LegacyType.S47).created());
        assertThat(stored(sc, "plan", LegacyType.PLAN)).isEqualTo(count(report, LegacyType.PLAN).created());
        assertThat(stored(eh, "early_help_episode", LegacyType.EARLY_HELP))
                .isEqualTo(count(ehReport, LegacyType.EARLY_HELP).created()).isPositive();

        rejectedWith(report, LegacyType.ASSESSMENT, "COMPLETED_DATE");
        rejectedWith(report, LegacyType.ASSESSMENT, "FACTORS '99Z' is not a CIN census factor code");
        rejectedWith(report, LegacyType.ASSESSMENT, "authorised by its own social worker");
        rejectedWith(report, LegacyType.PLAN, "CONFERENCE_DATE (the conference date) is blank");
        rejectedWith(report, LegacyType.PLAN, "S47_ID is blank");
        rejectedWith(report, LegacyType.PLAN, "assessment A5003 is not in the single assessments file, or was rejected");
        rejectedWith(ehReport, LegacyType.EARLY_HELP, "an episode that ended needs both EndDate and ClosureReason");
        rejectedWith(ehReport, LegacyType.EARLY_HELP, "StepUpRequestRef is blank");

        // Due dates count working days from the referral (45) and from the strategy discussion (15).
        jdbc.sql("""
                        select r.referred_at, a.due_on from assessment a join referral r on r.id = a.referral_id
                          join legacy_record l on l.target_id = a.id and l.source_type = 'ASSESSMENT'
                         where l.source_system = :s""").param("s", sc.system())
                .query((rs, n) -> {
                    LocalDate referred = rs.getTimestamp(1).toInstant().atZone(java.time.ZoneId.of("Europe/London"))
                            .toLocalDate();
                    assertThat(rs.getObject(2, LocalDate.class)).isEqualTo(calendar.addWorkingDays(referred, 45));
                    return n;
                }).list();
        assertThat(jdbc.sql("""
                        select count(*) from assessment_factor f join legacy_record l on l.target_id = f.assessment_id
                         where l.source_type = 'ASSESSMENT' and l.source_system = :s""").param("s", sc.system())
                .query(Long.class).single()).isPositive();
        // Every child protection plan starts at an initial conference, held on the legacy conference date.
        assertThat(jdbc.sql("""
                        select count(*) from plan p join legacy_record l on l.target_id = p.id and l.source_type = 'PLAN'
                          join cp_conference c on c.id = p.conference_id
                          join s47_enquiry s on s.id = c.s47_enquiry_id
                          join strategy_discussion sd on sd.id = s.strategy_discussion_id
                         where l.source_system = :s and p.kind = 'CP' and c.kind = 'INITIAL' and c.held_on = p.started_on
                           and c.due_on = s.icpc_due_on""").param("s", sc.system()).query(Long.class).single())
                .isPositive()
                .isEqualTo(jdbc.sql("""
                        select count(*) from plan p join legacy_record l on l.target_id = p.id and l.source_type = 'PLAN'
                         where l.source_system = :s and p.kind = 'CP'""").param("s", sc.system())
                        .query(Long.class).single());
        jdbc.sql("""
                        select (sd.held_at at time zone 'Europe/London')::date, s.icpc_due_on from s47_enquiry s
                          join strategy_discussion sd on sd.id = s.strategy_discussion_id
                          join legacy_record l on l.target_id = s.id and l.source_type = 'S47'
                         where l.source_system = :s""").param("s", sc.system())
                .query((rs, n) -> {
                    assertThat(rs.getObject(2, LocalDate.class))
                            .isEqualTo(calendar.addWorkingDays(rs.getObject(1, LocalDate.class), 15));
                    return n;
                }).list();
        // A family stepped up names the imported request it went through.
        assertThat(jdbc.sql("""
                        select count(*) from early_help_episode e
                          join legacy_record l on l.target_id = e.id and l.source_type = 'EARLY_HELP'
                          join legacy_record c on c.target_id = e.stepped_up_contact and c.source_type = 'CONTACT'
                         where l.source_system = :s and e.outcome = 'STEPPED_UP' and c.source_system = :s""")
                .param("s", eh.system()).query(Long.class).single()).isPositive();

        LegacyReport again = legacyImport.run(sc, scFiles, "admin", p -> { });
        assertThat(again.total(LegacyReport.Count::created)).isZero();
        assertThat(count(again, LegacyType.PLAN).already()).isEqualTo(count(report, LegacyType.PLAN).created());
        assertThat(stored(sc, "assessment", LegacyType.ASSESSMENT))
                .isEqualTo(count(report, LegacyType.ASSESSMENT).created());
    }
}
