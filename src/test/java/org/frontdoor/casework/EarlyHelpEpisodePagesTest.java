package org.frontdoor.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
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

@FrontdoorTest
class EarlyHelpEpisodePagesTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers testUsers;
    @Autowired JdbcClient jdbc;
    @Autowired EarlyHelpEpisodes episodes;

    long episode;
    Cookie practitioner;
    String family;

    /** An episode stepped down from a completed assessment, started on 7 September 2026. */
    @BeforeEach
    void episode() throws Exception {
        JourneyTestData d = new JourneyTestData(jdbc);
        family = d.family;
        long child = d.person("Ada", LocalDate.of(2016, 3, 4));
        var contact = d.contact(child, JourneyTestData.at(2026, 7, 1, 10), "SINGLE_ASSESSMENT",
                JourneyTestData.at(2026, 7, 1, 14), "test-worker");
        long referral = d.referral(child, contact, JourneyTestData.at(2026, 7, 1, 15));
        long assessment = d.assessment(child, referral, LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 2),
                LocalDate.of(2026, 9, 1), "EARLY_HELP");
        String name = testUsers.create(null, Role.EARLY_HELP);
        practitioner = SignIn.as(mvc, name, TestUsers.PASSWORD);
        episode = episodes.stepDown(assessment, name, LocalDate.of(2026, 9, 7));
        assertThat(episodes.stepDown(assessment, name, LocalDate.of(2026, 9, 8))).isEqualTo(episode);
        mvc.perform(get("/early-help/episodes/" + episode).cookie(practitioner))
                .andExpect(content().string(containsString("href=\"/casework/assessments/" + assessment + "\"")));
    }

    int version() {
        return episodes.find(episode).orElseThrow().version();
    }

    @Test
    void aPractitionersListComesFiftyAtATimeOldestFirst() throws Exception {
        String lead = jdbc.sql("select lead_practitioner from early_help_episode where id = :e").param("e", episode)
                .query(String.class).single();
        long child = jdbc.sql("select person_id from early_help_episode where id = :e").param("e", episode)
                .query(Long.class).single();
        // 60 more, all started before the first: 61 open episodes in all, the stepped-down one the newest.
        jdbc.sql("""
                        insert into early_help_episode (person_id, lead_practitioner, started_on, created_by)
                        select :p, :lead, date '2026-01-01' + n, 'test' from generate_series(1, 60) n""")
                .param("p", child).param("lead", lead).update();
        String first = mvc.perform(get("/early-help/episodes").cookie(practitioner)).andReturn().getResponse()
                .getContentAsString();
        assertThat(first).contains("Your 61 open episodes").contains("Page 1 of 2")
                .doesNotContain("href=\"/early-help/episodes/" + episode + "\"");
        mvc.perform(get("/early-help/episodes").param("page", "2").cookie(practitioner))
                .andExpect(content().string(containsString("href=\"/early-help/episodes/" + episode + "\"")))
                .andExpect(content().string(containsString("Page 2 of 2")));
    }

    @Test
    void eachStepHasItsPage() throws Exception {
        for (String step : new String[] {"assessment", "review", "end", "step-up"}) {
            mvc.perform(get("/early-help/episodes/" + episode + "/" + step).cookie(practitioner))
                    .andExpect(status().isOk());
        }
    }

    @Test
    void anAssessmentBeforeTheEpisodeStartedIsRefusedAndNothingChanges() throws Exception {
        mvc.perform(post("/early-help/episodes/" + episode + "/assessment").cookie(practitioner).with(csrf())
                        .param("assessedDay", "6").param("assessedMonth", "9").param("assessedYear", "2026")
                        .param("summary", "Typed summary " + family).param("version", "" + version()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString(
                        "The date of the early help assessment must be on or after the day the episode started")))
                .andExpect(content().string(containsString("Typed summary " + family)));
        assertThat(episodes.find(episode).orElseThrow().assessmentOn()).isNull();
        mvc.perform(post("/early-help/episodes/" + episode + "/assessment").cookie(practitioner).with(csrf())
                        .param("assessedDay", "14").param("assessedMonth", "9").param("assessedYear", "2026")
                        .param("summary", "Typed summary " + family).param("version", "" + version()))
                .andExpect(status().is3xxRedirection());
        assertThat(episodes.find(episode).orElseThrow().assessmentOn()).isEqualTo(LocalDate.of(2026, 9, 14));
    }

    @Test
    void aReviewFromAStalePageIsRefusedThenTheEpisodeEnds() throws Exception {
        int loaded = version();
        mvc.perform(post("/early-help/episodes/" + episode + "/review").cookie(practitioner).with(csrf())
                        .param("heldDay", "1").param("heldMonth", "10").param("heldYear", "2026")
                        .param("note", "First review").param("nextDay", "1").param("nextMonth", "11")
                        .param("nextYear", "2026").param("version", "" + loaded))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/early-help/episodes/" + episode + "/review").cookie(practitioner).with(csrf())
                        .param("heldDay", "2").param("heldMonth", "10").param("heldYear", "2026")
                        .param("note", "Written on an old page").param("version", "" + loaded))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(" changed this episode at ")))
                .andExpect(content().string(containsString("Written on an old page")));
        assertThat(episodes.reviews(episode)).extracting(EarlyHelpEpisode.Review::note).containsExactly("First review");
        mvc.perform(get("/early-help/episodes/" + episode).cookie(practitioner))
                .andExpect(content().string(containsString("1 November 2026")));

        mvc.perform(post("/early-help/episodes/" + episode + "/end").cookie(practitioner).with(csrf())
                        .param("outcome", "NEEDS_MET").param("endedDay", "1").param("endedMonth", "11")
                        .param("endedYear", "2026").param("version", "" + version()))
                .andExpect(status().is3xxRedirection());
        assertThat(episodes.find(episode).orElseThrow().outcome()).isEqualTo("NEEDS_MET");
        mvc.perform(get("/early-help/episodes/" + episode + "/review").cookie(practitioner))
                .andExpect(content().string(containsString("nothing more can be recorded on it")));
    }

    String stepPage(String step, Cookie who) throws Exception {
        return mvc.perform(get("/early-help/episodes/" + episode + "/" + step).cookie(who)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    @Test
    void twoPractitionersOnOneEpisodeTheSecondIsToldWhoAndWhenAndKeepsWhatTheyTyped() throws Exception {
        String firstName = testUsers.create(null, Role.EARLY_HELP);
        Cookie first = SignIn.as(mvc, firstName, TestUsers.PASSWORD);
        String loadedByFirst = ConcurrentEdits.version(stepPage("assessment", first), "<form");
        String loadedBySecond = ConcurrentEdits.version(stepPage("assessment", practitioner), "<form");

        mvc.perform(post("/early-help/episodes/" + episode + "/assessment").cookie(first).with(csrf())
                        .param("assessedDay", "14").param("assessedMonth", "9").param("assessedYear", "2026")
                        .param("summary", "Parenting support agreed " + family).param("version", loadedByFirst))
                .andExpect(status().is3xxRedirection());
        String typed = "Typed by the second practitioner " + family;
        String refused = mvc.perform(post("/early-help/episodes/" + episode + "/assessment").cookie(practitioner)
                        .with(csrf()).param("assessedDay", "15").param("assessedMonth", "9")
                        .param("assessedYear", "2026").param("summary", typed).param("version", loadedBySecond))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused)
                .contains("Test " + firstName + " changed this episode at "
                        + ConcurrentEdits.changedAt(jdbc, "early_help_episode", episode) + " while you were working")
                .contains("Nothing was saved").contains(typed);
        assertThat(episodes.find(episode).orElseThrow().assessmentSummary()).as("the first practitioner's is intact")
                .isEqualTo("Parenting support agreed " + family);

        // Having read it, the second practitioner saves again: the refused form carries the version now current.
        mvc.perform(post("/early-help/episodes/" + episode + "/assessment").cookie(practitioner).with(csrf())
                        .param("assessedDay", "15").param("assessedMonth", "9").param("assessedYear", "2026")
                        .param("summary", typed).param("version", ConcurrentEdits.version(refused, "<form")))
                .andExpect(status().is3xxRedirection());
        assertThat(episodes.find(episode).orElseThrow().assessmentSummary()).isEqualTo(typed);

        // Ending is a one-off step: a review written meanwhile is kept on screen, with nothing to save it with.
        String reviewLoaded = ConcurrentEdits.version(stepPage("review", practitioner), "<form");
        mvc.perform(post("/early-help/episodes/" + episode + "/end").cookie(first).with(csrf())
                        .param("outcome", "NEEDS_MET").param("endedDay", "1").param("endedMonth", "11")
                        .param("endedYear", "2026").param("version", "" + version()))
                .andExpect(status().is3xxRedirection());
        String note = "Review typed while the episode ended " + family;
        mvc.perform(post("/early-help/episodes/" + episode + "/review").cookie(practitioner).with(csrf())
                        .param("heldDay", "2").param("heldMonth", "10").param("heldYear", "2026")
                        .param("note", note).param("version", reviewLoaded))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Test " + firstName + " ended this episode at "
                        + ConcurrentEdits.changedAt(jdbc, "early_help_episode", episode)
                        + " while you were working, so nothing more can be recorded on it")))
                .andExpect(content().string(containsString(note)))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(">Save review</button>"))));
        assertThat(episodes.reviews(episode)).isEmpty();
    }
}
