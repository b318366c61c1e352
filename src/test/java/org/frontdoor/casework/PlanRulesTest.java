package org.frontdoor.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.frontdoor.intake.FieldProblem;
import org.junit.jupiter.api.Test;

class PlanRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 10);
    static final LocalDate START = LocalDate.of(2026, 5, 1);

    static PlanForm visit(LocalDate on, String seen, String alone) {
        PlanForm f = new PlanForm();
        f.setOnDay("" + on.getDayOfMonth());
        f.setOnMonth("" + on.getMonthValue());
        f.setOnYear("" + on.getYear());
        f.setSeen(seen);
        f.setSeenAlone(alone);
        return f;
    }

    static List<String> messages(List<FieldProblem> problems) {
        return problems.stream().map(FieldProblem::message).toList();
    }

    @Test
    void aVisitWhereTheChildWasSeenAloneIsFine() {
        assertThat(PlanRules.visit(visit(LocalDate.of(2026, 6, 1), "yes", "yes"), START, null, TODAY)).isEmpty();
    }

    @Test
    void aChildNotSeenCannotHaveBeenSeenAlone() {
        assertThat(messages(PlanRules.visit(visit(LocalDate.of(2026, 6, 1), "no", "yes"), START, null, TODAY)))
                .containsExactly("A child who was not seen cannot have been seen alone");
    }

    @Test
    void aVisitCannotBeInTheFutureOrBeforeThePlanOrAfterItEnded() {
        assertThat(messages(PlanRules.visit(visit(TODAY.plusDays(1), "yes", "no"), START, null, TODAY)))
                .containsExactly("Date of the visit must be today or in the past");
        assertThat(messages(PlanRules.visit(visit(START.minusDays(1), "yes", "no"), START, null, TODAY)))
                .containsExactly("The visit cannot be before the plan started on 1 May 2026");
        assertThat(messages(PlanRules.visit(visit(LocalDate.of(2026, 6, 2), "yes", "no"), START,
                LocalDate.of(2026, 6, 1), TODAY)))
                .containsExactly("The visit cannot be after the plan ended on 1 June 2026");
    }

    @Test
    void anEnquiryCannotBeCompletedBeforeItStarted() {
        S47Form f = new S47Form();
        f.setSubstantiated("yes");
        f.setOutcome("ICPC");
        f.setCompletedDay("30");
        f.setCompletedMonth("4");
        f.setCompletedYear("2026");
        assertThat(messages(PlanRules.s47Outcome(f, START, TODAY)))
                .containsExactly("The enquiry cannot be completed before it started on 1 May 2026");
        f.setCompletedDay("1");
        f.setCompletedMonth("5");
        assertThat(PlanRules.s47Outcome(f, START, TODAY)).isEmpty();
    }

    static ConferenceForm conference(String day, String decision, String category) {
        ConferenceForm f = new ConferenceForm();
        f.setHeldDay(day);
        f.setHeldMonth("5");
        f.setHeldYear("2026");
        f.setAttendees("Police, health, school");
        f.setChair("Independent chair");
        f.setDecision(decision);
        f.setCategory(category);
        return f;
    }

    @Test
    void anInitialConferenceCannotBeBeforeTheStrategyDiscussion() {
        assertThat(messages(PlanRules.initialConference(conference("10", "CP_PLAN", "NEG"), LocalDate.of(2026, 5, 11),
                TODAY))).containsExactly("The initial conference cannot be before the strategy discussion on 11 May 2026");
        assertThat(PlanRules.initialConference(conference("11", "CP_PLAN", "NEG"), LocalDate.of(2026, 5, 11), TODAY))
                .isEmpty();
    }

    @Test
    void aChildProtectionPlanNeedsACategoryOfAbuse() {
        assertThat(messages(PlanRules.initialConference(conference("12", "CP_PLAN", ""), START, TODAY)))
                .containsExactly("Select the category of abuse for the child protection plan");
        assertThat(PlanRules.initialConference(conference("12", "NFA", ""), START, TODAY)).isEmpty();
    }

    @Test
    void aReviewConferenceThatEndsThePlanNeedsAReason() {
        assertThat(messages(PlanRules.reviewConference(conference("20", "END_PLAN", ""), START, TODAY)))
                .containsExactly("Enter why the plan ends");
    }
}
