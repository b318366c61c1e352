package org.frontdoor.casework;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.frontdoor.intake.FieldProblem;

/**
 * When a referral (a child in need episode) may close, and with which DfE reason. A reason that contradicts the
 * record is refused: RC8 says the assessment found no need for further action, which a plan or an s47 enquiry in the
 * same episode shows to be untrue; RC9 says the family went to early help, which the record must show.
 */
public final class ClosureRules {

    /**
     * What the record shows about the referral and the child.
     *
     * @param referralDate       the day the referral was made
     * @param assessmentOpen     a single assessment of the child is not yet completed
     * @param s47Open            a section 47 enquiry of the child is not yet completed
     * @param openPlanKind       "CP" or "CIN" if the child has a plan that has not ended, else null
     * @param assessmentOutcome  the outcome of the referral's completed assessment, or null if none is completed
     * @param hadCpPlan          a child protection plan started in this episode (on or after the referral date)
     * @param hadCinPlan         a child in need plan started in this episode
     * @param hadS47             a section 47 enquiry started in this episode
     * @param earlyHelpStarted   an early help episode started on or after the referral date
     */
    public record Facts(LocalDate referralDate, boolean assessmentOpen, boolean s47Open, String openPlanKind,
                        String assessmentOutcome, boolean hadCpPlan, boolean hadCinPlan, boolean hadS47,
                        boolean earlyHelpStarted) {
    }

    private ClosureRules() {
    }

    /** Problems with closing on {@code closedOn} for {@code reason}; empty when the closure may be requested. */
    public static List<FieldProblem> check(ClosureReason reason, LocalDate closedOn, String note, Facts f,
                                           LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (reason == null) {
            problems.add(new FieldProblem("reasonCode", "Select the reason for closure"));
        }
        if (closedOn != null && closedOn.isAfter(today)) {
            problems.add(new FieldProblem("closedOnDay", "The closure date must be today or in the past"));
        } else if (closedOn != null && closedOn.isBefore(f.referralDate())) {
            problems.add(new FieldProblem("closedOnDay", "The closure date must be on or after the referral date ("
                    + day(f.referralDate()) + ")"));
        }
        if (note == null || note.isBlank()) {
            problems.add(new FieldProblem("note", "Enter why the case is closing"));
        }
        if (f.assessmentOpen()) {
            problems.add(new FieldProblem(null, "The single assessment is still open: complete it before closing"));
        }
        if (f.s47Open()) {
            problems.add(new FieldProblem(null, "The section 47 enquiry is still open: complete it before closing"));
        }
        if (f.openPlanKind() != null) {
            problems.add(new FieldProblem(null, "The " + planName(f.openPlanKind())
                    + " is still open: end the plan before closing"));
        }
        if (reason == ClosureReason.RC8) {
            rc8(f, problems);
        }
        if (reason == ClosureReason.RC9 && !"EARLY_HELP".equals(f.assessmentOutcome()) && !f.earlyHelpStarted()) {
            problems.add(new FieldProblem("reasonCode", "RC9 (closed after assessment, referred to early help) needs "
                    + "an assessment ending in early help, or an early help episode started after the referral"));
        }
        return problems;
    }

    /** RC8 is "closed after assessment, no further action": the assessment must be the end of the story. */
    private static void rc8(Facts f, List<FieldProblem> problems) {
        if (f.hadCpPlan()) {
            problems.add(new FieldProblem("reasonCode", "RC8 cannot follow a child protection plan: choose the "
                    + "reason the plan’s work ended, such as RC7"));
        } else if (f.hadCinPlan()) {
            problems.add(new FieldProblem("reasonCode", "RC8 cannot follow a child in need plan: choose the "
                    + "reason the plan’s work ended, such as RC7"));
        } else if (f.hadS47()) {
            problems.add(new FieldProblem("reasonCode", "RC8 cannot follow a section 47 enquiry: choose the "
                    + "reason the work ended, such as RC7"));
        } else if (f.assessmentOutcome() == null) {
            problems.add(new FieldProblem("reasonCode", "RC8 (closed after assessment, no further action) needs a "
                    + "completed assessment for this referral"));
        }
    }

    /** "2 March 2026", as GOV.UK writes dates in messages. */
    static String day(LocalDate date) {
        return java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK).format(date);
    }

    private static String planName(String kind) {
        return "CP".equals(kind) ? "child protection plan" : "child in need plan";
    }
}
