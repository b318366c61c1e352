package org.frontdoor.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
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

@FrontdoorTest
class AuditTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers testUsers;
    @Autowired JdbcClient jdbc;
    @Autowired ContactRecorder recorder;
    @Autowired AuditTemplates templates;

    String qaName;
    Cookie qa;
    String secondName;
    Cookie second;

    @BeforeEach
    void signIn() throws Exception {
        qaName = testUsers.create(null, Role.QA_OFFICER);
        qa = SignIn.as(mvc, qaName, TestUsers.PASSWORD);
        secondName = testUsers.create(null, Role.QA_OFFICER);
        second = SignIn.as(mvc, secondName, TestUsers.PASSWORD);
    }

    /** A child's contact recorded by {@code recordedBy}; returns the child's contact_subject id. */
    long childContact(String recordedBy, String firstName) {
        String last = "Audited" + UUID.randomUUID().toString().substring(0, 8);
        NewContact c = new NewContact(Instant.now().minus(1, ChronoUnit.HOURS), Route.PHONE, "2A",
                new NewContact.Referrer("Ms Grace Head", "Kingsmere Primary", "DSL", "01632 960001", null),
                "Child arrived hungry " + last, null, false,
                List.of(new NewContact.Subject(SubjectRole.CHILD, firstName, last, LocalDate.of(2016, 3, 4), "F",
                        null, null, false, null, true)),
                "Mother did not name the father",
                new NewContact.ConsentRecord(Consent.GIVEN, "Mother", Instant.now().minus(2, ChronoUnit.HOURS), null,
                        null), null, null, null);
        long id = recorder.record(c, recordedBy).contactId();
        return jdbc.sql("select id from contact_subject where contact_id = :c and role = 'CHILD'")
                .param("c", id).query(Long.class).single();
    }

    long contactOf(long subject) {
        return jdbc.sql("select contact_id from contact_subject where id = :s").param("s", subject)
                .query(Long.class).single();
    }

    long frontDoorTemplate() {
        return jdbc.sql("select id from audit_template where name = 'Front Door contact audit' and status = 'PUBLISHED'")
                .query(Long.class).single();
    }

    long start(long subject, Cookie who) throws Exception {
        String location = mvc.perform(post("/quality/audits").cookie(who).with(csrf())
                        .param("contact", "" + contactOf(subject)).param("subjectId", "" + subject)
                        .param("templateId", "" + frontDoorTemplate()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    long countAnswers(long audit) {
        return jdbc.sql("select count(*) from audit_answer where audit_id = :a").param("a", audit)
                .query(Long.class).single();
    }

    /** Every question graded Good with a rationale, and the overall grade. */
    org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder complete(long audit, Cookie who,
                                                                                         String grade) {
        return complete(audit, who, grade, java.util.Map.of());
    }

    /** As above, with some questions graded otherwise (question id to grade), each with its rationale. */
    org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder complete(long audit, Cookie who,
            String grade, java.util.Map<Long, String> otherwise) {
        var request = post("/quality/audits/" + audit).cookie(who).with(csrf()).param("action", "complete")
                .param("overallGrade", grade).param("overallRationale", "Proportionate decision, well evidenced");
        for (AuditTemplate.Question q : templates.find(frontDoorTemplate()).orElseThrow().questions()) {
            request.param("grade-" + q.id(), otherwise.getOrDefault(q.id(), "GOOD"))
                    .param("rationale-" + q.id(), "Seen on file: " + q.text());
        }
        return request;
    }

    @Test
    void theDefaultFrontDoorTemplateAsksAboutEqualityAndDiversity() {
        AuditTemplate t = templates.find(frontDoorTemplate()).orElseThrow();
        assertThat(t.sections()).extracting(AuditTemplate.Section::title).contains("Equality and diversity");
        assertThat(t.questions()).extracting(AuditTemplate.Question::text).contains("Threshold applied", "Consent",
                "Timeliness", "Management oversight", "Voice of the child", "Fathers included",
                "Multi-agency information", "Risk and need analysis", "Ethnicity and culture", "Disability",
                "Language and communication", "Religion and belief", "Sexuality and identity");
    }

    @Test
    void aGradeWithoutRationaleIsRefusedKeepsWhatWasTypedAndSavesNothing() throws Exception {
        long subject = childContact("test", "Ada");
        long audit = start(subject, qa);
        List<AuditTemplate.Question> qs = templates.find(frontDoorTemplate()).orElseThrow().questions();
        mvc.perform(post("/quality/audits/" + audit).cookie(qa).with(csrf()).param("action", "save")
                        .param("grade-" + qs.get(0).id(), "REQUIRES_IMPROVEMENT").param("rationale-" + qs.get(0).id(), " ")
                        .param("grade-" + qs.get(1).id(), "GOOD")
                        .param("rationale-" + qs.get(1).id(), "Consent from mother recorded " + audit))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("Write why you graded ‘Threshold applied’ as requires improvement")))
                .andExpect(content().string(containsString("Consent from mother recorded " + audit)));
        assertThat(countAnswers(audit)).isZero();
        // The case was read for the audit, and the reading logged against the child.
        assertThat(jdbc.sql("select count(*) from access_log where username = :u and action = 'VIEW' and what like :w")
                .param("u", qaName).param("w", "%for audit " + audit).query(Long.class).single()).isPositive();
        mvc.perform(complete(audit, qa, "GOOD")).andExpect(status().is3xxRedirection());
        assertThat(countAnswers(audit)).isEqualTo(qs.size());
        mvc.perform(get("/quality/audits/" + audit).cookie(qa))
                .andExpect(content().string(containsString("Completed")))
                .andExpect(content().string(containsString("Proportionate decision, well evidenced")));
    }

    @Test
    void anAuditorCannotAuditACaseTheyWorkedOn() throws Exception {
        long subject = childContact(qaName, "Ben");
        mvc.perform(post("/quality/audits").cookie(qa).with(csrf()).param("contact", "" + contactOf(subject))
                        .param("subjectId", "" + subject).param("templateId", "" + frontDoorTemplate()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("You worked on Ben")));
        assertThat(jdbc.sql("select count(*) from audit where contact_subject_id = :s").param("s", subject)
                .query(Long.class).single()).isZero();
    }

    @Test
    void moderationByTheOriginalAuditorIsRefusedAndASecondAuditorChangesTheGrade() throws Exception {
        long audit = start(childContact("test", "Cai"), qa);
        mvc.perform(complete(audit, qa, "GOOD")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/quality/audits/" + audit + "/moderation").cookie(qa).with(csrf())
                        .param("moderatedGrade", "GOOD").param("moderationReason", "Marking my own homework"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("You carried out this audit, so you cannot moderate it")));
        assertThat(jdbc.sql("select count(*) from audit_moderation where audit_id = :a").param("a", audit)
                .query(Long.class).single()).isZero();
        mvc.perform(post("/quality/audits/" + audit + "/moderation").cookie(second).with(csrf())
                        .param("moderatedGrade", "REQUIRES_IMPROVEMENT").param("moderationReason", ""))
                .andExpect(content().string(containsString("Write why you changed the grade from good")));
        mvc.perform(post("/quality/audits/" + audit + "/moderation").cookie(second).with(csrf())
                        .param("moderatedGrade", "REQUIRES_IMPROVEMENT")
                        .param("moderationReason", "Father's views not sought " + audit))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/quality/audits/" + audit).cookie(second))
                .andExpect(content().string(containsString("Changed from Good to Requires improvement")));
        mvc.perform(get("/quality/moderation").cookie(second))
                .andExpect(content().string(containsString("Good to Requires improvement (down)")));
    }

    @Test
    void anActionNeedsAnOwnerAndDueDateShowsOverdueAndIsMarkedDone() throws Exception {
        long audit = start(childContact("test", "Dee"), qa);
        LocalDate past = LocalDate.now().minusDays(3);
        mvc.perform(post("/quality/audits/" + audit + "/actions").cookie(qa).with(csrf())
                        .param("actionText", "Seek the father's views " + audit).param("actionOwner", " ")
                        .param("actionDueDay", "").param("actionDueMonth", "").param("actionDueYear", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter who owns the action")))
                .andExpect(content().string(containsString("Enter the date the action is due")))
                .andExpect(content().string(containsString("Seek the father&#39;s views " + audit)));
        assertThat(jdbc.sql("select count(*) from audit_action where audit_id = :a").param("a", audit)
                .query(Long.class).single()).isZero();
        mvc.perform(post("/quality/audits/" + audit + "/actions").cookie(qa).with(csrf())
                        .param("actionText", "Seek the father's views " + audit).param("actionOwner", "Helen Mortimer")
                        .param("actionDueDay", "" + past.getDayOfMonth()).param("actionDueMonth", "" + past.getMonthValue())
                        .param("actionDueYear", "" + past.getYear()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/quality/audits/" + audit).cookie(qa))
                .andExpect(content().string(containsString("Helen Mortimer")))
                .andExpect(content().string(containsString("Overdue")));
        mvc.perform(get("/quality").cookie(qa)).andExpect(content().string(containsString("audit actions are overdue")));
        long action = jdbc.sql("select id from audit_action where audit_id = :a").param("a", audit)
                .query(Long.class).single();
        mvc.perform(post("/quality/actions/" + action + "/done").cookie(qa).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select done_on from audit_action where id = :x").param("x", action)
                .query(LocalDate.class).single()).isNotNull();
        mvc.perform(get("/quality/audits/" + audit).cookie(qa))
                .andExpect(content().string(not(containsString("Overdue"))));
    }

    @Test
    void anAuditKeepsItsTemplateVersionWhenANewVersionIsPublished() throws Exception {
        String name = "Test audit " + UUID.randomUUID();
        long v1 = jdbc.sql("insert into audit_template (name, version, status, created_by) values (:n, 1, 'DRAFT', 't') "
                + "returning id").param("n", name).query(Long.class).single();
        templates.addQuestion(templates.addSection(v1, "Practice"), "Was the child seen?", null);
        templates.publish(v1, "t", Instant.now());
        long subject = childContact("test", "Eve");
        long old = jdbc.sql("insert into audit (template_id, contact_subject_id, sample_method, auditor, status, "
                + "started_at) values (:t, :s, 'HAND', :u, 'IN_PROGRESS', now()) returning id")
                .param("t", v1).param("s", subject).param("u", qaName).query(Long.class).single();

        mvc.perform(post("/quality/templates/" + v1 + "/draft").cookie(qa).with(csrf()))
                .andExpect(status().is3xxRedirection());
        long v2 = jdbc.sql("select id from audit_template where name = :n and version = 2").param("n", name)
                .query(Long.class).single();
        long section = templates.find(v2).orElseThrow().sections().get(0).id();
        mvc.perform(post("/quality/templates/" + v2 + "/questions").cookie(qa).with(csrf())
                        .param("sectionId", "" + section).param("text", "Were the child's views recorded?"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/quality/templates/" + v2 + "/publish").cookie(qa).with(csrf()))
                .andExpect(status().is3xxRedirection());

        assertThat(templates.find(v1).orElseThrow().status()).isEqualTo("RETIRED");
        assertThat(templates.find(v1).orElseThrow().questions()).hasSize(1);
        assertThat(templates.find(v2).orElseThrow().questions()).hasSize(2);
        mvc.perform(get("/quality/audits/" + old).cookie(qa))
                .andExpect(content().string(containsString(name + " (version 1)")))
                .andExpect(content().string(not(containsString("Were the child&#39;s views recorded?"))));
        // A published version is locked: neither the page nor the database lets it change.
        mvc.perform(post("/quality/templates/" + v2 + "/questions").cookie(qa).with(csrf())
                        .param("sectionId", "" + section).param("text", "Late question"))
                .andExpect(status().isConflict());
        assertThatThrownBy(() -> templates.addQuestion(section, "Sneaked in", null))
                .rootCause().hasMessageContaining("published and cannot change");
    }

    @Test
    void onlyQaOfficersAudit() throws Exception {
        String worker = testUsers.create(null, Role.MASH_SOCIAL_WORKER);
        mvc.perform(get("/quality").cookie(SignIn.as(mvc, worker, TestUsers.PASSWORD)))
                .andExpect(status().is4xxClientError());
    }

    @Test
    void aSecondTabSavingStaleGradesIsToldWhoSavedAndWhenAndKeepsWhatWasTyped() throws Exception {
        long subject = childContact("test", "Tabitha");
        long audit = start(subject, qa);
        long first = templates.find(frontDoorTemplate()).orElseThrow().questions().get(0).id();
        String tabA = loadedVersion(audit, qa);
        String tabB = loadedVersion(audit, qa);

        mvc.perform(post("/quality/audits/" + audit).cookie(qa).with(csrf()).param("action", "save")
                        .param("version", tabA).param("grade-" + first, "GOOD")
                        .param("rationale-" + first, "Tab A: threshold well applied"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/quality/audits/" + audit).cookie(qa).with(csrf()).param("action", "save")
                        .param("version", tabB).param("grade-" + first, "INADEQUATE")
                        .param("rationale-" + first, "Tab B: threshold misread"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("Test " + qaName + " changed this audit at ")))
                .andExpect(content().string(containsString("Nothing was saved")))
                .andExpect(content().string(containsString("Tab B: threshold misread")));
        assertThat(jdbc.sql("select rationale from audit_answer where audit_id = :a").param("a", audit)
                .query(String.class).list()).containsExactly("Tab A: threshold well applied");

        // The refused page carries the version now saved: saving from it again works.
        String again = mvc.perform(post("/quality/audits/" + audit).cookie(qa).with(csrf()).param("action", "save")
                        .param("version", tabB).param("grade-" + first, "INADEQUATE")
                        .param("rationale-" + first, "Tab B: threshold misread"))
                .andReturn().getResponse().getContentAsString();
        mvc.perform(post("/quality/audits/" + audit).cookie(qa).with(csrf()).param("action", "save")
                        .param("version", version(again)).param("grade-" + first, "INADEQUATE")
                        .param("rationale-" + first, "Tab B: threshold misread"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select rationale from audit_answer where audit_id = :a").param("a", audit)
                .query(String.class).list()).containsExactly("Tab B: threshold misread");
    }

    /** The version the grading form carries when this user opens the audit. */
    String loadedVersion(long audit, Cookie who) throws Exception {
        return version(mvc.perform(get("/quality/audits/" + audit).cookie(who)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    static String version(String page) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(page);
        assertThat(m.find()).as("the form carries the version it was loaded at").isTrue();
        return m.group(1);
    }
}
