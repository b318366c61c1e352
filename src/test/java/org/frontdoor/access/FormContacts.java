package org.frontdoor.access;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Contacts made through the real contact form, and their child matched by a MASH worker, for the access tests. */
final class FormContacts {

    private FormContacts() {
    }

    /** Records a contact about one child through the form, as whoever {@code as} is; returns the contact's id. */
    static long contact(MockMvc mvc, Cookie as, String childFirst, String childLast, String referrerName,
                        String worries) throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        String at = "people[0].";
        String location = mvc.perform(post("/contacts/drafts/" + UUID.randomUUID()).cookie(as).with(csrf())
                        .param("action", "record")
                        .param("receivedDay", "" + today.getDayOfMonth())
                        .param("receivedMonth", "" + today.getMonthValue())
                        .param("receivedYear", "" + today.getYear()).param("receivedTime", "00:05")
                        .param("route", "PHONE").param("sourceCode", "2A").param("referrerName", referrerName)
                        .param("referrerAgency", "Kingsmere Primary").param("worries", worries)
                        .param("fatherNotKnownReason", "Mother did not name the father")
                        .param("consent", "GIVEN").param("consentGivenBy", "Mother")
                        .param("consentGivenDay", "" + today.getDayOfMonth())
                        .param("consentGivenMonth", "" + today.getMonthValue())
                        .param("consentGivenYear", "" + today.getYear())
                        .param(at + "role", "CHILD").param(at + "firstName", childFirst)
                        .param(at + "lastName", childLast).param(at + "dobDay", "4").param(at + "dobMonth", "3")
                        .param(at + "dobYear", "2015").param(at + "sex", "U"))
                .andReturn().getResponse().getRedirectedUrl();
        if (location == null || !location.matches("^/contacts/(sent/)?\\d+.*")) {
            throw new AssertionError("the contact was not recorded: " + location);
        }
        return Long.parseLong(location.replaceAll("^/contacts/(sent/)?(\\d+).*$", "$2"));
    }

    /** A MASH worker matches the contact's child to a new record; returns the child's record id. */
    static long matchChild(MockMvc mvc, JdbcClient jdbc, Cookie worker, long contact) throws Exception {
        long subject = subject(jdbc, contact);
        mvc.perform(post("/contacts/" + contact + "/subjects/" + subject + "/link").cookie(worker).with(csrf())
                .param("choice", "new"));
        return jdbc.sql("select person_id from contact_subject where id = :s").param("s", subject)
                .query(Long.class).single();
    }

    static long subject(JdbcClient jdbc, long contact) {
        return jdbc.sql("select id from contact_subject where contact_id = :c and role = 'CHILD'")
                .param("c", contact).query(Long.class).single();
    }
}
