package org.frontdoor.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.frontdoor.FrontdoorTest;
import org.frontdoor.SignIn;
import org.frontdoor.access.Role;
import org.frontdoor.access.TestUsers;
import org.frontdoor.calendar.WorkingCalendar;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The child protection journey through HTTP: strategy discussion, s47, ICPC, CP plan, review, end. */
@FrontdoorTest
class PlanFlowTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers testUsers;
    @Autowired JdbcClient jdbc;
    @Autowired StrategyDiscussions discussions;
    @Autowired WorkingCalendar calendar;
    @Autowired Plans plans;

    Cookie worker;
    final LocalDate today = LocalDate.now(StrategyDiscussionTest.LONDON);
    /** The strategy discussion: 60 days ago, so the whole journey fits before today. */
    final LocalDate held = today.minusDays(60);

    @BeforeEach
    void signIn() throws Exception {
        worker = SignIn.as(mvc, testUsers.create(null, Role.ASSESSMENT_SOCIAL_WORKER), TestUsers.PASSWORD);
    }

    static MockHttpServletRequestBuilder dated(MockHttpServletRequestBuilder r, String prefix, LocalDate d) {
        return r.param(prefix + "Day", "" + d.getDayOfMonth()).param(prefix + "Month", "" + d.getMonthValue())
                .param(prefix + "Year", "" + d.getYear());
    }

    long version(String table, long id) {
        return jdbc.sql("select version from " + table + " where id = :id").param("id", id).query(Long.class).single();
    }

    /** A child with an s47 enquiry started at a joint strategy discussion {@code held}. */
    long s47(PlanTestChildren.Child child) throws Exception {
        long strategy = discussions.request(child.personId(), null, null, null,
                held.atTime(9, 0).atZone(StrategyDiscussionTest.LONDON).toInstant(), "test");
        mvc.perform(StrategyDiscussionTest.record(strategy, held, "S47_JOINT", worker, "Police", "Health"))
                .andExpect(status().is3xxRedirection());
        return jdbc.sql("select id from s47_enquiry where strategy_discussion_id = :s").param("s", strategy)
                .query(Long.class).single();
    }

    MockHttpServletRequestBuilder outcome(long s47, String outcome, LocalDate completed) {
        return dated(post("/casework/s47/" + s47 + "/outcome").cookie(worker).with(csrf())
                .param("version", "" + version("s47_enquiry", s47)).param("substantiated", "yes")
                .param("outcome", outcome), "completed", completed);
    }

    MockHttpServletRequestBuilder icpc(long s47, LocalDate on, String decision, String category) {
        return dated(post("/casework/s47/" + s47 + "/conference").cookie(worker).with(csrf())
                .param("version", "" + version("s47_enquiry", s47)).param("attendees", "Police\nHealth visitor\nSchool")
                .param("chair", "Pat Chair").param("decision", decision).param("category", category), "held", on);
    }

    long cpPlan(PlanTestChildren.Child child, LocalDate icpcOn) throws Exception {
        long s47 = s47(child);
        mvc.perform(outcome(s47, "ICPC", held.plusDays(5))).andExpect(status().is3xxRedirection());
        mvc.perform(icpc(s47, icpcOn, "CP_PLAN", "NEG")).andExpect(status().is3xxRedirection());
        return jdbc.sql("select id from plan where s47_enquiry_id = :s and kind = 'CP'").param("s", s47)
                .query(Long.class).single();
    }

    @Test
    void theJourneyFromStrategyDiscussionToTheEndOfAChildProtectionPlan() throws Exception {
        PlanTestChildren.Child child = PlanTestChildren.child(jdbc, "Ivy");
        long s47 = s47(child);
        LocalDate icpcDue = calendar.addWorkingDays(held, 15);
        assertThat(jdbc.sql("select started_on || ' ' || icpc_due_on || ' ' || joint_with_police from s47_enquiry "
                + "where id = :id").param("id", s47).query(String.class).single())
                .isEqualTo(held + " " + icpcDue + " true");
        mvc.perform(get("/casework/s47/" + s47).cookie(worker))
                .andExpect(content().string(containsString("joint with police")))
                .andExpect(content().string(containsString("15 working days from the strategy discussion")));

        // Completed before it started: refused, nothing saved.
        mvc.perform(outcome(s47, "ICPC", held.minusDays(1)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The enquiry cannot be completed before it started")));
        assertThat(jdbc.sql("select completed_on is null from s47_enquiry where id = :id").param("id", s47)
                .query(Boolean.class).single()).isTrue();
        mvc.perform(outcome(s47, "ICPC", held.plusDays(7))).andExpect(redirectedUrl("/casework/s47/" + s47));

        // The initial conference cannot come before the strategy discussion, and a CP plan needs a category.
        mvc.perform(icpc(s47, held.minusDays(1), "CP_PLAN", "NEG"))
                .andExpect(content().string(containsString("The initial conference cannot be before the strategy discussion")));
        mvc.perform(icpc(s47, held.plusDays(10), "CP_PLAN", ""))
                .andExpect(content().string(containsString("Select the category of abuse")))
                .andExpect(content().string(containsString("Pat Chair")));
        assertThat(jdbc.sql("select count(*) from cp_conference where s47_enquiry_id = :s").param("s", s47)
                .query(Long.class).single()).isZero();

        LocalDate icpcOn = held.plusDays(10);
        mvc.perform(icpc(s47, icpcOn, "CP_PLAN", "EMO")).andExpect(status().is3xxRedirection());
        long plan = jdbc.sql("select id from plan where s47_enquiry_id = :s").param("s", s47).query(Long.class).single();
        assertThat(jdbc.sql("select kind || ' ' || category || ' ' || started_on from plan where id = :id")
                .param("id", plan).query(String.class).single()).isEqualTo("CP EMO " + icpcOn);
        mvc.perform(get("/casework/plans/" + plan).cookie(worker))
                .andExpect(content().string(containsString("Emotional abuse")))
                .andExpect(content().string(containsString("Next review conference due")))
                .andExpect(content().string(containsString(new org.frontdoor.web.Formats("Europe/London")
                        .date(icpcOn.plusMonths(3)))));

        // First review: continue, now as neglect; due 3 months from the ICPC.
        LocalDate reviewOn = icpcOn.plusDays(30);
        mvc.perform(dated(post("/casework/plans/" + plan + "/review-conference").cookie(worker).with(csrf())
                        .param("version", "" + version("plan", plan)).param("attendees", "Police, school")
                        .param("chair", "Pat Chair").param("decision", "CONTINUE_PLAN").param("category", "NEG"),
                "held", reviewOn)).andExpect(redirectedUrl("/casework/plans/" + plan));
        assertThat(jdbc.sql("select due_on from cp_conference where plan_id = :p").param("p", plan)
                .query(LocalDate.class).single()).isEqualTo(icpcOn.plusMonths(3));
        mvc.perform(get("/casework/plans/" + plan).cookie(worker))
                .andExpect(content().string(containsString("Neglect")))
                .andExpect(content().string(containsString(new org.frontdoor.web.Formats("Europe/London")
                        .date(reviewOn.plusMonths(6)))));

        // Second review ends the plan; it needs a reason.
        LocalDate endOn = reviewOn.plusDays(5);
        MockHttpServletRequestBuilder ending = dated(post("/casework/plans/" + plan + "/review-conference")
                .cookie(worker).with(csrf()).param("version", "" + version("plan", plan))
                .param("attendees", "Police, school").param("chair", "Pat Chair").param("decision", "END_PLAN"),
                "held", endOn);
        mvc.perform(ending).andExpect(content().string(containsString("Enter why the plan ends")));
        mvc.perform(ending.param("endReason", "Mother has left the abusive partner; safety plan holding"))
                .andExpect(redirectedUrl("/casework/plans/" + plan));
        assertThat(jdbc.sql("select ended_on from plan where id = :id").param("id", plan).query(LocalDate.class)
                .single()).isEqualTo(endOn);
        mvc.perform(get("/casework/plans/" + plan).cookie(worker))
                .andExpect(content().string(containsString("Mother has left the abusive partner")));
        assertThat(jdbc.sql("select count(*) from access_log where child_id = :p and action = 'CHANGE'")
                .param("p", child.personId()).query(Long.class).single()).isGreaterThanOrEqualTo(7);
    }

    @Test
    void aSecondChildProtectionPlanIsShownAsSecondOrSubsequent() throws Exception {
        PlanTestChildren.Child child = PlanTestChildren.child(jdbc, "Jay");
        long first = cpPlan(child, held.plusDays(8));
        mvc.perform(get("/casework/plans/" + first).cookie(worker))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Second or subsequent"))));
        mvc.perform(dated(post("/casework/plans/" + first + "/end").cookie(worker).with(csrf())
                .param("version", "" + version("plan", first)).param("reason", "Family moved to another LA"),
                "on", held.plusDays(9))).andExpect(status().is3xxRedirection());
        long second = cpPlan(child, held.plusDays(12));
        mvc.perform(get("/casework/plans/" + second).cookie(worker))
                .andExpect(content().string(containsString("Second or subsequent child protection plan")));
    }

    @Test
    void anS47EndingInAChildInNeedPlanStartsThePlan() throws Exception {
        PlanTestChildren.Child child = PlanTestChildren.child(jdbc, "Kit");
        long s47 = s47(child);
        mvc.perform(outcome(s47, "CIN_PLAN", held.plusDays(4))).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select kind || ' ' || started_on from plan where s47_enquiry_id = :s").param("s", s47)
                .query(String.class).single()).isEqualTo("CIN " + held.plusDays(4));
    }

    @Test
    void visitsRefuseSeenAloneWithoutSeenAndFutureDates() throws Exception {
        PlanTestChildren.Child child = PlanTestChildren.child(jdbc, "Lou");
        long plan = cpPlan(child, held.plusDays(8));
        mvc.perform(dated(post("/casework/plans/" + plan + "/visit").cookie(worker).with(csrf())
                        .param("seen", "no").param("seenAlone", "yes").param("note", "Typed visit note " + plan),
                "on", today.minusDays(3)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("A child who was not seen cannot have been seen alone")))
                .andExpect(content().string(containsString("Typed visit note " + plan)));
        mvc.perform(dated(post("/casework/plans/" + plan + "/visit").cookie(worker).with(csrf())
                        .param("seen", "yes").param("seenAlone", "no"), "on", today.plusDays(1)))
                .andExpect(content().string(containsString("Date of the visit must be today or in the past")));
        assertThat(jdbc.sql("select count(*) from plan_visit where plan_id = :p").param("p", plan)
                .query(Long.class).single()).isZero();
        mvc.perform(dated(post("/casework/plans/" + plan + "/visit").cookie(worker).with(csrf())
                        .param("seen", "yes").param("seenAlone", "yes"), "on", today.minusDays(3)))
                .andExpect(redirectedUrl("/casework/plans/" + plan));
        assertThat(jdbc.sql("select seen_alone from plan_visit where plan_id = :p").param("p", plan)
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void aChildInNeedPlanFromAnAssessmentIsReviewedThenEnded() throws Exception {
        PlanTestChildren.Child child = PlanTestChildren.child(jdbc, "Max");
        LocalDate start = today.minusDays(100);
        long plan = plans.startCinPlan(child.personId(), null, null, start, "aw.mensah");
        mvc.perform(get("/casework/plans/" + plan).cookie(worker))
                .andExpect(content().string(containsString("Child in need plan")))
                .andExpect(content().string(containsString("Overdue")));
        mvc.perform(dated(post("/casework/plans/" + plan + "/review").cookie(worker).with(csrf())
                        .param("version", "" + version("plan", plan)).param("note", " "), "on", today.minusDays(2)))
                .andExpect(content().string(containsString("Enter what the review found")));
        mvc.perform(dated(post("/casework/plans/" + plan + "/review").cookie(worker).with(csrf())
                        .param("version", "" + version("plan", plan)).param("note", "Attendance up; keep going"),
                "on", today.minusDays(2))).andExpect(redirectedUrl("/casework/plans/" + plan));
        mvc.perform(get("/casework/plans/" + plan).cookie(worker))
                .andExpect(content().string(containsString("Attendance up; keep going")))
                .andExpect(content().string(containsString(new org.frontdoor.web.Formats("Europe/London")
                        .date(today.minusDays(2).plusMonths(3)))));
        // Ending before the start is refused; a stale version changes nothing.
        mvc.perform(dated(post("/casework/plans/" + plan + "/end").cookie(worker).with(csrf())
                        .param("version", "" + version("plan", plan)).param("reason", "Needs met"),
                "on", start.minusDays(1)))
                .andExpect(content().string(containsString("The plan cannot end before it started")));
        mvc.perform(dated(post("/casework/plans/" + plan + "/end").cookie(worker).with(csrf())
                        .param("version", "0").param("reason", "Needs met"), "on", today))
                .andExpect(content().string(containsString(" changed this plan at ")));
        mvc.perform(dated(post("/casework/plans/" + plan + "/end").cookie(worker).with(csrf())
                        .param("version", "" + version("plan", plan)).param("reason", "Needs met"), "on", today))
                .andExpect(redirectedUrl("/casework/plans/" + plan));
        assertThat(jdbc.sql("select ended_on || ' ' || end_reason from plan where id = :id").param("id", plan)
                .query(String.class).single()).isEqualTo(today + " Needs met");
    }

    @Test
    void twoWorkersOnOnePlanTheSecondIsToldWhoAndWhenAndKeepsWhatTheyTyped() throws Exception {
        PlanTestChildren.Child child = PlanTestChildren.child(jdbc, "Ola");
        long plan = plans.startCinPlan(child.personId(), null, null, today.minusDays(50), "aw.mensah");
        String firstName = testUsers.create(null, Role.ASSESSMENT_SOCIAL_WORKER);
        Cookie first = SignIn.as(mvc, firstName, TestUsers.PASSWORD);
        String loadedByFirst = loadedVersion(plan, first);
        String loadedBySecond = loadedVersion(plan, worker);

        mvc.perform(dated(post("/casework/plans/" + plan + "/review").cookie(first).with(csrf())
                        .param("version", loadedByFirst).param("note", "Reviewed with school; plan continues"),
                "on", today.minusDays(1))).andExpect(redirectedUrl("/casework/plans/" + plan));
        String page = mvc.perform(dated(post("/casework/plans/" + plan + "/end").cookie(worker).with(csrf())
                        .param("version", loadedBySecond).param("reason", "Family moved to Leeds"), "on", today))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Test " + firstName + " changed this plan at ")))
                .andExpect(content().string(containsString("Nothing was saved")))
                .andExpect(content().string(containsString("Family moved to Leeds")))
                .andReturn().getResponse().getContentAsString();
        assertThat(jdbc.sql("select ended_on is null from plan where id = :id").param("id", plan)
                .query(Boolean.class).single()).as("the stale end changed nothing").isTrue();
        assertThat(jdbc.sql("select note from plan_review where plan_id = :p").param("p", plan)
                .query(String.class).list()).containsExactly("Reviewed with school; plan continues");

        // The refused form now carries the version the worker has been told about: saving again is a choice.
        java.util.regex.Matcher end = java.util.regex.Pattern.compile(
                "id=\"end-form\"[\\s\\S]*?name=\"version\" value=\"(\\d+)\"").matcher(page);
        assertThat(end.find()).isTrue();
        assertThat(end.group(1)).isEqualTo("" + version("plan", plan));
        mvc.perform(dated(post("/casework/plans/" + plan + "/end").cookie(worker).with(csrf())
                        .param("version", end.group(1)).param("reason", "Family moved to Leeds"), "on", today))
                .andExpect(redirectedUrl("/casework/plans/" + plan));
    }

    /** The version the plan page's forms carry when this user opens it. */
    private String loadedVersion(long plan, Cookie user) throws Exception {
        String page = mvc.perform(get("/casework/plans/" + plan).cookie(user)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("name=\"version\" value=\"(\\d+)\"")
                .matcher(page);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    @Test
    void theDatabaseRefusesAChildProtectionPlanWithoutAConference() {
        PlanTestChildren.Child child = PlanTestChildren.child(jdbc, "Ned");
        assertThatThrownBy(() -> jdbc.sql("""
                        insert into plan (person_id, kind, started_on, category, social_worker, created_by)
                        values (:p, 'CP', current_date, 'NEG', 'someone', 'test')""")
                .param("p", child.personId()).update())
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("plan_cp_conference");
    }

    @Test
    void anOverdueInitialConferenceIsListedUnderChildProtection() throws Exception {
        PlanTestChildren.Child child = PlanTestChildren.child(jdbc, "Oli");
        long s47 = s47(child);
        mvc.perform(get("/casework/child-protection").cookie(worker))
                .andExpect(content().string(containsString("/casework/s47/" + s47)))
                .andExpect(content().string(containsString(child.name())));
        mvc.perform(get("/casework/s47/" + s47).cookie(worker))
                .andExpect(content().string(containsString("Overdue")));
    }

    @Test
    void twoWorkersOnOneEnquiryTheSecondIsToldWhoRecordedItAndWhenAndKeepsWhatTheyTyped() throws Exception {
        PlanTestChildren.Child child = PlanTestChildren.child(jdbc, "Pip");
        long s47 = s47(child);
        String firstName = testUsers.create(null, Role.ASSESSMENT_SOCIAL_WORKER);
        Cookie first = SignIn.as(mvc, firstName, TestUsers.PASSWORD);
        String secondName = testUsers.create(null, Role.ASSESSMENT_SOCIAL_WORKER);
        Cookie second = SignIn.as(mvc, secondName, TestUsers.PASSWORD);
        String loadedByFirst = ConcurrentEdits.version(s47Page(s47, first), "id=\"outcome-form\"");
        String loadedBySecond = ConcurrentEdits.version(s47Page(s47, second), "id=\"outcome-form\"");

        mvc.perform(dated(post("/casework/s47/" + s47 + "/outcome").cookie(first).with(csrf())
                        .param("version", loadedByFirst).param("substantiated", "yes").param("outcome", "ICPC"),
                "completed", held.plusDays(5))).andExpect(redirectedUrl("/casework/s47/" + s47));
        LocalDate typedDay = held.plusDays(6);
        String refused = mvc.perform(dated(post("/casework/s47/" + s47 + "/outcome").cookie(second).with(csrf())
                        .param("version", loadedBySecond).param("substantiated", "no").param("outcome", "NFA"),
                "completed", typedDay)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused)
                .contains("Test " + firstName + " recorded the outcome of this enquiry at "
                        + ConcurrentEdits.changedAt(jdbc, "s47_enquiry", s47) + " while you were working")
                .contains("Nothing you entered was saved")
                .contains("name=\"completedDay\" value=\"" + typedDay.getDayOfMonth() + "\"")
                .doesNotContain(">Record the outcome</button>");
        assertThat(jdbc.sql("select outcome || ' ' || completed_on from s47_enquiry where id = :id").param("id", s47)
                .query(String.class).single()).as("the first worker's outcome is intact")
                .isEqualTo("ICPC " + held.plusDays(5));

        // The conference next: the second worker records it, and the first, on an older page, is told.
        loadedByFirst = ConcurrentEdits.version(s47Page(s47, first), "id=\"conference-form\"");
        assertThat(ConcurrentEdits.version(refused, "id=\"conference-form\"")).isEqualTo(loadedByFirst);
        mvc.perform(dated(post("/casework/s47/" + s47 + "/conference").cookie(second).with(csrf())
                        .param("version", ConcurrentEdits.version(s47Page(s47, second), "id=\"conference-form\""))
                        .param("attendees", "Police\nSchool").param("chair", "Pat Chair").param("decision", "CIN_PLAN"),
                "held", held.plusDays(8))).andExpect(status().is3xxRedirection());
        String chair = "Chair typed by the first worker " + s47;
        mvc.perform(dated(post("/casework/s47/" + s47 + "/conference").cookie(first).with(csrf())
                        .param("version", loadedByFirst).param("attendees", "Police").param("chair", chair)
                        .param("decision", "NFA"), "held", held.plusDays(9)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Test " + secondName + " recorded the initial child "
                        + "protection conference at " + ConcurrentEdits.changedAt(jdbc, "s47_enquiry", s47))))
                .andExpect(content().string(containsString(chair)));
        assertThat(jdbc.sql("select decision || ' ' || chair from cp_conference where s47_enquiry_id = :s")
                .param("s", s47).query(String.class).list()).containsExactly("CIN_PLAN Pat Chair");
    }

    private String s47Page(long s47, Cookie user) throws Exception {
        return mvc.perform(get("/casework/s47/" + s47).cookie(user)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
    }
}
