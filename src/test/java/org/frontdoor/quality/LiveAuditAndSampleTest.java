package org.frontdoor.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@FrontdoorTest
class LiveAuditAndSampleTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers testUsers;
    @Autowired JdbcClient jdbc;
    @Autowired ContactRecorder recorder;
    @Autowired AuditTemplates templates;

    AuditTest cases() {
        AuditTest t = new AuditTest();
        t.mvc = mvc;
        t.jdbc = jdbc;
        t.recorder = recorder;
        t.templates = templates;
        return t;
    }

    /** A signed-off decision on a new child's contact. */
    long decided(String worker, String manager, String outcome, Instant at) {
        long subject = cases().childContact("test", "Fay");
        long version = jdbc.sql("select id from threshold_version where status = 'PUBLISHED'").query(Long.class).single();
        jdbc.sql("""
                insert into decision (contact_subject_id, outcome, threshold_level, threshold_version_id, rationale,
                                      risk_analysis, child_views_sought, status, decided_by, decided_at, overseen_by,
                                      overseen_at, oversight_comment)
                values (:s, :o, 1, :v, 'Rationale', 'Risk', true, 'SIGNED_OFF', :w, :at, :m, :at, 'Agreed')""")
                .param("s", subject).param("o", outcome).param("v", version).param("w", worker).param("m", manager)
                .param("at", Timestamp.from(at)).update();
        return subject;
    }

    @Test
    void aLiveAuditIsFedBackToTheWorkerAndManagerWhoAcknowledgeIt() throws Exception {
        String qaName = testUsers.create(null, Role.QA_OFFICER);
        Cookie qa = SignIn.as(mvc, qaName, TestUsers.PASSWORD);
        String worker = testUsers.create(null, Role.MASH_SOCIAL_WORKER);
        String manager = testUsers.create(null, Role.MASH_MANAGER);
        long subject = decided(worker, manager, "NFA", Instant.now().minusSeconds(3600));
        AuditTest t = cases();
        long audit = t.start(subject, qa);
        mvc.perform(t.complete(audit, qa, "REQUIRES_IMPROVEMENT").param("live", "true"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select recipient_role from audit_feedback where audit_id = :a order by recipient_role")
                .param("a", audit).query(String.class).list()).containsExactly("MANAGER", "WORKER");

        Cookie w = SignIn.as(mvc, worker, TestUsers.PASSWORD);
        long feedback = jdbc.sql("select id from audit_feedback where audit_id = :a and recipient = :r")
                .param("a", audit).param("r", worker).query(Long.class).single();
        mvc.perform(get("/quality/feedback").cookie(w)).andExpect(content().string(containsString("To acknowledge")));
        mvc.perform(get("/quality/feedback/" + feedback).cookie(w))
                .andExpect(content().string(containsString("Proportionate decision, well evidenced")));
        mvc.perform(get("/quality/audits/" + audit).cookie(w)).andExpect(status().is4xxClientError());
        mvc.perform(post("/quality/feedback/" + feedback + "/acknowledge").cookie(w).with(csrf())
                        .param("reply", "Will seek the father's views next time"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/quality/audits/" + audit).cookie(qa))
                .andExpect(content().string(containsString("acknowledged")))
                .andExpect(content().string(containsString("Will seek the father&#39;s views next time")));
        // Someone else's feedback is not theirs to read.
        Cookie m = SignIn.as(mvc, manager, TestUsers.PASSWORD);
        mvc.perform(get("/quality/feedback/" + feedback).cookie(m)).andExpect(status().isNotFound());
    }

    @Test
    void eachAgencysViewOfAMultiAgencyAuditIsKept() throws Exception {
        String qaName = testUsers.create(null, Role.QA_OFFICER);
        Cookie qa = SignIn.as(mvc, qaName, TestUsers.PASSWORD);
        long audit = cases().start(decided("w", "m", "EARLY_HELP", Instant.now().minusSeconds(600)), qa);
        mvc.perform(post("/quality/audits/" + audit + "/agency-views").cookie(qa).with(csrf()).param("agency", "POLICE")
                        .param("agencyAuditor", "DS Khan").param("agencyGrade", "GOOD").param("agencyRationale", ""))
                .andExpect(content().string(containsString("Write why the agency gave the grade of good")));
        mvc.perform(post("/quality/audits/" + audit + "/agency-views").cookie(qa).with(csrf()).param("agency", "POLICE")
                        .param("agencyAuditor", "DS Khan").param("agencyGrade", "GOOD")
                        .param("agencyRationale", "Police checks shared within the hour"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/quality/audits/" + audit + "/agency-views").cookie(qa).with(csrf()).param("agency", "HEALTH")
                        .param("agencyAuditor", "Nurse Begum").param("agencyGrade", "REQUIRES_IMPROVEMENT")
                        .param("agencyRationale", "Health visitor not asked"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/quality/audits/" + audit).cookie(qa))
                .andExpect(content().string(containsString("Police checks shared within the hour")))
                .andExpect(content().string(containsString("Health visitor not asked")))
                .andExpect(content().string(containsString("on behalf of Police")));
    }

    @Test
    void theSameSeedAndPeriodDrawTheSameCasesAndTheBatchRecordsHow() throws Exception {
        String qaName = testUsers.create(null, Role.QA_OFFICER);
        Cookie qa = SignIn.as(mvc, qaName, TestUsers.PASSWORD);
        // A quiet period of the past that only this test fills: 12 decisions, two teams' worth of outcomes.
        Instant day = Instant.parse("2019-03-05T10:00:00Z");
        for (int i = 0; i < 12; i++) {
            decided("w", "m", i % 3 == 0 ? "NFA" : "EARLY_HELP", day.plusSeconds(60L * i));
        }
        long template = jdbc.sql("select id from audit_template where name = 'Front Door contact audit' "
                + "and status = 'PUBLISHED'").query(Long.class).single();
        List<Long> first = draw(qa, "RANDOM", "", "5", "77", template);
        List<Long> again = draw(qa, "RANDOM", "", "5", "77", template);
        assertThat(first).hasSize(5).isEqualTo(again);
        List<Long> dip = draw(qa, "DIP", "NFA", "3", "77", template);
        assertThat(jdbc.sql("select count(*) from decision where contact_subject_id in (:s) and outcome = 'NFA'")
                .param("s", dip).query(Long.class).single()).isEqualTo(3);
        mvc.perform(post("/quality/samples").cookie(qa).with(csrf()).param("method", "DIP").param("outcome", "")
                        .param("from", "2019-03-04").param("to", "2019-03-06").param("size", "3").param("seed", "x")
                        .param("templateId", "" + template))
                .andExpect(content().string(containsString("Choose the outcome to dip sample")))
                .andExpect(content().string(containsString("Enter a whole number as the seed")));
    }

    List<Long> draw(Cookie qa, String method, String outcome, String size, String seed, long template) throws Exception {
        String location = mvc.perform(post("/quality/samples").cookie(qa).with(csrf()).param("method", method)
                        .param("outcome", outcome).param("from", "2019-03-04").param("to", "2019-03-06")
                        .param("size", size).param("seed", seed).param("templateId", "" + template))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long batch = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        mvc.perform(get(location).cookie(qa)).andExpect(content().string(containsString("seed <strong>" + seed)));
        assertThat(jdbc.sql("select method || ' ' || seed from audit_batch where id = :b").param("b", batch)
                .query(String.class).single()).isEqualTo(method + " " + seed);
        return jdbc.sql("select contact_subject_id from audit where batch_id = :b and sample_seed = :seed "
                + "and sample_method = :m order by contact_subject_id").param("b", batch)
                .param("seed", Long.parseLong(seed)).param("m", method).query(Long.class).list();
    }
}
