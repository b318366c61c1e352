package org.frontdoor.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import org.frontdoor.FrontdoorTest;
import org.frontdoor.SignIn;
import org.frontdoor.access.Role;
import org.frontdoor.access.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@FrontdoorTest
class JourneyTimelineTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers testUsers;
    @Autowired JdbcClient jdbc;

    static LocalDate day(int y, int m, int d) {
        return LocalDate.of(y, m, d);
    }

    /** Each text in turn, each found after the one before it. */
    static void assertInOrder(String page, String... texts) {
        int from = 0;
        for (String text : texts) {
            int at = page.indexOf(text, from);
            assertThat(at).as("\"%s\" after position %d", text, from).isGreaterThanOrEqualTo(0);
            from = at + text.length();
        }
    }

    /**
     * Early help, stepped up; a referral with a strategy discussion, a joint s47, an assessment finished late, a late
     * ICPC, a CP plan, its review and closure; then a re-referral, a second s47 and a second CP plan, still open.
     */
    @Test
    void theJourneyReadsInOrderWithLateStepsMarkedLate() throws Exception {
        JourneyTestData d = new JourneyTestData(jdbc);
        long child = d.person("Ada", day(2016, 3, 4));
        var first = d.contact(child, JourneyTestData.at(2025, 1, 6, 10), "EARLY_HELP",
                JourneyTestData.at(2025, 1, 6, 15), "test-worker");
        long toEarlyHelp = d.transfer(child, first, "EARLY_HELP", null, JourneyTestData.at(2025, 1, 6, 16));
        // Decided two days after it came in: past its one working day.
        var second = d.contact(child, JourneyTestData.at(2025, 3, 3, 9), "STRATEGY_DISCUSSION",
                JourneyTestData.at(2025, 3, 5, 9), "test-worker");
        long episode = d.earlyHelp(child, day(2025, 1, 10), toEarlyHelp, "STEPPED_UP", day(2025, 3, 3),
                second.contactId());
        long referral = d.referral(child, second, JourneyTestData.at(2025, 3, 5, 10));
        long strategy = d.strategy(child, referral, JourneyTestData.at(2025, 3, 5, 10),
                JourneyTestData.at(2025, 3, 6, 10), JourneyTestData.at(2025, 3, 5, 14), "S47_JOINT");
        long s47 = d.s47(child, strategy, day(2025, 3, 5), day(2025, 3, 26), day(2025, 3, 21));
        long assessment = d.assessment(child, referral, day(2025, 3, 5), day(2025, 5, 9), day(2025, 5, 20),
                "STRATEGY_DISCUSSION");
        long icpc = d.conference(child, s47, null, day(2025, 3, 26), day(2025, 3, 31), "CP_PLAN", "NEG");
        long plan = d.plan(child, "CP", day(2025, 3, 31), "NEG", icpc, s47, day(2025, 9, 30));
        d.conference(child, null, plan, day(2025, 6, 30), day(2025, 6, 23), "CONTINUE_PLAN", "NEG");
        d.closure(child, referral, "RC7", day(2025, 10, 1), "test-worker", "test-manager");

        var third = d.contact(child, JourneyTestData.at(2025, 11, 10, 9), "STRATEGY_DISCUSSION",
                JourneyTestData.at(2025, 11, 10, 12), "test-worker");
        long reReferral = d.referral(child, third, JourneyTestData.at(2025, 11, 10, 13));
        long strategy2 = d.strategy(child, reReferral, JourneyTestData.at(2025, 11, 10, 13),
                JourneyTestData.at(2025, 11, 11, 13), JourneyTestData.at(2025, 11, 12, 9), "S47_JOINT");
        long s47b = d.s47(child, strategy2, day(2025, 11, 12), day(2025, 12, 3), day(2025, 11, 28));
        long assessment2 = d.assessment(child, reReferral, day(2025, 11, 10), day(2026, 1, 16), null, null);
        long icpc2 = d.conference(child, s47b, null, day(2025, 12, 3), day(2025, 12, 2), "CP_PLAN", "PHY");
        long plan2 = d.plan(child, "CP", day(2025, 12, 2), "PHY", icpc2, s47b, null);

        Cookie qa = SignIn.as(mvc, testUsers.create(null, Role.QA_OFFICER), TestUsers.PASSWORD);
        String page = mvc.perform(get("/children/" + child + "/journey").cookie(qa))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertInOrder(page, "Child protection plan (physical abuse) since 2 December 2025",
                "First contact", "6 January 2025", "3 contacts, 2 referrals", "1 re-referral", "id=\"timeline\"",
                "href=\"/contacts/" + first.contactId() + "\"", "Decided within 1 working day",
                "href=\"/early-help/episodes/" + episode + "\"", "Stepped up to children",
                "href=\"/contacts/" + second.contactId() + "\"", "Decided late",
                "href=\"/casework/referrals/" + referral + "/closure\"", "Closed 1 October 2025",
                "href=\"/casework/assessments/" + assessment + "\"", "Completed late: not within 45 working days",
                "href=\"/casework/strategy/" + strategy + "\"", "Held on time",
                "href=\"/casework/s47/" + s47 + "\"", "Joint with police",
                "Initial child protection conference", "Late: after 15 working days",
                "href=\"/casework/plans/" + plan + "\"", "Category: neglect",
                "Review child protection conference", "Within its review timescale",
                "Closure", "RC7 Services ceased", "Closed",
                "href=\"/casework/referrals/" + reReferral + "/closure\"", "Re-referral",
                "href=\"/casework/assessments/" + assessment2 + "\"", "Overdue: not within 45 working days",
                "href=\"/casework/strategy/" + strategy2 + "\"", "Held late",
                "Initial child protection conference", "Within 15 working days",
                "href=\"/casework/plans/" + plan2 + "\"", "Second child protection plan", "Open");
        assertThat(jdbc.sql("select count(*) from access_log where child_id = :c and what = 'Child''s journey'")
                .param("c", child).query(Long.class).single()).isOne();
    }

    @Test
    void everyoneWhoMayOpenAChildsRecordMayReadTheJourneyButPartnersMayNot() throws Exception {
        long child = new JourneyTestData(jdbc).person("Bea", day(2017, 5, 6));
        for (Role role : new Role[] {Role.EARLY_HELP, Role.ASSESSMENT_MANAGER, Role.MASH_SOCIAL_WORKER}) {
            Cookie who = SignIn.as(mvc, testUsers.create(null, role), TestUsers.PASSWORD);
            mvc.perform(get("/children/" + child + "/journey").cookie(who)).andExpect(status().isOk());
        }
        Cookie partner = SignIn.as(mvc, testUsers.create("POLICE", Role.PARTNER), TestUsers.PASSWORD);
        mvc.perform(get("/children/" + child + "/journey").cookie(partner)).andExpect(status().isForbidden());
    }
}
