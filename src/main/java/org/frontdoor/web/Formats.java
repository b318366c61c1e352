package org.frontdoor.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Dates and times as GOV.UK style writes them ("23 November 2026", "9:05am"), in the service's time zone. */
@Component("fmt")
public class Formats {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, h:mma", Locale.UK);
    private static final DateTimeFormatter DATE_TIME_SECONDS = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss", Locale.UK);

    private final ZoneId zone;

    public Formats(@Value("${frontdoor.zone}") String zone) {
        this.zone = ZoneId.of(zone);
    }

    /** Where a clock stands now; "due soon" in its last two hours, as the MASH board shows it. */
    public org.frontdoor.calendar.ClockStatus clock(Instant start, Instant due) {
        return new org.frontdoor.calendar.Clock(start, due).status(Instant.now(), java.time.Duration.ofHours(2));
    }

    /** The tag class for a clock's status, e.g. "app-tag--overdue". */
    public String clockTag(org.frontdoor.calendar.ClockStatus status) {
        return "app-tag--" + status.name().toLowerCase().replace('_', '-');
    }

    public String date(LocalDate date) {
        return date == null ? "Not known" : DATE.format(date);
    }

    /** The day an instant falls on, for things recorded by date only (such as when consent was given). */
    public String day(Instant at) {
        return at == null ? "" : DATE.format(at.atZone(zone));
    }

    public String dateTime(Instant at) {
        return at == null ? "" : DATE_TIME.format(at.atZone(zone)).replace("AM", "am").replace("PM", "pm");
    }

    public String dateTimeSeconds(Instant at) {
        return at == null ? "" : DATE_TIME_SECONDS.format(at.atZone(zone));
    }

    /** "7 years", "10 months" or "3 weeks", for a child's age today. */
    public String age(LocalDate dob) {
        if (dob == null) {
            return "Age not known";
        }
        LocalDate today = LocalDate.now(zone);
        if (dob.isAfter(today)) {
            return "Unborn (due " + DATE.format(dob) + ")";
        }
        Period p = Period.between(dob, today);
        if (p.getYears() >= 2) {
            return p.getYears() + " years";
        }
        long months = p.toTotalMonths();
        if (months >= 1) {
            return months + (months == 1 ? " month" : " months");
        }
        long weeks = java.time.temporal.ChronoUnit.WEEKS.between(dob, today);
        return weeks + (weeks == 1 ? " week" : " weeks");
    }
}
