package org.frontdoor.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.Instant;
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

@FrontdoorTest
class RecordContactTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers testUsers;
    @Autowired JdbcClient jdbc;

    Cookie worker;
    String workerName;

    @BeforeEach
    void signIn() throws Exception {
        workerName = testUsers.create(null, Role.MASH_SOCIAL_WORKER);
        worker = SignIn.as(mvc, workerName, TestUsers.PASSWORD);
    }

    long contactsWithWorries(String worries) {
        return jdbc.sql("select count(*) from contact where worries = :w").param("w", worries).query(Long.class).single();
    }

    long contactId(String location) {
        return Long.parseLong(location.replaceAll("^/contacts/(\\d+).*$", "$1"));
    }

    @Test
    void aSiblingGroupContactStartsOneClockPerChildFromTheTimeReceived() throws Exception {
        String worries = "Siblings left alone overnight " + UUID.randomUUID();
        ContactFormParams form = ContactFormParams.schoolContact(worries)
                .person("CHILD", "Ada", "Quennell", "4", "3", "2015", null)
                .person("CHILD", "Bo", "Quennell", "9", "9", "2018", null)
                .person("MOTHER", "Cara", "Quennell", "1", "1", "1990", null);
        String location = mvc.perform(form.post(UUID.randomUUID(), "record", worker))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/contacts/*?recorded"))
                .andReturn().getResponse().getRedirectedUrl();
        long id = contactId(location);
        // Received on a working Monday at 09:15: one working day later is Tuesday 09:15, for each child.
        Instant tuesday = ContactFormParams.lastWorkingMonday().plusDays(1).toInstant();
        assertThat(jdbc.sql("select decision_due_at from contact_subject where contact_id = :id and role = 'CHILD'")
                .param("id", id).query(Instant.class).list()).containsExactly(tuesday, tuesday);
        mvc.perform(get("/contacts/" + id).cookie(worker)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Ada Quennell")))
                .andExpect(content().string(containsString("Bo Quennell")))
                .andExpect(content().string(containsString("Consent given")))
                .andExpect(content().string(containsString("Mother did not name the father")));
    }

    @Test
    void aFormWithErrorsSavesNothingAndKeepsEverythingTyped() throws Exception {
        String worries = "Worried about a baby " + UUID.randomUUID();
        ContactFormParams form = ContactFormParams.schoolContact(worries)
                .person("CHILD", "Dot", "Quennell", "1", "1", "2030", null)
                .set("sourceCode", "11").set("fatherNotKnownReason", "").set("consent", "DISPENSED_WITH");
        UUID token = UUID.randomUUID();
        mvc.perform(form.post(token, "record", worker)).andExpect(status().isOk())
                .andExpect(content().string(containsString("<title>Error: Record a contact")))
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("Dot Quennell: The child’s date of birth must be in the past")))
                .andExpect(content().string(containsString("Referral source must be a CIN census code from 1A to 10, not 11")))
                .andExpect(content().string(containsString("Add the child’s father, or say why he is not known")))
                .andExpect(content().string(containsString("Select the manager who authorised dispensing with consent")))
                .andExpect(content().string(containsString(worries)))
                .andExpect(content().string(containsString("Spoke to mother at pick-up")));
        assertThat(contactsWithWorries(worries)).isZero();
        // The draft kept it too: opening the form again shows what was typed.
        mvc.perform(get("/contacts/drafts/" + token).cookie(worker))
                .andExpect(content().string(containsString(worries)));
    }

    @Test
    void aDoubleSubmittedFormMakesOneContact() throws Exception {
        String worries = "Double click " + UUID.randomUUID();
        ContactFormParams form = ContactFormParams.schoolContact(worries)
                .person("CHILD", "Eve", "Quennell", "2", "2", "2016", null);
        UUID token = UUID.randomUUID();
        String first = mvc.perform(form.post(token, "record", worker)).andReturn().getResponse().getRedirectedUrl();
        String second = mvc.perform(form.post(token, "record", worker)).andReturn().getResponse().getRedirectedUrl();
        assertThat(contactId(second)).isEqualTo(contactId(first));
        assertThat(contactsWithWorries(worries)).isEqualTo(1);
    }

    @Test
    void someoneElsesDraftIsNotFound() throws Exception {
        UUID token = UUID.randomUUID();
        mvc.perform(ContactFormParams.schoolContact("draft").post(token, "save", worker))
                .andExpect(status().is3xxRedirection());
        Cookie other = SignIn.as(mvc, testUsers.create(null, Role.MASH_SOCIAL_WORKER), TestUsers.PASSWORD);
        mvc.perform(get("/contacts/drafts/" + token).cookie(other)).andExpect(status().isNotFound());
        mvc.perform(ContactFormParams.schoolContact("hijack").post(token, "save", other))
                .andExpect(status().isNotFound());
    }

    @Test
    void overridingARefusalTakesAManagerAndAReason() throws Exception {
        String worries = "Refused consent " + UUID.randomUUID();
        ContactFormParams form = ContactFormParams.schoolContact(worries).set("consent", "REFUSED")
                .set("consentReason", "Mother said no").person("CHILD", "Fay", "Quennell", "3", "3", "2017", null);
        long id = contactId(mvc.perform(form.post(UUID.randomUUID(), "record", worker)).andReturn().getResponse()
                .getRedirectedUrl());
        mvc.perform(post("/contacts/" + id + "/consent-override").param("reason", "Sexual abuse disclosed")
                .cookie(worker).with(csrf())).andExpect(status().isForbidden());
        Cookie manager = SignIn.as(mvc, testUsers.create(null, Role.MASH_MANAGER), TestUsers.PASSWORD);
        mvc.perform(post("/contacts/" + id + "/consent-override").param("reason", " ").cookie(manager).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(overrides(id)).isZero();
        mvc.perform(post("/contacts/" + id + "/consent-override").param("reason", "Sexual abuse disclosed")
                .cookie(manager).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(overrides(id)).isEqualTo(1);
        mvc.perform(get("/contacts/" + id).cookie(worker))
                .andExpect(content().string(containsString("Refusal overridden by a manager")))
                .andExpect(content().string(containsString("Sexual abuse disclosed")));
    }

    long overrides(long id) {
        return jdbc.sql("select count(*) from consent_override where contact_id = :id").param("id", id)
                .query(Long.class).single();
    }

    @Test
    void dispensingWithConsentNamesAManagerWhoIsOne() throws Exception {
        String worries = "Dispensed " + UUID.randomUUID();
        ContactFormParams form = ContactFormParams.schoolContact(worries).set("consent", "DISPENSED_WITH")
                .set("consentReason", "Father is the alleged abuser").set("consentAuthorisedBy", workerName)
                .person("CHILD", "Gil", "Quennell", "3", "3", "2017", null);
        mvc.perform(form.post(UUID.randomUUID(), "record", worker)).andExpect(status().isOk())
                .andExpect(content().string(containsString("must be authorised by a MASH team manager")));
        String manager = testUsers.create(null, Role.MASH_MANAGER);
        form.set("consentAuthorisedBy", manager);
        mvc.perform(form.post(UUID.randomUUID(), "record", worker)).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select consent_authorised_by from contact where worries = :w").param("w", worries)
                .query(String.class).single()).isEqualTo(manager);
    }

    @Test
    void aPartnerRefersThroughTheWebFormAndCannotOpenTheMashRecord() throws Exception {
        Cookie police = SignIn.as(mvc, testUsers.create("POLICE", Role.PARTNER), TestUsers.PASSWORD);
        String redirect = mvc.perform(get("/contacts/new").cookie(police)).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(redirect).cookie(police)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Refer a child to the Front Door")))
                .andExpect(content().string(containsString("threshold document")))
                .andExpect(content().string(not(containsString("Search the person index"))));
        String worries = "DA incident " + UUID.randomUUID();
        ContactFormParams form = ContactFormParams.schoolContact(worries).set("sourceCode", "6")
                .set("consent", "NOT_SOUGHT").set("consentReason", "Parent not contactable at the scene")
                .person("CHILD", "Hal", "Quennell", "5", "5", "2019", null);
        String sent = mvc.perform(form.post(UUID.randomUUID(), "record", police))
                .andExpect(redirectedUrlPattern("/contacts/sent/*")).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(sent).cookie(police)).andExpect(content().string(containsString("Referral sent")));
        long id = Long.parseLong(sent.substring(sent.lastIndexOf('/') + 1));
        assertThat(jdbc.sql("select route || ' ' || partner_agency from contact where id = :id").param("id", id)
                .query(String.class).single()).isEqualTo("PARTNER_FORM POLICE");
        mvc.perform(get("/contacts/" + id).cookie(police)).andExpect(status().isForbidden());
        // The MASH matches the people a partner named: here nobody is known, so a new record is made.
        long subject = jdbc.sql("select id from contact_subject where contact_id = :id").param("id", id)
                .query(Long.class).single();
        mvc.perform(get("/contacts/" + id).param("match", "" + subject).cookie(worker))
                .andExpect(content().string(containsString("Match Hal Quennell")))
                .andExpect(content().string(containsString("id=\"choice-new\"")));
        mvc.perform(post("/contacts/" + id + "/subjects/" + subject + "/link").cookie(worker).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select person_id from contact_subject where id = :s").param("s", subject)
                .query(Long.class).optional()).isEmpty();
        mvc.perform(post("/contacts/" + id + "/subjects/" + subject + "/link").param("choice", "new").cookie(worker)
                .with(csrf())).andExpect(status().is3xxRedirection());
        long linked = jdbc.sql("select person_id from contact_subject where id = :s").param("s", subject)
                .query(Long.class).single();
        assertThat(jdbc.sql("select first_name || ' ' || last_name from person where id = :p").param("p", linked)
                .query(String.class).single()).isEqualTo("Hal Quennell");
        Cookie health = SignIn.as(mvc, testUsers.create("HEALTH", Role.PARTNER), TestUsers.PASSWORD);
        mvc.perform(get(sent).cookie(health)).andExpect(status().isNotFound());
    }

    @Test
    void theWorkerSearchesTheIndexFirstAndLinksTheChildAndMotherFound() throws Exception {
        long child = person("Jonathan", "Pettigrew-Sowerby", "2015-04-03");
        long mother = person("Marianne", "Pettigrew-Sowerby", "1988-02-11");
        UUID token = UUID.randomUUID();
        String worries = "Linked " + UUID.randomUUID();
        ContactFormParams form = ContactFormParams.schoolContact(worries).set("adding.role", "CHILD")
                .set("adding.firstName", "Jon").set("adding.lastName", "Pettigrew").set("adding.dobDay", "3")
                .set("adding.dobMonth", "4").set("adding.dobYear", "2015");
        mvc.perform(form.post(token, "find", worker)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"choice-" + child + "\"")));
        mvc.perform(form.post(token, "add", worker)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Select the matching person, or ‘None of these’")));
        mvc.perform(form.post(token, "add", worker).param("choice", "" + child))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/contacts/drafts/" + token).cookie(worker))
                .andExpect(content().string(containsString("Matched to record " + child)));
        form.person("CHILD", "Jon", "Pettigrew", "3", "4", "2015", child)
                .person("MOTHER", "Marianne", "Pettigrew-Sowerby", "11", "2", "1988", mother)
                .set("adding.role", "CHILD").set("adding.firstName", "").set("adding.lastName", "")
                .set("adding.dobDay", "").set("adding.dobMonth", "").set("adding.dobYear", "");
        mvc.perform(form.post(token, "record", worker)).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select count(*) from relationship where person_id = :c and related_person_id = :m "
                + "and relationship = 'MOTHER'").param("c", child).param("m", mother).query(Long.class).single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from access_log where child_id = :c and what like 'Recorded contact %'")
                .param("c", child).query(Long.class).single()).isEqualTo(1);
    }

    long person(String first, String last, String dob) {
        return jdbc.sql("insert into person (first_name, last_name, date_of_birth, created_by) values (:f, :l, "
                        + "cast(:d as date), 'test') returning id")
                .param("f", first).param("l", last).param("d", dob).query(Long.class).single();
    }

    @Test
    void earlyHelpStepsAFamilyUpThroughTheSameDoor() throws Exception {
        Cookie earlyHelp = SignIn.as(mvc, testUsers.create(null, Role.EARLY_HELP), TestUsers.PASSWORD);
        String draft = mvc.perform(get("/contacts/new").cookie(earlyHelp)).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(draft).cookie(earlyHelp)).andExpect(status().isOk())
                .andExpect(content().string(containsString("<option value=\"5D\" selected=\"selected\"")));
        String worries = "Step up " + UUID.randomUUID();
        ContactFormParams form = ContactFormParams.schoolContact(worries).set("sourceCode", "5D")
                .person("CHILD", "Ivy", "Quennell", "6", "6", "2018", null);
        String sent = mvc.perform(form.post(UUID.randomUUID(), "record", earlyHelp))
                .andExpect(redirectedUrlPattern("/contacts/sent/*")).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(sent).cookie(earlyHelp)).andExpect(content().string(containsString("Referral sent")));
        assertThat(jdbc.sql("select route || ' ' || partner_agency || ' ' || source_code from contact where worries = :w")
                .param("w", worries).query(String.class).single()).isEqualTo("PARTNER_FORM EARLY_HELP 5D");
    }
}
