package org.frontdoor.intake;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import jakarta.servlet.http.Cookie;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.frontdoor.calendar.WorkingCalendar;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The fields a browser sends from the contact form, filled in as a MASH worker would, for tests to vary. */
class ContactFormParams {

    final Map<String, String> fields = new LinkedHashMap<>();
    private int people;

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    /** The latest Monday 09:15 before today on which Monday and Tuesday are both working days. */
    static ZonedDateTime lastWorkingMonday() {
        WorkingCalendar calendar = WorkingCalendar.englandAndWales();
        LocalDate d = LocalDate.now(LONDON).minusDays(1);
        while (d.getDayOfWeek() != DayOfWeek.MONDAY || !calendar.isWorkingDay(d) || !calendar.isWorkingDay(d.plusDays(1))) {
            d = d.minusDays(1);
        }
        return d.atTime(9, 15).atZone(LONDON);
    }

    static ContactFormParams schoolContact(String worries) {
        ContactFormParams p = new ContactFormParams();
        ZonedDateTime received = lastWorkingMonday();
        LocalDate consented = received.toLocalDate().minusDays(1);
        p.set("receivedDay", "" + received.getDayOfMonth()).set("receivedMonth", "" + received.getMonthValue())
                .set("receivedYear", "" + received.getYear()).set("receivedTime", "09:15")
                .set("route", "PHONE").set("sourceCode", "2A").set("referrerName", "Ms Grace Head")
                .set("referrerAgency", "Kingsmere Primary").set("referrerRole", "Designated safeguarding lead")
                .set("referrerPhone", "01632 960001").set("referrerEmail", "dsl@kingsmere-primary.sch.uk")
                .set("worries", worries).set("referrerActions", "Spoke to mother at pick-up")
                .set("fatherNotKnownReason", "Mother did not name the father")
                .set("consent", "GIVEN").set("consentGivenBy", "Mother")
                .set("consentGivenDay", "" + consented.getDayOfMonth())
                .set("consentGivenMonth", "" + consented.getMonthValue()).set("consentGivenYear", "" + consented.getYear());
        return p;
    }

    ContactFormParams set(String name, String value) {
        fields.put(name, value);
        return this;
    }

    ContactFormParams person(String role, String first, String last, String day, String month, String year,
                             Long personId) {
        String at = "people[" + people++ + "].";
        set(at + "role", role).set(at + "firstName", first).set(at + "lastName", last).set(at + "dobDay", day)
                .set(at + "dobMonth", month).set(at + "dobYear", year).set(at + "sex", "U");
        if (personId != null) {
            set(at + "personId", personId.toString());
        }
        return this;
    }

    MockHttpServletRequestBuilder post(UUID token, String action, Cookie session) {
        MockHttpServletRequestBuilder request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post("/contacts/drafts/" + token).cookie(session).with(csrf()).param("action", action);
        fields.forEach(request::param);
        return request;
    }
}
