package org.frontdoor.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
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
class StrategyDiscussionTest {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Autowired MockMvc mvc;
    @Autowired TestUsers testUsers;
    @Autowired JdbcClient jdbc;
    @Autowired StrategyDiscussions discussions;

    String workerName;
    Cookie worker;

    @BeforeEach
    void signIn() throws Exception {
        workerName = testUsers.create(null, Role.ASSESSMENT_SOCIAL_WORKER);
        worker = SignIn.as(mvc, workerName, TestUsers.PASSWORD);
    }

    /** A discussion requested {@code daysAgo} days ago. */
    long requested(PlanTestChildren.Child child, int daysAgo) {
        return discussions.request(child.personId(), null, null, null,
                Instant.now().minus(daysAgo, ChronoUnit.DAYS), "test");
    }

    /** The discussion as recorded on {@code held}, 10:00, with a social worker and the given partners attending. */
    static MockHttpServletRequestBuilder record(long id, LocalDate held, String outcome, Cookie session,
                                                String... partnerAgencies) {
        MockHttpServletRequestBuilder r = post("/casework/strategy/" + id).cookie(session).with(csrf())
                .param("version", "0").param("heldDay", "" + held.getDayOfMonth())
                .param("heldMonth", "" + held.getMonthValue()).param("heldYear", "" + held.getYear())
                .param("heldTime", "10:00")
                .param("attendees[0].name", "Sam Social").param("attendees[0].agency", "Children's social care")
                .param("attendees[0].role", "Social worker")
                .param("informationShared", "School saw bruising; GP has no concerns recorded")
                .param("outcome", outcome).param("rationale", "Reasonable cause to suspect significant harm");
        for (int i = 0; i < partnerAgencies.length; i++) {
            r.param("attendees[" + (i + 1) + "].name", "Partner " + i)
                    .param("attendees[" + (i + 1) + "].agency", partnerAgencies[i]);
        }
        return r;
    }

    @Test
    void aDiscussionIsDueOneWorkingDayAfterItIsRequested() {
        PlanTestChildren.Child child = PlanTestChildren.child(jdbc, "Ada");
        // Friday 5 June 2026, 16:00: due the same time on Monday.
        Instant friday = ZonedDateTime.of(2026, 6, 5, 16, 0, 0, 0, LONDON).toInstant();
        long id = discussions.request(child.personId(), null, null, null, friday, "test");
        assertThat(jdbc.sql("select due_by from strategy_discussion where id = :id").param("id", id)
                .query(java.sql.Timestamp.class).single().toInstant())
                .isEqualTo(ZonedDateTime.of(2026, 6, 8, 16, 0, 0, 0, LONDON).toInstant());
    }

    @Test
    void theOpenDiscussionShowsItsClockAndIsListedUnderChildProtection() throws Exception {
        PlanTestChildren.Child child = PlanTestChildren.child(jdbc, "Bea");
        long id = requested(child, 5);
        mvc.perform(get("/casework/strategy/" + id).cookie(worker))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(child.name())))
                .andExpect(content().string(containsString("Overdue")))
                .andExpect(content().string(containsString("Record the strategy discussion")));
        mvc.perform(get("/casework/child-protection").cookie(worker))
                .andExpect(content().string(containsString("/casework/strategy/" + id)))
                .andExpect(content().string(containsString(child.name())));
        assertThat(jdbc.sql("select count(*) from access_log where child_id = :p and action = 'VIEW'")
                .param("p", child.personId()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aDiscussionWithoutPoliceOrHealthIsRecordedWithAWarning() throws Exception {
        PlanTestChildren.Child child = PlanTestChildren.child(jdbc, "Cal");
        long id = requested(child, 3);
        mvc.perform(record(id, LocalDate.now(LONDON).minusDays(2), "NFA", worker, "Education"))
                .andExpect(redirectedUrl("/casework/strategy/" + id));
        mvc.perform(get("/casework/strategy/" + id).cookie(worker))
                .andExpect(content().string(containsString("No one from police or health attended")))
                .andExpect(content().string(containsString("No further action")))
                .andExpect(content().string(containsString("Request a follow-up strategy meeting")));

        long withPartners = requested(PlanTestChildren.child(jdbc, "Cal"), 3);
        mvc.perform(record(withPartners, LocalDate.now(LONDON).minusDays(2), "NFA", worker, "Police", "Health"));
        mvc.perform(get("/casework/strategy/" + withPartners).cookie(worker))
                .andExpect(content().string(not(containsString("No one from"))));
    }

    @Test
    void aDiscussionHeldMoreThanADayBeforeItWasRequestedIsRefusedAndKeepsWhatWasTyped() throws Exception {
        PlanTestChildren.Child child = PlanTestChildren.child(jdbc, "Dee");
        long id = requested(child, 3);
        mvc.perform(record(id, LocalDate.now(LONDON).minusDays(6), "S47_JOINT", worker, "Police", "Health")
                        .param("rationale", "Typed rationale " + id))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("more than a day before it was requested")))
                .andExpect(content().string(containsString("Typed rationale " + id)));
        assertThat(jdbc.sql("select held_at is null from strategy_discussion where id = :id").param("id", id)
                .query(Boolean.class).single()).isTrue();
        assertThat(jdbc.sql("select count(*) from s47_enquiry where strategy_discussion_id = :id").param("id", id)
                .query(Long.class).single()).isZero();
    }

    @Test
    void anAttendeeWithoutAnAgencyIsRefused() throws Exception {
        long id = requested(PlanTestChildren.child(jdbc, "Eve"), 1);
        mvc.perform(record(id, LocalDate.now(LONDON), "NFA", worker).param("attendees[1].name", "Nobody Knows"))
                .andExpect(content().string(containsString("Select the agency of attendee 2")))
                .andExpect(content().string(containsString("Nobody Knows")));
        assertThat(jdbc.sql("select count(*) from strategy_attendee where strategy_discussion_id = :id")
                .param("id", id).query(Long.class).single()).isZero();
    }

    @Test
    void anS17OutcomeIsHandedBackForTheAssessmentTeamToStart() {
        PlanTestChildren.Child child = PlanTestChildren.child(jdbc, "Fay");
        long id = requested(child, 2);
        StrategyForm form = new StrategyForm();
        form.setVersion(0);
        LocalDate held = LocalDate.now(LONDON).minusDays(1);
        form.setHeldDay("" + held.getDayOfMonth());
        form.setHeldMonth("" + held.getMonthValue());
        form.setHeldYear("" + held.getYear());
        form.setHeldTime("9:30");
        form.getAttendees().add(new StrategyForm.Attendee("DC Ward", "Police", "DS"));
        form.setInformationShared("Police know the family");
        form.setOutcome("S17_ASSESSMENT");
        form.setRationale("Needs are unmet but no significant harm");
        PlanResult result = discussions.record(id, form, workerName);
        assertThat(result).isEqualTo(new StrategyDiscussions.Recorded(
                new StrategyOutcome(id, child.personId(), null, StrategyDecision.S17_ASSESSMENT), null));
        // Recording the same discussion again (a stale form) changes nothing.
        assertThat(discussions.record(id, form, workerName)).isInstanceOf(PlanResult.Conflict.class);
    }

    @Test
    void anS17OutcomeOnAReferralStartsTheSingleAssessmentWithTheWorkerWhoRecordedIt() throws Exception {
        PlanTestChildren.Child child = PlanTestChildren.child(jdbc, "Hal");
        long referral = jdbc.sql("insert into referral (person_id, referred_at, source_code, created_by) "
                        + "values (:p, now() - interval '3 days', '6', 'test') returning id")
                .param("p", child.personId()).query(Long.class).single();
        long id = discussions.request(child.personId(), referral, null, null,
                Instant.now().minus(2, ChronoUnit.DAYS), "test");
        mvc.perform(record(id, LocalDate.now(LONDON).minusDays(1), "S17_ASSESSMENT", worker, "Police", "Health"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select social_worker from assessment where referral_id = :r").param("r", referral)
                .query(String.class).single()).isEqualTo(workerName);
    }

    @Test
    void aFollowUpMeetingIsLinkedToTheDiscussionItFollows() throws Exception {
        long id = requested(PlanTestChildren.child(jdbc, "Gus"), 2);
        mvc.perform(record(id, LocalDate.now(LONDON).minusDays(1), "NFA", worker, "Police", "Health"));
        mvc.perform(post("/casework/strategy/" + id + "/follow-up").cookie(worker).with(csrf())
                        .param("version", "" + discussions.find(id).orElseThrow().version()))
                .andExpect(status().is3xxRedirection());
        long next = jdbc.sql("select id from strategy_discussion where follow_up_of = :id").param("id", id)
                .query(Long.class).single();
        mvc.perform(get("/casework/strategy/" + next).cookie(worker))
                .andExpect(content().string(containsString("Follow-up strategy meeting")))
                .andExpect(content().string(containsString("/casework/strategy/" + id)));
    }

    @Test
    void onlyTheAssessmentTeamsSeeStrategyDiscussions() throws Exception {
        long id = requested(PlanTestChildren.child(jdbc, "Hal"), 1);
        Cookie partner = SignIn.as(mvc, testUsers.create("POLICE", Role.PARTNER), TestUsers.PASSWORD);
        mvc.perform(get("/casework/strategy/" + id).cookie(partner)).andExpect(status().isForbidden());
    }

    String page(long id, Cookie who) throws Exception {
        return mvc.perform(get("/casework/strategy/" + id).cookie(who)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
    }

    long followUps(long id) {
        return jdbc.sql("select count(*) from strategy_discussion where follow_up_of = :id").param("id", id)
                .query(Long.class).single();
    }

    @Test
    void twoWorkersRecordingOneDiscussionTheSecondIsToldWhoAndWhenAndKeepsWhatTheyTyped() throws Exception {
        long id = requested(PlanTestChildren.child(jdbc, "Ian"), 2);
        String firstName = testUsers.create(null, Role.ASSESSMENT_SOCIAL_WORKER);
        Cookie first = SignIn.as(mvc, firstName, TestUsers.PASSWORD);
        String loadedByFirst = ConcurrentEdits.version(page(id, first), "id=\"strategy-form\"");
        String loadedBySecond = ConcurrentEdits.version(page(id, worker), "id=\"strategy-form\"");

        mvc.perform(record(id, LocalDate.now(LONDON).minusDays(1), "NFA", first, "Police", "Health")
                .with(ConcurrentEdits.set("version", loadedByFirst))).andExpect(status().is3xxRedirection());
        String typed = "Typed by the second worker " + id;
        String refused = mvc.perform(record(id, LocalDate.now(LONDON).minusDays(1), "S47_JOINT", worker, "Police")
                        .with(ConcurrentEdits.set("version", loadedBySecond))
                        .with(ConcurrentEdits.set("rationale", typed)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(refused)
                .contains("Test " + firstName + " recorded this strategy discussion at "
                        + ConcurrentEdits.changedAt(jdbc, "strategy_discussion", id) + " while you were working")
                .contains("Nothing you entered was saved").contains(typed)
                .doesNotContain(">Record the strategy discussion</button>");
        assertThat(jdbc.sql("select outcome || ' ' || rationale || ' ' || recorded_by from strategy_discussion "
                + "where id = :id").param("id", id).query(String.class).single())
                .as("the first worker's record is intact")
                .isEqualTo("NFA Reasonable cause to suspect significant harm " + firstName);
        assertThat(jdbc.sql("select count(*) from s47_enquiry where strategy_discussion_id = :id").param("id", id)
                .query(Long.class).single()).isZero();

        // A discussion is recorded once: sending the kept form again is refused the same way.
        mvc.perform(record(id, LocalDate.now(LONDON).minusDays(1), "S47_JOINT", worker, "Police")
                        .with(ConcurrentEdits.set("version", "" + discussions.find(id).orElseThrow().version()))
                        .with(ConcurrentEdits.set("rationale", typed)))
                .andExpect(content().string(containsString(
                        "Test " + firstName + " recorded this strategy discussion")));
        assertThat(jdbc.sql("select rationale from strategy_discussion where id = :id").param("id", id)
                .query(String.class).single()).isEqualTo("Reasonable cause to suspect significant harm");
    }

    @Test
    void twoWorkersAskingForAFollowUpMakeOneMeetingUnlessTheSecondAsksAgain() throws Exception {
        long id = requested(PlanTestChildren.child(jdbc, "Jem"), 2);
        mvc.perform(record(id, LocalDate.now(LONDON).minusDays(1), "NFA", worker, "Police", "Health"))
                .andExpect(status().is3xxRedirection());
        String firstName = testUsers.create(null, Role.ASSESSMENT_SOCIAL_WORKER);
        Cookie first = SignIn.as(mvc, firstName, TestUsers.PASSWORD);
        String loadedByFirst = ConcurrentEdits.version(page(id, first), "/follow-up\"");
        String loadedBySecond = ConcurrentEdits.version(page(id, worker), "/follow-up\"");

        mvc.perform(post("/casework/strategy/" + id + "/follow-up").cookie(first).with(csrf())
                .param("version", loadedByFirst)).andExpect(status().is3xxRedirection());
        String refused = mvc.perform(post("/casework/strategy/" + id + "/follow-up").cookie(worker).with(csrf())
                        .param("version", loadedBySecond))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Test " + firstName + " changed the follow-up meetings of "
                        + "this strategy discussion at " + ConcurrentEdits.changedAt(jdbc, "strategy_discussion", id))))
                .andReturn().getResponse().getContentAsString();
        assertThat(followUps(id)).as("one meeting, the first worker's").isEqualTo(1);

        // Told about the first meeting, the second worker still wants another: the page now allows it.
        mvc.perform(post("/casework/strategy/" + id + "/follow-up").cookie(worker).with(csrf())
                        .param("version", ConcurrentEdits.version(refused, "/follow-up\"")))
                .andExpect(status().is3xxRedirection());
        assertThat(followUps(id)).isEqualTo(2);
    }
}
