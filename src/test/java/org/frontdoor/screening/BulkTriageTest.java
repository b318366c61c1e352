package org.frontdoor.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.frontdoor.FrontdoorTest;
import org.frontdoor.SignIn;
import org.frontdoor.access.Role;
import org.frontdoor.access.TestUsers;
import org.frontdoor.intake.Consent;
import org.frontdoor.intake.ContactRecorder;
import org.frontdoor.intake.NewContact;
import org.frontdoor.intake.Route;
import org.frontdoor.intake.SubjectRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@FrontdoorTest
class BulkTriageTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers testUsers;
    @Autowired JdbcClient jdbc;
    @Autowired ContactRecorder recorder;
    @Autowired ThresholdDocuments thresholds;

    String workerName;
    Cookie worker;

    @BeforeEach
    void signIn() throws Exception {
        workerName = testUsers.create(null, Role.MASH_SOCIAL_WORKER);
        worker = SignIn.as(mvc, workerName, TestUsers.PASSWORD);
    }

    /** A standard-risk police DA notification about one child and the mother; the child matched if asked. */
    DecisionTestContacts.Made police(String childFirstName, boolean matched) {
        String last = "Triage" + UUID.randomUUID().toString().substring(0, 8);
        NewContact c = new NewContact(Instant.now().minus(2, ChronoUnit.DAYS), Route.PHONE, "6",
                new NewContact.Referrer("PC Jones", "Police", "Public protection unit", "01632 960002", null),
                "DASH standard risk: verbal argument between parents, child asleep upstairs " + last, null, false,
                List.of(new NewContact.Subject(SubjectRole.CHILD, childFirstName, last, LocalDate.of(2015, 6, 1), "M",
                                null, null, false, null, matched),
                        new NewContact.Subject(SubjectRole.MOTHER, "Mary", last, LocalDate.of(1990, 1, 1), "F", null,
                                null, false, null, false)),
                "Father not present at the incident",
                new NewContact.ConsentRecord(Consent.NOT_SOUGHT, null, null, "Police notification", null),
                null, null, null);
        long id = recorder.record(c, "test").contactId();
        long child = jdbc.sql("select id from contact_subject where contact_id = :c and role = 'CHILD'")
                .param("c", id).query(Long.class).single();
        long mother = jdbc.sql("select id from contact_subject where contact_id = :c and role = 'MOTHER'")
                .param("c", id).query(Long.class).single();
        Long person = jdbc.sql("select person_id from contact_subject where id = :s").param("s", child)
                .query(Long.class).optional().orElse(null);
        return new DecisionTestContacts.Made(id, child, mother, person == null ? 0 : person);
    }

    String name(DecisionTestContacts.Made m) {
        return jdbc.sql("select first_name || ' ' || last_name from contact_subject where id = :s")
                .param("s", m.childSubjectId()).query(String.class).single();
    }

    /** Early help at level 2, with a level 2 indicator ticked so no departure reason is needed. */
    MockHttpServletRequestBuilder bulk(String outcome, DecisionTestContacts.Made... children) {
        return bulkAs(worker, outcome, children);
    }

    MockHttpServletRequestBuilder bulkAs(Cookie who, String outcome, DecisionTestContacts.Made... children) {
        long indicator = thresholds.current().level(2).orElseThrow().indicators().get(0).id();
        MockHttpServletRequestBuilder post = post("/screening/triage").cookie(who).with(csrf())
                .param("outcome", outcome).param("thresholdLevel", "2").param("indicatorIds", "" + indicator)
                .param("rationale", "Standard risk DA notification; parents engaging with school")
                .param("riskAnalysis", "Single verbal incident, no injury, protective factors present")
                .param("childViewsSought", "no").param("childViewsReason", "Notification only: not yet spoken to")
                .param("parentViewsSought", "yes");
        for (DecisionTestContacts.Made m : children) {
            post.param("subjectIds", "" + m.childSubjectId());
        }
        return post;
    }

    /** Replaces a value the standard bulk form sends, as a worker would by typing over it. */
    static org.springframework.test.web.servlet.request.RequestPostProcessor set(String name, String value) {
        return request -> {
            request.setParameter(name, value);
            return request;
        };
    }

    long decisions(DecisionTestContacts.Made m) {
        return jdbc.sql("select count(*) from decision where contact_subject_id = :s").param("s", m.childSubjectId())
                .query(Long.class).single();
    }

    @Test
    void threePoliceNotificationsDecidedInBulkMakeThreeDecisionsAwaitingOversight() throws Exception {
        var a = police("Alfie", true);
        var b = police("Bella", true);
        var c = police("Cody", true);
        var unmatched = police("Dana", false);
        mvc.perform(get("/screening/triage").cookie(worker)).andExpect(status().isOk())
                .andExpect(content().string(containsString(name(a))))
                .andExpect(content().string(containsString("DASH standard risk: verbal argument")))
                .andExpect(content().string(containsString("Police notifications")))
                .andExpect(content().string(containsString("name=\"subjectIds\" value=\"" + a.childSubjectId() + "\"")))
                .andExpect(content().string(not(containsString("name=\"subjectIds\" value=\"" + unmatched.childSubjectId() + "\""))))
                .andExpect(content().string(containsString("Match first")));

        mvc.perform(bulk("EARLY_HELP", a, b, c))
                .andExpect(redirectedUrl("/screening/triage"))
                .andExpect(flash().attribute("success", "3 decisions recorded, awaiting oversight"));

        for (var m : List.of(a, b, c)) {
            assertThat(jdbc.sql("""
                            select outcome || ' ' || threshold_level || ' ' || status || ' ' || decided_by from decision
                             where contact_subject_id = :s""").param("s", m.childSubjectId()).query(String.class)
                    .single()).isEqualTo("EARLY_HELP 2 AWAITING_OVERSIGHT " + workerName);
            assertThat(jdbc.sql("""
                            select count(*) from access_log where username = :u and action = 'CHANGE' and child_id = :p
                               and what like 'Recorded screening decision%'""")
                    .param("u", workerName).param("p", m.personId()).query(Long.class).single()).isEqualTo(1);
            assertThat(jdbc.sql("""
                            select v.sought from decision_parent_view v join decision d on d.id = v.decision_id
                             where d.contact_subject_id = :s""").param("s", m.childSubjectId())
                    .query(Boolean.class).single()).isTrue();
        }
        assertThat(jdbc.sql("select count(distinct id) from decision where contact_subject_id in (:s)")
                .param("s", List.of(a.childSubjectId(), b.childSubjectId(), c.childSubjectId()))
                .query(Long.class).single()).isEqualTo(3);
        mvc.perform(get("/screening/triage").cookie(worker))
                .andExpect(content().string(not(containsString(name(a)))))
                .andExpect(content().string(containsString(name(unmatched))));
    }

    @Test
    void oneDecidedMeanwhileBySomeoneElseSavesNothingAndNamesIt() throws Exception {
        var a = police("Evie", true);
        var b = police("Finn", true);
        String otherName = testUsers.create(null, Role.MASH_SOCIAL_WORKER);
        Cookie other = SignIn.as(mvc, otherName, TestUsers.PASSWORD);
        mvc.perform(DecisionTestContacts.decide(b, "SINGLE_ASSESSMENT", 3, "Second incident this month",
                thresholds, other)).andExpect(status().is3xxRedirection());

        mvc.perform(bulk("INFORMATION_ADVICE", a, b).with(set("rationale", "Typed rationale kept " + a.contactId())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString(name(b) + " (contact " + b.contactId()
                        + ") was decided by Test " + otherName)))
                .andExpect(content().string(containsString("Nothing was saved")))
                .andExpect(content().string(containsString("Typed rationale kept " + a.contactId())))
                .andExpect(content().string(containsString("id=\"subject-" + a.childSubjectId() + "\" checked")));
        assertThat(decisions(a)).isZero();
        assertThat(jdbc.sql("select outcome from decision where contact_subject_id = :s")
                .param("s", b.childSubjectId()).query(String.class).single()).isEqualTo("SINGLE_ASSESSMENT");
    }

    @Test
    void aStrategyDiscussionCannotBeDecidedInBulk() throws Exception {
        var a = police("Gus", true);
        mvc.perform(bulk("STRATEGY_DISCUSSION", a))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "Strategy discussion (possible s47 enquiry) cannot be decided in bulk")));
        mvc.perform(bulk("SINGLE_ASSESSMENT", a).with(set("thresholdLevel", "3")))
                .andExpect(content().string(containsString("cannot be decided in bulk")))
                .andExpect(content().string(containsString("Select threshold level 1 or 2")));
        assertThat(decisions(a)).isZero();
    }

    @Test
    void badSelectionsAreRefusedAndSaveNothing() throws Exception {
        var a = police("Hana", true);
        var unmatched = police("Ivo", false);
        var school = DecisionTestContacts.contact(recorder, jdbc, "Jay", null);
        mvc.perform(bulk("NFA"))
                .andExpect(content().string(containsString("Select at least one notification to decide")));
        mvc.perform(bulk("NFA", a).with(set("rationale", " ")))
                .andExpect(content().string(containsString("Enter the rationale for the decisions")));
        mvc.perform(bulk("NFA", a, school))
                .andExpect(content().string(containsString("Only police notifications about a child can be decided here")));
        mvc.perform(bulk("NFA", a, unmatched))
                .andExpect(content().string(containsString("Match " + name(unmatched) + " to the person index")));
        mvc.perform(bulk("NFA", a).param("subjectIds", "not-a-number"))
                .andExpect(content().string(containsString("Only police notifications about a child can be decided here")));
        assertThat(decisions(a) + decisions(unmatched) + decisions(school)).isZero();
    }

    @Test
    void aPartnerCannotSeeOrUseBulkTriage() throws Exception {
        var a = police("Kit", true);
        String partnerName = testUsers.create("POLICE", Role.PARTNER);
        Cookie partner = SignIn.as(mvc, partnerName, TestUsers.PASSWORD);
        mvc.perform(get("/screening/triage").cookie(partner)).andExpect(status().isForbidden());
        mvc.perform(bulkAs(partner, "NFA", a)).andExpect(status().isForbidden());
        assertThat(decisions(a)).isZero();
    }
}
