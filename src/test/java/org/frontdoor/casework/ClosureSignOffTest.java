package org.frontdoor.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import org.frontdoor.FrontdoorTest;
import org.frontdoor.SignIn;
import org.frontdoor.access.Role;
import org.frontdoor.access.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@FrontdoorTest
class ClosureSignOffTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers testUsers;
    @Autowired JdbcClient jdbc;

    JourneyTestData data;
    long child;
    long referral;
    String workerName;
    Cookie worker;
    String managerName;
    Cookie manager;
    Cookie otherManager;

    @BeforeEach
    void referralAssessedWithNoFurtherAction() throws Exception {
        data = new JourneyTestData(jdbc);
        child = data.person("Ada", LocalDate.of(2016, 3, 4));
        var contact = data.contact(child, JourneyTestData.at(2026, 3, 2, 10), "SINGLE_ASSESSMENT",
                JourneyTestData.at(2026, 3, 2, 15), "test-worker");
        referral = data.referral(child, contact, JourneyTestData.at(2026, 3, 2, 16));
        data.assessment(child, referral, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 5, 5),
                LocalDate.of(2026, 4, 20), "NFA");
        workerName = testUsers.create(null, Role.ASSESSMENT_SOCIAL_WORKER);
        worker = SignIn.as(mvc, workerName, TestUsers.PASSWORD);
        managerName = testUsers.create(null, Role.ASSESSMENT_MANAGER);
        manager = SignIn.as(mvc, managerName, TestUsers.PASSWORD);
        otherManager = SignIn.as(mvc, testUsers.create(null, Role.ASSESSMENT_MANAGER), TestUsers.PASSWORD);
    }

    MockHttpServletRequestBuilder requestClosure(Cookie who, String code, String day, String month, String year) {
        return post("/casework/referrals/" + referral + "/closure").cookie(who).with(csrf())
                .param("reasonCode", code).param("closedOnDay", day).param("closedOnMonth", month)
                .param("closedOnYear", year).param("note", "Assessment found no further action needed " + data.family)
                .param("version", "0");
    }

    long closures() {
        return jdbc.sql("select count(*) from closure where referral_id = :r").param("r", referral)
                .query(Long.class).single();
    }

    long closureId() {
        return jdbc.sql("select id from closure where referral_id = :r").param("r", referral).query(Long.class).single();
    }

    int version() {
        return jdbc.sql("select version from closure where referral_id = :r").param("r", referral)
                .query(Integer.class).single();
    }

    String signedOffBy() {
        return jdbc.sql("select signed_off_by from closure where referral_id = :r").param("r", referral)
                .query(String.class).optional().orElse(null);
    }

    @Test
    void aClosureIsPendingUntilAnotherManagerSignsItOff() throws Exception {
        mvc.perform(requestClosure(worker, "RC8", "20", "4", "2026")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/casework/referrals/" + referral + "/closure").cookie(worker))
                .andExpect(content().string(containsString("Closure awaiting sign-off")));
        mvc.perform(get("/children/" + child + "/journey").cookie(worker))
                .andExpect(content().string(containsString("Closure awaiting sign-off")))
                .andExpect(content().string(not(containsString("Closed on"))));

        mvc.perform(post("/casework/closures/" + closureId() + "/sign-off").cookie(worker).with(csrf())
                        .param("version", "" + version()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Only an assessment team manager can sign off a closure")));
        assertThat(signedOffBy()).isNull();

        mvc.perform(post("/casework/closures/" + closureId() + "/sign-off").cookie(manager).with(csrf())
                        .param("version", "" + version()))
                .andExpect(status().is3xxRedirection());
        assertThat(signedOffBy()).isEqualTo(managerName);
        mvc.perform(get("/children/" + child + "/journey").cookie(worker))
                .andExpect(content().string(containsString("Closed on 20 April 2026 (RC8")));
    }

    @Test
    void theRequesterCannotSignOffTheirOwnClosure() throws Exception {
        mvc.perform(requestClosure(manager, "RC8", "20", "4", "2026")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/casework/closures/" + closureId() + "/sign-off").cookie(manager).with(csrf())
                        .param("version", "" + version()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("You requested this closure, so you cannot sign it off")));
        assertThat(signedOffBy()).isNull();
        mvc.perform(post("/casework/closures/" + closureId() + "/sign-off").cookie(otherManager).with(csrf())
                        .param("version", "" + version()))
                .andExpect(status().is3xxRedirection());
        assertThat(signedOffBy()).isNotNull().isNotEqualTo(managerName);
    }

    @Test
    void rc8AfterAChildProtectionPlanIsRefusedKeepingWhatWasTyped() throws Exception {
        long strategy = data.strategy(child, referral, JourneyTestData.at(2026, 3, 3, 9),
                JourneyTestData.at(2026, 3, 4, 9), JourneyTestData.at(2026, 3, 3, 14), "S47_JOINT");
        long s47 = data.s47(child, strategy, LocalDate.of(2026, 3, 3), LocalDate.of(2026, 3, 24),
                LocalDate.of(2026, 3, 20));
        long icpc = data.conference(child, s47, null, LocalDate.of(2026, 3, 24), LocalDate.of(2026, 3, 23),
                "CP_PLAN", "NEG");
        data.plan(child, "CP", LocalDate.of(2026, 3, 23), "NEG", icpc, s47, LocalDate.of(2026, 9, 1));
        mvc.perform(requestClosure(worker, "RC8", "2", "9", "2026"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("RC8 cannot follow a child protection plan")))
                .andExpect(content().string(containsString("Assessment found no further action needed " + data.family)));
        assertThat(closures()).isZero();
        mvc.perform(requestClosure(worker, "RC7", "2", "9", "2026")).andExpect(status().is3xxRedirection());
        assertThat(closures()).isOne();
    }

    @Test
    void aClosureDatedBeforeTheReferralIsRefused() throws Exception {
        mvc.perform(requestClosure(worker, "RC8", "1", "3", "2026"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "The closure date must be on or after the referral date (2 March 2026)")));
        assertThat(closures()).isZero();
    }

    String closurePage(Cookie who) throws Exception {
        return mvc.perform(get("/casework/referrals/" + referral + "/closure").cookie(who)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    String note() {
        return jdbc.sql("select note from closure where referral_id = :r").param("r", referral).query(String.class)
                .single();
    }

    @Test
    void twoWorkersRequestingOneClosureTheSecondIsToldWhoAndWhenAndKeepsWhatTheyTyped() throws Exception {
        String secondName = testUsers.create(null, Role.ASSESSMENT_SOCIAL_WORKER);
        Cookie second = SignIn.as(mvc, secondName, TestUsers.PASSWORD);
        String form = "/casework/referrals/" + referral + "/closure\"";
        String loadedByFirst = ConcurrentEdits.version(closurePage(worker), form);
        String loadedBySecond = ConcurrentEdits.version(closurePage(second), form);

        mvc.perform(requestClosure(worker, "RC8", "20", "4", "2026").with(ConcurrentEdits.set("version", loadedByFirst)))
                .andExpect(status().is3xxRedirection());
        String firstNote = note();
        String typed = "Typed by the second worker: family moved to Leeds " + data.family;
        String refused = mvc.perform(requestClosure(second, "RC8", "21", "4", "2026")
                        .with(ConcurrentEdits.set("version", loadedBySecond)).with(ConcurrentEdits.set("note", typed)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused)
                .contains("Test " + workerName + " changed this closure at "
                        + ConcurrentEdits.changedAt(jdbc, "closure", closureId()) + " while you were working")
                .contains("Nothing was saved").contains(typed);
        assertThat(note()).as("the first request is intact").isEqualTo(firstNote);

        // Saving again, now told, replaces the first request: the refused form carries the version now current.
        mvc.perform(requestClosure(second, "RC8", "21", "4", "2026").with(ConcurrentEdits.set("note", typed))
                        .with(ConcurrentEdits.set("version", ConcurrentEdits.version(refused, form))))
                .andExpect(status().is3xxRedirection());
        assertThat(note()).isEqualTo(typed);
        assertThat(closures()).isEqualTo(1);
    }

    @Test
    void aSignOffOfAClosureChangedSinceItWasReadIsRefusedWithWhoAndWhen() throws Exception {
        mvc.perform(requestClosure(worker, "RC8", "20", "4", "2026")).andExpect(status().is3xxRedirection());
        String read = ConcurrentEdits.version(closurePage(manager), "id=\"sign-off\"");
        mvc.perform(requestClosure(worker, "RC8", "22", "4", "2026")
                        .with(ConcurrentEdits.set("version", "" + version()))).andExpect(status().is3xxRedirection());

        String refused = mvc.perform(post("/casework/closures/" + closureId() + "/sign-off").cookie(manager)
                        .with(csrf()).param("version", read))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Test " + workerName + " changed this closure at "
                        + ConcurrentEdits.changedAt(jdbc, "closure", closureId()) + " while you were working. "
                        + "Nothing was signed off")))
                .andReturn().getResponse().getContentAsString();
        assertThat(signedOffBy()).isNull();
        mvc.perform(post("/casework/closures/" + closureId() + "/sign-off").cookie(manager).with(csrf())
                        .param("version", ConcurrentEdits.version(refused, "id=\"sign-off\"")))
                .andExpect(status().is3xxRedirection());
        assertThat(signedOffBy()).isEqualTo(managerName);
        assertThat(jdbc.sql("select closed_on from closure where referral_id = :r").param("r", referral)
                .query(LocalDate.class).single()).isEqualTo(LocalDate.of(2026, 4, 22));
    }
}
