package org.frontdoor.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
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
class SignsOfSafetyPageTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers testUsers;
    @Autowired JdbcClient jdbc;
    @Autowired Assessments assessments;

    String workerName;
    Cookie worker;
    AssessmentTestReferrals.Referral child;
    long assessmentId;

    @BeforeEach
    void setUp() throws Exception {
        workerName = testUsers.create(null, Role.ASSESSMENT_SOCIAL_WORKER);
        worker = SignIn.as(mvc, workerName, TestUsers.PASSWORD);
        child = AssessmentTestReferrals.referral(jdbc, Instant.now().minus(5, ChronoUnit.DAYS), false);
        assessmentId = assessments.start(child.referralId(), workerName, Instant.now());
    }

    MockHttpServletRequestBuilder mapping(LocalDate meeting, String harm) {
        return post("/casework/children/" + child.personId() + "/signs-of-safety/new").cookie(worker).with(csrf())
                .param("meetingDay", "" + meeting.getDayOfMonth()).param("meetingMonth", "" + meeting.getMonthValue())
                .param("meetingYear", "" + meeting.getYear()).param("harm", harm)
                .param("existingSafety", "Grandmother visits daily").param("safetyGoals", "Mary keeps Ada safe from Dan")
                .param("childWorries", "Shouting at night").param("childGoodThings", "My cat Biscuit")
                .param("childDreams", "To be a vet");
    }

    MockHttpServletRequestBuilder score(MockHttpServletRequestBuilder b, int row, String givenBy, String name,
                                        String score) {
        return b.param("scales[" + row + "].givenBy", givenBy).param("scales[" + row + "].name", name)
                .param("scales[" + row + "].score", score);
    }

    long mappings() {
        return jdbc.sql("select count(*) from sos_mapping where person_id = :p").param("p", child.personId())
                .query(Long.class).single();
    }

    @Test
    void mappingsAreNumberedPerChildAndTheChartShowsTheScoresGiven() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        LocalDate first = today.minusDays(3);
        var b1 = score(score(mapping(first, "Bruise to Ada's arm"), 0, "WORKER", "Sam", "3"), 1, "PARENT", "Mary", "5")
                .param("assessmentId", "" + assessmentId);
        mvc.perform(b1).andExpect(redirectedUrl("/casework/children/" + child.personId() + "/signs-of-safety/1"));
        var b2 = score(score(score(mapping(today, "No new injuries"), 0, "WORKER", "Sam", "6"), 1, "PARENT", "Mary", "7"),
                2, "CHILD", "Ada", "8");
        mvc.perform(b2).andExpect(redirectedUrl("/casework/children/" + child.personId() + "/signs-of-safety/2"));
        assertThat(jdbc.sql("select string_agg(number::text, ',' order by number) from sos_mapping where person_id = :p")
                .param("p", child.personId()).query(String.class).single()).isEqualTo("1,2");
        assertThat(jdbc.sql("select assessment_id from sos_mapping where person_id = :p and number = 1")
                .param("p", child.personId()).query(Long.class).single()).isEqualTo(assessmentId);

        String page = mvc.perform(get("/casework/children/" + child.personId() + "/signs-of-safety").cookie(worker))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String firstDay = first.format(java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.UK));
        assertThat(page).contains("<svg").contains("<polyline")
                .contains("Worker, mapping 1 (" + firstDay + "): 3")
                .contains("Parent, mapping 1 (" + firstDay + "): 5")
                .contains("Worker, mapping 2 (")
                .contains("): 6").contains("): 7").contains("Child, mapping 2 (")
                .contains("Parent (Mary): 7")
                .doesNotContain("style=");
        mvc.perform(get("/casework/children/" + child.personId() + "/signs-of-safety/2").cookie(worker))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Signs of Safety mapping 2")))
                .andExpect(content().string(containsString("To be a vet")))
                .andExpect(content().string(containsString("No new injuries")));
        assertThat(jdbc.sql("select count(*) from access_log where child_id = :p and what like 'Signs of Safety%'")
                .param("p", child.personId()).query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from access_log where child_id = :p and what like 'Recorded Signs of Safety%'")
                .param("p", child.personId()).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void aScoreOfElevenIsRefusedKeepingWhatWasTypedAndSavingNothing() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        mvc.perform(score(mapping(today, "Typed harm kept " + child.surname()), 0, "WORKER", "Sam", "11"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("Score 1 must be a whole number from 0 to 10")))
                .andExpect(content().string(containsString("Typed harm kept " + child.surname())));
        assertThat(mappings()).isZero();
    }

    @Test
    void theAssessmentPageLinksToTheChildsMappings() throws Exception {
        mvc.perform(get("/casework/assessments/" + assessmentId).cookie(worker))
                .andExpect(content().string(containsString("href=\"/casework/children/" + child.personId()
                        + "/signs-of-safety\"")));
        mvc.perform(get("/casework/children/" + child.personId() + "/signs-of-safety").cookie(worker))
                .andExpect(content().string(containsString("No mappings are recorded for this child")));
    }
}
