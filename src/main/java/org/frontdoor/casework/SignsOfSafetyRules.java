package org.frontdoor.casework;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;
import org.frontdoor.intake.DateFields;

/** What a Signs of Safety mapping must say. Plain Java: no Spring, no database. */
public final class SignsOfSafetyRules {

    public record Problem(String field, String message) {
    }

    public record Checked(LocalDate meetingOn, Long assessmentId, List<SignsOfSafetyMapping.Score> scores,
                          List<Problem> problems) {
    }

    private SignsOfSafetyRules() {
    }

    /** @param assessments the child's assessments, the only ones a mapping may be linked to */
    public static Checked check(SignsOfSafetyForm f, LocalDate today, Collection<Long> assessments) {
        List<Problem> problems = new ArrayList<>();
        DateFields.Parsed meeting = DateFields.parse("The meeting date", f.getMeetingDay(), f.getMeetingMonth(),
                f.getMeetingYear());
        LocalDate meetingOn = meeting.date();
        if (meeting.problem() != null) {
            problems.add(new Problem("meetingDay", meeting.problem()));
        } else if (meetingOn == null) {
            problems.add(new Problem("meetingDay", "Enter the date of the mapping meeting"));
        } else if (meetingOn.isAfter(today)) {
            problems.add(new Problem("meetingDay", "The meeting date cannot be in the future"));
        }
        boolean anyText = Stream.of(f.getHarm(), f.getDangerStatements(), f.getComplicatingFactors(),
                f.getExistingSafety(), f.getStrengths(), f.getSafetyGoals(), f.getNextSteps()).anyMatch(s -> !s.isBlank());
        if (!anyText) {
            problems.add(new Problem("harm", "Enter what you are worried about, what is working well or what needs "
                    + "to happen"));
        }
        List<SignsOfSafetyMapping.Score> scores = new ArrayList<>();
        for (int i = 0; i < f.getScales().size(); i++) {
            SignsOfSafetyForm.Scale s = f.getScales().get(i);
            if (s.blank()) {
                continue;
            }
            String row = "scales[" + i + "].";
            SignsOfSafetyMapping.GivenBy by = SignsOfSafetyMapping.GivenBy.parse(s.getGivenBy());
            if (by == null) {
                problems.add(new Problem(row + "givenBy", "Select who gave score " + (i + 1)));
            }
            if (s.getName().isBlank()) {
                problems.add(new Problem(row + "name", "Enter the name of who gave score " + (i + 1)));
            }
            Integer score = s.getScore().matches("[0-9]{1,2}") ? Integer.valueOf(s.getScore()) : null;
            if (score == null || score > 10) {
                problems.add(new Problem(row + "score", "Score " + (i + 1) + " must be a whole number from 0 to 10"));
            }
            if (by != null && !s.getName().isBlank() && score != null && score <= 10) {
                scores.add(new SignsOfSafetyMapping.Score(by, s.getName(), score));
            }
        }
        if (scores.isEmpty() && problems.stream().noneMatch(p -> p.field().startsWith("scales"))) {
            problems.add(new Problem("scales[0].score", "Enter at least one scaling score, with who gave it"));
        }
        Long assessmentId = null;
        if (!f.getAssessmentId().isEmpty()) {
            try {
                assessmentId = Long.valueOf(f.getAssessmentId());
            } catch (NumberFormatException e) {
                assessmentId = null;
            }
            if (assessmentId == null || !assessments.contains(assessmentId)) {
                problems.add(new Problem("assessmentId", "Select one of this child’s assessments, or none"));
            }
        }
        return new Checked(meetingOn, assessmentId, scores, problems);
    }
}
