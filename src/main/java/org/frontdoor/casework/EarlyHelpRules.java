package org.frontdoor.casework;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.frontdoor.intake.DateFields;
import org.frontdoor.intake.FieldProblem;

/**
 * What an early help assessment, a team around the family review and the end of an episode must satisfy. Dates are
 * typed as GOV.UK date inputs; nothing is dated before the episode started or in the future.
 */
public final class EarlyHelpRules {

    static final int MAX_TEXT = 10_000;

    private EarlyHelpRules() {
    }

    public static List<FieldProblem> assessment(LocalDate started, LocalDate today, String day, String month,
                                                String year, String summary) {
        List<FieldProblem> problems = new ArrayList<>();
        pastDate("assessedDay", "The date of the early help assessment", day, month, year, started, today, problems);
        text("summary", "Enter a summary of the early help assessment", summary, problems);
        return problems;
    }

    public static List<FieldProblem> review(LocalDate started, LocalDate today, String day, String month, String year,
                                            String note, String nextDay, String nextMonth, String nextYear) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate held = pastDate("heldDay", "The date of the review", day, month, year, started, today, problems);
        text("note", "Enter what the team around the family agreed", note, problems);
        DateFields.Parsed next = DateFields.parse("The next review date", nextDay, nextMonth, nextYear);
        if (next.problem() != null) {
            problems.add(new FieldProblem("nextDay", next.problem()));
        } else if (next.date() != null && held != null && !next.date().isAfter(held)) {
            problems.add(new FieldProblem("nextDay", "The next review date must be after the review"));
        }
        return problems;
    }

    public static List<FieldProblem> end(LocalDate started, LocalDate today, String outcome, String day, String month,
                                         String year) {
        List<FieldProblem> problems = new ArrayList<>();
        EarlyHelpOutcome o = EarlyHelpOutcome.parse(outcome);
        if (o == null || o == EarlyHelpOutcome.STEPPED_UP) {
            problems.add(new FieldProblem("outcome", "Select how the episode ended"));
        }
        pastDate("endedDay", "The date the episode ended", day, month, year, started, today, problems);
        return problems;
    }

    /** A step up can only be dated today, so an episode that starts later cannot step up yet. */
    public static List<FieldProblem> stepUp(LocalDate started, LocalDate today, String worries) {
        List<FieldProblem> problems = new ArrayList<>();
        if (started.isAfter(today)) {
            problems.add(new FieldProblem("worries", "The episode starts on " + ClosureRules.day(started)
                    + ": it cannot be stepped up before it starts"));
        }
        text("worries", "Enter what you are worried about, for the Front Door", worries, problems);
        return problems;
    }

    /** The date typed, if it is a real date on or after the start of the episode and not in the future. */
    static LocalDate pastDate(String field, String what, String day, String month, String year, LocalDate started,
                              LocalDate today, List<FieldProblem> problems) {
        DateFields.Parsed parsed = DateFields.parse(what, day, month, year);
        if (parsed.problem() != null) {
            problems.add(new FieldProblem(field, parsed.problem()));
        } else if (parsed.date() == null) {
            problems.add(new FieldProblem(field, "Enter " + what.substring(0, 1).toLowerCase() + what.substring(1)));
        } else if (parsed.date().isAfter(today)) {
            problems.add(new FieldProblem(field, what + " must be today or in the past"));
        } else if (parsed.date().isBefore(started)) {
            problems.add(new FieldProblem(field, what + " must be on or after the day the episode started"));
        } else {
            return parsed.date();
        }
        return null;
    }

    private static void text(String field, String missing, String value, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, missing));
        } else if (value.length() > MAX_TEXT) {
            problems.add(new FieldProblem(field, "Keep it to " + MAX_TEXT + " characters or fewer"));
        }
    }
}
