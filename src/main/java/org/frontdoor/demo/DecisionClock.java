package org.frontdoor.demo;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import org.frontdoor.calendar.ClockRule;
import org.frontdoor.calendar.WorkingCalendar;

/**
 * When the decision on a child named in a contact falls due: one working day after receipt, in London. The bundled
 * bank holidays start in 2018, so a ten-year borough's earliest contacts skip weekends only, as V5 moved old ones.
 */
final class DecisionClock {

    private static final WorkingCalendar CALENDAR = WorkingCalendar.englandAndWales();

    private DecisionClock() {
    }

    static Instant due(Instant received) {
        ZonedDateTime start = received.atZone(DemoOptions.ZONE);
        LocalDate day = start.toLocalDate();
        // Two weeks ahead covers the longest run of closed days, Christmas to New Year.
        if (CALENDAR.holidays().covers(day) && CALENDAR.holidays().covers(day.plusDays(14))) {
            return ClockRule.CONTACT_DECISION.due(start, CALENDAR).toInstant();
        }
        LocalDate next = day.plusDays(1);
        while (next.getDayOfWeek() == DayOfWeek.SATURDAY || next.getDayOfWeek() == DayOfWeek.SUNDAY) {
            next = next.plusDays(1);
        }
        return ZonedDateTime.ofLocal(LocalDateTime.of(next, start.toLocalTime()), DemoOptions.ZONE, start.getOffset())
                .toInstant();
    }
}
