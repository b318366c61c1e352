package org.frontdoor.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.frontdoor.intake.FieldProblem;
import org.junit.jupiter.api.Test;

class ClosureRulesTest {

    static final LocalDate REFERRED = LocalDate.of(2026, 3, 2);
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    /** A referral assessed with no further action, nothing open and nothing else in the episode. */
    static ClosureRules.Facts assessedNfa() {
        return new ClosureRules.Facts(REFERRED, false, false, null, "NFA", false, false, false, false);
    }

    static List<String> messages(ClosureReason reason, LocalDate closedOn, ClosureRules.Facts facts) {
        return ClosureRules.check(reason, closedOn, "Work complete", facts, TODAY).stream()
                .map(FieldProblem::message).toList();
    }

    @Test
    void rc8AfterAnAssessmentWithNothingElseMayClose() {
        assertThat(messages(ClosureReason.RC8, LocalDate.of(2026, 4, 20), assessedNfa())).isEmpty();
    }

    @Test
    void aClosureDatedBeforeTheReferralOrInTheFutureIsRefused() {
        assertThat(messages(ClosureReason.RC7, REFERRED.minusDays(1), assessedNfa()))
                .containsExactly("The closure date must be on or after the referral date (2 March 2026)");
        assertThat(messages(ClosureReason.RC7, TODAY.plusDays(1), assessedNfa()))
                .containsExactly("The closure date must be today or in the past");
        assertThat(messages(ClosureReason.RC7, REFERRED, assessedNfa())).isEmpty();
    }

    @Test
    void rc8CannotFollowAChildProtectionPlan() {
        var facts = new ClosureRules.Facts(REFERRED, false, false, null, "STRATEGY_DISCUSSION", true, false, true,
                false);
        assertThat(messages(ClosureReason.RC8, TODAY, facts)).singleElement().asString()
                .startsWith("RC8 cannot follow a child protection plan");
        assertThat(messages(ClosureReason.RC7, TODAY, facts)).isEmpty();
    }

    @Test
    void rc8CannotFollowAChildInNeedPlanOrAnS47Enquiry() {
        assertThat(messages(ClosureReason.RC8, TODAY, new ClosureRules.Facts(REFERRED, false, false, null,
                "CIN_PLAN", false, true, false, false))).singleElement().asString()
                .startsWith("RC8 cannot follow a child in need plan");
        assertThat(messages(ClosureReason.RC8, TODAY, new ClosureRules.Facts(REFERRED, false, false, null, "NFA",
                false, false, true, false))).singleElement().asString()
                .startsWith("RC8 cannot follow a section 47 enquiry");
    }

    @Test
    void rc8NeedsACompletedAssessment() {
        var noAssessment = new ClosureRules.Facts(REFERRED, false, false, null, null, false, false, false, false);
        assertThat(messages(ClosureReason.RC8, TODAY, noAssessment)).singleElement().asString()
                .contains("needs a completed assessment");
    }

    @Test
    void rc9NeedsEarlyHelpOnTheRecord() {
        assertThat(messages(ClosureReason.RC9, TODAY, assessedNfa())).singleElement().asString()
                .startsWith("RC9 (closed after assessment, referred to early help) needs");
        var assessedToEarlyHelp = new ClosureRules.Facts(REFERRED, false, false, null, "EARLY_HELP", false, false,
                false, false);
        assertThat(messages(ClosureReason.RC9, TODAY, assessedToEarlyHelp)).isEmpty();
        var episodeStarted = new ClosureRules.Facts(REFERRED, false, false, null, "NFA", false, false, false, true);
        assertThat(messages(ClosureReason.RC9, TODAY, episodeStarted)).isEmpty();
    }

    @Test
    void anOpenPlanAssessmentOrEnquiryBlocksClosure() {
        assertThat(messages(ClosureReason.RC7, TODAY, new ClosureRules.Facts(REFERRED, false, false, "CP", "NFA",
                true, false, true, false)))
                .containsExactly("The child protection plan is still open: end the plan before closing");
        assertThat(messages(ClosureReason.RC7, TODAY, new ClosureRules.Facts(REFERRED, true, true, "CIN", null,
                false, true, false, false))).containsExactly(
                "The single assessment is still open: complete it before closing",
                "The section 47 enquiry is still open: complete it before closing",
                "The child in need plan is still open: end the plan before closing");
    }

    @Test
    void aReasonAndANoteAreNeeded() {
        assertThat(ClosureRules.check(null, TODAY, " ", assessedNfa(), TODAY)).extracting(FieldProblem::field)
                .containsExactly("reasonCode", "note");
    }
}
