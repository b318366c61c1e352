package org.frontdoor.screening;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** What a user is told when someone else changed a decision while they were working on it. Plain Java. */
public final class DecisionConflict {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM", Locale.UK);

    private DecisionConflict() {
    }

    /** For a worker whose form was loaded before the decision as it now stands. */
    public static String forWorker(Decision now, ZoneId zone, Instant today) {
        if (now.signedOff()) {
            return now.overseenByName() + " signed this decision off at " + when(now.overseenAt(), zone, today)
                    + " while you were working: it can no longer be changed. Your answers are below, nothing was saved";
        }
        return now.decidedByName() + " decided this at " + when(now.decidedAt(), zone, today)
                + " while you were working: your answers are below, nothing was saved";
    }

    /** For a manager who read an earlier version than the one that now stands. */
    public static String forManager(Decision now, ZoneId zone, Instant today) {
        return switch (now.status()) {
            case SIGNED_OFF -> now.overseenByName() + " signed this off at " + when(now.overseenAt(), zone, today)
                    + " while you were reading: your comment is below, nothing was saved";
            case RETURNED -> now.overseenByName() + " returned this at " + when(now.overseenAt(), zone, today)
                    + " while you were reading: your comment is below, nothing was saved";
            case AWAITING_OVERSIGHT -> now.decidedByName() + " changed this decision at "
                    + when(now.decidedAt(), zone, today)
                    + " while you were reading: read it again below; your comment is kept, nothing was saved";
        };
    }

    /** "10:42", or "10:42 on 3 March" if not today. */
    static String when(Instant at, ZoneId zone, Instant now) {
        LocalDate day = LocalDate.ofInstant(at, zone);
        String time = TIME.format(at.atZone(zone));
        return day.equals(LocalDate.ofInstant(now, zone)) ? time : time + " on " + DAY.format(day);
    }
}
