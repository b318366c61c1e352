package org.frontdoor.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
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
class OutsideContactTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers testUsers;
    @Autowired JdbcClient jdbc;

    Cookie worker;
    String workerName;
    long contact;

    @BeforeEach
    void aContact() throws Exception {
        workerName = testUsers.create(null, Role.MASH_SOCIAL_WORKER);
        worker = SignIn.as(mvc, workerName, TestUsers.PASSWORD);
        contact = InformationRequestTestContacts.schoolContact(mvc, worker, "Otto", "Pennyfeather",
                "Often hungry at school " + UUID.randomUUID());
    }

    /** The form as a worker fills it in, for a call at noon yesterday; {@code with} replaces fields. */
    MockHttpServletRequestBuilder record(Map<String, String> with) {
        return record(with, worker);
    }

    MockHttpServletRequestBuilder record(Map<String, String> with, Cookie as) {
        LocalDate yesterday = LocalDate.now(ZoneId.of("Europe/London")).minusDays(1);
        Map<String, String> fields = new LinkedHashMap<>(Map.of("organisation", "St Aldhelm's Academy",
                "spokeTo", "Mr Roy Bursar, attendance officer", "contactedDay", "" + yesterday.getDayOfMonth(),
                "contactedMonth", "" + yesterday.getMonthValue(), "contactedYear", "" + yesterday.getYear(),
                "contactedTime", "12:00", "said", "Attendance is fine"));
        fields.putAll(with);
        MockHttpServletRequestBuilder request = post("/screening/contacts/" + contact + "/outside-contacts")
                .cookie(as).with(csrf());
        fields.forEach(request::param);
        return request;
    }

    long recorded() {
        return jdbc.sql("select count(*) from outside_contact where contact_id = :c").param("c", contact)
                .query(Long.class).single();
    }

    @Test
    void aWorkerRecordsACallToASchoolOutsideTheMash() throws Exception {
        mvc.perform(get("/screening/contacts/" + contact + "/outside-contacts").cookie(worker))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Otto Pennyfeather")));
        String said = "Attendance 82% this term, often late " + UUID.randomUUID();
        mvc.perform(record(Map.of("said", said))).andExpect(redirectedUrl("/contacts/" + contact + "#information-requests"));
        mvc.perform(get("/contacts/" + contact).cookie(worker))
                .andExpect(content().string(containsString("St Aldhelm&#39;s Academy")))
                .andExpect(content().string(containsString("Contacted outside the MASH")))
                .andExpect(content().string(containsString("Spoke to Mr Roy Bursar, attendance officer")))
                .andExpect(content().string(containsString("Contacted by")))
                .andExpect(content().string(containsString("Test " + workerName + ", ")))
                .andExpect(content().string(containsString(said)));
        assertThat(jdbc.sql("select count(*) from access_log where username = :u and what like 'Recorded contact with%'")
                .param("u", workerName).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void anIncompleteRecordIsRefusedAndKeepsWhatWasTyped() throws Exception {
        mvc.perform(record(Map.of("said", "Kept text " + contact, "organisation", " ", "spokeTo", "")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter the agency or organisation you contacted")))
                .andExpect(content().string(containsString("Enter who you spoke to")))
                .andExpect(content().string(containsString("Kept text " + contact)));
        mvc.perform(record(Map.of("said", ""))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter what they said")));
        int nextYear = LocalDate.now(ZoneId.of("Europe/London")).getYear() + 1;
        mvc.perform(record(Map.of("contactedYear", "" + nextYear))).andExpect(status().isOk())
                .andExpect(content().string(containsString("The time of the contact cannot be in the future")));
        assertThat(recorded()).isZero();
        Cookie partner = SignIn.as(mvc, testUsers.create("EDUCATION", Role.PARTNER), TestUsers.PASSWORD);
        mvc.perform(record(Map.of(), partner)).andExpect(status().isForbidden());
        assertThat(recorded()).isZero();
    }
}
