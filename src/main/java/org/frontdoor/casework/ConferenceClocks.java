package org.frontdoor.casework;

import java.time.LocalDate;
import org.frontdoor.calendar.ClockRule;
import org.frontdoor.calendar.ClockStatus;
import org.frontdoor.calendar.WorkingCalendar;

/**
 * The child protection clocks (Working Together to Safeguard Children). Plain Java: no Spring, no database.
 * Month-based clocks use {@link LocalDate#plusMonths}, which keeps the day of the month or falls back to the last
 * day of a shorter month: an ICPC on 30 November has its first review by 28 (or 29) February, never in March.
 */
public final class ConferenceClocks {

    /** First review conference: within 3 months of the initial conference. */
    public static final int FIRST_REVIEW_MONTHS = 3;
    /** Later review conferences: within 6 months of the previous review. */
    public static final int LATER_REVIEW_MONTHS = 6;
    /** Child in need plan reviews. Local practice, not statute: this LA reviews CIN plans every 3 months. */
    public static final int CIN_REVIEW_MONTHS = 3;
    /** How close a date-only deadline must be to show as "due soon". */
    public static final int DUE_SOON_DAYS = 7;

    private ConferenceClocks() {
    }

    /** Initial child protection conference: 15 working days from the strategy discussion that started the s47. */
    public static LocalDate icpcDue(LocalDate strategyDiscussion, WorkingCalendar calendar) {
        return calendar.addWorkingDays(strategyDiscussion,
                ClockRule.INITIAL_CHILD_PROTECTION_CONFERENCE.amount());
    }

    /**
     * The next review conference for a CP plan.
     *
     * @param initialConference the day of the ICPC that started the plan
     * @param lastReview        the day of the latest review conference, or null if none has been held
     */
    public static LocalDate reviewConferenceDue(LocalDate initialConference, LocalDate lastReview) {
        return lastReview == null ? initialConference.plusMonths(FIRST_REVIEW_MONTHS)
                : lastReview.plusMonths(LATER_REVIEW_MONTHS);
    }

    /** The next review of a child in need plan: 3 months from the start, then from each review (local practice). */
    public static LocalDate cinReviewDue(LocalDate started, LocalDate lastReview) {
        return (lastReview == null ? started : lastReview).plusMonths(CIN_REVIEW_MONTHS);
    }

    /** Where a date-only deadline stands: held on the due day is on time; overdue from the day after. */
    public static ClockStatus status(LocalDate due, LocalDate heldOn, LocalDate today) {
        if (heldOn != null) {
            return heldOn.isAfter(due) ? ClockStatus.MET_LATE : ClockStatus.MET;
        }
        if (today.isAfter(due)) {
            return ClockStatus.OVERDUE;
        }
        return today.plusDays(DUE_SOON_DAYS).isBefore(due) ? ClockStatus.ON_TIME : ClockStatus.DUE_SOON;
    }
}
