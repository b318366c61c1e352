package org.frontdoor.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.frontdoor.FrontdoorTest;
import org.frontdoor.SignIn;
import org.frontdoor.access.Role;
import org.frontdoor.access.TestUsers;
import org.frontdoor.intake.ContactRecorder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@FrontdoorTest
class AnalysisTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers testUsers;
    @Autowired JdbcClient jdbc;
    @Autowired ContactRecorder recorder;
    @Autowired AuditTemplates templates;

    @Test
    void leadersSeeThemesAndOverdueActionsAndExportTheMonthlySummary() throws Exception {
        AuditTest t = new AuditTest();
        t.mvc = mvc;
        t.jdbc = jdbc;
        t.recorder = recorder;
        t.templates = templates;
        String qaName = testUsers.create(null, Role.QA_OFFICER);
        Cookie qa = SignIn.as(mvc, qaName, TestUsers.PASSWORD);
        long audit = t.start(t.childContact("test", "Gus"), qa);
        long fathers = templates.find(t.frontDoorTemplate()).orElseThrow().questions().stream()
                .filter(q -> q.text().equals("Fathers included")).findFirst().orElseThrow().id();
        mvc.perform(t.complete(audit, qa, "REQUIRES_IMPROVEMENT", java.util.Map.of(fathers, "INADEQUATE")))
                .andExpect(status().is3xxRedirection());
        String owner = "Owner " + audit;
        LocalDate due = LocalDate.now().minusDays(10);
        mvc.perform(post("/quality/audits/" + audit + "/actions").cookie(qa).with(csrf())
                        .param("actionText", "Contact the father").param("actionOwner", owner)
                        .param("actionDueDay", "" + due.getDayOfMonth()).param("actionDueMonth", "" + due.getMonthValue())
                        .param("actionDueYear", "" + due.getYear()))
                .andExpect(status().is3xxRedirection());

        Cookie leader = SignIn.as(mvc, testUsers.create(null, Role.SENIOR_LEADER), TestUsers.PASSWORD);
        mvc.perform(get("/quality/analysis").cookie(leader))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Voice and family: Fathers included")))
                .andExpect(content().string(containsString(owner)));
        mvc.perform(get("/quality").cookie(leader)).andExpect(status().is4xxClientError());

        byte[] xlsx = mvc.perform(get("/quality/analysis/summary.xlsx").cookie(leader)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet byMonth = book.getSheet("By month");
            assertThat(byMonth.getRow(0).getCell(4).getStringCellValue()).isEqualTo("Requires improvement");
            boolean found = false;
            for (int r = 1; r <= byMonth.getLastRowNum(); r++) {
                var row = byMonth.getRow(r);
                if (row.getCell(0).getStringCellValue().equals("Front Door contact audit")
                        && row.getCell(1).getStringCellValue().equals(LocalDate.now().toString().substring(0, 7))) {
                    found = row.getCell(4).getNumericCellValue() >= 1;
                }
            }
            assertThat(found).isTrue();
            Sheet overdue = book.getSheet("Overdue actions");
            boolean listed = false;
            for (int r = 1; r <= overdue.getLastRowNum(); r++) {
                listed |= overdue.getRow(r).getCell(3).getStringCellValue().equals(owner);
            }
            assertThat(listed).isTrue();
        }
        assertThat(jdbc.sql("select count(*) from access_log where action = 'EXPORT' and what like '%audit summary%'")
                .query(Long.class).single()).isPositive();
    }
}
