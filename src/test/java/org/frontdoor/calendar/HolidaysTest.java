package org.frontdoor.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HolidaysTest {

    private final Holidays englandAndWales = Holidays.englandAndWales();

    @Test
    void bundledDataCovers2018To2030() {
        assertThat(englandAndWales.coveredYears()).first().isEqualTo(Year.of(2018));
        assertThat(englandAndWales.coveredYears()).last().isEqualTo(Year.of(2030));
        assertThat(englandAndWales.coveredYears()).hasSize(13);
    }

    // Eight in a normal year; 2022 had the Platinum Jubilee and the State Funeral, 2023 the Coronation.
    @ParameterizedTest
    @CsvSource({
        "2018, 8", "2019, 8", "2020, 8", "2021, 8", "2022, 10", "2023, 9", "2024, 8",
        "2025, 8", "2026, 8", "2027, 8", "2028, 8", "2029, 8", "2030, 8"
    })
    void bankHolidaysPerYear(int year, int expected) {
        assertThat(inYear(year)).isEqualTo(expected);
    }

    @Test
    void noBankHolidayFallsOnAWeekend() {
        assertThat(englandAndWales.asMap().keySet())
                .allSatisfy(date -> assertThat(date.getDayOfWeek())
                        .isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
    }

    @Test
    void oneOffDaysIn2020To2023() {
        // VE Day: the early May bank holiday moved from Monday 4 May to Friday 8 May 2020.
        assertThat(englandAndWales.nameOf(LocalDate.of(2020, 5, 8))).contains("Early May bank holiday (VE day)");
        assertThat(englandAndWales.contains(LocalDate.of(2020, 5, 4))).isFalse();
        // Platinum Jubilee: spring bank holiday moved to Thursday 2 June 2022, plus Friday 3 June.
        assertThat(englandAndWales.nameOf(LocalDate.of(2022, 6, 2))).contains("Spring bank holiday");
        assertThat(englandAndWales.nameOf(LocalDate.of(2022, 6, 3))).contains("Platinum Jubilee bank holiday");
        assertThat(englandAndWales.contains(LocalDate.of(2022, 5, 30))).isFalse();
        assertThat(englandAndWales.nameOf(LocalDate.of(2022, 9, 19)))
                .contains("Bank Holiday for the State Funeral of Queen Elizabeth II");
        // The coronation was in addition to the early May bank holiday on 1 May 2023.
        assertThat(englandAndWales.contains(LocalDate.of(2023, 5, 1))).isTrue();
        assertThat(englandAndWales.nameOf(LocalDate.of(2023, 5, 8)))
                .contains("Bank holiday for the coronation of King Charles III");
    }

    @Test
    void christmasAndNewYearSubstituteDays() {
        assertThat(datesIn(2020, 12)).containsExactly(LocalDate.of(2020, 12, 25), LocalDate.of(2020, 12, 28));
        assertThat(englandAndWales.nameOf(LocalDate.of(2020, 12, 28))).contains("Boxing Day (substitute day)");
        assertThat(datesIn(2021, 12)).containsExactly(LocalDate.of(2021, 12, 27), LocalDate.of(2021, 12, 28));
        assertThat(datesIn(2022, 1)).containsExactly(LocalDate.of(2022, 1, 3));
        assertThat(datesIn(2022, 12)).containsExactly(LocalDate.of(2022, 12, 26), LocalDate.of(2022, 12, 27));
        assertThat(datesIn(2028, 1)).containsExactly(LocalDate.of(2028, 1, 3));
    }

    @Test
    void wholeYears2026And2027() {
        assertThat(englandAndWales.asMap().subMap(LocalDate.of(2026, 1, 1), true, LocalDate.of(2026, 12, 31), true))
                .containsOnlyKeys(
                        LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 3), LocalDate.of(2026, 4, 6),
                        LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 25), LocalDate.of(2026, 8, 31),
                        LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 28));
        assertThat(englandAndWales.asMap().subMap(LocalDate.of(2027, 1, 1), true, LocalDate.of(2027, 12, 31), true))
                .containsOnlyKeys(
                        LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 26), LocalDate.of(2027, 3, 29),
                        LocalDate.of(2027, 5, 3), LocalDate.of(2027, 5, 31), LocalDate.of(2027, 8, 30),
                        LocalDate.of(2027, 12, 27), LocalDate.of(2027, 12, 28));
    }

    @ParameterizedTest
    @CsvSource({
        "2018-03-30", "2019-04-19", "2020-04-10", "2021-04-02", "2022-04-15", "2023-04-07", "2024-03-29",
        "2025-04-18", "2026-04-03", "2027-03-26", "2028-04-14", "2029-03-30", "2030-04-19"
    })
    void goodFridayAndEasterMonday(LocalDate goodFriday) {
        assertThat(englandAndWales.nameOf(goodFriday)).contains("Good Friday");
        assertThat(englandAndWales.nameOf(goodFriday.plusDays(3))).contains("Easter Monday");
    }

    @Test
    void parsesCommentsHeaderBlankLinesAndNamesWithCommas() {
        Holidays parsed = Holidays.parse(new StringReader("""
                \uFEFF# Local closures
                date,name

                2025-12-24 , Christmas Eve closure, council offices
                """));
        assertThat(parsed.asMap()).containsExactly(
                entry(LocalDate.of(2025, 12, 24), "Christmas Eve closure, council offices"));
        assertThat(parsed.coveredYears()).containsExactly(Year.of(2025));
    }

    @Test
    void loadsALocalAuthorityFileAndAddsItsClosures(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("closures.csv");
        Files.writeString(file, "date,name\n2025-12-24,Council closure day\n", StandardCharsets.UTF_8);

        Holidays withClosures = englandAndWales.plus(Holidays.load(file));
        WorkingCalendar calendar = new WorkingCalendar(withClosures);

        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 12, 24))).isFalse();
        assertThat(WorkingCalendar.englandAndWales().isWorkingDay(LocalDate.of(2025, 12, 24))).isTrue();
        assertThat(withClosures.nameOf(LocalDate.of(2025, 12, 24))).contains("Council closure day");
        assertThat(withClosures.asMap()).hasSize(englandAndWales.asMap().size() + 1);
    }

    @Test
    void addingClosuresDoesNotExtendCoveredYearsOrRenameBankHolidays() {
        Holidays closures = Holidays.parse(new StringReader("2031-01-02,Closure\n2025-12-25,Office closed\n"));
        Holidays combined = englandAndWales.plus(closures);

        assertThat(combined.coveredYears()).isEqualTo(englandAndWales.coveredYears());
        assertThat(combined.nameOf(LocalDate.of(2025, 12, 25))).contains("Christmas Day");
        assertThat(combined.contains(LocalDate.of(2031, 1, 2))).isTrue();
    }

    @Test
    void badDateNamesTheLineAndItsContent() {
        assertThatThrownBy(() -> Holidays.parse(new StringReader("date,name\n2025-12-25,Christmas Day\n2025-13-01,Nonsense\n")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("holiday data line 3 is not a 'yyyy-mm-dd,name' line: '2025-13-01,Nonsense'");
    }

    @Test
    void missingNameOrCommaIsAnError() {
        assertThatThrownBy(() -> Holidays.parse(new StringReader("2025-12-25\n")))
                .hasMessageContaining("line 1").hasMessageContaining("'2025-12-25'");
        assertThatThrownBy(() -> Holidays.parse(new StringReader("2025-12-25,  \n")))
                .hasMessageContaining("line 1");
        assertThatThrownBy(() -> Holidays.parse(new StringReader("25/12/2025,Christmas Day\n")))
                .hasMessageContaining("line 1").hasMessageContaining("25/12/2025,Christmas Day");
    }

    @Test
    void repeatedDateIsAnError() {
        assertThatThrownBy(() -> Holidays.parse(new StringReader("2025-12-25,Christmas Day\n#\n2025-12-25,Again\n")))
                .hasMessage("holiday data line 3 lists 2025-12-25 a second time: '2025-12-25,Again'");
    }

    @Test
    void loadNamesTheFileInErrors(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, "oops\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Holidays.load(file)).hasMessageStartingWith(file + " line 1");
    }

    private long inYear(int year) {
        return englandAndWales.asMap().keySet().stream().filter(d -> d.getYear() == year).count();
    }

    private List<LocalDate> datesIn(int year, int month) {
        return englandAndWales.asMap().keySet().stream()
                .filter(d -> d.getYear() == year && d.getMonthValue() == month)
                .toList();
    }
}
