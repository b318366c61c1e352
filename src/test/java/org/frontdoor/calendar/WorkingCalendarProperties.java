package org.frontdoor.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

class WorkingCalendarProperties {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    // Dates up to mid-2030 so that 100 working days later is still inside the bundled data.
    private static final LocalDate FIRST = LocalDate.of(2018, 1, 1);
    private static final LocalDate LAST = LocalDate.of(2030, 6, 30);

    private final WorkingCalendar calendar = WorkingCalendar.englandAndWales();
    private final Holidays holidays = Holidays.englandAndWales();

    @Property
    void addingWorkingDaysNeverLandsOnAWeekendOrHoliday(
            @ForAll("dates") LocalDate date, @ForAll @IntRange(max = 100) int n) {
        LocalDate due = calendar.addWorkingDays(date, n);
        assertThat(due.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        assertThat(holidays.contains(due)).isFalse();
        assertThat(due).isAfterOrEqualTo(date);
    }

    @Property
    void workingDaysBetweenIsTheInverseOfAddWorkingDays(
            @ForAll("dates") LocalDate date, @ForAll @IntRange(min = 1, max = 100) int n) {
        assertThat(calendar.workingDaysBetween(date, calendar.addWorkingDays(date, n))).isEqualTo(n);
    }

    @Property
    void zeroWorkingDaysFromAWorkingDayIsThatDay(@ForAll("dates") LocalDate date) {
        Assume.that(calendar.isWorkingDay(date));
        assertThat(calendar.addWorkingDays(date, 0)).isEqualTo(date);
        assertThat(calendar.workingDaysBetween(date, date)).isZero();
    }

    @Property
    void addWorkingDaysBackToAWorkingDay(@ForAll("dates") LocalDate from, @ForAll @IntRange(min = 1, max = 140) int days) {
        LocalDate to = from.plusDays(days);
        Assume.that(calendar.isWorkingDay(to));
        assertThat(calendar.addWorkingDays(from, calendar.workingDaysBetween(from, to))).isEqualTo(to);
    }

    @Property
    void addWorkingDaysIsMonotonic(@ForAll("dates") LocalDate date, @ForAll @IntRange(max = 99) int n) {
        // Not strictly from 0 to 1: from a non-working day both are the next working day.
        assertThat(calendar.addWorkingDays(date, n + 1)).isAfterOrEqualTo(calendar.addWorkingDays(date, n));
    }

    @Property
    void eachExtraWorkingDayIsTheNextWorkingDay(
            @ForAll("dates") LocalDate date, @ForAll @IntRange(min = 1, max = 99) int n) {
        LocalDate due = calendar.addWorkingDays(date, n);
        assertThat(calendar.addWorkingDays(date, n + 1)).isAfter(due).isEqualTo(calendar.nextWorkingDay(due));
    }

    @Property
    void workingDaysBetweenAddsUp(
            @ForAll("dates") LocalDate a, @ForAll @IntRange(max = 60) int ab, @ForAll @IntRange(max = 60) int bc) {
        LocalDate b = a.plusDays(ab);
        LocalDate c = b.plusDays(bc);
        assertThat(calendar.workingDaysBetween(a, c))
                .isEqualTo(calendar.workingDaysBetween(a, b) + calendar.workingDaysBetween(b, c));
    }

    @Property
    void dueInWorkingDaysKeepsTheTimeOfDayOnAWorkingDay(
            @ForAll("times") ZonedDateTime start, @ForAll @IntRange(max = 100) int n) {
        ZonedDateTime due = calendar.dueInWorkingDays(start, n);
        assertThat(due.toLocalDate()).isEqualTo(calendar.addWorkingDays(start.toLocalDate(), n));
        // Clocks in England change on Sundays, so every time exists on a working day.
        assertThat(due.toLocalTime()).isEqualTo(start.toLocalTime());
    }

    @Property
    void elapsedUndoesDueAfter(
            @ForAll("times") ZonedDateTime start, @ForAll("durations") Duration duration, @ForAll boolean skip) {
        ZonedDateTime due = calendar.dueAfter(start, duration, skip);
        assertThat(calendar.elapsed(start, due, skip)).isEqualTo(duration);
        assertThat(calendar.elapsed(due, start, skip)).isEqualTo(duration.negated());
    }

    @Property
    void skippingNonWorkingDaysNeverMakesAClockDueSooner(
            @ForAll("times") ZonedDateTime start, @ForAll("durations") Duration duration) {
        ZonedDateTime plain = calendar.dueAfter(start, duration, false);
        ZonedDateTime working = calendar.dueAfter(start, duration, true);
        assertThat(working.toInstant()).isAfterOrEqualTo(plain.toInstant());
        assertThat(calendar.elapsed(start, working, false)).isGreaterThanOrEqualTo(duration);
    }

    @Property
    void dueAfterIsMonotonic(
            @ForAll("times") ZonedDateTime start,
            @ForAll("durations") Duration shorter,
            @ForAll("durations") Duration extra,
            @ForAll boolean skip) {
        ZonedDateTime first = calendar.dueAfter(start, shorter, skip);
        ZonedDateTime second = calendar.dueAfter(start, shorter.plus(extra), skip);
        assertThat(second.toInstant()).isAfterOrEqualTo(first.toInstant());
    }

    @Property
    void workingHoursNeverEndInsideANonWorkingDay(
            @ForAll("times") ZonedDateTime start, @ForAll("durations") Duration duration) {
        Assume.that(!duration.isZero());
        ZonedDateTime due = calendar.dueAfter(start, duration, true);
        // Either on a working day, or exactly at the midnight that ends one.
        boolean onWorkingDay = calendar.isWorkingDay(due.toLocalDate());
        boolean midnightAfterWorkingDay = due.equals(due.toLocalDate().atStartOfDay(LONDON))
                && calendar.isWorkingDay(due.toLocalDate().minusDays(1));
        assertThat(onWorkingDay || midnightAfterWorkingDay).isTrue();
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.longs().between(0, ChronoUnit.DAYS.between(FIRST, LAST)).map(FIRST::plusDays);
    }

    /** Times to the minute across the range, a third of them on the weekends the clocks change. */
    @Provide
    Arbitrary<ZonedDateTime> times() {
        Arbitrary<LocalDate> clockChangeWeekends = Arbitraries.integers().between(2018, 2029)
                .flatMap(year -> Arbitraries.of(Month.MARCH, Month.OCTOBER)
                        .map(month -> LocalDate.of(year, month, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.SUNDAY))))
                .flatMap(sunday -> Arbitraries.integers().between(-2, 1).map(sunday::plusDays));
        return Arbitraries.frequencyOf(Tuple.of(2, dates()), Tuple.of(1, clockChangeWeekends))
                .flatMap(date -> Arbitraries.integers().between(0, 24 * 60 - 1)
                        .map(minute -> date.atStartOfDay(LONDON).plusMinutes(minute)));
    }

    /** Up to about three weeks, to the minute. */
    @Provide
    Arbitrary<Duration> durations() {
        return Arbitraries.longs().between(0, 500 * 60).map(Duration::ofMinutes);
    }
}
