package org.frontdoor.casework;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.frontdoor.intake.DateFields;

/**
 * What an assessment must say. Anything saved must be well formed (real dates, in order, known codes); a completion
 * date makes the assessment complete, and then everything a manager needs to authorise it is required, the father
 * included. Plain Java: no Spring, no database.
 */
public final class AssessmentRules {

    public record Problem(String field, String message) {
    }

    /** One parent's involvement: {@code involved} is null until answered. */
    public record Involvement(long personId, Boolean involved, String how) {
    }

    /** The form read into what is stored. */
    public record Values(LocalDate childSeenOn, LocalDate childSeenAloneOn, String childNotSeenReason,
                         String childVoice, LocalDate interim10On, LocalDate interim25On,
                         List<Involvement> parents, String fatherNotInvolvedReason, List<String> factors,
                         String primaryNeed, String analysis, AssessmentOutcome outcome, LocalDate completedOn) {
    }

    public record Checked(Values values, List<Problem> problems) {

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private AssessmentRules() {
    }

    /**
     * @param startedOn the referral date the assessment runs from
     * @param hasFather whether the child's record names a father
     */
    public static Checked check(AssessmentForm f, LocalDate startedOn, LocalDate today, boolean hasFather) {
        List<Problem> problems = new ArrayList<>();
        LocalDate seen = date(problems, "childSeen", "The date the child was seen", f.getChildSeenDay(),
                f.getChildSeenMonth(), f.getChildSeenYear(), startedOn, today);
        LocalDate alone = date(problems, "childSeenAlone", "The date the child was seen alone",
                f.getChildSeenAloneDay(), f.getChildSeenAloneMonth(), f.getChildSeenAloneYear(), startedOn, today);
        if (alone != null && seen == null && f.getChildSeenDay().isBlank()) {
            problems.add(new Problem("childSeenDay", "Enter the date the child was first seen: they were seen alone on "
                    + DAY.format(alone)));
        } else if (alone != null && seen != null && alone.isBefore(seen)) {
            problems.add(new Problem("childSeenAloneDay", "The child cannot be seen alone before they were first seen on "
                    + DAY.format(seen)));
        }
        LocalDate interim10 = date(problems, "interim10", "The day 10 review date", f.getInterim10Day(),
                f.getInterim10Month(), f.getInterim10Year(), startedOn, today);
        LocalDate interim25 = date(problems, "interim25", "The day 25 review date", f.getInterim25Day(),
                f.getInterim25Month(), f.getInterim25Year(), startedOn, today);
        LocalDate completed = date(problems, "completed", "The completion date", f.getCompletedDay(),
                f.getCompletedMonth(), f.getCompletedYear(), null, today);
        if (completed != null && completed.isBefore(startedOn)) {
            problems.add(new Problem("completedDay", "The assessment cannot be completed before it started on "
                    + DAY.format(startedOn)));
        }
        List<String> factors = factors(problems, f.getFactors());
        String need = f.getPrimaryNeed();
        if (!need.isEmpty() && !AssessmentCodes.isPrimaryNeed(need)) {
            problems.add(new Problem("primaryNeed", "Select a primary need from the list"));
        }
        AssessmentOutcome outcome = AssessmentOutcome.parse(f.getOutcome());
        if (!f.getOutcome().isEmpty() && outcome == null) {
            problems.add(new Problem("outcome", "Select an outcome from the list"));
        }
        boolean completing = completed != null || !f.getCompletedDay().isBlank();
        List<Involvement> parents = parents(problems, f.getParents(), completing);
        if (completing) {
            if (seen == null && f.getChildSeenDay().isBlank() && f.getChildNotSeenReason().isBlank()) {
                problems.add(new Problem("childSeenDay", "Enter the date the child was seen, or say why the child was "
                        + "not seen, before completing the assessment"));
            }
            if (factors.isEmpty()) {
                problems.add(new Problem("factors", "Select the factors identified at assessment, or “No factors "
                        + "identified”"));
            }
            if (need.isEmpty()) {
                problems.add(new Problem("primaryNeed", "Select the child’s primary need"));
            }
            if (f.getAnalysis().isBlank()) {
                problems.add(new Problem("analysis", "Enter the analysis of risk and unmet need"));
            }
            if (f.getOutcome().isEmpty()) {
                problems.add(new Problem("outcome", "Select the outcome of the assessment"));
            }
            if (!hasFather && f.getFatherNotInvolvedReason().isBlank()) {
                problems.add(new Problem("fatherNotInvolvedReason", "No father is recorded for this child: say who he "
                        + "is and how he was involved, or why he is not known or not involved"));
            }
        }
        Values values = new Values(seen, alone, blankToNull(f.getChildNotSeenReason()), blankToNull(f.getChildVoice()),
                interim10, interim25, parents, blankToNull(f.getFatherNotInvolvedReason()), factors,
                blankToNull(need), blankToNull(f.getAnalysis()), outcome, completed);
        return new Checked(values, problems);
    }

    private static List<String> factors(List<Problem> problems, List<String> ticked) {
        List<String> factors = new ArrayList<>(new LinkedHashSet<>(ticked.stream().map(String::strip)
                .filter(s -> !s.isEmpty()).toList()));
        if (factors.stream().anyMatch(c -> !AssessmentCodes.isFactor(c))) {
            problems.add(new Problem("factors", "Select factors from the list"));
        } else if (factors.contains(AssessmentCodes.NO_FACTORS) && factors.size() > 1) {
            problems.add(new Problem("factors", "“No factors identified” (21) cannot be selected with other factors"));
        }
        return factors;
    }

    private static List<Involvement> parents(List<Problem> problems, List<AssessmentForm.Parent> given,
                                             boolean completing) {
        List<Involvement> parents = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            AssessmentForm.Parent p = given.get(i);
            String field = "parents[" + i + "].";
            Boolean involved = switch (p.getInvolved()) {
                case "yes" -> true;
                case "no" -> false;
                default -> null;
            };
            if (involved == null && (completing || !p.getHow().isBlank() || !p.getInvolved().isEmpty())) {
                problems.add(new Problem(field + "involved", "Say whether " + p.getName() + " was involved in the "
                        + "assessment"));
            } else if (involved != null && p.getHow().isBlank()) {
                problems.add(new Problem(field + "how", involved ? "Say how " + p.getName() + " was involved"
                        : "Say why " + p.getName() + " was not involved"));
            }
            parents.add(new Involvement(p.getPersonId(), involved, blankToNull(p.getHow())));
        }
        return parents;
    }

    /** A typed date, or null; problems if it is not a real date, is in the future or falls before the start. */
    private static LocalDate date(List<Problem> problems, String prefix, String what, String day, String month,
                                  String year, LocalDate notBefore, LocalDate today) {
        DateFields.Parsed parsed = DateFields.parse(what, day, month, year);
        String field = prefix + "Day";
        if (parsed.problem() != null) {
            problems.add(new Problem(field, parsed.problem()));
            return null;
        }
        LocalDate d = parsed.date();
        if (d == null) {
            return null;
        }
        if (d.isAfter(today)) {
            problems.add(new Problem(field, what + " cannot be in the future"));
            return null;
        }
        if (notBefore != null && d.isBefore(notBefore)) {
            problems.add(new Problem(field, what + " cannot be before the assessment started on "
                    + DAY.format(notBefore)));
            return null;
        }
        return d;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
