package org.frontdoor.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.frontdoor.intake.FieldProblem;
import org.junit.jupiter.api.Test;

class EarlyHelpRulesTest {

    static final LocalDate STARTED = LocalDate.of(2026, 9, 7);
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void theAssessmentIsDatedWithinTheEpisodeAndNotInTheFuture() {
        assertThat(EarlyHelpRules.assessment(STARTED, TODAY, "1", "9", "2026", "Summary"))
                .extracting(FieldProblem::message)
                .containsExactly("The date of the early help assessment must be on or after the day the episode started");
        assertThat(EarlyHelpRules.assessment(STARTED, TODAY, "24", "11", "2026", "Summary"))
                .extracting(FieldProblem::message)
                .containsExactly("The date of the early help assessment must be today or in the past");
        assertThat(EarlyHelpRules.assessment(STARTED, TODAY, "31", "9", "2026", " "))
                .extracting(FieldProblem::field).containsExactly("assessedDay", "summary");
        assertThat(EarlyHelpRules.assessment(STARTED, TODAY, "7", "9", "2026", "Summary")).isEmpty();
    }

    @Test
    void theNextReviewComesAfterTheReview() {
        assertThat(EarlyHelpRules.review(STARTED, TODAY, "1", "10", "2026", "Agreed", "1", "10", "2026"))
                .extracting(FieldProblem::message).containsExactly("The next review date must be after the review");
        assertThat(EarlyHelpRules.review(STARTED, TODAY, "1", "10", "2026", "Agreed", "", "", "")).isEmpty();
    }

    @Test
    void endingNeedsAnOutcomeOtherThanStepUp() {
        assertThat(EarlyHelpRules.end(STARTED, TODAY, "STEPPED_UP", "1", "10", "2026"))
                .extracting(FieldProblem::field).containsExactly("outcome");
        assertThat(EarlyHelpRules.end(STARTED, TODAY, "NEEDS_MET", "1", "8", "2026"))
                .extracting(FieldProblem::field).containsExactly("endedDay");
        assertThat(EarlyHelpRules.end(STARTED, TODAY, "NEEDS_MET", "1", "10", "2026")).isEmpty();
    }
}
