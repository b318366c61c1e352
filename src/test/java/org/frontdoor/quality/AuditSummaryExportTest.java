package org.frontdoor.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.servlet.http.Cookie;
import java.io.ByteArrayInputStream;
import java.time.YearMonth;
import java.time.ZoneId;
import org.apache.poi.xssf.usermodel.XSSFSheet;
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
import org.springframework.test.web.servlet.MvcResult;

/** The monthly audit summary as PDF and XLSX, and the analysis page's charts, all showing the same month's figures. */
@FrontdoorTest
class AuditSummaryExportTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers testUsers;
    @Autowired JdbcClient jdbc;
    @Autowired ContactRecorder recorder;
    @Autowired AuditTemplates templates;

    @Test
    void thePdfAndTheChartsShowThisMonthsFiguresAsThePageDoes() throws Exception {
        AuditTest t = new AuditTest();
        t.mvc = mvc;
        t.jdbc = jdbc;
        t.recorder = recorder;
        t.templates = templates;
        Cookie qa = SignIn.as(mvc, testUsers.create(null, Role.QA_OFFICER), TestUsers.PASSWORD);
        Cookie moderator = SignIn.as(mvc, testUsers.create(null, Role.QA_OFFICER), TestUsers.PASSWORD);
        long audit = t.start(t.childContact("test", "Ada"), qa);
        mvc.perform(t.complete(audit, qa, "INADEQUATE")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/quality/audits/" + audit + "/moderation").cookie(moderator).with(csrf())
                        .param("moderatedGrade", "REQUIRES_IMPROVEMENT").param("moderationReason", "Some analysis"))
                .andExpect(status().is3xxRedirection());

        Cookie leader = SignIn.as(mvc, testUsers.create(null, Role.SENIOR_LEADER), TestUsers.PASSWORD);
        MvcResult page = mvc.perform(get("/quality/analysis").cookie(leader)).andExpect(status().isOk()).andReturn();
        String html = page.getResponse().getContentAsString();
        String month = YearMonth.now(ZoneId.of("Europe/London")).toString();
        String monthName = AuditSummary.monthName(month);
        long inadequate = completedThisMonth("INADEQUATE");
        long all = completedThisMonth(null);
        assertThat(inadequate).isPositive();

        // The page's own sentence for this month, and the SVG bar's segment and total.
        String sentence = between(html, "<p class=\"govuk-body\" id=\"this-month\">", "</p>");
        assertThat(sentence).startsWith("Audits completed in " + monthName + ": " + all + ",");
        assertThat(html).contains("<title>" + monthName + ": " + inadequate + " Inadequate</title>");
        String bars = between(html, "<svg id=\"grades-chart\"", "</svg>");
        assertThat(bars).contains(">" + all + "</text>");
        assertThat(bars).doesNotContain("style=");

        byte[] pdf = mvc.perform(get("/quality/analysis/summary.pdf").cookie(leader)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        String text = pdfText(pdf);
        assertThat(text).contains(sentence.substring(0, sentence.indexOf(". Moderation")));
        // The Front Door template's row for this month, as counted from the audits themselves.
        StringBuilder row = new StringBuilder(month);
        for (Grade g : Grade.overall()) {
            row.append(' ').append(completedThisMonth(g.name(), "Front Door contact audit"));
        }
        long frontDoor = completedThisMonth(null, "Front Door contact audit");
        long good = completedThisMonth("GOOD", "Front Door contact audit")
                + completedThisMonth("OUTSTANDING", "Front Door contact audit");
        row.append(' ').append(frontDoor).append(' ').append(Math.round(100.0 * good / frontDoor)).append('%');
        assertThat(text.substring(text.indexOf("Front Door contact audit"))).contains(row);
        assertThat(text.replace("\n", " ")).contains(sentence.substring(sentence.indexOf("Moderation agreement")));
        assertThat(jdbc.sql("select count(*) from access_log where action = 'EXPORT' and what like '%summary (PDF)%'")
                .query(Long.class).single()).isPositive();

        byte[] xlsx = mvc.perform(get("/quality/analysis/summary.xlsx").cookie(leader)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            XSSFSheet charts = book.getSheet("Charts");
            assertThat(charts.getDrawingPatriarch().getCharts()).hasSize(2);
            var stacked = charts.getDrawingPatriarch().getCharts().get(0).getCTChart().getPlotArea().getBarChartArray(0);
            assertThat(stacked.getGrouping().xmlText()).contains("stacked");
            assertThat(stacked.getSerArray()).hasSize(Grade.overall().length);
            var last = charts.getRow(charts.getLastRowNum());
            assertThat(last.getCell(0).getStringCellValue()).isEqualTo(month);
            assertThat(last.getCell(4).getNumericCellValue()).isEqualTo(inadequate);
            assertThat(last.getCell(5).getNumericCellValue()).isEqualTo(all);
        }
    }

    long completedThisMonth(String grade) {
        return completedThisMonth(grade, null);
    }

    long completedThisMonth(String grade, String template) {
        return jdbc.sql("""
                select count(*) from audit a join audit_template t on t.id = a.template_id
                 where a.status = 'COMPLETED'
                   and date_trunc('month', a.completed_at at time zone 'Europe/London')
                       = date_trunc('month', now() at time zone 'Europe/London')
                   and (cast(:g as text) is null or a.overall_grade = :g)
                   and (cast(:t as text) is null or t.name = :t)""").param("g", grade).param("t", template)
                .query(Long.class).single();
    }

    static String between(String s, String start, String end) {
        int from = s.indexOf(start);
        assertThat(from).as(start).isNotNegative();
        return s.substring(from + start.length(), s.indexOf(end, from)).strip();
    }

    static String pdfText(byte[] pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder sb = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                sb.append(extractor.getTextFromPage(page)).append('\n');
            }
            return sb.toString();
        } finally {
            reader.close();
        }
    }
}
