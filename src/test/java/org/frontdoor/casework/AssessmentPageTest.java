package org.frontdoor.casework;

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
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.frontdoor.FrontdoorTest;
import org.frontdoor.SignIn;
import org.frontdoor.access.Role;
import org.frontdoor.access.TestUsers;
import org.frontdoor.calendar.WorkingCalendar;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@FrontdoorTest
class AssessmentPageTest {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Autowired MockMvc mvc;
    @Autowired TestUsers testUsers;
    @Autowired JdbcClient jdbc;
    @Autowired Assessments assessments;
    @Autowired WorkingCalendar calendar;

    String workerName;
    Cookie worker;
    String managerName;
    Cookie manager;

    @BeforeEach
    void signIn() throws Exception {
        workerName = testUsers.create(null, Role.ASSESSMENT_SOCIAL_WORKER);
        worker = SignIn.as(mvc, workerName, TestUsers.PASSWORD);
        managerName = testUsers.create(null, Role.ASSESSMENT_MANAGER);
        manager = SignIn.as(mvc, managerName, TestUsers.PASSWORD);
    }

    record Started(long id, AssessmentTestReferrals.Referral referral) {
    }

    Started start(String socialWorker, boolean withFather, int daysAgo) {
        var r = AssessmentTestReferrals.referral(jdbc, Instant.now().minus(daysAgo, ChronoUnit.DAYS), withFather);
        return new Started(assessments.start(r.referralId(), socialWorker, Instant.now()), r);
    }

    int version(long id) {
        return jdbc.sql("select version from assessment where id = :id").param("id", id).query(Integer.class).single();
    }

    String column(long id, String column) {
        return jdbc.sql("select " + column + "::text from assessment where id = :id").param("id", id)
                .query(String.class).optional().orElse(null);
    }

    /**
     * Everything completion needs, dated today, for a child whose only parent on record is the mother;
     * {@code changes} are name/value pairs that replace those answers ("" leaves a box empty).
     */
    MockHttpServletRequestBuilder complete(Started s, Cookie who, String... changes) {
        LocalDate today = LocalDate.now(LONDON);
        java.util.Map<String, String> form = new java.util.LinkedHashMap<>();
        form.put("version", "" + version(s.id()));
        form.put("childSeenDay", "" + today.getDayOfMonth());
        form.put("childSeenMonth", "" + today.getMonthValue());
        form.put("childSeenYear", "" + today.getYear());
        form.put("childVoice", "Ada drew her family and left her dad out");
        form.put("parents[0].personId", "" + s.referral().motherId());
        form.put("parents[0].name", "Mary");
        form.put("parents[0].relationship", "Mother");
        form.put("parents[0].involved", "yes");
        form.put("parents[0].how", "Two home visits");
        form.put("fatherNotInvolvedReason", "Mother will not name him; the school has no details");
        form.put("primaryNeed", "N1");
        form.put("analysis", "Unmet need from neglect; risk from domestic abuse is historic");
        form.put("outcome", "CIN_PLAN");
        form.put("completedDay", "" + today.getDayOfMonth());
        form.put("completedMonth", "" + today.getMonthValue());
        form.put("completedYear", "" + today.getYear());
        form.put("factors", "3B,16A");
        for (int i = 0; i < changes.length; i += 2) {
            form.put(changes[i], changes[i + 1]);
        }
        MockHttpServletRequestBuilder b = post("/casework/assessments/" + s.id()).cookie(who).with(csrf());
        form.forEach((name, value) -> {
            if (name.equals("factors")) {
                b.param(name, value.split(","));
            } else {
                b.param(name, value);
            }
        });
        return b;
    }

    @Test
    void startingRunsTheClockFromTheReferralDateAndIsOncePerReferral() {
        var s = start(workerName, false, 3);
        assertThat(assessments.start(s.referral().referralId(), "someone.else", Instant.now())).isEqualTo(s.id());
        Assessment a = assessments.find(s.id()).orElseThrow();
        LocalDate referred = LocalDate.ofInstant(Instant.now().minus(3, ChronoUnit.DAYS), LONDON);
        assertThat(a.startedOn()).isEqualTo(referred);
        assertThat(a.dueOn()).isEqualTo(new AssessmentClock(calendar).dueOn(referred));
        assertThat(a.socialWorker()).isEqualTo(workerName);
        assertThat(jdbc.sql("select count(*) from assessment where referral_id = :r")
                .param("r", s.referral().referralId()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void thePageShowsTheClockItsCheckpointsTheMissingFatherAndIsLogged() throws Exception {
        var s = start(workerName, false, 3);
        Assessment a = assessments.find(s.id()).orElseThrow();
        AssessmentClock clock = new AssessmentClock(calendar);
        mvc.perform(get("/casework/assessments/" + s.id()).cookie(worker))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ada " + s.referral().surname())))
                .andExpect(content().string(containsString("45 working days from the referral")))
                .andExpect(content().string(containsString("Working day 10")))
                .andExpect(content().string(containsString(day(
                        clock.checkpointOn(a.startedOn(), 25)))))
                .andExpect(content().string(containsString("No father is recorded for this child")))
                .andExpect(content().string(containsString("Was Mary " + s.referral().surname())))
                .andExpect(content().string(containsString("/casework/children/" + s.referral().personId()
                        + "/signs-of-safety")));
        assertThat(jdbc.sql("select count(*) from access_log where child_id = :p and action = 'VIEW' and username = :u")
                .param("p", s.referral().personId()).param("u", workerName).query(Long.class).single()).isEqualTo(1);

        var withFather = start(workerName, true, 3);
        mvc.perform(get("/casework/assessments/" + withFather.id()).cookie(worker))
                .andExpect(content().string(not(containsString("No father is recorded for this child"))))
                .andExpect(content().string(containsString("Was Tom " + withFather.referral().surname()
                        + " (Father) involved")));
    }

    static String day(LocalDate d) {
        return d.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK));
    }

    @Test
    void completionWithoutTheFatherIsRefusedKeepsWhatWasTypedAndChangesNothing() throws Exception {
        var s = start(workerName, false, 10);
        mvc.perform(complete(s, worker, "fatherNotInvolvedReason", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("No father is recorded for this child: say who he is")))
                .andExpect(content().string(containsString("Unmet need from neglect; risk from domestic abuse is historic")));
        assertThat(column(s.id(), "completed_on")).isNull();
        assertThat(column(s.id(), "analysis")).isNull();
        assertThat(version(s.id())).isZero();
    }

    @Test
    void completionBeforeTheStartOrWithoutOutcomeAndAnalysisIsRefused() throws Exception {
        var s = start(workerName, false, 10);
        LocalDate before = assessments.find(s.id()).orElseThrow().startedOn().minusDays(1);
        mvc.perform(complete(s, worker, "completedDay", "" + before.getDayOfMonth(),
                        "completedMonth", "" + before.getMonthValue(), "completedYear", "" + before.getYear()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The assessment cannot be completed before it started on")));
        mvc.perform(complete(s, worker, "outcome", "", "analysis", ""))
                .andExpect(content().string(containsString("Select the outcome of the assessment")))
                .andExpect(content().string(containsString("Enter the analysis of risk and unmet need")));
        mvc.perform(complete(s, worker, "factors", "21,3B"))
                .andExpect(content().string(containsString("cannot be selected with other factors")));
        assertThat(column(s.id(), "completed_on")).isNull();
        assertThat(jdbc.sql("select count(*) from assessment_factor where assessment_id = :a").param("a", s.id())
                .query(Long.class).single()).isZero();
    }

    @Test
    void aCompletedAssessmentIsAuthorisedByAnotherManagerWithAComment() throws Exception {
        var s = start(workerName, false, 10);
        mvc.perform(complete(s, worker)).andExpect(redirectedUrl("/casework/assessments/" + s.id()));
        assertThat(column(s.id(), "completed_on")).isEqualTo(LocalDate.now(LONDON).toString());
        assertThat(jdbc.sql("select string_agg(code, ',' order by code) from assessment_factor where assessment_id = :a")
                .param("a", s.id()).query(String.class).single()).isEqualTo("16A,3B");
        assertThat(jdbc.sql("select how from assessment_parent where assessment_id = :a and person_id = :p")
                .param("a", s.id()).param("p", s.referral().motherId()).query(String.class).single())
                .isEqualTo("Two home visits");

        mvc.perform(get("/casework/assessments").cookie(manager))
                .andExpect(content().string(containsString("Awaiting authorisation")))
                .andExpect(content().string(containsString("/casework/assessments/" + s.id())));
        mvc.perform(post("/casework/assessments/" + s.id() + "/authorise").cookie(worker).with(csrf())
                        .param("comment", "Agree").param("version", "" + version(s.id())))
                .andExpect(status().isForbidden());
        mvc.perform(post("/casework/assessments/" + s.id() + "/authorise").cookie(manager).with(csrf())
                        .param("comment", " ").param("version", "" + version(s.id())))
                .andExpect(content().string(containsString("Enter your comment on the assessment")));
        mvc.perform(post("/casework/assessments/" + s.id() + "/authorise").cookie(manager).with(csrf())
                        .param("comment", "Agree: CIN plan, review in 3 months").param("version", "" + version(s.id())))
                .andExpect(redirectedUrl("/casework/assessments/" + s.id()));
        assertThat(column(s.id(), "authorised_by")).isEqualTo(managerName);
        // Authorised, the child's CIN plan starts, held by the assessing social worker.
        assertThat(jdbc.sql("select social_worker from plan where kind = 'CIN' and assessment_id = :a and ended_on is null")
                .param("a", s.id()).query(String.class).single()).isEqualTo(workerName);
        mvc.perform(get("/casework/assessments/" + s.id()).cookie(worker))
                .andExpect(content().string(containsString("Agree: CIN plan, review in 3 months")))
                .andExpect(content().string(not(containsString("Save the assessment"))));
        // Once authorised nothing changes.
        mvc.perform(complete(s, worker, "analysis", "Changed afterwards"))
                .andExpect(content().string(containsString("it can no longer be changed")));
        assertThat(column(s.id(), "analysis")).isEqualTo("Unmet need from neglect; risk from domestic abuse is historic");
    }

    @Test
    void authorisingAStrategyDiscussionOutcomeAsksForOneDueAWorkingDayLater() throws Exception {
        var s = start(workerName, false, 10);
        mvc.perform(complete(s, worker, "outcome", "STRATEGY_DISCUSSION")).andExpect(status().is3xxRedirection());
        AssessmentAuthorised done = assessments.authorise(s.id(), version(s.id()), managerName, "Agree");
        assertThat(done).isEqualTo(new AssessmentAuthorised(s.id(), s.referral().personId(),
                s.referral().referralId(), AssessmentOutcome.STRATEGY_DISCUSSION));
        assertThat(jdbc.sql("""
                        select (sd.referral_id = a.referral_id) || ' ' || (sd.requested_at = a.authorised_at)
                               || ' ' || (sd.due_by > sd.requested_at)
                          from strategy_discussion sd join assessment a on a.id = sd.assessment_id
                         where a.id = :a and sd.held_at is null""")
                .param("a", s.id()).query(String.class).single()).isEqualTo("true true true");
    }

    @Test
    void authorisingAStepDownStartsAnEarlyHelpEpisodeAwaitingALeadPractitioner() throws Exception {
        var s = start(workerName, false, 10);
        mvc.perform(complete(s, worker, "outcome", "EARLY_HELP")).andExpect(status().is3xxRedirection());
        assessments.authorise(s.id(), version(s.id()), managerName, "Agree: early help can meet these needs");
        assertThat(jdbc.sql("select person_id || ' ' || lead_practitioner from early_help_episode "
                        + "where stepped_down_from = :a").param("a", s.id()).query(String.class).single())
                .isEqualTo(s.referral().personId() + " " + CaseworkHandOn.UNALLOCATED);
        long episode = jdbc.sql("select id from early_help_episode where stepped_down_from = :a").param("a", s.id())
                .query(Long.class).single();
        // The assessment links to the episode it started, as the episode links back to the assessment.
        mvc.perform(get("/casework/assessments/" + s.id()).cookie(worker))
                .andExpect(content().string(containsString("/early-help/episodes/" + episode)));

        // The early help team sees it waiting; the first practitioner to take the lead has it, a second is told.
        String first = testUsers.create("EARLY_HELP", Role.EARLY_HELP);
        Cookie firstSession = SignIn.as(mvc, first, TestUsers.PASSWORD);
        mvc.perform(get("/early-help/episodes").param("show", "team").cookie(firstSession))
                .andExpect(content().string(containsString("Awaiting a lead practitioner")));
        mvc.perform(post("/early-help/episodes/" + episode + "/lead").cookie(firstSession).with(csrf()))
                .andExpect(redirectedUrl("/early-help/episodes/" + episode));
        Cookie second = SignIn.as(mvc, testUsers.create("EARLY_HELP", Role.EARLY_HELP), TestUsers.PASSWORD);
        mvc.perform(post("/early-help/episodes/" + episode + "/lead").cookie(second).with(csrf()))
                .andExpect(flash().attribute("error", "Test " + first + " already leads this episode"));
        assertThat(jdbc.sql("select lead_practitioner from early_help_episode where id = :e").param("e", episode)
                .query(String.class).single()).isEqualTo(first);
    }

    @Test
    void aManagerCannotAuthoriseTheirOwnAssessmentNorAnIncompleteOne() throws Exception {
        var own = start(managerName, false, 10);
        mvc.perform(complete(own, manager)).andExpect(status().is3xxRedirection());
        mvc.perform(post("/casework/assessments/" + own.id() + "/authorise").cookie(manager).with(csrf())
                        .param("comment", "Agree").param("version", "" + version(own.id())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("You are the social worker for this assessment, so you cannot authorise it")));
        assertThat(column(own.id(), "authorised_by")).isNull();

        var open = start(workerName, false, 10);
        mvc.perform(post("/casework/assessments/" + open.id() + "/authorise").cookie(manager).with(csrf())
                        .param("comment", "Agree").param("version", "" + version(open.id())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Only a completed assessment can be authorised")));
        assertThat(column(open.id(), "authorised_by")).isNull();
    }

    @Test
    void aStaleFormIsRefusedNamingWhoChangedItAndKeepsWhatWasTyped() throws Exception {
        var s = start(workerName, false, 10);
        mvc.perform(post("/casework/assessments/" + s.id()).cookie(worker).with(csrf()).param("version", "0")
                        .param("childVoice", "First visit: quiet")
                        .param("parents[0].personId", "" + s.referral().motherId()).param("parents[0].name", "Mary"))
                .andExpect(redirectedUrl("/casework/assessments/" + s.id()));
        mvc.perform(post("/casework/assessments/" + s.id()).cookie(manager).with(csrf()).param("version", "0")
                        .param("childVoice", "Manager typed this over a stale page")
                        .param("parents[0].personId", "" + s.referral().motherId()).param("parents[0].name", "Mary"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Test " + workerName + " changed this assessment at")))
                .andExpect(content().string(containsString("Manager typed this over a stale page")));
        assertThat(column(s.id(), "child_voice")).isEqualTo("First visit: quiet");
        assertThat(version(s.id())).isEqualTo(1);
    }

    @Test
    void theListShowsTheWorkersOpenAssessmentsOldestDueFirst() throws Exception {
        var newer = start(workerName, false, 2);
        var older = start(workerName, false, 30);
        var done = start(workerName, false, 20);
        mvc.perform(complete(done, worker)).andExpect(status().is3xxRedirection());
        String page = mvc.perform(get("/casework/assessments").cookie(worker)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("My assessments").contains("of 45 working days used")
                .doesNotContain("/casework/assessments/" + done.id() + "\"");
        assertThat(page.indexOf("/casework/assessments/" + older.id() + "\""))
                .isPositive().isLessThan(page.indexOf("/casework/assessments/" + newer.id() + "\""));
        String other = testUsers.create(null, Role.ASSESSMENT_SOCIAL_WORKER);
        mvc.perform(get("/casework/assessments").cookie(SignIn.as(mvc, other, TestUsers.PASSWORD)))
                .andExpect(content().string(not(containsString("/casework/assessments/" + older.id() + "\""))));
    }
}
