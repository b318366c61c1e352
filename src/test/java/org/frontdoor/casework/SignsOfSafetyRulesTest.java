package org.frontdoor.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SignsOfSafetyRulesTest {

    final LocalDate today = LocalDate.of(2025, 4, 1);

    SignsOfSafetyForm form(String... scale) {
        SignsOfSafetyForm f = new SignsOfSafetyForm();
        f.setMeetingDay("1");
        f.setMeetingMonth("4");
        f.setMeetingYear("2025");
        f.setHarm("Bruise to the arm");
        SignsOfSafetyForm.Scale s = f.getScales().get(0);
        s.setGivenBy(scale[0]);
        s.setName(scale[1]);
        s.setScore(scale[2]);
        return f;
    }

    List<String> problems(SignsOfSafetyForm f) {
        return SignsOfSafetyRules.check(f, today, List.of(5L)).problems().stream()
                .map(p -> p.field() + ": " + p.message()).toList();
    }

    @Test
    void scoresOutsideNoughtToTenAreRefused() {
        assertThat(problems(form("WORKER", "Sam", "11")))
                .containsExactly("scales[0].score: Score 1 must be a whole number from 0 to 10");
        assertThat(problems(form("WORKER", "Sam", "-1"))).hasSize(1);
        assertThat(problems(form("WORKER", "Sam", "seven"))).hasSize(1);
        assertThat(problems(form("WORKER", "Sam", "0"))).isEmpty();
        assertThat(problems(form("WORKER", "Sam", "10"))).isEmpty();
    }

    @Test
    void aScoreNeedsWhoGaveItAndBlankRowsAreIgnored() {
        var checked = SignsOfSafetyRules.check(form("PARENT", "Mary", "4"), today, List.of());
        assertThat(checked.problems()).isEmpty();
        assertThat(checked.scores()).containsExactly(
                new SignsOfSafetyMapping.Score(SignsOfSafetyMapping.GivenBy.PARENT, "Mary", 4));
        assertThat(problems(form("", "", "4"))).containsExactly("scales[0].givenBy: Select who gave score 1",
                "scales[0].name: Enter the name of who gave score 1");
        assertThat(problems(form("", "", ""))).containsExactly(
                "scales[0].score: Enter at least one scaling score, with who gave it");
    }

    @Test
    void aMappingNeedsAMeetingDateNotInTheFutureAndOnlyTheChildsAssessment() {
        SignsOfSafetyForm f = form("CHILD", "Ada", "6");
        f.setMeetingDay("2");
        f.setAssessmentId("6");
        assertThat(problems(f)).containsExactly("meetingDay: The meeting date cannot be in the future",
                "assessmentId: Select one of this child’s assessments, or none");
        f.setMeetingDay("");
        f.setMeetingMonth("");
        f.setMeetingYear("");
        f.setAssessmentId("5");
        assertThat(problems(f)).containsExactly("meetingDay: Enter the date of the mapping meeting");
    }
}
