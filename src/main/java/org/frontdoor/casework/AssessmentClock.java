package org.frontdoor.casework;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.frontdoor.calendar.ClockRule;
import org.frontdoor.calendar.WorkingCalendar;

/**
 * The single assessment's clock: 45 working days from the referral date (Working Together), with optional interim
 * reviews at working days 10 and 25. Plain Java, so the arithmetic is tested without Spring.
 */
public final class AssessmentClock {

    /** Working days before the due date in which an open assessment shows as due soon. */
    static final int DUE_SOON_WORKING_DAYS = 5;

    /** The optional interim review days, as local practice sets them. */
    public static final List<Integer> CHECKPOINT_DAYS = List.of(10, 25);

    public enum Status {
        ON_TRACK("On track", "app-tag--on-time"),
        DUE_SOON("Due soon", "app-tag--due-soon"),
        OVERDUE("Overdue", "app-tag--overdue"),
        COMPLETED_ON_TIME("Completed on time", "app-tag--met"),
        COMPLETED_LATE("Completed late", "app-tag--met-late");

        private final String label;
        private final String tag;

        Status(String label, String tag) {
            this.label = label;
            this.tag = tag;
        }

        public String label() {
            return label;
        }

        /** The GOV.UK tag class the MASH board uses for the same state. */
        public String tag() {
            return "govuk-tag " + tag;
        }
    }

    /**
     * Where the clock stands: {@code workingDaysUsed} counts from the start to completion (or to today while open);
     * {@code workingDaysLeft} is negative once overdue.
     */
    public record Reading(Status status, LocalDate startedOn, LocalDate dueOn, int workingDaysUsed,
                          int workingDaysLeft) {

        public int allowed() {
            return ClockRule.SINGLE_ASSESSMENT.amount();
        }
    }

    /** An interim review: when it falls and when it was held (null if not recorded). */
    public record Checkpoint(int day, LocalDate dueOn, LocalDate heldOn) {

        public boolean held() {
            return heldOn != null;
        }
    }

    private final WorkingCalendar calendar;

    public AssessmentClock(WorkingCalendar calendar) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    /** 45 working days after the referral date (the referral day itself is not counted). */
    public LocalDate dueOn(LocalDate referralDate) {
        return calendar.addWorkingDays(referralDate, ClockRule.SINGLE_ASSESSMENT.amount());
    }

    /** The interim review at working day {@code day} of the assessment. */
    public LocalDate checkpointOn(LocalDate referralDate, int day) {
        return calendar.addWorkingDays(referralDate, day);
    }

    public List<Checkpoint> checkpoints(LocalDate startedOn, LocalDate day10HeldOn, LocalDate day25HeldOn) {
        return List.of(new Checkpoint(10, checkpointOn(startedOn, 10), day10HeldOn),
                new Checkpoint(25, checkpointOn(startedOn, 25), day25HeldOn));
    }

    /**
     * The clock on {@code today}. The due date is the stored one, computed when the assessment began, so a later
     * change to the holidays does not move an old deadline.
     */
    public Reading read(LocalDate startedOn, LocalDate dueOn, LocalDate completedOn, LocalDate today) {
        LocalDate end = completedOn != null ? completedOn : today;
        int used = end.isAfter(startedOn) ? calendar.workingDaysBetween(startedOn, end) : 0;
        int left = end.isAfter(dueOn) ? -calendar.workingDaysBetween(dueOn, end) : calendar.workingDaysBetween(end, dueOn);
        Status status;
        if (completedOn != null) {
            status = completedOn.isAfter(dueOn) ? Status.COMPLETED_LATE : Status.COMPLETED_ON_TIME;
        } else if (today.isAfter(dueOn)) {
            status = Status.OVERDUE;
        } else if (left <= DUE_SOON_WORKING_DAYS) {
            status = Status.DUE_SOON;
        } else {
            status = Status.ON_TRACK;
        }
        return new Reading(status, startedOn, dueOn, used, left);
    }
}
