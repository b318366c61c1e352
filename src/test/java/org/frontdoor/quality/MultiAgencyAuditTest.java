package org.frontdoor.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.frontdoor.FrontdoorTest;
import org.frontdoor.SignIn;
import org.frontdoor.access.Role;
import org.frontdoor.access.TestUsers;
import org.frontdoor.intake.ContactRecorder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Multi-agency audits graded by the invited partners themselves, each view kept and shown side by side. */
@FrontdoorTest
class MultiAgencyAuditTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers testUsers;
    @Autowired JdbcClient jdbc;
    @Autowired ContactRecorder recorder;
    @Autowired AuditTemplates templates;

    String qaName;
    Cookie qa;
    String policeName;
    Cookie police;
    String healthName;
    Cookie health;
    long subject;
    long audit;

    @BeforeEach
    void anAuditWithTwoPartnersInvited() throws Exception {
        qaName = testUsers.create(null, Role.QA_OFFICER);
        qa = SignIn.as(mvc, qaName, TestUsers.PASSWORD);
        policeName = testUsers.create("POLICE", Role.PARTNER);
        police = SignIn.as(mvc, policeName, TestUsers.PASSWORD);
        healthName = testUsers.create("HEALTH", Role.PARTNER);
        health = SignIn.as(mvc, healthName, TestUsers.PASSWORD);
        subject = decided();
        audit = start(subject);
        for (String partner : List.of(policeName, healthName)) {
            mvc.perform(post("/quality/audits/" + audit + "/partners").cookie(qa).with(csrf()).param("partner", partner))
                    .andExpect(status().is3xxRedirection());
        }
    }

    @Test
    void invitedPartnersGradeTheCaseAndTheAuditShowsEachAgencysViewBesideTheLocalAuthoritys() throws Exception {
        mvc.perform(grading(post("/quality/audits/" + audit).cookie(qa).param("action", "complete"), "GOOD",
                "LA view " + audit)).andExpect(status().is3xxRedirection());

        mvc.perform(get("/quality/partner/audits").cookie(police))
                .andExpect(content().string(containsString("Audits to grade")))
                .andExpect(content().string(containsString("To grade")))
                .andExpect(content().string(containsString("/quality/partner/audits/" + audit)));
        // The case read only, for this audit, and the reading logged against the child.
        mvc.perform(get("/quality/partner/audits/" + audit).cookie(police))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Child arrived hungry")))
                .andExpect(content().string(not(containsString("Open the whole contact"))));
        assertThat(jdbc.sql("select count(*) from access_log where username = :u and action = 'VIEW' "
                        + "and what like :w and child_id is not null").param("u", policeName)
                .param("w", "%for audit " + audit + " as POLICE%").query(Long.class).single()).isPositive();

        mvc.perform(grading(post("/quality/partner/audits/" + audit).cookie(police), "REQUIRES_IMPROVEMENT",
                "Police view " + audit)).andExpect(status().is3xxRedirection());
        mvc.perform(grading(post("/quality/partner/audits/" + audit).cookie(health), "GOOD",
                "Health view " + audit)).andExpect(status().is3xxRedirection());

        mvc.perform(get("/quality/audits/" + audit).cookie(qa))
                .andExpect(content().string(containsString("Local authority (children’s services)")))
                .andExpect(content().string(containsString("Test " + policeName)))
                .andExpect(content().string(containsString("Test " + healthName)))
                .andExpect(content().string(containsString("Police view " + audit + " overall")))
                .andExpect(content().string(containsString("Health view " + audit + " overall")))
                .andExpect(content().string(containsString("LA view " + audit + " overall")))
                // per-question grades side by side
                .andExpect(content().string(containsString("Police view " + audit + ": Information sharing")))
                .andExpect(content().string(containsString("Grades by question")));
        assertThat(jdbc.sql("select agency_code || ' ' || partner || ' ' || grade from audit_agency_view "
                        + "where audit_id = :a order by agency_code").param("a", audit).query(String.class).list())
                .containsExactly("HEALTH " + healthName + " GOOD", "POLICE " + policeName + " REQUIRES_IMPROVEMENT");
        assertThat(jdbc.sql("select count(*) from audit_agency_answer x join audit_agency_view v on v.id = x.view_id "
                + "where v.audit_id = :a").param("a", audit).query(Long.class).single())
                .isEqualTo(2L * multiAgencyQuestions().size());
        // A partner gives their view once; QA cannot record it over them on their behalf.
        mvc.perform(grading(post("/quality/partner/audits/" + audit).cookie(police), "GOOD", "Again"))
                .andExpect(content().string(containsString("You have already given Police’s view")));
        mvc.perform(post("/quality/audits/" + audit + "/agency-views").cookie(qa).with(csrf()).param("agency", "POLICE")
                        .param("agencyAuditor", "DS Khan").param("agencyGrade", "GOOD").param("agencyRationale", "Over"))
                .andExpect(content().string(containsString("grades it themselves")));
        assertThat(jdbc.sql("select rationale from audit_agency_view where audit_id = :a and agency_code = 'POLICE'")
                .param("a", audit).query(String.class).single()).isEqualTo("Police view " + audit + " overall");
    }

    @Test
    void aPartnersGradeWithoutRationaleIsRefusedKeepsWhatWasTypedAndStoresNothing() throws Exception {
        AuditTemplate.Question first = multiAgencyQuestions().get(0);
        var request = post("/quality/partner/audits/" + audit).cookie(police).with(csrf())
                .param("overallGrade", "GOOD").param("overallRationale", "");
        for (AuditTemplate.Question q : multiAgencyQuestions()) {
            request.param("grade-" + q.id(), "GOOD")
                    .param("rationale-" + q.id(), q.id() == first.id() ? " " : "Typed " + audit + ": " + q.text());
        }
        mvc.perform(request)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("Write why you graded ‘" + first.text() + "’ as good")))
                .andExpect(content().string(containsString("Write why you gave the overall grade of good")))
                .andExpect(content().string(containsString("Typed " + audit + ": Agency checks used")));
        assertThat(jdbc.sql("select count(*) from audit_agency_view where audit_id = :a").param("a", audit)
                .query(Long.class).single()).isZero();
        // Every question must be graded, not only those the partner chose.
        mvc.perform(post("/quality/partner/audits/" + audit).cookie(police).with(csrf())
                        .param("overallGrade", "GOOD").param("overallRationale", "Only overall"))
                .andExpect(content().string(containsString("Grade ‘" + first.text() + "’ to complete the audit")));
        assertThat(jdbc.sql("select count(*) from audit_agency_view where audit_id = :a").param("a", audit)
                .query(Long.class).single()).isZero();
    }

    @Test
    void aPartnerNotInvitedIsRefusedAndTheAttemptLogged() throws Exception {
        String otherName = testUsers.create("POLICE", Role.PARTNER);
        Cookie other = SignIn.as(mvc, otherName, TestUsers.PASSWORD);
        mvc.perform(get("/quality/partner/audits").cookie(other))
                .andExpect(content().string(not(containsString("/quality/partner/audits/" + audit))));
        mvc.perform(get("/quality/partner/audits/" + audit).cookie(other)).andExpect(status().isNotFound());
        mvc.perform(grading(post("/quality/partner/audits/" + audit).cookie(other), "GOOD", "Sneaked"))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("select count(*) from audit_agency_view where audit_id = :a").param("a", audit)
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from access_log where username = :u and action = 'DENIED' "
                        + "and what like :w and child_id is not null").param("u", otherName)
                .param("w", "Refused audit " + audit + " %").query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from access_log where username = :u and action = 'VIEW'")
                .param("u", otherName).query(Long.class).single()).isZero();
        // Nor does a partner reach the QA officer's audit, nor QA the partners' pages.
        mvc.perform(get("/quality/audits/" + audit).cookie(police)).andExpect(status().is4xxClientError());
        mvc.perform(get("/quality/partner/audits").cookie(qa)).andExpect(status().is4xxClientError());
        // A second auditor for an agency already invited is refused with a reason.
        mvc.perform(post("/quality/audits/" + audit + "/partners").cookie(qa).with(csrf()).param("partner", otherName))
                .andExpect(content().string(containsString("Police already has an auditor invited")));
    }

    @Test
    void aPartnerSeesNoOtherGradesUntilTheyHaveGivenTheirOwn() throws Exception {
        mvc.perform(grading(post("/quality/audits/" + audit).cookie(qa).param("action", "complete"), "INADEQUATE",
                "LA secret " + audit)).andExpect(status().is3xxRedirection());
        mvc.perform(grading(post("/quality/partner/audits/" + audit).cookie(police), "GOOD",
                "Police secret " + audit)).andExpect(status().is3xxRedirection());

        mvc.perform(get("/quality/partner/audits/" + audit).cookie(health))
                .andExpect(content().string(containsString("Submit Health’s view")))
                .andExpect(content().string(not(containsString("Police secret " + audit))))
                .andExpect(content().string(not(containsString("LA secret " + audit))))
                .andExpect(content().string(not(containsString("Test " + policeName))));
        mvc.perform(grading(post("/quality/partner/audits/" + audit).cookie(health), "GOOD",
                "Health own " + audit)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/quality/partner/audits/" + audit).cookie(health))
                .andExpect(content().string(not(containsString("Submit Health’s view"))))
                .andExpect(content().string(containsString("Police secret " + audit + " overall")))
                .andExpect(content().string(containsString("LA secret " + audit + " overall")))
                .andExpect(content().string(containsString("Health own " + audit + " overall")));
    }

    @Test
    void twoQaOfficersRecordingTheSameAgencysViewTheSecondIsToldWhoAndWhenAndKeepsWhatTheyTyped() throws Exception {
        String otherName = testUsers.create(null, Role.QA_OFFICER);
        Cookie other = SignIn.as(mvc, otherName, TestUsers.PASSWORD);
        String seenByQa = seen(qa);
        String seenByOther = seen(other);

        mvc.perform(onBehalf(qa, seenByQa, "First view " + audit)).andExpect(status().is3xxRedirection());
        String refused = mvc.perform(onBehalf(other, seenByOther, "Second view " + audit))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("Test " + qaName + " changed Education’s view at ")))
                .andExpect(content().string(containsString("Nothing was saved")))
                .andExpect(content().string(containsString("Second view " + audit)))
                .andReturn().getResponse().getContentAsString();
        assertThat(educationView()).isEqualTo("First view " + audit);

        // The refused form now carries the view as saved: saving it again, knowingly, works.
        mvc.perform(onBehalf(other, seenIn(refused), "Second view " + audit)).andExpect(status().is3xxRedirection());
        assertThat(educationView()).isEqualTo("Second view " + audit);
    }

    @Test
    void aPartnersSecondTabIsToldTheViewWasGivenWhenAndKeepsWhatItTyped() throws Exception {
        mvc.perform(get("/quality/partner/audits/" + audit).cookie(police)).andExpect(status().isOk());
        mvc.perform(grading(post("/quality/partner/audits/" + audit).cookie(police), "GOOD", "Tab A " + audit))
                .andExpect(status().is3xxRedirection());
        mvc.perform(grading(post("/quality/partner/audits/" + audit).cookie(police), "INADEQUATE", "Tab B " + audit))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("You have already given Police’s view of this case at ")))
                .andExpect(content().string(containsString("Nothing was saved")))
                .andExpect(content().string(containsString("Tab B " + audit + " overall")));
        assertThat(jdbc.sql("select rationale from audit_agency_view where audit_id = :a and agency_code = 'POLICE'")
                .param("a", audit).query(String.class).single()).isEqualTo("Tab A " + audit + " overall");
    }

    MockHttpServletRequestBuilder onBehalf(Cookie who, String seen, String why) {
        return post("/quality/audits/" + audit + "/agency-views").cookie(who).with(csrf()).param("seen", seen)
                .param("agency", "EDUCATION").param("agencyAuditor", "Ms Head").param("agencyGrade", "GOOD")
                .param("agencyRationale", why);
    }

    String educationView() {
        return jdbc.sql("select rationale from audit_agency_view where audit_id = :a and agency_code = 'EDUCATION'")
                .param("a", audit).query(String.class).single();
    }

    /** What the on-behalf form saw of the agencies' views when this user opened the audit. */
    String seen(Cookie who) throws Exception {
        return seenIn(mvc.perform(get("/quality/audits/" + audit).cookie(who)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    static String seenIn(String page) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("name=\"seen\" value=\"([^\"]*)\"").matcher(page);
        assertThat(m.find()).as("the on-behalf form carries the views it saw").isTrue();
        return m.group(1);
    }

    /** Every question of the multi-agency template graded Good and the overall grade, each with its rationale. */
    MockHttpServletRequestBuilder grading(MockHttpServletRequestBuilder request, String overall, String why) {
        request.with(csrf()).param("overallGrade", overall).param("overallRationale", why + " overall");
        for (AuditTemplate.Question q : multiAgencyQuestions()) {
            request.param("grade-" + q.id(), "GOOD").param("rationale-" + q.id(), why + ": " + q.text());
        }
        return request;
    }

    List<AuditTemplate.Question> multiAgencyQuestions() {
        return templates.find(multiAgencyTemplate()).orElseThrow().questions();
    }

    long multiAgencyTemplate() {
        return jdbc.sql("select id from audit_template where name = 'Multi-agency MASH audit' and status = 'PUBLISHED'")
                .query(Long.class).single();
    }

    long start(long subject) throws Exception {
        long contact = jdbc.sql("select contact_id from contact_subject where id = :s").param("s", subject)
                .query(Long.class).single();
        String location = mvc.perform(post("/quality/audits").cookie(qa).with(csrf()).param("contact", "" + contact)
                        .param("subjectId", "" + subject).param("templateId", "" + multiAgencyTemplate()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    /** A signed-off decision on a new child's contact, as {@link LiveAuditAndSampleTest} makes one. */
    long decided() {
        AuditTest t = new AuditTest();
        t.mvc = mvc;
        t.jdbc = jdbc;
        t.recorder = recorder;
        t.templates = templates;
        long s = t.childContact("test", "Kit");
        long version = jdbc.sql("select id from threshold_version where status = 'PUBLISHED'").query(Long.class).single();
        jdbc.sql("""
                insert into decision (contact_subject_id, outcome, threshold_level, threshold_version_id, rationale,
                                      risk_analysis, child_views_sought, status, decided_by, decided_at, overseen_by,
                                      overseen_at, oversight_comment)
                values (:s, 'EARLY_HELP', 1, :v, 'Rationale', 'Risk', true, 'SIGNED_OFF', 'w', :at, 'm', :at, 'Agreed')""")
                .param("s", s).param("v", version).param("at", Timestamp.from(Instant.now().minusSeconds(600)))
                .update();
        return s;
    }
}
