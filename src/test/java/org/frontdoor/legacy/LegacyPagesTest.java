package org.frontdoor.legacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.frontdoor.FrontdoorTest;
import org.frontdoor.SignIn;
import org.frontdoor.access.Role;
import org.frontdoor.access.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@FrontdoorTest
class LegacyPagesTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers testUsers;
    @Autowired JdbcClient jdbc;
    @Autowired LegacyImport legacyImport;
    @Autowired LegacyMappings mappings;
    @TempDir Path dir;

    Cookie admin;

    @BeforeEach
    void signIn() throws Exception {
        admin = SignIn.as(mvc, testUsers.create(null, Role.ADMIN), TestUsers.PASSWORD);
    }

    @Test
    void aDryRunOfTheSampleFilesShowsWhatItWouldDoAndWhyRowsAreRejected() throws Exception {
        String job = mvc.perform(multipart("/admin/imports").param("system", "social-care").param("samples", "true")
                        .param("action", "dry").cookie(admin).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String page = "";
        for (int i = 0; i < 120 && !page.contains("Rejected rows"); i++) {
            Thread.sleep(500);
            page = mvc.perform(get(job).cookie(admin)).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsString();
        }
        assertThat(page).contains("Nothing has been changed", "Would create", "is not a date in a format the mapping allows",
                "SOURCE &#39;XYZ&#39; is not a referral source code the mapping knows");
    }

    @Test
    void startingWithoutChoosingASystemSaysSo() throws Exception {
        mvc.perform(multipart("/admin/imports").param("samples", "true").cookie(admin).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("Choose the legacy system the files come from")));
    }

    @Test
    void reconciliationCountsAndAConfirmedDuplicateMergesTheRecords() throws Exception {
        LegacyMapping m = mappings.find("social-care").orElseThrow().withSystem("recon-" + System.nanoTime());
        Path people = dir.resolve("clients.csv");
        String surname = "Reconcile" + (char) ('a' + System.nanoTime() % 26) + System.nanoTime() % 1000;
        Files.writeString(people, "CLIENT_ID,FORENAME,SURNAME,DOB,GENDER,NHS_NO,POSTCODE\n"
                + "A1,Amy," + surname + ",01/02/2015,F,,KM1 1AA\n"
                + "A2,Amy," + surname + ",01/02/2015,F,,KM1 1AA\n"
                + "A3,Ben," + surname + ",30/02/2016,M,,KM1 1AA\n", StandardCharsets.UTF_8);
        legacyImport.run(m, Map.of(LegacyType.PERSON, people), "admin", p -> { });

        mvc.perform(get("/admin/imports/reconciliation").cookie(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(m.system())))
                .andExpect(content().string(containsString("The figures before and after")))
                .andExpect(content().string(containsString("figure-" + m.system() + "-Contacts")));
        assertThat(line(m)).isEqualTo(new LegacyReconciliation.Line(m.system(), LegacyType.PERSON, 3, 2, 1, 0));

        long proposal = jdbc.sql("""
                        select d.id from legacy_duplicate d join legacy_record r on r.target_id = d.person_id
                         where r.source_system = :s and r.source_id = 'A2'""")
                .param("s", m.system()).query(Long.class).single();
        mvc.perform(get("/admin/imports/duplicates").param("system", m.system()).cookie(admin))
                .andExpect(content().string(containsString("proposal-" + proposal)));
        mvc.perform(post("/admin/imports/duplicates/" + proposal + "/confirm").cookie(admin).with(csrf()))
                .andExpect(status().is3xxRedirection());

        assertThat(jdbc.sql("""
                        select count(*) from person p join legacy_record r on r.target_id = p.id
                         where r.source_system = :s and r.source_type = 'PERSON' and p.merged_into is not null""")
                .param("s", m.system()).query(Long.class).single()).isEqualTo(1);
        assertThat(line(m).merged()).isEqualTo(2);

        byte[] xlsx = mvc.perform(get("/admin/imports/reconciliation.xlsx").cookie(admin))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = book.getSheetAt(0);
            boolean found = false;
            for (var row : sheet) {
                if (row.getCell(0).getStringCellValue().equals(m.system())) {
                    found = true;
                    assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(3);
                    assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(1);
                }
            }
            assertThat(found).isTrue();
        }
    }

    @Autowired LegacyReconciliation reconciliation;

    LegacyReconciliation.Line line(LegacyMapping m) {
        return reconciliation.lines().stream().filter(l -> l.system().equals(m.system())).findFirst().orElseThrow();
    }
}
