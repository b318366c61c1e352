package org.frontdoor.casework;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.frontdoor.intake.DateFields;
import org.frontdoor.intake.FieldProblem;

/** What s47 outcomes, conferences and plan changes must say, and the order their dates must keep. Plain Java. */
public final class PlanRules {

    /** DfE category of abuse for a CP plan. */
    public static final List<String> CATEGORIES = List.of("NEG", "PHY", "EMO", "SAB", "MUL");

    private PlanRules() {
    }

    public static String categoryLabel(String code) {
        return code == null ? "" : switch (code) {
            case "NEG" -> "Neglect";
            case "PHY" -> "Physical abuse";
            case "EMO" -> "Emotional abuse";
            case "SAB" -> "Sexual abuse";
            case "MUL" -> "Multiple";
            default -> code;
        };
    }

    /** The date in three boxes, or null after adding what is wrong with it (a missing date is wrong too). */
    static LocalDate date(String field, String what, String day, String month, String year, LocalDate today,
                          List<FieldProblem> problems) {
        DateFields.Parsed p = DateFields.parse(what, day, month, year);
        if (p.problem() != null) {
            problems.add(new FieldProblem(field, p.problem()));
            return null;
        }
        if (p.date() == null) {
            problems.add(new FieldProblem(field, "Enter the " + what.toLowerCase()));
            return null;
        }
        if (p.date().isAfter(today)) {
            problems.add(new FieldProblem(field, what + " must be today or in the past"));
            return null;
        }
        return p.date();
    }

    public static List<FieldProblem> s47Outcome(S47Form f, LocalDate startedOn, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!Set.of("yes", "no").contains(f.getSubstantiated())) {
            problems.add(new FieldProblem("substantiated", "Say whether the concerns were substantiated"));
        }
        if (!Set.of("ICPC", "CIN_PLAN", "NFA").contains(f.getOutcome())) {
            problems.add(new FieldProblem("outcome", "Select the outcome of the enquiry"));
        }
        LocalDate completed = date("completedDay", "Completion date", f.getCompletedDay(), f.getCompletedMonth(),
                f.getCompletedYear(), today, problems);
        if (completed != null && completed.isBefore(startedOn)) {
            problems.add(new FieldProblem("completedDay", "The enquiry cannot be completed before it started on "
                    + day(startedOn)));
        }
        return problems;
    }

    /** An initial conference: not before the strategy discussion; a CP plan needs a category of abuse. */
    public static List<FieldProblem> initialConference(ConferenceForm f, LocalDate strategyDate, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate held = date("heldDay", "Date of the conference", f.getHeldDay(), f.getHeldMonth(), f.getHeldYear(),
                today, problems);
        if (held != null && held.isBefore(strategyDate)) {
            problems.add(new FieldProblem("heldDay", "The initial conference cannot be before the strategy discussion on "
                    + day(strategyDate)));
        }
        common(f, problems);
        if (!Set.of("CP_PLAN", "CIN_PLAN", "NFA").contains(f.getDecision())) {
            problems.add(new FieldProblem("decision", "Select the decision of the conference"));
        }
        category(f, "CP_PLAN", problems);
        return problems;
    }

    /** A review conference: not before the plan started or the last conference; ending the plan needs a reason. */
    public static List<FieldProblem> reviewConference(ConferenceForm f, LocalDate notBefore, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate held = date("heldDay", "Date of the conference", f.getHeldDay(), f.getHeldMonth(), f.getHeldYear(),
                today, problems);
        if (held != null && held.isBefore(notBefore)) {
            problems.add(new FieldProblem("heldDay", "The review conference cannot be before " + day(notBefore)
                    + ", the plan's last conference"));
        }
        common(f, problems);
        if (!Set.of("CONTINUE_PLAN", "END_PLAN").contains(f.getDecision())) {
            problems.add(new FieldProblem("decision", "Select the decision of the conference"));
        }
        category(f, "CONTINUE_PLAN", problems);
        if ("END_PLAN".equals(f.getDecision()) && f.getEndReason().isEmpty()) {
            problems.add(new FieldProblem("endReason", "Enter why the plan ends"));
        }
        return problems;
    }

    private static void common(ConferenceForm f, List<FieldProblem> problems) {
        if (f.getAttendees().isEmpty()) {
            problems.add(new FieldProblem("attendees", "Enter who attended the conference"));
        }
        if (f.getChair().isEmpty()) {
            problems.add(new FieldProblem("chair", "Enter the name of the chair"));
        }
    }

    private static void category(ConferenceForm f, String needsIt, List<FieldProblem> problems) {
        if (needsIt.equals(f.getDecision()) && !CATEGORIES.contains(f.getCategory())) {
            problems.add(new FieldProblem("category", "Select the category of abuse for the child protection plan"));
        }
    }

    public static List<FieldProblem> cinReview(PlanForm f, LocalDate planStart, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate on = date("onDay", "Date of the review", f.getOnDay(), f.getOnMonth(), f.getOnYear(), today, problems);
        if (on != null && on.isBefore(planStart)) {
            problems.add(new FieldProblem("onDay", "The review cannot be before the plan started on " + day(planStart)));
        }
        if (f.getNote().isEmpty()) {
            problems.add(new FieldProblem("note", "Enter what the review found"));
        }
        return problems;
    }

    /** A visit: seen alone only if seen; not in the future, not before the plan started, not after it ended. */
    public static List<FieldProblem> visit(PlanForm f, LocalDate planStart, LocalDate planEnd, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate on = date("onDay", "Date of the visit", f.getOnDay(), f.getOnMonth(), f.getOnYear(), today, problems);
        if (on != null && on.isBefore(planStart)) {
            problems.add(new FieldProblem("onDay", "The visit cannot be before the plan started on " + day(planStart)));
        } else if (on != null && planEnd != null && on.isAfter(planEnd)) {
            problems.add(new FieldProblem("onDay", "The visit cannot be after the plan ended on " + day(planEnd)));
        }
        if (!Set.of("yes", "no").contains(f.getSeen())) {
            problems.add(new FieldProblem("seen", "Say whether the child was seen"));
        }
        if (!Set.of("yes", "no").contains(f.getSeenAlone())) {
            problems.add(new FieldProblem("seenAlone", "Say whether the child was seen alone"));
        } else if ("yes".equals(f.getSeenAlone()) && "no".equals(f.getSeen())) {
            problems.add(new FieldProblem("seenAlone", "A child who was not seen cannot have been seen alone"));
        }
        return problems;
    }

    public static List<FieldProblem> end(PlanForm f, LocalDate planStart, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate on = date("onDay", "End date", f.getOnDay(), f.getOnMonth(), f.getOnYear(), today, problems);
        if (on != null && on.isBefore(planStart)) {
            problems.add(new FieldProblem("onDay", "The plan cannot end before it started on " + day(planStart)));
        }
        if (f.getReason().isEmpty()) {
            problems.add(new FieldProblem("reason", "Enter why the plan ends"));
        }
        return problems;
    }

    /** A date as GOV.UK writes it, "4 March 2026". */
    static String day(LocalDate date) {
        return date.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK));
    }

    /** The parsed date of a form already checked. */
    static LocalDate on(String day, String month, String year) {
        return DateFields.parse("", day, month, year).date();
    }
}
