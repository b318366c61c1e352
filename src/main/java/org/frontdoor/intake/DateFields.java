package org.frontdoor.intake;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;

/** GOV.UK date inputs arrive as three boxes; this turns them into a date or says what is wrong, in words. */
public final class DateFields {

    /** A parsed date, or the message to show; both null when all three boxes were left empty. */
    public record Parsed(LocalDate date, String problem) {
    }

    private DateFields() {
    }

    public static Parsed parse(String what, String day, String month, String year) {
        if (day.isBlank() && month.isBlank() && year.isBlank()) {
            return new Parsed(null, null);
        }
        if (day.isBlank() || month.isBlank() || year.isBlank()) {
            return new Parsed(null, what + " must include a day, month and year");
        }
        if (!year.matches("[0-9]{4}")) {
            return new Parsed(null, "Year must include 4 numbers");
        }
        try {
            return new Parsed(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)), null);
        } catch (NumberFormatException | DateTimeException e) {
            return new Parsed(null, what + " must be a real date");
        }
    }

    /** "14:05", "9.30", "0930" as people type times. */
    public static LocalTime time(String typed) {
        String t = typed.strip().replace('.', ':');
        if (t.matches("[0-9]{3,4}")) {
            t = t.substring(0, t.length() - 2) + ":" + t.substring(t.length() - 2);
        }
        if (!t.matches("[0-9]{1,2}:[0-9]{2}")) {
            return null;
        }
        String[] parts = t.split(":");
        try {
            return LocalTime.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
