package org.frontdoor.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.frontdoor.FrontdoorTest;
import org.frontdoor.SignIn;
import org.frontdoor.access.Role;
import org.frontdoor.access.TestUsers;
import org.frontdoor.intake.ContactRecorder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Transfers are written straight into months long past (2001, 1999) that no other test signs anything off in. */
@FrontdoorTest
class TransferReportTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers testUsers;
    @Autowired JdbcClient jdbc;
    @Autowired ContactRecorder recorder;
    @Autowired ThresholdDocuments thresholds;

    Cookie as(Role role) throws Exception {
        return SignIn.as(mvc, testUsers.create(null, role), TestUsers.PASSWORD);
    }

    /** A child's contact, a signed-off decision and its transfer, as the sign-off flow would leave them. */
    long transfer(DecisionOutcome.Team team, Instant signedOff, Duration toAcceptance) {
        var m = DecisionTestContacts.contact(recorder, jdbc, "Tia", null);
        String outcome = team == DecisionOutcome.Team.ASSESSMENT ? "SINGLE_ASSESSMENT" : "EARLY_HELP";
        long decision = jdbc.sql("""
                        insert into decision (contact_subject_id, outcome, threshold_level, threshold_version_id,
                                              rationale, risk_analysis, child_views_sought, status, decided_by,
                                              decided_at, overseen_by, overseen_at, oversight_comment)
                        values (:s, :o, 3, :v, 'Rationale', 'Risk', true, 'SIGNED_OFF', 'worker', :at, 'manager',
                                :at, 'Agreed') returning id""")
                .param("s", m.childSubjectId()).param("o", outcome).param("v", thresholds.current().id())
                .param("at", Timestamp.from(signedOff)).query(Long.class).single();
        Long referral = team != DecisionOutcome.Team.ASSESSMENT ? null : jdbc.sql("""
                        insert into referral (person_id, contact_subject_id, referred_at, source_code, created_by)
                        values (:p, :s, :at, '2A', 'manager') returning id""")
                .param("p", m.personId()).param("s", m.childSubjectId()).param("at", Timestamp.from(signedOff))
                .query(Long.class).single();
        return jdbc.sql("""
                        insert into transfer (decision_id, team, referral_id, person_id, signed_off_at, accepted_by,
                                              accepted_at)
                        values (:d, :team, :r, :p, :at, :by, :accepted) returning id""")
                .param("d", decision).param("team", team.name()).param("r", referral).param("p", m.personId())
                .param("at", Timestamp.from(signedOff)).param("by", toAcceptance == null ? null : "team")
                .param("accepted", toAcceptance == null ? null : Timestamp.from(signedOff.plus(toAcceptance)))
                .query(Long.class).single();
    }

    /** The cells of a month's row in a team's table, as a reader sees them. */
    static List<String> cells(String html, String team, String month) {
        String table = html.substring(html.indexOf(">" + team + "</caption>"));
        table = table.substring(0, table.indexOf("</table>"));
        String row = table.substring(table.indexOf(">" + month + "</th>"));
        row = row.substring(0, row.indexOf("</tr>"));
        List<String> cells = new ArrayList<>();
        Matcher m = Pattern.compile(">([^<]*)</td>").matcher(row);
        while (m.find()) {
            cells.add(m.group(1).strip());
        }
        return cells;
    }

    @Test
    void showsEachTeamsMonthWithMedianAndNinetiethPercentileHours() throws Exception {
        Instant march = Instant.parse("2001-03-05T09:00:00Z"); // GMT, so the London month is March too
        transfer(DecisionOutcome.Team.EARLY_HELP, march, Duration.ofHours(2));
        transfer(DecisionOutcome.Team.EARLY_HELP, march.plus(Duration.ofDays(7)), Duration.ofHours(10));
        transfer(DecisionOutcome.Team.ASSESSMENT, march, Duration.ofHours(4));
        transfer(DecisionOutcome.Team.ASSESSMENT, march.plus(Duration.ofDays(1)), Duration.ofHours(30));
        transfer(DecisionOutcome.Team.ASSESSMENT, march.plus(Duration.ofDays(2)), Duration.ofHours(4));
        String analystName = testUsers.create(null, Role.PERFORMANCE_ANALYST);
        Cookie analyst = SignIn.as(mvc, analystName, TestUsers.PASSWORD);

        String html = mvc.perform(get("/reports/transfers").param("from", "2001-03").cookie(analyst))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("from March 2001")))
                .andExpect(content().string(containsString("February 2002")))
                .andExpect(content().string(not(containsString("There is a problem"))))
                .andReturn().getResponse().getContentAsString();

        // signed off, accepted, median hours, 90th percentile hours, over 24 hours
        assertThat(cells(html, "Early help", "March 2001")).containsExactly("2", "2", "6.0", "9.2", "0");
        assertThat(cells(html, "Assessment team", "March 2001")).containsExactly("3", "3", "4.0", "24.8", "1");
        assertThat(cells(html, "Early help", "April 2001")).containsExactly("0", "0", "–", "–", "0");
        assertThat(html).contains("Early help, March 2001: median 6.0 hours");
        assertThat(jdbc.sql("select count(*) from access_log where username = :u and action = 'VIEW' "
                        + "and what = 'Transfer report'").param("u", analystName).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void saysWhoIsStillWaitingAndTheLongestWait() throws Exception {
        long waiting = transfer(DecisionOutcome.Team.EARLY_HELP, Instant.parse("1999-06-14T09:00:00Z"), null);
        try {
            mvc.perform(get("/reports/transfers").cookie(as(Role.MASH_MANAGER)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Still waiting now")))
                    // the oldest waiting child anywhere: 10am in London on 14 June 1999
                    .andExpect(content().string(containsString("signed off 14 Jun 1999, 10:00am")));
        } finally {
            // a child waiting since 1999 would head the early help queue other tests read
            jdbc.sql("delete from transfer where id = :id").param("id", waiting).update();
        }
    }

    @Test
    void aMonthThatIsNotAMonthIsRefusedKeepsWhatWasTypedAndShowsTheLastTwelve() throws Exception {
        Cookie leader = as(Role.SENIOR_LEADER);
        mvc.perform(get("/reports/transfers").param("from", "2001-13").cookie(leader))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("The first month must be a real month, for example 2025-04")))
                .andExpect(content().string(containsString("value=\"2001-13\"")))
                .andExpect(content().string(not(containsString("March 2001"))));
        mvc.perform(get("/reports/transfers").param("from", "March").cookie(leader))
                .andExpect(content().string(containsString(
                        "Enter the first month as a year and month, for example 2025-04")));
        mvc.perform(get("/reports/transfers").param("from", "2999-01").cookie(leader))
                .andExpect(content().string(containsString("The first month must be this month or in the past")));
    }

    @Test
    void managersAnalystsAndSeniorLeadersFindItButAPartnerCannotOpenIt() throws Exception {
        mvc.perform(get("/").cookie(as(Role.SENIOR_LEADER)))
                .andExpect(content().string(containsString("Transfer report")));
        mvc.perform(get("/reports/transfers").cookie(as(Role.PARTNER))).andExpect(status().isForbidden());
        mvc.perform(get("/reports/transfers").cookie(as(Role.MASH_SOCIAL_WORKER))).andExpect(status().isForbidden());
    }
}
