package org.frontdoor.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.SortedSet;

/**
 * Working days and the due dates and elapsed time built on them. See the {@linkplain
 * org.frontdoor.calendar package documentation} for the conventions.
 *
 * <p>Every method that needs to know whether a date is a working day throws {@link
 * IllegalArgumentException} ("no bank holiday data for year X") if the holidays do not cover that
 * date's year. Give it the national data plus any local closures, not closures alone.
 */
public final class WorkingCalendar {

    private final Holidays holidays;

    public WorkingCalendar(Holidays holidays) {
        this.holidays = Objects.requireNonNull(holidays, "holidays");
    }

    /** England and Wales bank holidays, with no local closures. */
    public static WorkingCalendar englandAndWales() {
        return new WorkingCalendar(Holidays.englandAndWales());
    }

    public Holidays holidays() {
        return holidays;
    }

    /** Monday to Friday and not a holiday. */
    public boolean isWorkingDay(LocalDate date) {
        if (!holidays.covers(date)) {
            SortedSet<Year> covered = holidays.coveredYears();
            throw new IllegalArgumentException("No bank holiday data for year " + Year.from(date)
                    + (covered.isEmpty() ? " (no data loaded)" : " (data covers " + covered.first() + " to "
                            + covered.last() + ")"));
        }
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !holidays.contains(date);
    }

    /** The first working day strictly after {@code date}. */
    public LocalDate nextWorkingDay(LocalDate date) {
        LocalDate next = date.plusDays(1);
        while (!isWorkingDay(next)) {
            next = next.plusDays(1);
        }
        return next;
    }

    /**
     * The Nth working day after {@code date}; {@code date} itself is not counted, whatever kind of
     * day it is. So 1 working day from a Friday is the next Monday, unless that is a bank holiday.
     *
     * <p>For {@code n = 0} the result is {@code date} if it is a working day, otherwise the next
     * working day: "due today" on a Saturday can only be met on Monday. So from a non-working
     * {@code date}, 0 and 1 working days give the same answer.
     *
     * @throws IllegalArgumentException if n is negative or a year on the way is not covered
     */
    public LocalDate addWorkingDays(LocalDate date, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("Number of working days must not be negative: " + n);
        }
        if (n == 0) {
            return isWorkingDay(date) ? date : nextWorkingDay(date);
        }
        LocalDate result = date;
        for (int i = 0; i < n; i++) {
            result = nextWorkingDay(result);
        }
        return result;
    }

    /**
     * How many working days there are after {@code from}, up to and including {@code to}. This is
     * the inverse of {@link #addWorkingDays}: {@code workingDaysBetween(d, addWorkingDays(d, n)) ==
     * n} for every n of 1 or more (and for n = 0 when d is a working day).
     *
     * @throws IllegalArgumentException if {@code to} is before {@code from}
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException(to + " is before " + from);
        }
        int count = 0;
        for (LocalDate date = from.plusDays(1); !date.isAfter(to); date = date.plusDays(1)) {
            if (isWorkingDay(date)) {
                count++;
            }
        }
        return count;
    }

    /**
     * The same local time of day on the Nth working day after {@code start}'s date, as {@link
     * #addWorkingDays} counts them. A contact at 16:30 on Friday with a 1 working day rule is due at
     * 16:30 on Monday: keeping the time of day gives the full period the rule intends, where "end
     * of that day" would quietly add most of a day.
     *
     * <p>If that time does not exist on the due date (the hour skipped when British Summer Time
     * starts) it moves forward by the length of the gap; if it happens twice (when BST ends), the
     * earlier is used unless {@code start} has the later offset.
     */
    public ZonedDateTime dueInWorkingDays(ZonedDateTime start, int n) {
        LocalDate dueDate = addWorkingDays(start.toLocalDate(), n);
        return ZonedDateTime.ofLocal(
                LocalDateTime.of(dueDate, start.toLocalTime()), start.getZone(), start.getOffset());
    }

    /** {@link #dueAfter} for a whole number of hours. */
    public ZonedDateTime dueInHours(ZonedDateTime start, long hours, boolean skipNonWorkingDays) {
        return dueAfter(start, Duration.ofHours(hours), skipNonWorkingDays);
    }

    /**
     * When {@code duration} of time will have passed since {@code start}, in {@code start}'s zone.
     * Time is real elapsed time, so 4 hours from 00:30 on the day British Summer Time starts is
     * 05:30 on the wall clock.
     *
     * <p>With {@code skipNonWorkingDays}, time on weekends and holidays (whole calendar days,
     * midnight to midnight in {@code start}'s zone) does not count. The result is the earliest
     * instant at which {@link #elapsed elapsed(start, result, true)} equals {@code duration}: for
     * example exactly midnight at the end of a Friday, not the Monday morning after it.
     *
     * @throws IllegalArgumentException if duration is negative
     */
    public ZonedDateTime dueAfter(ZonedDateTime start, Duration duration, boolean skipNonWorkingDays) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("Duration must not be negative: " + duration);
        }
        ZoneId zone = start.getZone();
        if (!skipNonWorkingDays) {
            return start.toInstant().plus(duration).atZone(zone);
        }
        if (duration.isZero()) {
            return start;
        }
        Instant current = start.toInstant();
        Duration remaining = duration;
        LocalDate date = start.toLocalDate();
        while (true) {
            Instant endOfDay = startOfDay(date.plusDays(1), zone);
            if (isWorkingDay(date)) {
                Duration available = Duration.between(current, endOfDay);
                if (remaining.compareTo(available) <= 0) {
                    return current.plus(remaining).atZone(zone);
                }
                remaining = remaining.minus(available);
            }
            current = endOfDay;
            date = date.plusDays(1);
        }
    }

    /**
     * The real time from {@code from} to {@code to} (negative if {@code to} is earlier). With
     * {@code excludeNonWorkingDays}, time on weekends and holidays does not count, with days
     * bounded by midnight in {@code from}'s zone: the inverse of {@link #dueAfter}.
     */
    public Duration elapsed(ZonedDateTime from, ZonedDateTime to, boolean excludeNonWorkingDays) {
        if (to.isBefore(from)) {
            return elapsed(to.withZoneSameInstant(from.getZone()), from, excludeNonWorkingDays).negated();
        }
        if (!excludeNonWorkingDays) {
            return Duration.between(from.toInstant(), to.toInstant());
        }
        ZoneId zone = from.getZone();
        Instant end = to.toInstant();
        Duration total = Duration.ZERO;
        Instant current = from.toInstant();
        // Only days that overlap [from, to) are looked at, so a "to" of exactly midnight never needs
        // the following day's year to be covered.
        for (LocalDate date = from.toLocalDate(); current.isBefore(end); date = date.plusDays(1)) {
            Instant endOfDay = startOfDay(date.plusDays(1), zone);
            Instant until = endOfDay.isBefore(end) ? endOfDay : end;
            if (isWorkingDay(date)) {
                total = total.plus(Duration.between(current, until));
            }
            current = until;
        }
        return total;
    }

    private static Instant startOfDay(LocalDate date, ZoneId zone) {
        return date.atStartOfDay(zone).toInstant();
    }

    @Override
    public String toString() {
        return "WorkingCalendar[" + holidays + "]";
    }
}
