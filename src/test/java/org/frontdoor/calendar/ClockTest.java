package org.frontdoor.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class ClockTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Duration TWO_HOURS = Duration.ofHours(2);

    private final WorkingCalendar calendar = WorkingCalendar.englandAndWales();
    private final Clock clock =
            new Clock(Instant.parse("2026-01-05T09:00:00Z"), Instant.parse("2026-01-06T09:00:00Z"));

    @Test
    void openClockStatuses() {
        assertThat(clock.status(Instant.parse("2026-01-05T12:00:00Z"), TWO_HOURS)).isEqualTo(ClockStatus.ON_TIME);
        assertThat(clock.status(Instant.parse("2026-01-06T06:59:59Z"), TWO_HOURS)).isEqualTo(ClockStatus.ON_TIME);
        assertThat(clock.status(Instant.parse("2026-01-06T07:00:00Z"), TWO_HOURS)).isEqualTo(ClockStatus.DUE_SOON);
        assertThat(clock.status(Instant.parse("2026-01-06T09:00:00Z"), TWO_HOURS)).isEqualTo(ClockStatus.DUE_SOON);
        assertThat(clock.status(Instant.parse("2026-01-06T09:00:01Z"), TWO_HOURS)).isEqualTo(ClockStatus.OVERDUE);
        assertThat(clock.status(Instant.parse("2026-01-06T09:00:00Z"), Duration.ZERO)).isEqualTo(ClockStatus.DUE_SOON);
    }

    @Test
    void metClockStatuses() {
        Instant muchLater = Instant.parse("2026-03-01T00:00:00Z");
        assertThat(clock.withMetAt(Instant.parse("2026-01-06T09:00:00Z")).status(muchLater, TWO_HOURS))
                .isEqualTo(ClockStatus.MET);
        assertThat(clock.withMetAt(Instant.parse("2026-01-05T10:00:00Z")).status(muchLater, TWO_HOURS))
                .isEqualTo(ClockStatus.MET);
        assertThat(clock.withMetAt(Instant.parse("2026-01-06T09:00:01Z")).status(muchLater, TWO_HOURS))
                .isEqualTo(ClockStatus.MET_LATE);
        assertThat(clock.isMet()).isFalse();
        assertThat(clock.withMetAt(muchLater).isMet()).isTrue();
    }

    @Test
    void remainingIsNegativeOncePastDue() {
        assertThat(clock.remaining(Instant.parse("2026-01-06T08:00:00Z"))).isEqualTo(Duration.ofHours(1));
        assertThat(clock.remaining(Instant.parse("2026-01-06T10:30:00Z"))).isEqualTo(Duration.ofMinutes(-90));
    }

    @Test
    void labelsForDisplay() {
        assertThat(ClockStatus.ON_TIME.label()).isEqualTo("On time");
        assertThat(ClockStatus.DUE_SOON.label()).isEqualTo("Due soon");
        assertThat(ClockStatus.OVERDUE.label()).isEqualTo("Overdue");
        assertThat(ClockStatus.MET.label()).isEqualTo("Met");
        assertThat(ClockStatus.MET_LATE.label()).isEqualTo("Met late");
    }

    @Test
    void rejectsImpossibleClocks() {
        Instant start = Instant.parse("2026-01-05T09:00:00Z");
        assertThatThrownBy(() -> new Clock(start, start.minusSeconds(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Clock(start, start, start.minusSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> clock.status(start, Duration.ofHours(-1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ClockRule("Broken", ClockRule.Kind.HOURS, -4))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void contactDecisionOnFridayAfternoonIsDueMondayAfternoon() {
        Clock decision = ClockRule.CONTACT_DECISION.start(at(2025, 11, 7, 16, 30), calendar);
        assertThat(decision.start()).isEqualTo(at(2025, 11, 7, 16, 30).toInstant());
        assertThat(decision.due()).isEqualTo(at(2025, 11, 10, 16, 30).toInstant());
        assertThat(decision.isMet()).isFalse();
    }

    @Test
    void singleAssessmentFromTheFridayBeforeChristmas() {
        assertThat(ClockRule.SINGLE_ASSESSMENT.due(at(2025, 12, 19, 11, 0), calendar)).isEqualTo(at(2026, 2, 25, 11, 0));
    }

    @Test
    void initialChildProtectionConference() {
        assertThat(ClockRule.INITIAL_CHILD_PROTECTION_CONFERENCE.due(at(2025, 12, 10, 14, 0), calendar))
                .isEqualTo(at(2026, 1, 5, 14, 0));
    }

    @Test
    void ragScreeningClocks() {
        ZonedDateTime fridayEvening = at(2026, 1, 9, 22, 0);
        assertThat(ClockRule.RAG_RED.due(fridayEvening, calendar)).isEqualTo(at(2026, 1, 10, 2, 0));
        assertThat(ClockRule.RAG_AMBER.due(fridayEvening, calendar)).isEqualTo(at(2026, 1, 12, 22, 0));
        assertThat(ClockRule.RAG_GREEN.due(fridayEvening, calendar)).isEqualTo(at(2026, 1, 12, 22, 0));
        // A local rule counting working hours: Friday's last 2 hours, then 2 on Monday.
        ClockRule local = new ClockRule("Local red", ClockRule.Kind.WORKING_HOURS, 4);
        assertThat(local.due(fridayEvening, calendar)).isEqualTo(at(2026, 1, 12, 2, 0));
    }

    private static ZonedDateTime at(int year, int month, int day, int hour, int minute) {
        return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, LONDON);
    }
}
