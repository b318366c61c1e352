package org.frontdoor.screening;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.springframework.test.web.servlet.MockMvc;

/** Contacts made through the contact form, as a MASH worker makes them, for the screening tests. */
final class InformationRequestTestContacts {

    private InformationRequestTestContacts() {
    }

    /** A school's contact about one child received yesterday morning; returns the contact's id. */
    static long schoolContact(MockMvc mvc, Cookie worker, String childFirst, String childLast, String worries)
            throws Exception {
        LocalDate received = LocalDate.now(ZoneId.of("Europe/London")).minusDays(1);
        LocalDate consented = received.minusDays(1);
        String at = "people[0].";
        String location = mvc.perform(post("/contacts/drafts/" + UUID.randomUUID()).cookie(worker).with(csrf())
                        .param("action", "record")
                        .param("receivedDay", "" + received.getDayOfMonth())
                        .param("receivedMonth", "" + received.getMonthValue())
                        .param("receivedYear", "" + received.getYear()).param("receivedTime", "09:15")
                        .param("route", "PHONE").param("sourceCode", "2A").param("referrerName", "Ms Grace Head")
                        .param("referrerAgency", "Kingsmere Primary").param("worries", worries)
                        .param("fatherNotKnownReason", "Mother did not name the father")
                        .param("consent", "GIVEN").param("consentGivenBy", "Mother")
                        .param("consentGivenDay", "" + consented.getDayOfMonth())
                        .param("consentGivenMonth", "" + consented.getMonthValue())
                        .param("consentGivenYear", "" + consented.getYear())
                        .param(at + "role", "CHILD").param(at + "firstName", childFirst)
                        .param(at + "lastName", childLast).param(at + "dobDay", "4").param(at + "dobMonth", "3")
                        .param(at + "dobYear", "2015").param(at + "sex", "U"))
                .andReturn().getResponse().getRedirectedUrl();
        if (location == null || !location.matches("^/contacts/\\d+.*")) {
            throw new AssertionError("the contact was not recorded: " + location);
        }
        return Long.parseLong(location.replaceAll("^/contacts/(\\d+).*$", "$1"));
    }
}
