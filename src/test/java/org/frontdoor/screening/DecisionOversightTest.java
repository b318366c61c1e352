package org.frontdoor.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.UUID;
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

@FrontdoorTest
class DecisionOversightTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers testUsers;
    @Autowired JdbcClient jdbc;
    @Autowired ContactRecorder recorder;
    @Autowired ThresholdDocuments thresholds;
    @Autowired DecisionOutcomes outcomes;

    String workerName;
    Cookie worker;
    String managerName;
    Cookie manager;

    @BeforeEach
    void signIn() throws Exception {
        workerName = testUsers.create(null, Role.MASH_SOCIAL_WORKER);
        worker = SignIn.as(mvc, workerName, TestUsers.PASSWORD);
        managerName = testUsers.create(null, Role.MASH_MANAGER);
        manager = SignIn.as(mvc, managerName, TestUsers.PASSWORD);
    }

    DecisionTestContacts.Made contact(String email) {
        return DecisionTestContacts.contact(recorder, jdbc, "Ada", email);
    }

    long decisions(DecisionTestContacts.Made m) {
        return jdbc.sql("select count(*) from decision where contact_subject_id = :s").param("s", m.childSubjectId())
                .query(Long.class).single();
    }

    long decisionId(DecisionTestContacts.Made m) {
        return jdbc.sql("select id from decision where contact_subject_id = :s").param("s", m.childSubjectId())
                .query(Long.class).single();
    }

    int version(long decisionId) {
        return jdbc.sql("select version from decision where id = :d").param("d", decisionId).query(Integer.class).single();
    }

    @Test
    void aDecisionWithoutRationaleIsRefusedKeepsWhatWasTypedAndSavesNothing() throws Exception {
        var m = contact(null);
        mvc.perform(DecisionTestContacts.decide(m, "SINGLE_ASSESSMENT", 3, " ", thresholds, worker)
                        .param("riskAnalysis", "Typed risk analysis kept " + m.contactId()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("Enter the rationale for the decision")))
                .andExpect(content().string(containsString("Typed risk analysis kept " + m.contactId())));
        assertThat(decisions(m)).isZero();
    }

    @Test
    void aLevelThatDepartsFromTheIndicatorsNeedsAReason() throws Exception {
        var m = contact(null);
        mvc.perform(DecisionTestContacts.decide(m, "EARLY_HELP", 4, 2, "Level 4 indicator, but mother engaging",
                        thresholds, worker))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The indicators ticked suggest level 4: say why you chose level 2")));
        assertThat(decisions(m)).isZero();
        mvc.perform(DecisionTestContacts.decide(m, "EARLY_HELP", 4, 2, "Level 4 indicator, but mother engaging",
                        thresholds, worker).param("departureReason", "Injury explained by GP"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select suggested_level || '/' || threshold_level || ' ' || departure_reason from decision "
                + "where contact_subject_id = :s").param("s", m.childSubjectId()).query(String.class).single())
                .isEqualTo("4/2 Injury explained by GP");
    }

    @Test
    void aManagerCannotSignOffTheirOwnDecision() throws Exception {
        var m = contact(null);
        mvc.perform(DecisionTestContacts.decide(m, "NFA", 1, "Nothing of concern", thresholds, manager))
                .andExpect(status().is3xxRedirection());
        long id = decisionId(m);
        mvc.perform(post("/screening/decisions/" + id + "/oversight").cookie(manager).with(csrf())
                        .param("action", "sign-off").param("comment", "Agree").param("version", "" + version(id)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("You made this decision, so you cannot sign it off")));
        assertThat(jdbc.sql("select status from decision where id = :d").param("d", id).query(String.class).single())
                .isEqualTo("AWAITING_OVERSIGHT");
    }

    @Test
    void aManagerReturnsADecisionThenSignsOffTheRevision() throws Exception {
        var m = contact(null);
        mvc.perform(DecisionTestContacts.decide(m, "NFA", 1, "First thoughts", thresholds, worker))
                .andExpect(status().is3xxRedirection());
        long id = decisionId(m);
        mvc.perform(get("/screening/oversight").cookie(manager))
                .andExpect(content().string(containsString("/screening/decisions/" + id)));
        mvc.perform(get("/screening/oversight").cookie(worker)).andExpect(status().isForbidden());
        mvc.perform(post("/screening/decisions/" + id + "/oversight").cookie(manager).with(csrf())
                        .param("action", "return").param("comment", " ").param("version", "" + version(id)))
                .andExpect(content().string(containsString("Enter why you are returning the decision")));
        mvc.perform(post("/screening/decisions/" + id + "/oversight").cookie(manager).with(csrf())
                        .param("action", "return").param("comment", "Speak to the school nurse first")
                        .param("version", "" + version(id)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/screening/subjects/" + m.childSubjectId() + "/decision").cookie(worker))
                .andExpect(content().string(containsString("Returned by manager")))
                .andExpect(content().string(containsString("Speak to the school nurse first")));
        mvc.perform(DecisionTestContacts.decide(m, "INFORMATION_ADVICE", 1, "Nurse spoken to", thresholds, worker)
                        .param("version", "" + version(id)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/screening/decisions/" + id + "/oversight").cookie(manager).with(csrf())
                        .param("action", "sign-off").param("comment", "Proportionate").param("version", "" + version(id)))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select action from decision_oversight where decision_id = :d order by at, id")
                .param("d", id).query(String.class).list()).containsExactly("RETURNED", "SIGNED_OFF");
        mvc.perform(get("/contacts/" + m.contactId()).cookie(worker))
                .andExpect(content().string(containsString("Signed off by Test " + managerName)))
                .andExpect(content().string(containsString("Proportionate")));
        mvc.perform(get("/children/" + m.personId()).cookie(worker))
                .andExpect(content().string(containsString("Screening decisions")))
                .andExpect(content().string(containsString("Proportionate")));
        // Signed off, it can no longer be changed.
        mvc.perform(DecisionTestContacts.decide(m, "NFA", 1, "Late change", thresholds, worker)
                        .param("version", "" + version(id)))
                .andExpect(content().string(containsString("signed this decision off at")));
        assertThat(jdbc.sql("select rationale from decision where id = :d").param("d", id).query(String.class)
                .single()).isEqualTo("Nurse spoken to");
    }

    @Test
    void aStrategyDiscussionSignedOffBecomesAReferralTheAssessmentTeamAccepts() throws Exception {
        var m = contact(null);
        mvc.perform(DecisionTestContacts.decide(m, "STRATEGY_DISCUSSION", 4, "Unexplained injury to a child",
                thresholds, worker)).andExpect(status().is3xxRedirection());
        long id = decisionId(m);
        assertThat(referrals(m)).isZero();
        mvc.perform(post("/screening/decisions/" + id + "/oversight").cookie(manager).with(csrf())
                        .param("action", "sign-off").param("comment", "Agree: strategy discussion today")
                        .param("version", "" + version(id)))
                .andExpect(status().is3xxRedirection());
        assertThat(referrals(m)).isEqualTo(1);
        assertThat(jdbc.sql("select r.created_by || ' ' || r.source_code || ' ' || (r.referred_at = d.overseen_at) "
                        + "from referral r join decision d on d.contact_subject_id = r.contact_subject_id "
                        + "where r.contact_subject_id = :s").param("s", m.childSubjectId()).query(String.class).single())
                .isEqualTo(managerName + " 2A true");
        String awName = testUsers.create(null, Role.ASSESSMENT_SOCIAL_WORKER);
        Cookie aw = SignIn.as(mvc, awName, TestUsers.PASSWORD);
        long transfer = jdbc.sql("select id from transfer where decision_id = :d and team = 'ASSESSMENT' "
                + "and referral_id is not null").param("d", id).query(Long.class).single();
        mvc.perform(get("/assessment/queue").cookie(aw)).andExpect(status().isOk())
                .andExpect(content().string(containsString("/assessment/queue/" + transfer + "/accept")));
        mvc.perform(get("/assessment/queue").cookie(worker)).andExpect(status().isForbidden());
        mvc.perform(post("/assessment/queue/" + transfer + "/accept").cookie(aw).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select accepted_by from transfer where id = :t and accepted_at >= signed_off_at")
                .param("t", transfer).query(String.class).single()).isEqualTo(awName);
        mvc.perform(get("/assessment/queue").cookie(aw))
                .andExpect(content().string(containsString("(accepted by Test " + awName + ")")));
        // Accepting asks for the strategy discussion, due a working day after the MASH decision (not acceptance).
        assertThat(jdbc.sql("""
                        select sd.created_by || ' ' || (sd.requested_at = t.signed_off_at) || ' ' || (sd.due_by > t.signed_off_at)
                          from strategy_discussion sd join transfer t on t.decision_id = sd.decision_id
                         where t.id = :t and sd.held_at is null""")
                .param("t", transfer).query(String.class).single()).isEqualTo(awName + " true true");
    }

    long referrals(DecisionTestContacts.Made m) {
        return jdbc.sql("select count(*) from referral where contact_subject_id = :s").param("s", m.childSubjectId())
                .query(Long.class).single();
    }

    @Test
    void whenTwoWorkersDecideAtOnceTheSecondIsToldAndTheFirstIsKept() throws Exception {
        var m = contact(null);
        String otherName = testUsers.create(null, Role.MASH_SOCIAL_WORKER);
        Cookie other = SignIn.as(mvc, otherName, TestUsers.PASSWORD);
        // Both open the empty form: neither carries a version.
        mvc.perform(get("/screening/subjects/" + m.childSubjectId() + "/decision").cookie(worker)).andExpect(status().isOk());
        mvc.perform(get("/screening/subjects/" + m.childSubjectId() + "/decision").cookie(other)).andExpect(status().isOk());
        mvc.perform(DecisionTestContacts.decide(m, "SINGLE_ASSESSMENT", 3, "First worker's view", thresholds, worker))
                .andExpect(status().is3xxRedirection());
        mvc.perform(DecisionTestContacts.decide(m, "NFA", 1, "Second worker's view", thresholds, other))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Test " + workerName + " decided this at ")))
                .andExpect(content().string(containsString("while you were working: your answers are below, nothing was saved")))
                .andExpect(content().string(containsString("Second worker&#39;s view")));
        assertThat(jdbc.sql("select rationale from decision where contact_subject_id = :s")
                .param("s", m.childSubjectId()).query(String.class).single()).isEqualTo("First worker's view");
    }

    @Test
    void twoManagersOverseeingAtOnce() throws Exception {
        var m = contact(null);
        mvc.perform(DecisionTestContacts.decide(m, "NFA", 1, "Nothing of concern", thresholds, worker))
                .andExpect(status().is3xxRedirection());
        long id = decisionId(m);
        int read = version(id);
        Cookie second = SignIn.as(mvc, testUsers.create(null, Role.MASH_MANAGER), TestUsers.PASSWORD);
        mvc.perform(post("/screening/decisions/" + id + "/oversight").cookie(manager).with(csrf())
                .param("action", "sign-off").param("comment", "Agree").param("version", "" + read))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/screening/decisions/" + id + "/oversight").cookie(second).with(csrf())
                        .param("action", "return").param("comment", "Needs more").param("version", "" + read))
                .andExpect(content().string(containsString("signed this off at")))
                .andExpect(content().string(containsString("Needs more")));
        assertThat(jdbc.sql("select count(*) from decision_oversight where decision_id = :d").param("d", id)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theReferrerIsToldTheOutcomeOnceSignedOffAndNoMore() throws Exception {
        String email = "dsl-" + UUID.randomUUID() + "@kingsmere-primary.sch.uk";
        var m = contact(email);
        mvc.perform(DecisionTestContacts.decide(m, "SINGLE_ASSESSMENT", 3, "Secret rationale " + m.contactId(),
                thresholds, worker)).andExpect(status().is3xxRedirection());
        assertThat(outbox(email)).isZero();
        assertThat(outcomes.forContact(m.contactId())).isEmpty();
        long id = decisionId(m);
        mvc.perform(post("/screening/decisions/" + id + "/oversight").cookie(manager).with(csrf())
                .param("action", "sign-off").param("comment", "Agree").param("version", "" + version(id)))
                .andExpect(status().is3xxRedirection());
        assertThat(outbox(email)).isEqualTo(1);
        String body = jdbc.sql("select body from outbox where to_address = :e").param("e", email).query(String.class)
                .single();
        assertThat(body).contains("children's social care will carry out an assessment")
                .contains("reference " + m.contactId()).doesNotContain("Secret rationale").doesNotContain("Decidable");
        assertThat(outcomes.forContact(m.contactId())).contains("SINGLE_ASSESSMENT");
    }

    long outbox(String email) {
        return jdbc.sql("select count(*) from outbox where to_address = :e").param("e", email).query(Long.class).single();
    }

    @Test
    void aStepDownToEarlyHelpLandsInTheEarlyHelpQueue() throws Exception {
        var m = contact(null);
        mvc.perform(DecisionTestContacts.decide(m, "EARLY_HELP", 2, "Family asking for help", thresholds, worker))
                .andExpect(status().is3xxRedirection());
        long id = decisionId(m);
        mvc.perform(post("/screening/decisions/" + id + "/oversight").cookie(manager).with(csrf())
                .param("action", "sign-off").param("comment", "Agree").param("version", "" + version(id)))
                .andExpect(status().is3xxRedirection());
        assertThat(referrals(m)).isZero();
        long transfer = jdbc.sql("select id from transfer where decision_id = :d and team = 'EARLY_HELP'")
                .param("d", id).query(Long.class).single();
        String ehName = testUsers.create("EARLY_HELP", Role.EARLY_HELP);
        Cookie eh = SignIn.as(mvc, ehName, TestUsers.PASSWORD);
        mvc.perform(get("/early-help/queue").cookie(eh))
                .andExpect(content().string(containsString("/early-help/queue/" + transfer + "/accept")));
        mvc.perform(post("/early-help/queue/" + transfer + "/accept").cookie(eh).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select accepted_by from transfer where id = :t").param("t", transfer)
                .query(String.class).single()).isEqualTo(ehName);
        // The practitioner who accepted leads the early help episode that starts with it.
        assertThat(jdbc.sql("select lead_practitioner from early_help_episode where transfer_id = :t")
                .param("t", transfer).query(String.class).single()).isEqualTo(ehName);
        // Early help reads the contact handed to it (and, per the access matrix, not others).
        mvc.perform(get("/contacts/" + m.contactId()).cookie(eh)).andExpect(status().isOk());
    }

    @Test
    void aChildNotOnThePersonIndexCannotBeDecided() throws Exception {
        var m = contact(null);
        jdbc.sql("update contact_subject set person_id = null, linked_by = null, linked_at = null where id = :s")
                .param("s", m.childSubjectId()).update();
        mvc.perform(DecisionTestContacts.decide(m, "NFA", 1, "Nothing", thresholds, worker))
                .andExpect(content().string(containsString("to the person index before deciding")));
        assertThat(decisions(m)).isZero();
    }
}
