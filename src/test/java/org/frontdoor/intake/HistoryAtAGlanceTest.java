package org.frontdoor.intake;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.servlet.http.Cookie;
import java.time.ZonedDateTime;
import java.util.UUID;
import org.frontdoor.FrontdoorTest;
import org.frontdoor.SignIn;
import org.frontdoor.access.Role;
import org.frontdoor.access.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@FrontdoorTest
class HistoryAtAGlanceTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers testUsers;
    @Autowired JdbcClient jdbc;

    /** A child referred {@code daysBefore} days before a new contact about them; returns the new contact's page. */
    String contactPageAfterReferral(int daysBefore) throws Exception {
        Cookie worker = SignIn.as(mvc, testUsers.create(null, Role.MASH_SOCIAL_WORKER), TestUsers.PASSWORD);
        long child = jdbc.sql("""
                        insert into person (first_name, last_name, date_of_birth, created_by)
                        values ('Ivo', 'Rastrick', date '2016-06-01', 'test') returning id""")
                .query(Long.class).single();
        ZonedDateTime received = ContactFormParams.lastWorkingMonday();
        jdbc.sql("insert into referral (person_id, referred_at, source_code, created_by) values (:p, :at, '3A', 'test')")
                .param("p", child).param("at", java.sql.Timestamp.from(received.minusDays(daysBefore).toInstant()))
                .update();
        ContactFormParams form = ContactFormParams.schoolContact("Again " + UUID.randomUUID())
                .person("CHILD", "Ivo", "Rastrick", "1", "6", "2016", child);
        String location = mvc.perform(form.post(UUID.randomUUID(), "record", worker)).andReturn().getResponse()
                .getRedirectedUrl();
        return mvc.perform(get(location.replace("?recorded", "")).cookie(worker)).andReturn().getResponse()
                .getContentAsString();
    }

    @Test
    void aContact364DaysAfterAReferralIsFlaggedAsAReReferral() throws Exception {
        org.assertj.core.api.Assertions.assertThat(contactPageAfterReferral(364))
                .contains("Re-referral: a referral now would be within 12 months")
                .contains("364 days before this contact")
                .contains("Referral");
    }

    @Test
    void aContact366DaysAfterAReferralIsNot() throws Exception {
        org.assertj.core.api.Assertions.assertThat(contactPageAfterReferral(366))
                .doesNotContain("Re-referral")
                .contains("Health services: GP");
    }

    @Test
    void theChildsRecordWarnsWhileAReferralIsUnder12MonthsOld() throws Exception {
        Cookie worker = SignIn.as(mvc, testUsers.create(null, Role.MASH_SOCIAL_WORKER), TestUsers.PASSWORD);
        long recent = childReferredDaysAgo(30);
        long old = childReferredDaysAgo(400);
        org.assertj.core.api.Assertions.assertThat(page("/children/" + recent, worker))
                .contains("Re-referral: a referral now would be within 12 months").contains("Health services: GP");
        org.assertj.core.api.Assertions.assertThat(page("/children/" + old, worker))
                .doesNotContain("Re-referral").contains("Health services: GP");
    }

    long childReferredDaysAgo(int days) {
        long child = jdbc.sql("insert into person (first_name, last_name, created_by) values ('Una', 'Rastrick', 'test') "
                + "returning id").query(Long.class).single();
        jdbc.sql("insert into referral (person_id, referred_at, source_code, created_by) "
                        + "values (:p, now() - make_interval(days => :d), '3A', 'test')")
                .param("p", child).param("d", days).update();
        return child;
    }

    String page(String path, Cookie session) throws Exception {
        return mvc.perform(get(path).cookie(session)).andReturn().getResponse().getContentAsString();
    }
}
