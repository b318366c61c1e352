package org.frontdoor.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.frontdoor.FrontdoorTest;
import org.frontdoor.SignIn;
import org.frontdoor.access.Role;
import org.frontdoor.access.TestUsers;
import org.frontdoor.screening.MashQueue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@FrontdoorTest
class EarlyHelpStepUpTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers testUsers;
    @Autowired JdbcClient jdbc;
    @Autowired EarlyHelpEpisodes episodes;
    @Autowired MashQueue mashQueue;

    JourneyTestData data;
    long child;
    long mother;
    long father;
    long sibling;
    JourneyTestData.Contact contact;
    long transfer;
    String practitionerName;
    Cookie practitioner;

    /** A MASH step down to early help; the father is known but lives elsewhere. */
    @BeforeEach
    void stepDownFromTheMash() throws Exception {
        data = new JourneyTestData(jdbc);
        child = data.person("Ada", LocalDate.of(2016, 3, 4));
        mother = data.person("Mary", LocalDate.of(1990, 1, 1));
        father = data.person("Frank", LocalDate.of(1988, 1, 1));
        sibling = data.person("Sam", LocalDate.of(2018, 6, 1));
        data.relate(child, mother, "MOTHER", true);
        data.relate(child, father, "FATHER", false);
        data.relate(child, sibling, "SIBLING", true);
        Instant received = Instant.now().minus(3, ChronoUnit.DAYS);
        contact = data.contact(child, received, "EARLY_HELP", received.plus(2, ChronoUnit.HOURS), "test-worker");
        transfer = data.transfer(child, contact, "EARLY_HELP", null, received.plus(3, ChronoUnit.HOURS));
        practitionerName = testUsers.create(null, Role.EARLY_HELP);
        practitioner = SignIn.as(mvc, practitionerName, TestUsers.PASSWORD);
    }

    @Test
    void anEpisodeFromAStepDownIsStartedOnceForTheFamilyLivingWithTheChild() throws Exception {
        long id = episodes.startFromTransfer(transfer, practitionerName, LocalDate.now().minusDays(2));
        assertThat(episodes.startFromTransfer(transfer, practitionerName, LocalDate.now())).isEqualTo(id);
        assertThat(episodes.members(id)).extracting(EarlyHelpEpisode.Member::personId)
                .containsExactlyInAnyOrder(child, mother, sibling);
        mvc.perform(get("/early-help/episodes").cookie(practitioner))
                .andExpect(content().string(containsString("/early-help/episodes/" + id)));
        mvc.perform(get("/early-help/episodes/" + id).cookie(practitioner))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/contacts/" + contact.contactId() + "\"")))
                .andExpect(content().string(containsString("Mary " + data.family)))
                .andExpect(content().string(containsString("Sam " + data.family)));
    }

    @Test
    void steppingUpRecordsAContactOnTheMashQueueAndLinksBothWays() throws Exception {
        long id = episodes.startFromTransfer(transfer, practitionerName, LocalDate.now().minusDays(2));
        mvc.perform(post("/early-help/episodes/" + id + "/step-up").cookie(practitioner).with(csrf())
                        .param("worries", " ").param("consent", "GIVEN").param("consentGivenBy", "Mother typed")
                        .param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("Enter what you are worried about, for the Front Door")))
                .andExpect(content().string(containsString("Mother typed")));
        assertThat(episodes.find(id).orElseThrow().open()).isTrue();

        String worries = "Neglect is getting worse despite support " + data.family;
        mvc.perform(post("/early-help/episodes/" + id + "/step-up").cookie(practitioner).with(csrf())
                        .param("worries", worries).param("consent", "GIVEN").param("consentGivenBy", "Mother")
                        .param("version", "0"))
                .andExpect(status().is3xxRedirection());
        EarlyHelpEpisode e = episodes.find(id).orElseThrow();
        assertThat(e.outcome()).isEqualTo("STEPPED_UP");
        long newContact = e.steppedUpContact();
        assertThat(jdbc.sql("select source_code || ' ' || referrer_name || ' ' || worries from contact where id = :c")
                .param("c", newContact).query(String.class).single())
                .isEqualTo("5D Test " + practitionerName + " " + worries);
        assertThat(jdbc.sql("""
                        select string_agg(role || ':' || person_id, ',' order by role) from contact_subject
                         where contact_id = :c""").param("c", newContact).query(String.class).single())
                .isEqualTo("CHILD:" + child + ",FATHER:" + father + ",MOTHER:" + mother);
        assertThat(mashQueue.page(MashQueue.Show.ALL, null, 100_000, 0))
                .anySatisfy(row -> assertThat(row.contactId()).isEqualTo(newContact));

        mvc.perform(get("/early-help/episodes/" + id).cookie(practitioner))
                .andExpect(content().string(containsString("Stepped up to children&#39;s social care")))
                .andExpect(content().string(containsString("href=\"/contacts/" + newContact + "\"")));
        Cookie mash = SignIn.as(mvc, testUsers.create(null, Role.MASH_SOCIAL_WORKER), TestUsers.PASSWORD);
        mvc.perform(get("/children/" + child + "/journey").cookie(mash))
                .andExpect(content().string(containsString("href=\"/early-help/episodes/" + id + "\"")))
                .andExpect(content().string(containsString("(contact " + newContact + ")")))
                .andExpect(content().string(containsString("href=\"/contacts/" + newContact + "\"")));

        mvc.perform(post("/early-help/episodes/" + id + "/step-up").cookie(practitioner).with(csrf())
                        .param("worries", worries).param("consent", "GIVEN").param("consentGivenBy", "Mother")
                        .param("version", "0"))
                .andExpect(status().isOk());
        assertThat(jdbc.sql("select count(*) from contact where worries = :w").param("w", worries)
                .query(Long.class).single()).isOne();
    }
}
