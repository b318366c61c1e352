package org.frontdoor.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
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
class InformationRequestTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers testUsers;
    @Autowired JdbcClient jdbc;

    Cookie worker;
    String policeName;
    Cookie police;
    Cookie health;
    long contact;
    String question;

    @BeforeEach
    void aContactAndTheAgenciesToAsk() throws Exception {
        worker = SignIn.as(mvc, testUsers.create(null, Role.MASH_SOCIAL_WORKER), TestUsers.PASSWORD);
        policeName = testUsers.create("POLICE", Role.PARTNER);
        police = SignIn.as(mvc, policeName, TestUsers.PASSWORD);
        health = SignIn.as(mvc, testUsers.create("HEALTH", Role.PARTNER), TestUsers.PASSWORD);
        contact = InformationRequestTestContacts.schoolContact(mvc, worker, "Ivy", "Rendlesham",
                "Bruises on arms, says dad is cross " + UUID.randomUUID());
        question = "Any call-outs to the family home in the last year? " + UUID.randomUUID();
    }

    /** The form as a worker fills it in, asking for answers by 10:00 tomorrow; {@code with} replaces fields. */
    MockHttpServletRequestBuilder ask(Map<String, String> with, String... agencies) {
        return ask(worker, with, agencies);
    }

    MockHttpServletRequestBuilder ask(Cookie as, Map<String, String> with, String... agencies) {
        LocalDate tomorrow = LocalDate.now(ZoneId.of("Europe/London")).plusDays(1);
        Map<String, String> fields = new LinkedHashMap<>(Map.of("token", UUID.randomUUID().toString(),
                "question", question, "dueDay", "" + tomorrow.getDayOfMonth(),
                "dueMonth", "" + tomorrow.getMonthValue(), "dueYear", "" + tomorrow.getYear(), "dueTime", "10:00"));
        fields.putAll(with);
        MockHttpServletRequestBuilder request = post("/screening/contacts/" + contact + "/requests").cookie(as)
                .with(csrf());
        fields.forEach(request::param);
        for (String agency : agencies) {
            request.param("agencies", agency);
        }
        return request;
    }

    MockHttpServletRequestBuilder ask(String... agencies) {
        return ask(Map.of(), agencies);
    }

    long request(String agency) {
        return jdbc.sql("select id from information_request where contact_id = :c and agency_code = :a")
                .param("c", contact).param("a", agency).query(Long.class).single();
    }

    long requests() {
        return jdbc.sql("select count(*) from information_request where contact_id = :c").param("c", contact)
                .query(Long.class).single();
    }

    MockHttpServletRequestBuilder answer(long id, Cookie partner, String text) {
        return post("/partner/requests/" + id).cookie(partner).with(csrf()).param("answer", text);
    }

    @Test
    void theMashAsksPoliceAndHealthAndThePoliceAnswerShowsOnTheContact() throws Exception {
        mvc.perform(get("/contacts/" + contact).cookie(worker))
                .andExpect(content().string(containsString("No partner agency has been asked yet")))
                .andExpect(content().string(containsString("Ask partner agencies")));
        mvc.perform(get("/screening/contacts/" + contact + "/requests").cookie(worker)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Ivy Rendlesham")))
                .andExpect(content().string(containsString("Probation")));
        mvc.perform(ask("POLICE", "HEALTH")).andExpect(redirectedUrl("/contacts/" + contact + "#information-requests"));
        long toPolice = request("POLICE");
        long toHealth = request("HEALTH");

        // Each partner sees only their own agency's request.
        mvc.perform(get("/partner/requests").cookie(police)).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/partner/requests/" + toPolice + "\"")))
                .andExpect(content().string(not(containsString("href=\"/partner/requests/" + toHealth + "\""))));
        mvc.perform(get("/partner/requests/" + toPolice).cookie(health)).andExpect(status().isNotFound());
        mvc.perform(answer(toPolice, health, "Health answering police")).andExpect(status().isNotFound());
        assertThat(jdbc.sql("select count(*) from information_request where id = :id and answer is null")
                .param("id", toPolice).query(Long.class).single()).isEqualTo(1);

        // The partner sees the question and who the child is, not the MASH's record of the worries.
        mvc.perform(get("/partner/requests/" + toPolice).cookie(police)).andExpect(status().isOk())
                .andExpect(content().string(containsString(question)))
                .andExpect(content().string(containsString("Ivy Rendlesham")))
                .andExpect(content().string(containsString("4 March 2015")))
                .andExpect(content().string(not(containsString("Bruises on arms"))));
        String said = "Two domestic incidents at the address in March " + UUID.randomUUID();
        mvc.perform(answer(toPolice, police, said)).andExpect(redirectedUrl("/partner/requests"));
        mvc.perform(get("/partner/requests").cookie(police))
                .andExpect(content().string(containsString("Answer sent to the MASH")));

        mvc.perform(get("/contacts/" + contact).cookie(worker)).andExpect(status().isOk())
                .andExpect(content().string(containsString(said)))
                .andExpect(content().string(containsString("Answered by Test " + policeName)))
                .andExpect(content().string(containsString(question)))
                .andExpect(content().string(containsString("Awaiting answer")));
        assertThat(jdbc.sql("select count(*) from access_log where username = :u and what like :w")
                .param("u", policeName).param("w", "%information request " + toPolice + "%").query(Long.class)
                .single()).isEqualTo(2); // the view and the answer
    }

    @Test
    void anAnswerIsGivenOnceAndNothingTypedIsLostWhenRefused() throws Exception {
        mvc.perform(ask("POLICE")).andExpect(status().is3xxRedirection());
        long id = request("POLICE");
        mvc.perform(answer(id, police, "  ").param("nothingKnown", "true")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter which systems you checked")))
                .andExpect(content().string(containsString("checked=\"checked\"")));
        mvc.perform(answer(id, police, "Nothing on PNC or local systems").param("nothingKnown", "true"))
                .andExpect(status().is3xxRedirection());
        // A colleague who opened the request before it was answered learns who answered it and when.
        Cookie colleague = SignIn.as(mvc, testUsers.create("POLICE", Role.PARTNER), TestUsers.PASSWORD);
        String second = "Second thoughts " + UUID.randomUUID();
        mvc.perform(answer(id, colleague, second)).andExpect(status().isOk())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("Test " + policeName + " answered this request at ")))
                .andExpect(content().string(containsString("Nothing was sent")))
                .andExpect(content().string(containsString(second)));
        assertThat(jdbc.sql("select answer || ' ' || nothing_known from information_request where id = :id")
                .param("id", id).query(String.class).single()).isEqualTo("Nothing on PNC or local systems true");
        mvc.perform(get("/contacts/" + contact).cookie(worker))
                .andExpect(content().string(containsString("Nothing known")))
                .andExpect(content().string(not(containsString(second))));
    }

    @Test
    void aRequestPastItsDueTimeIsLateAndSoIsItsAnswer() throws Exception {
        mvc.perform(ask("POLICE")).andExpect(status().is3xxRedirection());
        long id = request("POLICE");
        // The due time passes without an answer.
        jdbc.sql("update information_request set due_at = now() - interval '1 hour' where id = :id").param("id", id)
                .update();
        mvc.perform(get("/partner/requests").cookie(police))
                .andExpect(content().string(containsString("<strong class=\"govuk-tag govuk-tag--red\">Late</strong>")));
        mvc.perform(get("/contacts/" + contact).cookie(worker)).andExpect(content().string(containsString(">Late<")));
        mvc.perform(answer(id, police, "Known to police: one arrest")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/contacts/" + contact).cookie(worker))
                .andExpect(content().string(containsString("Answered late")));
    }

    @Test
    void badRequestsAreRefusedWithClearMessagesAndSaveNothing() throws Exception {
        mvc.perform(ask(Map.of("question", ""))).andExpect(status().isOk())
                .andExpect(content().string(containsString("<title>Error: Ask partner agencies")))
                .andExpect(content().string(containsString("Select at least one partner agency to ask")))
                .andExpect(content().string(containsString("Enter the question for the partner agencies")));
        mvc.perform(ask("POLICE", "NOT_AN_AGENCY")).andExpect(status().isOk())
                .andExpect(content().string(containsString("‘NOT_AN_AGENCY’ is not an agency the MASH can ask")))
                .andExpect(content().string(containsString(question)));
        jdbc.sql("insert into agency (code, name, active) values (:c, :c, false)").param("c", "GONE_" + contact)
                .update();
        mvc.perform(ask("GONE_" + contact)).andExpect(status().isOk())
                .andExpect(content().string(containsString("is not an agency the MASH can ask")));
        mvc.perform(ask(Map.of("dueYear", "2020"), "POLICE")).andExpect(status().isOk())
                .andExpect(content().string(containsString("The time the answer is due must be in the future")));
        mvc.perform(ask(Map.of("dueTime", "teatime"), "POLICE")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter the time, like 09:30 or 14:05")));
        assertThat(requests()).isZero();
        // A partner has no business here, nor a QA officer reading the contact.
        mvc.perform(ask(police, Map.of(), "POLICE")).andExpect(status().isForbidden());
        Cookie qa = SignIn.as(mvc, testUsers.create(null, Role.QA_OFFICER), TestUsers.PASSWORD);
        mvc.perform(get("/contacts/" + contact).cookie(qa)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Ask partner agencies"))));
        assertThat(requests()).isZero();
    }

    @Test
    void sendingTheSameFormTwiceAsksEachAgencyOnce() throws Exception {
        String token = UUID.randomUUID().toString();
        mvc.perform(ask(Map.of("token", token), "POLICE", "HEALTH")).andExpect(status().is3xxRedirection());
        mvc.perform(ask(Map.of("token", token), "POLICE", "HEALTH")).andExpect(status().is3xxRedirection());
        assertThat(requests()).isEqualTo(2);
    }

    @Test
    void thePartnersViewIsLoggedAgainstTheMatchedChild() throws Exception {
        long subject = jdbc.sql("select id from contact_subject where contact_id = :c").param("c", contact)
                .query(Long.class).single();
        mvc.perform(post("/contacts/" + contact + "/subjects/" + subject + "/link").param("choice", "new")
                .cookie(worker).with(csrf())).andExpect(status().is3xxRedirection());
        long child = jdbc.sql("select person_id from contact_subject where id = :s").param("s", subject)
                .query(Long.class).single();
        mvc.perform(ask("POLICE")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/partner/requests/" + request("POLICE")).cookie(police)).andExpect(status().isOk());
        assertThat(jdbc.sql("select action from access_log where username = :u and child_id = :c")
                .param("u", policeName).param("c", child).query(String.class).list()).containsExactly("VIEW");
    }
}
