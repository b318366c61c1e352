package org.frontdoor.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import org.frontdoor.calendar.Holidays;

/** English school days, near enough for demo data: no weekends, bank holidays, summer, Christmas, Easter or half-terms. */
final class SchoolTerms {

    private static final Holidays BANK_HOLIDAYS = Holidays.englandAndWales();

    private SchoolTerms() {
    }

    static boolean isSchoolDay(LocalDate day) {
        if (day.getDayOfWeek().getValue() >= 6 || BANK_HOLIDAYS.contains(day)) {
            return false;
        }
        Month month = day.getMonth();
        int date = day.getDayOfMonth();
        boolean summer = month == Month.JULY && date >= 22 || month == Month.AUGUST
                || month == Month.SEPTEMBER && date <= 3;
        boolean christmas = month == Month.DECEMBER && date >= 20 || month == Month.JANUARY && date <= 3;
        LocalDate easter = easterSunday(day.getYear());
        boolean easterHoliday = !day.isBefore(easter.minusDays(9)) && !day.isAfter(easter.plusDays(8));
        LocalDate week = monday(day);
        int year = day.getYear();
        boolean halfTerm = week.equals(monday(LocalDate.of(year, 2, 16)))
                || week.equals(monday(LocalDate.of(year, 5, 31).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY))))
                || week.equals(monday(LocalDate.of(year, 10, 28)));
        return !(summer || christmas || easterHoliday || halfTerm);
    }

    private static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** The Gregorian computus (the "anonymous" algorithm). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int dayOfMonth = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, dayOfMonth);
    }
}
