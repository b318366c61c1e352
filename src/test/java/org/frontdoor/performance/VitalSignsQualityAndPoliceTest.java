package org.frontdoor.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontdoor.performance.ScorecardReading.month;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.YearMonth;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
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

/**
 * Police domestic abuse notifications and case file audits over a small hand-built record (see
 * {@link QualityAndPoliceTestData}), restricted to a team of its own. January 2017 should read:
 * <ul>
 * <li>police notifications 4: N1 and N3 (police, 6), N2 (the police's own system, sent as "other") and N4 (23:30 on
 *     the 31st, still January); the school's contact is not one. Filtered to source 6: 3 (N2 is "other");
 * <li>leading to early help or social care 50.0%: of Ann (early help), Bob (no further action), Cal (single
 *     assessment) and Dot (information and advice), 2 of 4. Eli (awaiting sign-off) and Gus (undecided) are left
 *     out until signed off; Fay's early help came from a school;
 * <li>audits Good or better 75.0%: Ann's Good, Bob's moderated up to Good, Cal's Outstanding (agreed), not Dot's
 *     Inadequate: 3 of 4. On the auditors' own grades it would be 2 of 4 (50.0%). Fay's audit in progress is left
 *     out;
 * <li>overdue audit actions at 31 January 2: due 16 January and done 1 February; due 27 January and done 15 March.
 *     Not the one done on 25 January, the one done on the 31st itself, nor the one due on the 31st.
 * </ul>
 * February 2017: audits Good or better 100.0% (Fay's, 1 of 1); overdue actions at 28 February 1 (the one done
 * 15 March; the one due 14 February was done on the 28th). March 2017: overdue actions 0.
 */
@FrontdoorTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VitalSignsQualityAndPoliceTest {

    static final YearMonth JANUARY = YearMonth.of(2017, 1);
    static final YearMonth FEBRUARY = YearMonth.of(2017, 2);
    static final YearMonth MARCH = YearMonth.of(2017, 3);

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired UserRepository users;
    @Autowired TestUsers testUsers;
    @Autowired WorkingCalendar calendar;
    @Autowired ThresholdDocuments thresholds;
    @Autowired VitalSigns vitalSigns;
    @Autowired Figures figures;

    QualityAndPoliceTestData data;
    Filters team;

    @BeforeAll
    void build() {
        data = new QualityAndPoliceTestData(jdbc, users, calendar, thresholds.current().id()).build();
        team = new Filters(data.team, null);
    }

    Map<String, Scorecard.Card> cards(YearMonth last, Filters filters) {
        return ScorecardReading.cards(vitalSigns, last, filters);
    }

    @Test
    void thePoliceNotificationFiguresAreThoseWorkedOutByHand() {
        Map<String, Scorecard.Card> march = cards(MARCH, team);
        assertThat(month(march.get("domestic-abuse-notifications"), JANUARY).value()).isEqualTo(4.0);
        assertThat(month(march.get("domestic-abuse-notifications"), FEBRUARY).value()).isEqualTo(0.0);
        assertThat(month(march.get("domestic-abuse-help"), JANUARY)).extracting(Scorecard.Point::rows,
                Scorecard.Point::numerator, Scorecard.Point::shown).containsExactly(4L, 2L, "50.0%");
        Map<String, Scorecard.Card> police = cards(JANUARY, new Filters(data.team, "6"));
        assertThat(police.get("domestic-abuse-notifications").latest().value()).isEqualTo(3.0);
    }

    @Test
    void theAuditFiguresAreThoseWorkedOutByHandWithTheModeratedGrade() {
        Map<String, Scorecard.Card> march = cards(MARCH, team);
        assertThat(month(march.get("audits-good-or-better"), JANUARY)).extracting(Scorecard.Point::rows,
                Scorecard.Point::numerator, Scorecard.Point::shown).containsExactly(4L, 3L, "75.0%");
        assertThat(month(march.get("audits-good-or-better"), FEBRUARY).shown()).isEqualTo("100.0%");
        assertThat(month(march.get("overdue-audit-actions"), JANUARY).value()).isEqualTo(2.0);
        assertThat(month(march.get("overdue-audit-actions"), FEBRUARY).value()).isEqualTo(1.0);
        assertThat(month(march.get("overdue-audit-actions"), MARCH).value()).isEqualTo(0.0);
        // Bob's audit counts as Good because the moderator said so, not the auditor.
        Indicator audits = Indicators.byId("audits-good-or-better").orElseThrow();
        assertThat(figures.rows(audits, JANUARY, team, true, 100, 0)).extracting(Figures.Row::reference)
                .contains("Audit " + data.auditBob, "Audit " + data.auditCal).hasSize(3);
    }

    @Test
    void everyDrillDownHasAsManyRowsAsItsFigure() {
        for (Scorecard.Card c : vitalSigns.scorecard(MARCH, team).cards()) {
            for (Scorecard.Point p : c.points()) {
                int listed = figures.rows(c.indicator(), p.month(), team, false, 1000, 0).size();
                assertThat(listed).as(c.indicator().id() + " " + p.month()).isEqualTo(p.rows());
                int counted = figures.rows(c.indicator(), p.month(), team, true, 1000, 0).size();
                assertThat(counted).as(c.indicator().id() + " numerator " + p.month()).isEqualTo(p.numerator());
            }
        }
    }

    @Test
    void theScorecardItsSpreadsheetAndTheListShowTheNewFigures() throws Exception {
        Cookie analyst = SignIn.as(mvc, testUsers.create(null, Role.PERFORMANCE_ANALYST), TestUsers.PASSWORD);
        String page = mvc.perform(get("/performance").param("month", "2017-01").param("team", data.team)
                        .cookie(analyst))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Police domestic abuse notifications", "Case file audits graded Good or better",
                "Overdue audit actions", "/performance/indicators/audits-good-or-better/2017-01?team=", ">75.0%</a>");
        byte[] xlsx = mvc.perform(get("/performance/scorecard.xlsx").param("month", "2017-01")
                        .param("team", data.team).cookie(analyst))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        Map<String, String> january = ScorecardReading.monthInSheet(xlsx, YearMonth.of(2017, 1));
        assertThat(january).containsEntry("Police domestic abuse notifications", "4")
                .containsEntry("Police notifications leading to early help or social care", "50.0%")
                .containsEntry("Case file audits graded Good or better", "75.0%")
                .containsEntry("Overdue audit actions", "2");

        Cookie manager = SignIn.as(mvc, testUsers.create(null, Role.MASH_MANAGER), TestUsers.PASSWORD);
        String list = mvc.perform(get("/performance/indicators/overdue-audit-actions/2017-01")
                        .param("team", data.team).cookie(manager))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(list.split("app-drill-row", -1).length - 1).isEqualTo(2);
        assertThat(list).contains("Dot Vitalsigns");
    }
}
