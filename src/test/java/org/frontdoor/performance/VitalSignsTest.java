package org.frontdoor.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontdoor.performance.ScorecardReading.month;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.frontdoor.FrontdoorTest;
import org.frontdoor.SignIn;
import org.frontdoor.access.Role;
import org.frontdoor.access.TestUsers;
import org.frontdoor.access.UserRepository;
import org.frontdoor.calendar.WorkingCalendar;
import org.frontdoor.screening.ThresholdDocuments;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The indicators over a small hand-built record (see {@link VitalSignsTestData}), restricted to a team of its own.
 * With a 0 to 17 population of 40,000, May 2019 should read:
 * <ul>
 * <li>contacts 4 (C1 to C4), 1.0 per 10,000 (4 x 10,000 / 40,000);
 * <li>decided within 1 working day 60.0%: of 5 children, Ada (Friday to Tuesday over the bank holiday, in time),
 *     Cara and Eve in time; Ben (an hour late) and Dan (an hour late) not: 3 of 5;
 * <li>contacts that became referrals 40.0%: Ada and Cara of the 5 children signed off;
 * <li>consent recorded 75.0% (C1, C3, C4 of 4); consent dispensed with 25.0% (C3);
 * <li>referrals 2 (Ada 7 May, Cara 16 May); re-referrals 50.0%: Ada's earlier referral was on 7 May 2018, exactly 12
 *     months before by date, so counts; Cara's on 15 May 2018 was 12 months and a day before, so does not;
 * <li>referrals ending in NFA 50.0%: Ada's assessment ended NFA; Cara went to a strategy discussion;
 * <li>decisions awaiting oversight at the end of May: 1 (Eve, signed off on 3 June); 0 at the end of June;
 * <li>sign-off to transfer accepted: 18, 6 and 24 hours, median 18.0;
 * <li>assessments within 45 working days 50.0%: Ada's 2019 assessment in time, her 2018 one finished in May 2019 late;
 * <li>strategy discussions 1 and s47 enquiries 1 (0.25 per 10,000), s47 leading to an ICPC 100.0% (1 of 1);
 * <li>step-downs to early help 1 (Dan, from the MASH) and step-ups 1 (Dan, through C4).
 * </ul>
 * June 2019: the ICPC held on 10 June, its due date (15 working days from Friday 17 May, skipping the spring bank
 * holiday on 27 May), so 100.0% in time; 1 CP plan started, 0.0% second or subsequent.
 */
@FrontdoorTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VitalSignsTest {

    static final YearMonth MAY = YearMonth.of(2019, 5);
    static final YearMonth JUNE = YearMonth.of(2019, 6);

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired UserRepository users;
    @Autowired TestUsers testUsers;
    @Autowired WorkingCalendar calendar;
    @Autowired ThresholdDocuments thresholds;
    @Autowired VitalSigns vitalSigns;
    @Autowired Figures figures;
    @Autowired Targets targets;
    @Autowired PlatformTransactionManager transactions;

    VitalSignsTestData data;
    Filters team;

    @BeforeAll
    void build() {
        targets.savePopulation(40_000, "test");
        data = new VitalSignsTestData(jdbc, users, calendar, thresholds.current().id()).build();
        team = new Filters(data.team, null);
    }

    Map<String, Scorecard.Card> cards(YearMonth last, Filters filters) {
        return ScorecardReading.cards(vitalSigns, last, filters);
    }

    @Test
    void theFrontDoorFiguresAreThoseWorkedOutByHand() {
        Map<String, Scorecard.Card> june = cards(JUNE, team);
        assertThat(month(june.get("contacts"), MAY).value()).isEqualTo(4.0);
        assertThat(month(june.get("contacts-per-10000"), MAY).value()).isEqualTo(1.0);
        assertThat(month(june.get("decided-within-1-working-day"), MAY)).extracting(Scorecard.Point::rows,
                Scorecard.Point::numerator, Scorecard.Point::shown).containsExactly(5L, 3L, "60.0%");
        assertThat(month(june.get("contact-to-referral"), MAY).shown()).isEqualTo("40.0%");
        assertThat(month(june.get("consent-recorded"), MAY).shown()).isEqualTo("75.0%");
        assertThat(month(june.get("consent-dispensed"), MAY).shown()).isEqualTo("25.0%");
        assertThat(month(june.get("referrals"), MAY).value()).isEqualTo(2.0);
        assertThat(month(june.get("re-referrals"), MAY)).extracting(Scorecard.Point::rows, Scorecard.Point::numerator)
                .containsExactly(2L, 1L);
        assertThat(month(june.get("referrals-nfa"), MAY).shown()).isEqualTo("50.0%");
        assertThat(month(june.get("awaiting-oversight"), MAY).value()).isEqualTo(1.0);
        assertThat(month(june.get("awaiting-oversight"), JUNE).value()).isEqualTo(0.0);
        assertThat(month(june.get("transfer-hours"), MAY)).extracting(Scorecard.Point::rows, Scorecard.Point::shown)
                .containsExactly(3L, "18.0 hours");
    }

    @Test
    void theCaseworkFiguresAreThoseWorkedOutByHand() {
        assertThat(calendar.addWorkingDays(LocalDate.of(2019, 5, 17), 15)).isEqualTo(LocalDate.of(2019, 6, 10));
        Map<String, Scorecard.Card> june = cards(JUNE, team);
        assertThat(month(june.get("assessments-within-45-days"), MAY).shown()).isEqualTo("50.0%");
        assertThat(month(june.get("strategy-discussions-per-10000"), MAY).value()).isEqualTo(0.25);
        assertThat(month(june.get("s47-per-10000"), MAY).rows()).isEqualTo(1);
        assertThat(month(june.get("s47-to-icpc"), MAY).shown()).isEqualTo("100.0%");
        assertThat(month(june.get("icpc-within-15-days"), JUNE).shown()).isEqualTo("100.0%");
        assertThat(month(june.get("cp-plans-started"), JUNE).value()).isEqualTo(1.0);
        assertThat(month(june.get("cp-second-or-subsequent"), JUNE)).extracting(Scorecard.Point::rows,
                Scorecard.Point::shown).containsExactly(1L, "0.0%");
        assertThat(month(june.get("early-help-step-downs"), MAY).value()).isEqualTo(1.0);
        assertThat(month(june.get("early-help-step-ups"), MAY).value()).isEqualTo(1.0);
    }

    @Test
    void sharingTheQueriesOutOverConnectionsGivesTheFiguresOfOneConnection() {
        VitalSigns oneConnection = new VitalSigns(figures, targets, jdbc, transactions, 1);
        try {
            for (Filters filters : new Filters[] {team, Filters.NONE}) {
                assertThat(figuresOf(vitalSigns.scorecard(JUNE, filters)))
                        .isEqualTo(figuresOf(oneConnection.scorecard(JUNE, filters)));
            }
        } finally {
            oneConnection.stop();
        }
    }

    /** Helpers on other connections cannot see uncommitted rows, so a scorecard read inside a change must not use them. */
    @Test
    void aScorecardReadInTheMiddleOfAChangeCountsThatChange() {
        // The police notifications come late in the catalogue, where a helper would most likely compute them.
        List<String> ids = List.of("contacts", "domestic-abuse-notifications");
        List<Double> before = figuresFor(ids);
        List<Double> during = new TransactionTemplate(transactions).execute(status -> {
            data.contact(VitalSignsTestData.at(2019, 5, 20, 10, 0), "6", "GIVEN");
            status.setRollbackOnly();
            return figuresFor(ids);
        });
        assertThat(during).containsExactly(before.get(0) + 1, before.get(1) + 1);
    }

    List<Double> figuresFor(List<String> ids) {
        Map<String, Scorecard.Card> may = cards(MAY, Filters.NONE);
        return ids.stream().map(id -> month(may.get(id), MAY).value()).toList();
    }

    static List<String> figuresOf(Scorecard scorecard) {
        return scorecard.cards().stream().flatMap(c -> c.points().stream()
                .map(p -> c.indicator().id() + " " + p.month() + " " + p.rows() + "/" + p.numerator() + " " + p.shown()))
                .toList();
    }

    @Test
    void theReferralSourceFilterNarrowsEveryFigure() {
        Map<String, Scorecard.Card> police = cards(MAY, new Filters(data.team, "6"));
        assertThat(police.get("contacts").latest().value()).isEqualTo(2.0); // C1 and C3
        assertThat(police.get("decided-within-1-working-day").latest().shown()).isEqualTo("66.7%"); // Ada, Cara of 3
    }

    @Test
    void everyDrillDownHasAsManyRowsAsItsFigure() {
        for (Scorecard.Card c : vitalSigns.scorecard(JUNE, team).cards()) {
            for (Scorecard.Point p : c.points()) {
                int listed = figures.rows(c.indicator(), p.month(), team, false, 1000, 0).size();
                assertThat(listed).as(c.indicator().id() + " " + p.month()).isEqualTo(p.rows());
                int counted = figures.rows(c.indicator(), p.month(), team, true, 1000, 0).size();
                assertThat(counted).as(c.indicator().id() + " numerator " + p.month()).isEqualTo(p.numerator());
            }
        }
    }

    @Test
    void aManagerSeesTheChildrenBehindAFigureAndASeniorLeaderOnlyReferences() throws Exception {
        Cookie manager = SignIn.as(mvc, testUsers.create(null, Role.MASH_MANAGER), TestUsers.PASSWORD);
        String url = "/performance/indicators/decided-within-1-working-day/2019-05";
        String page = mvc.perform(get(url).param("team", data.team).cookie(manager))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ada Vitalsigns")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page.split("app-drill-row", -1).length - 1).isEqualTo(5);
        String count = page.substring(page.indexOf("id=\"row-count\">") + 15, page.indexOf("</p>",
                page.indexOf("id=\"row-count\">"))).replaceAll("\\s+", " ").strip();
        assertThat(count).startsWith("5 rows; 3 counted");

        Cookie leader = SignIn.as(mvc, testUsers.create(null, Role.SENIOR_LEADER), TestUsers.PASSWORD);
        mvc.perform(get(url).param("team", data.team).cookie(leader))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Contact " + data.contactC4)))
                .andExpect(content().string(not(containsString("Ada Vitalsigns"))));

        Cookie worker = SignIn.as(mvc, testUsers.create(null, Role.MASH_SOCIAL_WORKER), TestUsers.PASSWORD);
        mvc.perform(get(url).cookie(worker)).andExpect(status().isForbidden());
    }

    @Test
    void theDrillDownSpreadsheetListsTheSameRows() throws Exception {
        Cookie analyst = SignIn.as(mvc, testUsers.create(null, Role.PERFORMANCE_ANALYST), TestUsers.PASSWORD);
        byte[] xlsx = mvc.perform(get("/performance/indicators/decided-within-1-working-day/2019-05.xlsx")
                        .param("team", data.team).param("part", "numerator").cookie(analyst))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum() + 1 - 3).isEqualTo(3); // three header lines, then Ada, Cara, Eve
            assertThat(sheet.getRow(3).getCell(3).getStringCellValue()).isEqualTo("Ada " + lastName());
        }
        long exports = jdbc.sql("select count(*) from access_log where action = 'EXPORT' and what like :w")
                .param("w", "Vital Signs list as XLSX: Children's contacts decided%" + data.team + "%")
                .query(Long.class).single();
        assertThat(exports).isEqualTo(1);
    }

    String lastName() {
        return jdbc.sql("select last_name from person where id = :p").param("p", data.childA)
                .query(String.class).single();
    }

    @Test
    void theScorecardPageAndItsSpreadsheetShowTheSameFigures() throws Exception {
        Cookie analyst = SignIn.as(mvc, testUsers.create(null, Role.PERFORMANCE_ANALYST), TestUsers.PASSWORD);
        String page = mvc.perform(get("/performance").param("month", "2019-05").param("team", data.team)
                        .cookie(analyst))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<polyline").doesNotContain("style=");
        byte[] xlsx = mvc.perform(get("/performance/scorecard.xlsx").param("month", "2019-05")
                        .param("team", data.team).cookie(analyst))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        Map<String, String> mayInSheet = ScorecardReading.monthInSheet(xlsx, YearMonth.of(2019, 5));
        assertThat(mayInSheet.get("Children's contacts decided within 1 working day")).isEqualTo("60.0%");
        for (Scorecard.Card c : vitalSigns.scorecard(MAY, team).cards()) {
            String shown = c.latest().shown();
            String link = "/performance/indicators/" + c.indicator().id() + "/2019-05?team=";
            // The page links the May figure to its list, and the sheet holds the same figure.
            assertThat(page).contains(link);
            assertThat(page).contains(">" + shown + "</a>");
            assertThat(mayInSheet.get(c.indicator().name())).as(c.indicator().id()).isEqualTo(shown);
        }
    }

    @Test
    void aBadMonthSaysWhatIsWrongAndShowsTheLastCompleteMonth() throws Exception {
        Cookie leader = SignIn.as(mvc, testUsers.create(null, Role.SENIOR_LEADER), TestUsers.PASSWORD);
        mvc.perform(get("/performance").param("month", "May 2019").cookie(leader))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("Enter the month as a year and month")))
                .andExpect(content().string(containsString("value=\"May 2019\"")));
    }
}
