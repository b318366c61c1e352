package org.frontdoor.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * What a user is told when someone else saved the same record after they opened the form: who, and when, so that
 * they know whom to ask. Plain Java.
 */
public final class ChangedMeanwhile {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private ChangedMeanwhile() {
    }

    /** For example "Tom Turner changed this target at 10:42 while you were working. Nothing was saved: ...". */
    public static String message(String what, String byName, Instant at, ZoneId zone, Instant now) {
        String who = byName == null || byName.isBlank() ? "Someone else" : byName;
        return who + " changed " + what + (at == null ? "" : " at " + when(at, zone, now))
                + " while you were working. Nothing was saved: what you typed is below. Check it against what "
                + who + " saved, then save again";
    }

    /** "10:42", or "10:42 on 3 March 2026" if not today: for records given once, whose own message says what happened. */
    public static String when(Instant at, ZoneId zone, Instant now) {
        LocalDate day = LocalDate.ofInstant(at, zone);
        String time = TIME.format(at.atZone(zone));
        return day.equals(LocalDate.ofInstant(now, zone)) ? time : time + " on " + DAY.format(day);
    }
}
