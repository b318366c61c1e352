package org.frontdoor.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import org.frontdoor.calendar.ClockRule;
import org.frontdoor.calendar.WorkingCalendar;
import org.junit.jupiter.api.Test;

/** The screening clock each RAG rating sets, through ClockRule and the real England and Wales bank holidays. */
class ScreeningSettingsTest {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    final WorkingCalendar calendar = WorkingCalendar.englandAndWales();
    final ScreeningSettings defaults = ScreeningSettings.defaults();

    static Instant at(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(LONDON).toInstant();
    }

    Instant due(ScreeningSettings settings, Rag rag, Instant received) {
        return settings.due(rag, received, LONDON, calendar);
    }

    @Test
    void defaultsAreTheLocalRagClocks() {
        assertThat(defaults.rule(Rag.RED)).isEqualTo(ClockRule.RAG_RED);
        assertThat(defaults.rule(Rag.AMBER)).isEqualTo(ClockRule.RAG_AMBER);
        assertThat(defaults.rule(Rag.GREEN)).isEqualTo(ClockRule.RAG_GREEN);
    }

    @Test
    void redFromAFriday3pmContactIsDueAt7pmThatFriday() {
        assertThat(due(defaults, Rag.RED, at(2026, 11, 20, 15, 0))).isEqualTo(at(2026, 11, 20, 19, 0));
    }

    @Test
    void amberFromAFridayRunsAcrossTheWeekendToMonday() {
        assertThat(due(defaults, Rag.AMBER, at(2026, 11, 20, 16, 30))).isEqualTo(at(2026, 11, 23, 16, 30));
    }

    @Test
    void amberOnChristmasEveSkipsChristmasTheWeekendAndTheBoxingDaySubstitute() {
        // 2026: Christmas Day Friday 25th, Boxing Day (substitute day) Monday 28th.
        assertThat(due(defaults, Rag.AMBER, at(2026, 12, 24, 10, 0))).isEqualTo(at(2026, 12, 29, 10, 0));
    }

    @Test
    void greenIs72RealHoursWeekendIncluded() {
        assertThat(due(defaults, Rag.GREEN, at(2026, 11, 20, 15, 0))).isEqualTo(at(2026, 11, 23, 15, 0));
    }

    @Test
    void anAdministratorsWorkingHoursClockSkipsTheWeekend() {
        Map<Rag, ClockRule> rules = new EnumMap<>(defaults.rules());
        rules.put(Rag.RED, ScreeningSettings.rule(Rag.RED, ClockRule.Kind.WORKING_HOURS, 8));
        ScreeningSettings local = new ScreeningSettings(rules);
        // Friday 20:00 has 4 hours left before midnight; the other 4 are counted from Monday's start.
        assertThat(due(local, Rag.RED, at(2026, 11, 20, 20, 0))).isEqualTo(at(2026, 11, 23, 4, 0));
    }

    @Test
    void badAmountsAreExplained() {
        assertThat(ScreeningSettings.problem(Rag.RED, ClockRule.Kind.HOURS, " ")).isEqualTo("Enter the red screening time");
        assertThat(ScreeningSettings.problem(Rag.RED, ClockRule.Kind.HOURS, "four"))
                .isEqualTo("Red screening time must be a whole number, like 4");
        assertThat(ScreeningSettings.problem(Rag.AMBER, ClockRule.Kind.WORKING_DAYS, "11"))
                .isEqualTo("Amber screening time must be between 1 and 10 working days");
        assertThat(ScreeningSettings.problem(Rag.GREEN, ClockRule.Kind.HOURS, "0"))
                .isEqualTo("Green screening time must be between 1 and 168 hours");
        assertThat(ScreeningSettings.problem(Rag.GREEN, ClockRule.Kind.HOURS, "72")).isNull();
    }

    @Test
    void rulesAreDescribedInWords() {
        assertThat(ScreeningSettings.describe(ClockRule.RAG_RED)).isEqualTo("4 hours");
        assertThat(ScreeningSettings.describe(ClockRule.RAG_AMBER)).isEqualTo("1 working day");
    }
}
