package org.frontdoor.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ClockProperties {

    private static final Instant EPOCH = Instant.parse("2026-01-01T00:00:00Z");

    @Property
    void aMetClockIsMetOrMetLateWhateverTheTime(
            @ForAll("offsets") Duration toDue,
            @ForAll("offsets") Duration toMet,
            @ForAll("anyOffset") Duration toNow,
            @ForAll("offsets") Duration window) {
        Clock clock = new Clock(EPOCH, EPOCH.plus(toDue), EPOCH.plus(toMet));
        ClockStatus status = clock.status(EPOCH.plus(toNow), window);
        assertThat(status).isIn(ClockStatus.MET, ClockStatus.MET_LATE);
        assertThat(status == ClockStatus.MET).isEqualTo(!clock.metAt().isAfter(clock.due()));
    }

    @Property
    void anOpenClockIsNeverMet(
            @ForAll("offsets") Duration toDue, @ForAll("anyOffset") Duration toNow, @ForAll("offsets") Duration window) {
        ClockStatus status = new Clock(EPOCH, EPOCH.plus(toDue)).status(EPOCH.plus(toNow), window);
        assertThat(status).isIn(ClockStatus.ON_TIME, ClockStatus.DUE_SOON, ClockStatus.OVERDUE);
    }

    @Property
    void anOpenClockIsOverdueExactlyWhenPastDue(
            @ForAll("offsets") Duration toDue, @ForAll("anyOffset") Duration toNow, @ForAll("offsets") Duration window) {
        Clock clock = new Clock(EPOCH, EPOCH.plus(toDue));
        Instant now = EPOCH.plus(toNow);
        assertThat(clock.status(now, window) == ClockStatus.OVERDUE).isEqualTo(now.isAfter(clock.due()));
    }

    @Property
    void beforeDueWithAWindowAsLongAsTheClockItIsDueSoon(
            @ForAll("offsets") Duration toDue, @ForAll("anyOffset") Duration toNow) {
        Clock clock = new Clock(EPOCH, EPOCH.plus(toDue));
        Instant now = EPOCH.plus(toNow);
        if (!now.isAfter(clock.due())) {
            Duration window = Duration.between(now, clock.due());
            assertThat(clock.status(now, window)).isEqualTo(ClockStatus.DUE_SOON);
            assertThat(clock.status(now, window.plusDays(1000))).isEqualTo(ClockStatus.DUE_SOON);
        }
    }

    @Property
    void aWiderWindowNeverTurnsDueSoonBackToOnTime(
            @ForAll("offsets") Duration toDue,
            @ForAll("anyOffset") Duration toNow,
            @ForAll("offsets") Duration window,
            @ForAll("offsets") Duration wider) {
        Clock clock = new Clock(EPOCH, EPOCH.plus(toDue));
        Instant now = EPOCH.plus(toNow);
        if (clock.status(now, window) == ClockStatus.DUE_SOON) {
            assertThat(clock.status(now, window.plus(wider))).isEqualTo(ClockStatus.DUE_SOON);
        }
    }

    /** Zero to about 100 days, to the second. */
    @Provide
    Arbitrary<Duration> offsets() {
        return Arbitraries.longs().between(0, 100L * 24 * 3600).map(Duration::ofSeconds);
    }

    /** A "now" from before the clock started to well after it was due. */
    @Provide
    Arbitrary<Duration> anyOffset() {
        return Arbitraries.longs().between(-10L * 24 * 3600, 200L * 24 * 3600).map(Duration::ofSeconds);
    }
}
