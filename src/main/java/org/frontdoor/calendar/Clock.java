package org.frontdoor.calendar;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A statutory or local clock: when it started, when it is due and, once the work is done, when it
 * was met. Create one with {@link ClockRule#start}, or directly from stored instants.
 *
 * @param start when the clock started, such as when a contact was received
 * @param due when the work must be done by (met at exactly this instant is on time)
 * @param metAt when the work was done, or null while it is still open
 */
public record Clock(Instant start, Instant due, Instant metAt) {

    public Clock {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(due, "due");
        if (due.isBefore(start)) {
            throw new IllegalArgumentException("Due " + due + " is before start " + start);
        }
        if (metAt != null && metAt.isBefore(start)) {
            throw new IllegalArgumentException("Met " + metAt + " is before start " + start);
        }
    }

    /** An open clock. */
    public Clock(Instant start, Instant due) {
        this(start, due, null);
    }

    /** This clock, met at the given instant. */
    public Clock withMetAt(Instant when) {
        return new Clock(start, due, Objects.requireNonNull(when, "when"));
    }

    public boolean isMet() {
        return metAt != null;
    }

    /**
     * The clock's status at {@code now}. Once met, the clock is MET or MET_LATE whatever {@code now}
     * is. While open it is OVERDUE after the due instant, DUE_SOON when due within {@code
     * dueSoonWindow} (including at the due instant itself), and otherwise ON_TIME.
     */
    public ClockStatus status(Instant now, Duration dueSoonWindow) {
        if (dueSoonWindow.isNegative()) {
            throw new IllegalArgumentException("Due soon window must not be negative: " + dueSoonWindow);
        }
        if (metAt != null) {
            return metAt.isAfter(due) ? ClockStatus.MET_LATE : ClockStatus.MET;
        }
        if (now.isAfter(due)) {
            return ClockStatus.OVERDUE;
        }
        return Duration.between(now, due).compareTo(dueSoonWindow) <= 0 ? ClockStatus.DUE_SOON : ClockStatus.ON_TIME;
    }

    /**
     * Real time from {@code now} until due; negative once past due. This is wall-clock time, not
     * working time, so over a weekend it includes the weekend.
     */
    public Duration remaining(Instant now) {
        return Duration.between(now, due);
    }
}
