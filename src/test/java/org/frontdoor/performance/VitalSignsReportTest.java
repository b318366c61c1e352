package org.frontdoor.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.servlet.http.Cookie;
import java.sql.Timestamp;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.frontdoor.FrontdoorTest;
import org.frontdoor.SignIn;
import org.frontdoor.access.Role;
import org.frontdoor.access.TestUsers;
import org.frontdoor.access.UserRepository;
import org.frontdoor.calendar.WorkingCalendar;
import org.frontdoor.screening.ThresholdDocuments;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The monthly Vital Signs report. March and April 2018 hold no other test's contacts, so the whole local authority's
 * figures are the ones built here: in March 2018 three contacts, two with consent given and one with consent not
 * sought, so contacts 3 and consent recorded 66.7% (2 of 3). A fourth, late-recorded contact with consent not sought
 * makes the record say 50.0% (2 of 4), but the report issued before still says 66.7%.
 */
@FrontdoorTest
class VitalSignsReportTest {

    static final YearMonth MARCH_2018 = YearMonth.of(2018, 3);

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired UserRepository users;
    @Autowired TestUsers testUsers;
    @Autowired WorkingCalendar calendar;
    @Autowired ThresholdDocuments thresholds;
    @Autowired VitalSigns vitalSigns;
    @Autowired Reports reports;

    void contactInMarch2018(VitalSignsTestData data, int day, String consent) {
        Timestamp received = VitalSignsTestData.at(2018, 3, day, 10, 0);
        data.child(data.contact(received, "8", consent), data.person("Report" + day), received);
    }

    @Test
    void theReportShowsTheScorecardsFiguresAndKeepsThemAsIssued() throws Exception {
        VitalSignsTestData data = new VitalSignsTestData(jdbc, users, calendar, thresholds.current().id());
        contactInMarch2018(data, 4, "GIVEN");
        contactInMarch2018(data, 12, "GIVEN");
        contactInMarch2018(data, 20, "NOT_SOUGHT");
        Cookie analyst = SignIn.as(mvc, testUsers.create(null, Role.PERFORMANCE_ANALYST), TestUsers.PASSWORD);
        String page = mvc.perform(get("/performance").param("month", "2018-03").cookie(analyst))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Scorecard card = vitalSigns.scorecard(MARCH_2018, Filters.NONE);
        assertThat(latest(card, "consent-recorded")).isEqualTo("66.7%");
        assertThat(latest(card, "contacts")).isEqualTo("3");

        String location = mvc.perform(post("/performance/reports").param("month", "2018-03").cookie(analyst)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        byte[] pdf = download(id, "pdf", analyst);
        String text = pdfText(pdf);
        assertThat(text).contains("Kingsmere Borough Council", "Vital Signs", "March 2018", "Areas in red");
        Map<String, String> sheet = marchInSheet(download(id, "xlsx", analyst));
        for (Scorecard.Card c : card.cards()) {
            String shown = c.latest().shown();
            assertThat(page).as(c.indicator().id()).contains(">" + shown + "</a>");
            assertThat(text).as(c.indicator().id()).contains(c.indicator().name(), shown + " in Mar 18");
            assertThat(sheet.get(c.indicator().name())).as(c.indicator().id()).isEqualTo(shown);
        }
        assertThat(text).contains("Contacts with consent recorded: 66.7% against a target of 90.0%"); // in red

        contactInMarch2018(data, 28, "NOT_SOUGHT"); // recorded late: the record now says 2 of 4
        mvc.perform(get("/performance").param("month", "2018-03").cookie(analyst)) // kept for a few minutes
                .andExpect(content().string(containsString(">66.7%</a>")))
                .andExpect(content().string(containsString("Figures worked out at")));
        mvc.perform(get("/performance").param("month", "2018-03").param("again", "").cookie(analyst))
                .andExpect(content().string(containsString(">50.0%</a>")));
        Cookie leader = SignIn.as(mvc, testUsers.create(null, Role.SENIOR_LEADER), TestUsers.PASSWORD);
        String issued = mvc.perform(get("/performance/reports/" + id).cookie(leader))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String consentRow = issued.substring(issued.indexOf("id=\"issued-consent-recorded\""));
        assertThat(consentRow.substring(0, consentRow.indexOf("</tr>"))).contains("66.7%").doesNotContain("50.0%");
        assertThat(download(id, "pdf", leader)).isEqualTo(pdf);
        assertThat(marchInSheet(download(id, "xlsx", leader)).get("Contacts received")).isEqualTo("3");
        mvc.perform(get("/performance/reports").cookie(leader))
                .andExpect(content().string(containsString("/performance/reports/" + id + ".pdf")))
                .andExpect(content().string(containsString("On request by")));

        long exports = jdbc.sql("select count(*) from access_log where action = 'EXPORT' and what like :w")
                .param("w", "Vital Signs report " + id + " for 2018-03-01 as %").query(Long.class).single();
        assertThat(exports).isEqualTo(4);
    }

    @Test
    void aBadMonthIssuesNothingAndOnlyTheAnalystIssues() throws Exception {
        Cookie analyst = SignIn.as(mvc, testUsers.create(null, Role.PERFORMANCE_ANALYST), TestUsers.PASSWORD);
        long before = jdbc.sql("select count(*) from performance_report").query(Long.class).single();
        mvc.perform(post("/performance/reports").param("month", "March 2018").cookie(analyst).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("Enter the month as a year and month")))
                .andExpect(content().string(containsString("value=\"March 2018\"")));
        Cookie leader = SignIn.as(mvc, testUsers.create(null, Role.SENIOR_LEADER), TestUsers.PASSWORD);
        mvc.perform(post("/performance/reports").param("month", "2018-03").cookie(leader).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from performance_report").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void theMonthEndReportIsIssuedOnceHoweverManyInstancesTry() throws Exception {
        YearMonth month = YearMonth.of(2018, 4);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<Boolean>> tries = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                Callable<Boolean> attempt = () -> {
                    start.await();
                    return reports.issueMonthEnd(month);
                };
                tries.add(pool.submit(attempt));
            }
            start.countDown();
            int issued = 0;
            for (Future<Boolean> t : tries) {
                issued += t.get() ? 1 : 0;
            }
            assertThat(issued).isEqualTo(1);
        } finally {
            pool.shutdown();
        }
        assertThat(reports.issueMonthEnd(month)).isFalse(); // the next hour's run finds it issued
        assertThat(jdbc.sql("select count(*) from performance_report where month = date '2018-04-01' and month_end")
                .query(Long.class).single()).isEqualTo(1);
        assertThat(reports.list()).filteredOn(r -> r.month().equals(month.atDay(1)))
                .extracting(Reports.Issued::how).containsExactly("At month end");
    }

    static String latest(Scorecard card, String id) {
        return card.cards().stream().filter(c -> c.indicator().id().equals(id)).findFirst().orElseThrow()
                .latest().shown();
    }

    byte[] download(long id, String format, Cookie who) throws Exception {
        return mvc.perform(get("/performance/reports/" + id + "." + format).cookie(who))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
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

    /** Each indicator's March 2018 figure in the spreadsheet. */
    static Map<String, String> marchInSheet(byte[] xlsx) throws Exception {
        return ScorecardReading.monthInSheet(xlsx, YearMonth.of(2018, 3));
    }
}
