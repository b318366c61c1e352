package org.frontdoor.screening;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.frontdoor.intake.DateFields;

/**
 * When a partner's answer is due, and reading the date and time a worker types. Plain Java, so the rule is tested
 * without Spring.
 */
final class InformationRequestDue {

    /** Answers should arrive in time to weigh them before the screening deadline. */
    static final Duration BEFORE_DEADLINE = Duration.ofHours(2);
    /** Nobody can check their systems in less; so a deadline already near or past still gives partners an hour. */
    static final Duration AT_LEAST = Duration.ofHours(1);
    /** A contact with no child's clock (should not happen) still gets a same-day answer. */
    static final Duration WITHOUT_DEADLINE = Duration.ofHours(4);

    /** A date and time, or the message to show; both null when every box was left empty. */
    record Parsed(Instant at, String problem) {
    }

    private InformationRequestDue() {
    }

    /** The due time offered on the form: two hours before the deadline, but at least an hour from now. */
    static Instant suggested(Instant deadline, Instant now) {
        Instant due = deadline == null ? now.plus(WITHOUT_DEADLINE) : deadline.minus(BEFORE_DEADLINE);
        Instant earliest = now.plus(AT_LEAST);
        if (due.isBefore(earliest)) {
            due = earliest;
        }
        Instant minute = due.truncatedTo(ChronoUnit.MINUTES);
        return minute.equals(due) ? due : minute.plus(Duration.ofMinutes(1));
    }

    /** Three date boxes and a time ("14:05", "9.30", "0930"); {@code what} names it in messages ("The due date"). */
    static Parsed parse(String what, String day, String month, String year, String time, ZoneId zone) {
        if (day.isBlank() && month.isBlank() && year.isBlank() && time.isBlank()) {
            return new Parsed(null, null);
        }
        DateFields.Parsed date = DateFields.parse(what, day.strip(), month.strip(), year.strip());
        if (date.problem() != null) {
            return new Parsed(null, date.problem());
        }
        if (date.date() == null) {
            return new Parsed(null, what + " must include a day, month and year");
        }
        LocalTime t = DateFields.time(time);
        if (t == null) {
            return new Parsed(null, "Enter the time, like 09:30 or 14:05");
        }
        return new Parsed(date.date().atTime(t).atZone(zone).toInstant(), null);
    }
}
