package org.frontdoor.legacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.frontdoor.FrontdoorTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@FrontdoorTest
class LegacyImportTest {

    private static final AtomicInteger SEQ = new AtomicInteger();

    @Autowired LegacyImport legacyImport;
    @Autowired LegacyMappings mappings;
    @Autowired JdbcClient jdbc;
    @TempDir Path dir;

    /** The shipped layout under a source system name no other test uses. */
    LegacyMapping mapping(String system) {
        return mappings.find(system).orElseThrow().withSystem(system + "-" + System.nanoTime() + "-" + SEQ.incrementAndGet());
    }

    /** The committed sample files of {@code system}, copied where a test may change them. */
    Map<LegacyType, Path> samples(String system, LegacyMapping mapping) throws IOException {
        Path copy = Files.createDirectories(dir.resolve(system + SEQ.incrementAndGet()));
        for (LegacyMapping.Layout layout : mapping.files().values()) {
            try (InputStream in = getClass().getResourceAsStream("/legacy/samples/" + system + "/" + layout.file())) {
                Files.copy(in, copy.resolve(layout.file()));
            }
        }
        return mapping.filesIn(copy);
    }

    long stored(LegacyMapping m, String table, LegacyType type) {
        return jdbc.sql("select count(*) from " + table + " t join legacy_record r on r.target_id = t.id"
                        + " and r.source_type = :type and r.source_system = :s")
                .param("type", type.name()).param("s", m.system()).query(Long.class).single();
    }

    long createdBy(LegacyMapping m, String table) {
        String column = table.equals("contact") ? "recorded_by" : "created_by";
        return jdbc.sql("select count(*) from " + table + " where " + column + " = :by")
                .param("by", LegacyWriter.importer(m.system())).query(Long.class).single();
    }

    static LegacyReport.Count count(LegacyReport report, LegacyType type) {
        return report.counts().stream().filter(c -> c.type() == type).findFirst().orElseThrow();
    }

    @Test
    void aDryRunCountsAndExplainsRejectionsAndChangesNothing() throws IOException {
        LegacyMapping m = mapping("social-care");
        LegacyReport dry = legacyImport.dryRun(m, samples("social-care", m));

        assertThat(dry.fileProblems()).isEmpty();
        assertThat(count(dry, LegacyType.PERSON).inFile()).isEqualTo(227);
        assertThat(count(dry, LegacyType.PERSON).created()).isEqualTo(226);
        assertThat(dry.rejections()).anySatisfy(r -> {
            assertThat(r.type()).isEqualTo(LegacyType.PERSON);
            assertThat(r.reason()).startsWith("DOB '31/02/").contains("not a date");
            assertThat(r.line()).isGreaterThan(1);
        });
        assertThat(dry.rejections()).anySatisfy(r -> assertThat(r.reason())
                .isEqualTo("SOURCE 'XYZ' is not a referral source code the mapping knows"));
        assertThat(dry.rejections()).anySatisfy(r -> assertThat(r.reason())
                .isEqualTo("CLIENT_ID (the child) is blank"));
        assertThat(dry.rejections()).anySatisfy(r -> assertThat(r.reason())
                .isEqualTo("REL_TYPE 'GRAN' is not a relationship code the mapping knows"));
        // The rejected child's contacts go too, each saying why.
        assertThat(dry.rejections()).anySatisfy(r -> {
            assertThat(r.type()).isEqualTo(LegacyType.CONTACT);
            assertThat(r.reason()).endsWith("is not in the people file, or was rejected");
        });
        for (LegacyReport.Count c : dry.counts()) {
            assertThat(c.created() + c.already() + c.rejected()).as(c.type().name()).isEqualTo(c.inFile());
        }
        assertThat(createdBy(m, "person")).isZero();
        assertThat(jdbc.sql("select count(*) from legacy_run where source_system = :s").param("s", m.system())
                .query(Long.class).single()).isZero();
    }

    @Test
    void bothLayoutsImportAndASecondRunChangesNothing() throws IOException {
        LegacyMapping socialCare = mapping("social-care");
        LegacyMapping earlyHelp = mapping("early-help");
        Map<LegacyType, Path> scFiles = samples("social-care", socialCare);
        Map<LegacyType, Path> ehFiles = samples("early-help", earlyHelp);

        LegacyReport dry = legacyImport.dryRun(earlyHelp, ehFiles);
        LegacyReport sc = legacyImport.run(socialCare, scFiles, "admin", p -> { });
        LegacyReport eh = legacyImport.run(earlyHelp, ehFiles, "admin", p -> { });

        assertThat(sc.fileProblems()).isEmpty();
        assertThat(eh.fileProblems()).isEmpty();
        assertThat(count(eh, LegacyType.CONTACT).created()).isEqualTo(count(dry, LegacyType.CONTACT).created());
        for (LegacyMapping m : new LegacyMapping[] {socialCare, earlyHelp}) {
            LegacyReport report = m == socialCare ? sc : eh;
            assertThat(stored(m, "person", LegacyType.PERSON)).isEqualTo(count(report, LegacyType.PERSON).created())
                    .isEqualTo(createdBy(m, "person")).isPositive();
            assertThat(stored(m, "relationship", LegacyType.RELATIONSHIP)).isPositive();
            assertThat(stored(m, "contact", LegacyType.CONTACT)).isEqualTo(count(report, LegacyType.CONTACT).created())
                    .isPositive();
            assertThat(stored(m, "referral", LegacyType.REFERRAL)).isEqualTo(count(report, LegacyType.REFERRAL).created())
                    .isPositive();
        }
        // Early help's names and dates came through windows-1252 and two date formats.
        assertThat(jdbc.sql("select count(*) from person where created_by = :by and first_name in ('Zoë', 'Chloé', 'Renée')")
                .param("by", LegacyWriter.importer(earlyHelp.system())).query(Long.class).single()).isPositive();
        // Imported contacts were decided in the old system: none joins the MASH queue.
        assertThat(jdbc.sql("""
                        select count(*) from contact_subject s join legacy_record r on r.target_id = s.contact_id
                         where r.source_type = 'CONTACT' and r.source_system = :s and s.decided_at is null""")
                .param("s", socialCare.system()).query(Long.class).single()).isZero();
        // Children known to both systems are proposed as the same person.
        assertThat(jdbc.sql("""
                        select count(*) from legacy_duplicate d
                          join legacy_record a on a.target_id = d.person_id and a.source_type = 'PERSON'
                          join legacy_record b on b.target_id = d.candidate_id and b.source_type = 'PERSON'
                         where a.source_system = :eh and b.source_system = :sc""")
                .param("eh", earlyHelp.system()).param("sc", socialCare.system()).query(Long.class).single())
                .isGreaterThanOrEqualTo(12);

        long people = createdBy(socialCare, "person");
        long contacts = createdBy(socialCare, "contact");
        LegacyReport again = legacyImport.run(socialCare, scFiles, "admin", p -> { });

        assertThat(again.total(LegacyReport.Count::created)).isZero();
        assertThat(count(again, LegacyType.PERSON).already()).isEqualTo(count(sc, LegacyType.PERSON).created());
        assertThat(createdBy(socialCare, "person")).isEqualTo(people);
        assertThat(createdBy(socialCare, "contact")).isEqualTo(contacts);
    }

    @Test
    void anImportStoppedMidwayResumesWithoutDuplicates() throws IOException {
        LegacyMapping m = mapping("social-care");
        Map<LegacyType, Path> files = samples("social-care", m);
        AtomicInteger batches = new AtomicInteger();

        assertThatThrownBy(() -> legacyImport.run(m, files, "admin", p -> {
            if (p.type() == LegacyType.CONTACT && batches.incrementAndGet() == 2) {
                throw new IllegalStateException("power cut");
            }
        }, 50)).hasMessage("power cut");

        long peopleBefore = createdBy(m, "person");
        long contactsBefore = createdBy(m, "contact");
        assertThat(peopleBefore).isEqualTo(226);
        assertThat(contactsBefore).isBetween(90L, 100L); // two batches of 50 rows, less the few rejected
        assertThat(createdBy(m, "referral")).isZero();
        assertThat(jdbc.sql("select status from legacy_run where source_system = :s").param("s", m.system())
                .query(String.class).single()).isEqualTo("FAILED");

        LegacyReport resumed = legacyImport.run(m, files, "admin", p -> { }, 50);

        assertThat(count(resumed, LegacyType.PERSON).created()).isZero();
        assertThat(count(resumed, LegacyType.PERSON).already()).isEqualTo(226);
        assertThat(count(resumed, LegacyType.CONTACT).already()).isEqualTo(contactsBefore);
        LegacyReport.Count contacts = count(resumed, LegacyType.CONTACT);
        assertThat(contacts.created()).isEqualTo(contacts.inFile() - contacts.rejected() - contactsBefore);
        assertThat(createdBy(m, "contact")).isEqualTo(contacts.inFile() - contacts.rejected());
        assertThat(createdBy(m, "person")).isEqualTo(226);
        assertThat(jdbc.sql("""
                        select count(*) from (select source_id from legacy_record where source_system = :s
                                               group by source_type, source_id having count(*) > 1) d""")
                .param("s", m.system()).query(Long.class).single()).isZero();
    }

    @Test
    void aMalformedFileIsRejectedWithItsLineAndNothingAtAllIsImported() throws IOException {
        LegacyMapping m = mapping("social-care");
        Map<LegacyType, Path> files = samples("social-care", m);
        byte[] contacts = Files.readAllBytes(files.get(LegacyType.CONTACT));
        Files.write(files.get(LegacyType.CONTACT), java.util.Arrays.copyOf(contacts, contacts.length / 2));

        LegacyReport report = legacyImport.run(m, files, "admin", p -> { });

        assertThat(report.fileProblems()).singleElement().asString().startsWith("contacts.csv: Line ")
                .contains("cut off");
        assertThat(createdBy(m, "person")).isZero(); // the people file was fine, but nothing is half-imported
        assertThat(jdbc.sql("select status from legacy_run where source_system = :s").param("s", m.system())
                .query(String.class).single()).isEqualTo("REJECTED");
    }

    @Test
    void windows1252TextInAFileSaidToBeUtf8IsRejectedWithItsLine() throws IOException {
        LegacyMapping m = mapping("social-care");
        Path people = dir.resolve("clients.csv");
        Files.write(people, ("CLIENT_ID,FORENAME,SURNAME,DOB,GENDER,NHS_NO,POSTCODE\r\n"
                + "X1,Amy,Smith,01/02/2015,F,,KM1 1AA\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Files.write(people, "X2,Zo\u00eb,Smith,01/02/2016,F,,KM1 1AA\r\n".getBytes(java.nio.charset.Charset.forName("windows-1252")),
                java.nio.file.StandardOpenOption.APPEND);

        LegacyReport report = legacyImport.run(m, Map.of(LegacyType.PERSON, people), "admin", p -> { });

        assertThat(report.fileProblems()).containsExactly("clients.csv: Line 3: the text is not valid UTF-8 (it may be "
                + "windows-1252: set \"encoding\" in the mapping, or save the file as UTF-8)");
        assertThat(createdBy(m, "person")).isZero();
    }
}
