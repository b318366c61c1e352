package org.frontdoor.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import org.frontdoor.calendar.Holidays;

/**
 * When contacts arrive and when they are typed up. Partners ring in office hours, busiest on Mondays; schools on
 * school days; police and A&E around the clock, police busiest in the evenings and at weekends.
 */
final class ContactTimes {

    enum Pattern {
        ROUND_THE_CLOCK(new double[] {1.0, 0.95, 0.95, 1.0, 1.1, 1.35, 1.35}, 1.35, false,
                4, 3, 2.5, 2, 1.5, 1, 1, 1.5, 2.5, 3, 3, 3, 3, 3, 3, 3.5, 4, 4.5, 5, 5.5, 6, 6, 5.5, 5),
        SCHOOL_DAY(new double[] {1.3, 1.1, 1.0, 1.0, 0.9, 0, 0}, 0, true,
                0, 0, 0, 0, 0, 0, 0, 0, 2, 4, 4, 3.5, 2.5, 3, 3, 3.5, 2, 0.5),
        OFFICE_HOURS(new double[] {1.3, 1.1, 1.0, 1.0, 0.9, 0.05, 0.03}, 0.04, false,
                0, 0, 0, 0, 0, 0, 0, 0, 1.5, 3, 3.5, 3.5, 2.5, 2.5, 3, 3, 2.5, 1.5, 0.5),
        EMERGENCY_DEPARTMENT(new double[] {1.0, 1.0, 1.0, 1.0, 1.0, 1.15, 1.15}, 1.15, false,
                1.5, 1.2, 1, 0.8, 0.6, 0.5, 0.6, 0.8, 1.2, 1.6, 2, 2.2, 2.3, 2.4, 2.5, 2.6, 2.8, 3, 3.2, 3.2, 3, 2.6,
                2.2, 1.8),
        PUBLIC(new double[] {1.1, 1.0, 1.0, 1.0, 1.0, 0.7, 0.6}, 0.6, false,
                0, 0, 0, 0, 0, 0, 0, 0.3, 1, 2, 2.5, 2.5, 2, 2, 2, 2, 2, 2, 1.8, 1.5, 1.2, 0.8, 0.4);

        private final double[] weekdays;
        private final double bankHoliday;
        private final boolean schoolDaysOnly;
        private final Weighted<Integer> hours;
        private final double busiest;

        Pattern(double[] weekdays, double bankHoliday, boolean schoolDaysOnly, double... hours) {
            this.weekdays = weekdays;
            this.bankHoliday = bankHoliday;
            this.schoolDaysOnly = schoolDaysOnly;
            this.hours = Weighted.ofIndexes(hours);
            double most = bankHoliday;
            for (double w : weekdays) {
                most = Math.max(most, w);
            }
            busiest = most;
        }

        double weight(LocalDate day) {
            if (schoolDaysOnly) {
                return SchoolTerms.isSchoolDay(day) ? weekdays[day.getDayOfWeek().ordinal()] : 0;
            }
            return BANK_HOLIDAYS.contains(day) ? bankHoliday : weekdays[day.getDayOfWeek().ordinal()];
        }
    }

    private static final Holidays BANK_HOLIDAYS = Holidays.englandAndWales();

    private final LocalDate firstDay;
    private final int days;
    private final Instant end;

    ContactTimes(DemoOptions options) {
        firstDay = options.firstDay();
        days = (int) ChronoUnit.DAYS.between(firstDay, options.until());
        end = options.until().atStartOfDay(DemoOptions.ZONE).toInstant();
    }

    /** A time of receipt in the period, on a day and at an hour typical of the pattern. */
    Instant received(Pattern pattern, DemoRandom random) {
        LocalDate day;
        do {
            day = firstDay.plusDays(random.below(days));
        } while (random.nextDouble() * pattern.busiest >= pattern.weight(day));
        return day.atTime(pattern.hours.pick(random), random.below(60)).atZone(DemoOptions.ZONE).toInstant();
    }

    /**
     * When the contact was typed up: minutes to a few hours later, or the next morning for a notification that came
     * in overnight; an urgent one at once. Never after the end of the period, so nothing is in the future.
     */
    Instant recorded(Instant received, boolean immediateDanger, DemoRandom random) {
        ZonedDateTime at = received.atZone(DemoOptions.ZONE);
        Instant typed;
        if (immediateDanger) {
            typed = received.plusSeconds(60L * random.between(2, 30));
        } else if (at.getHour() >= 22 || at.getHour() < 7) {
            LocalDate morning = at.getHour() >= 22 ? at.toLocalDate().plusDays(1) : at.toLocalDate();
            typed = morning.atTime(7, 30).plusMinutes(random.below(180)).atZone(DemoOptions.ZONE).toInstant();
        } else {
            typed = received.plusSeconds(60L * (2 + (long) Math.min(480, random.exponential(50))));
        }
        typed = typed.plusSeconds(random.below(60));
        return typed.isAfter(end) ? end : typed;
    }
}
