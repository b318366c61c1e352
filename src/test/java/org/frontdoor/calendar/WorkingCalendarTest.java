package org.frontdoor.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class WorkingCalendarTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final WorkingCalendar calendar = WorkingCalendar.englandAndWales();

    @Test
    void weekendsAndBankHolidaysAreNotWorkingDays() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 12, 24))).isTrue(); // Wednesday
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 12, 25))).isFalse(); // Christmas Day
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 12, 27))).isFalse(); // Saturday
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 12, 28))).isFalse(); // Sunday
        // The usual dates of bank holidays that were moved in 2020 and 2022.
        assertThat(calendar.isWorkingDay(LocalDate.of(2020, 5, 4))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2020, 5, 8))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2022, 5, 30))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2022, 6, 3))).isFalse();
    }

    @Test
    void fortyFiveWorkingDaysFromTheFridayBeforeChristmas2025() {
        // Counting by hand from Friday 19 December 2025 (not itself counted):
        //   December 2025: 22, 23, 24, 29, 30, 31 (25 and 26 are bank holidays)      =  6
        //   January 2026: 22 weekdays less New Year's Day on Thursday 1st            = 21, total 27
        //   February 2026: 2-6, 9-13, 16-20 (15), then 23, 24, 25                     = 18, total 45
        assertThat(calendar.addWorkingDays(LocalDate.of(2025, 12, 19), 45)).isEqualTo(LocalDate.of(2026, 2, 25));
    }

    @Test
    void fortyFiveWorkingDaysFromTheFridayBeforeChristmas2024() {
        // Counting by hand from Friday 20 December 2024 (not itself counted):
        //   December 2024: 23, 24, 27, 30, 31 (25 and 26 are bank holidays)         =  5
        //   January 2025: 23 weekdays less New Year's Day on Wednesday 1st           = 22, total 27
        //   February 2025: 3-7, 10-14, 17-21 (15), then 24, 25, 26                    = 18, total 45
        assertThat(calendar.addWorkingDays(LocalDate.of(2024, 12, 20), 45)).isEqualTo(LocalDate.of(2025, 2, 26));
    }

    @Test
    void oneWorkingDayFromChristmasEve2021SkipsTheSubstituteDays() {
        // Friday 24 December 2021; Christmas and Boxing Day fell at the weekend, so 27 and 28 were holidays.
        assertThat(calendar.addWorkingDays(LocalDate.of(2021, 12, 24), 1)).isEqualTo(LocalDate.of(2021, 12, 29));
    }

    @Test
    void oneWorkingDayFromAFridayIsMonday() {
        assertThat(calendar.addWorkingDays(LocalDate.of(2025, 11, 7), 1)).isEqualTo(LocalDate.of(2025, 11, 10));
        assertThat(calendar.nextWorkingDay(LocalDate.of(2025, 11, 7))).isEqualTo(LocalDate.of(2025, 11, 10));
    }

    @Test
    void theStartDateIsNotCountedEvenWhenItIsNotAWorkingDay() {
        // Saturday 8 November 2025: the first working day after it is Monday 10th.
        assertThat(calendar.addWorkingDays(LocalDate.of(2025, 11, 8), 1)).isEqualTo(LocalDate.of(2025, 11, 10));
        assertThat(calendar.addWorkingDays(LocalDate.of(2025, 11, 8), 2)).isEqualTo(LocalDate.of(2025, 11, 11));
    }

    @Test
    void zeroWorkingDaysIsTheDateItselfOrTheNextWorkingDay() {
        assertThat(calendar.addWorkingDays(LocalDate.of(2025, 11, 7), 0)).isEqualTo(LocalDate.of(2025, 11, 7));
        assertThat(calendar.addWorkingDays(LocalDate.of(2025, 11, 8), 0)).isEqualTo(LocalDate.of(2025, 11, 10));
        // Christmas Day 2025 is a Thursday; Boxing Day Friday, then the weekend.
        assertThat(calendar.addWorkingDays(LocalDate.of(2025, 12, 25), 0)).isEqualTo(LocalDate.of(2025, 12, 29));
    }

    @Test
    void initialChildProtectionConferenceFifteenWorkingDaysAfterTheStrategyDiscussion() {
        // Strategy discussion Wednesday 10 December 2025: 11, 12, 15-19, 22-24, 29-31 December (13),
        // then 2 and 5 January (1 January is a bank holiday).
        assertThat(calendar.addWorkingDays(LocalDate.of(2025, 12, 10), 15)).isEqualTo(LocalDate.of(2026, 1, 5));
    }

    @Test
    void workingDaysBetweenCountsDaysAfterFromUpToAndIncludingTo() {
        assertThat(calendar.workingDaysBetween(LocalDate.of(2025, 12, 19), LocalDate.of(2026, 2, 25))).isEqualTo(45);
        assertThat(calendar.workingDaysBetween(LocalDate.of(2025, 11, 7), LocalDate.of(2025, 11, 7))).isZero();
        assertThat(calendar.workingDaysBetween(LocalDate.of(2025, 11, 7), LocalDate.of(2025, 11, 9))).isZero();
        assertThat(calendar.workingDaysBetween(LocalDate.of(2025, 11, 7), LocalDate.of(2025, 11, 10))).isEqualTo(1);
        assertThatThrownBy(() -> calendar.workingDaysBetween(LocalDate.of(2025, 11, 10), LocalDate.of(2025, 11, 7)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesYearsWithoutBankHolidayData() {
        assertThatThrownBy(() -> calendar.isWorkingDay(LocalDate.of(2031, 1, 2)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("No bank holiday data for year 2031 (data covers 2018 to 2030)");
        assertThatThrownBy(() -> calendar.isWorkingDay(LocalDate.of(2017, 12, 29)))
                .hasMessageContaining("year 2017");
        // Tuesday 31 December 2030 is fine; the working day after it needs 2031.
        assertThat(calendar.addWorkingDays(LocalDate.of(2030, 12, 30), 1)).isEqualTo(LocalDate.of(2030, 12, 31));
        assertThatThrownBy(() -> calendar.addWorkingDays(LocalDate.of(2030, 12, 31), 1))
                .hasMessageContaining("year 2031");
    }

    @Test
    void negativeCountsAreRejected() {
        assertThatThrownBy(() -> calendar.addWorkingDays(LocalDate.of(2025, 11, 7), -1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> calendar.dueInHours(at(2025, 11, 7, 9, 0), -1, false))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void dueInWorkingDaysKeepsTheTimeOfDay() {
        assertThat(calendar.dueInWorkingDays(at(2025, 11, 7, 16, 30), 1)).isEqualTo(at(2025, 11, 10, 16, 30));
        // Across the start of British Summer Time (Sunday 29 March 2026): 09:00 GMT Friday is due
        // 09:00 BST Monday, which is 71 real hours later.
        ZonedDateTime due = calendar.dueInWorkingDays(at(2026, 3, 27, 9, 0), 1);
        assertThat(due).isEqualTo(at(2026, 3, 30, 9, 0));
        assertThat(calendar.elapsed(at(2026, 3, 27, 9, 0), due, false)).isEqualTo(Duration.ofHours(71));
    }

    @Test
    void hoursAcrossTheStartOfSummerTimeAreRealHours() {
        // Clocks go forward at 01:00 GMT on Sunday 29 March 2026, so 00:30 + 4 hours is 05:30 BST.
        ZonedDateTime start = at(2026, 3, 29, 0, 30);
        ZonedDateTime due = calendar.dueInHours(start, 4, false);
        assertThat(due.toLocalDateTime()).isEqualTo(start.toLocalDate().atTime(5, 30));
        assertThat(calendar.elapsed(start, due, false)).isEqualTo(Duration.ofHours(4));
        // 24 hours from Saturday noon GMT is Sunday 13:00 BST.
        assertThat(calendar.dueInHours(at(2026, 3, 28, 12, 0), 24, false)).isEqualTo(at(2026, 3, 29, 13, 0));
    }

    @Test
    void hoursAcrossTheEndOfSummerTimeAreRealHours() {
        // Clocks go back at 02:00 BST on Sunday 25 October 2026, so 00:30 BST + 4 hours is 03:30 GMT.
        ZonedDateTime due = calendar.dueInHours(at(2026, 10, 25, 0, 30), 4, false);
        assertThat(due.toLocalDateTime()).isEqualTo(LocalDate.of(2026, 10, 25).atTime(3, 30));
    }

    @Test
    void workingHoursSkipWholeNonWorkingDays() {
        // Sunday 29 March 2026 does not count at all: 4 working hours run from Monday midnight.
        assertThat(calendar.dueInHours(at(2026, 3, 29, 0, 30), 4, true)).isEqualTo(at(2026, 3, 30, 4, 0));
        // Friday 10:00 has 14 hours left that day; the other 10 come on Monday.
        ZonedDateTime friday = at(2026, 1, 9, 10, 0);
        ZonedDateTime monday = calendar.dueInHours(friday, 24, true);
        assertThat(monday).isEqualTo(at(2026, 1, 12, 10, 0));
        assertThat(calendar.elapsed(friday, monday, true)).isEqualTo(Duration.ofHours(24));
        assertThat(calendar.elapsed(friday, monday, false)).isEqualTo(Duration.ofHours(72));
    }

    @Test
    void workingHoursEndAtTheEarliestInstant() {
        // Exactly the rest of Friday: due at midnight, not Monday morning.
        assertThat(calendar.dueInHours(at(2026, 1, 9, 10, 0), 14, true)).isEqualTo(at(2026, 1, 10, 0, 0));
        // Nothing to wait for: due at once, even at the weekend.
        assertThat(calendar.dueInHours(at(2026, 1, 10, 10, 0), 0, true)).isEqualTo(at(2026, 1, 10, 10, 0));
    }

    @Test
    void elapsedWorkingTimeOverAWeekendOrHolidayIsZero() {
        assertThat(calendar.elapsed(at(2026, 1, 10, 10, 0), at(2026, 1, 11, 20, 0), true)).isZero();
        assertThat(calendar.elapsed(at(2025, 12, 25, 9, 0), at(2025, 12, 28, 23, 0), true)).isZero();
        // Up to exactly midnight at the end of 2030 needs no data for 2031.
        assertThat(calendar.elapsed(at(2030, 12, 31, 12, 0), at(2031, 1, 1, 0, 0), true)).isEqualTo(Duration.ofHours(12));
    }

    @Test
    void elapsedBackwardsIsNegative() {
        assertThat(calendar.elapsed(at(2026, 1, 12, 10, 0), at(2026, 1, 9, 10, 0), true)).isEqualTo(Duration.ofHours(-24));
        assertThat(calendar.elapsed(at(2026, 1, 12, 10, 0), at(2026, 1, 9, 10, 0), false)).isEqualTo(Duration.ofHours(-72));
    }

    private static ZonedDateTime at(int year, int month, int day, int hour, int minute) {
        return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, LONDON);
    }
}
