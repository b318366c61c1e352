package org.frontdoor.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AssessmentRulesTest {

    final LocalDate started = LocalDate.of(2025, 3, 3);
    final LocalDate today = LocalDate.of(2025, 4, 1);

    /** A complete assessment of a child whose mother took part. */
    AssessmentForm complete() {
        AssessmentForm f = new AssessmentForm();
        f.setChildSeenDay("5");
        f.setChildSeenMonth("3");
        f.setChildSeenYear("2025");
        AssessmentForm.Parent mum = new AssessmentForm.Parent();
        mum.setPersonId(7);
        mum.setName("Mary");
        mum.setInvolved("yes");
        mum.setHow("Met at home twice");
        f.setParents(new ArrayList<>(List.of(mum)));
        f.setFatherNotInvolvedReason("Mother says the father has not been in touch since birth");
        f.setFactors(new ArrayList<>(List.of("3B", "16A")));
        f.setPrimaryNeed("N1");
        f.setAnalysis("Neglect linked to mother's experience of domestic abuse");
        f.setOutcome("CIN_PLAN");
        f.setCompletedDay("31");
        f.setCompletedMonth("3");
        f.setCompletedYear("2025");
        return f;
    }

    List<String> problems(AssessmentForm f, boolean hasFather) {
        return AssessmentRules.check(f, started, today, hasFather).problems().stream()
                .map(p -> p.field() + ": " + p.message()).toList();
    }

    @Test
    void aCompleteAssessmentPasses() {
        var checked = AssessmentRules.check(complete(), started, today, false);
        assertThat(checked.problems()).isEmpty();
        assertThat(checked.values().completedOn()).isEqualTo(LocalDate.of(2025, 3, 31));
        assertThat(checked.values().factors()).containsExactly("3B", "16A");
        assertThat(checked.values().outcome()).isEqualTo(AssessmentOutcome.CIN_PLAN);
    }

    @Test
    void completionBeforeTheStartIsRefused() {
        AssessmentForm f = complete();
        f.setCompletedDay("28");
        f.setCompletedMonth("2");
        assertThat(problems(f, false))
                .containsExactly("completedDay: The assessment cannot be completed before it started on 3 March 2025");
    }

    @Test
    void completionInTheFutureIsRefused() {
        AssessmentForm f = complete();
        f.setCompletedDay("2");
        f.setCompletedMonth("4");
        assertThat(problems(f, false)).containsExactly("completedDay: The completion date cannot be in the future");
    }

    @Test
    void completionNeedsOutcomeAnalysisPrimaryNeedAndAFactor() {
        AssessmentForm f = complete();
        f.setOutcome("");
        f.setAnalysis(" ");
        f.setPrimaryNeed("");
        f.setFactors(new ArrayList<>());
        assertThat(problems(f, false)).containsExactlyInAnyOrder(
                "outcome: Select the outcome of the assessment",
                "analysis: Enter the analysis of risk and unmet need",
                "primaryNeed: Select the child’s primary need",
                "factors: Select the factors identified at assessment, or “No factors identified”");
    }

    @Test
    void withNoFatherOnRecordCompletionNeedsAReason() {
        AssessmentForm f = complete();
        f.setFatherNotInvolvedReason("");
        assertThat(problems(f, false)).singleElement().asString().startsWith("fatherNotInvolvedReason: No father is recorded");
        assertThat(problems(f, true)).isEmpty();
    }

    @Test
    void completionNeedsTheChildSeenOrAReason() {
        AssessmentForm f = complete();
        f.setChildSeenDay("");
        f.setChildSeenMonth("");
        f.setChildSeenYear("");
        assertThat(problems(f, false)).singleElement().asString().startsWith("childSeenDay: Enter the date the child was seen");
        f.setChildNotSeenReason("Family moved to Scotland before the first visit");
        assertThat(problems(f, false)).isEmpty();
    }

    @Test
    void completionNeedsEveryParentsInvolvement() {
        AssessmentForm f = complete();
        f.getParents().get(0).setInvolved("");
        f.getParents().get(0).setHow("");
        assertThat(problems(f, false)).containsExactly("parents[0].involved: Say whether Mary was involved in the assessment");
        f.getParents().get(0).setInvolved("no");
        assertThat(problems(f, false)).containsExactly("parents[0].how: Say why Mary was not involved");
    }

    @Test
    void noFactorsIdentifiedCannotBeCombinedWithOthers() {
        AssessmentForm f = complete();
        f.setFactors(new ArrayList<>(List.of("21", "16A")));
        assertThat(problems(f, false))
                .containsExactly("factors: “No factors identified” (21) cannot be selected with other factors");
        f.setFactors(new ArrayList<>(List.of("21")));
        assertThat(problems(f, false)).isEmpty();
        f.setFactors(new ArrayList<>(List.of("99Z")));
        assertThat(problems(f, false)).containsExactly("factors: Select factors from the list");
    }

    @Test
    void anUnfinishedAssessmentCanBeSavedButDatesMustStillMakeSense() {
        AssessmentForm f = new AssessmentForm();
        f.setChildVoice("Likes school, scared when dad shouts");
        assertThat(problems(f, false)).isEmpty();
        f.setChildSeenAloneDay("4");
        f.setChildSeenAloneMonth("3");
        f.setChildSeenAloneYear("2025");
        f.setChildSeenDay("6");
        f.setChildSeenMonth("3");
        f.setChildSeenYear("2025");
        f.setInterim10Day("31");
        f.setInterim10Month("2");
        f.setInterim10Year("2025");
        assertThat(problems(f, false)).containsExactly(
                "childSeenAloneDay: The child cannot be seen alone before they were first seen on 6 March 2025",
                "interim10Day: The day 10 review date must be a real date");
    }
}
