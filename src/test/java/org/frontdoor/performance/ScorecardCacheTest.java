package org.frontdoor.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class ScorecardCacheTest {

    static final YearMonth MARCH = YearMonth.of(2026, 3);

    /** A clock the test moves on by hand. */
    static final class HandClock extends Clock {
        Instant now = Instant.parse("2026-11-23T09:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    final HandClock clock = new HandClock();
    final ScorecardCache cache = new ScorecardCache(Duration.ofMinutes(5), clock);
    final AtomicInteger workedOut = new AtomicInteger();

    /** Each working out gives a scorecard whose population says which working out it was. */
    final Supplier<ScorecardCache.Shown> work = () -> new ScorecardCache.Shown(
            new Scorecard(MARCH, Filters.NONE, workedOut.incrementAndGet(), List.of()), List.of(), clock.instant());

    @Test
    void theSameFiguresAreShownUntilTheyAreFiveMinutesOld() {
        ScorecardCache.Shown first = cache.get(MARCH, Filters.NONE, false, work);
        clock.now = clock.now.plus(Duration.ofMinutes(4).plusSeconds(59));
        assertThat(cache.get(MARCH, Filters.NONE, false, work)).isSameAs(first);
        clock.now = clock.now.plusSeconds(1);
        ScorecardCache.Shown later = cache.get(MARCH, Filters.NONE, false, work);
        assertThat(later.card().population()).isEqualTo(2);
        assertThat(later.at()).isEqualTo(Instant.parse("2026-11-23T09:05:00Z"));
    }

    @Test
    void askingAgainWorksThemOutNowAndOtherMonthsAndFiltersAreTheirOwn() {
        cache.get(MARCH, Filters.NONE, false, work);
        assertThat(cache.get(MARCH, Filters.NONE, true, work).card().population()).isEqualTo(2);
        assertThat(cache.get(MARCH, Filters.NONE, false, work).card().population()).isEqualTo(2);
        assertThat(cache.get(MARCH.plusMonths(1), Filters.NONE, false, work).card().population()).isEqualTo(3);
        assertThat(cache.get(MARCH, new Filters("MASH 1", null), false, work).card().population()).isEqualTo(4);
    }

    @Test
    void aFailureIsNotKept() {
        assertThatThrownBy(() -> cache.get(MARCH, Filters.NONE, false, () -> {
            throw new IllegalStateException("database gone");
        })).hasMessage("database gone");
        assertThat(cache.get(MARCH, Filters.NONE, false, work).card().population()).isEqualTo(1);
    }

    @Test
    void managersOpeningThePageTogetherWaitForOneWorkingOut() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Supplier<ScorecardCache.Shown> slow = () -> {
            started.countDown();
            try {
                release.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return work.get();
        };
        ExecutorService pool = Executors.newFixedThreadPool(5);
        try {
            Future<ScorecardCache.Shown> first = pool.submit(() -> cache.get(MARCH, Filters.NONE, false, slow));
            assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
            List<Future<ScorecardCache.Shown>> others = List.of(
                    pool.submit(() -> cache.get(MARCH, Filters.NONE, false, slow)),
                    pool.submit(() -> cache.get(MARCH, Filters.NONE, false, slow)),
                    pool.submit(() -> cache.get(MARCH, Filters.NONE, false, slow)));
            Thread.sleep(100);
            release.countDown();
            for (Future<ScorecardCache.Shown> f : others) {
                assertThat(f.get(5, TimeUnit.SECONDS)).isSameAs(first.get(5, TimeUnit.SECONDS));
            }
            assertThat(workedOut).hasValue(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void figuresPastTheirTimeAreLetGoSoThatMemoryStaysSmall() {
        for (int i = 0; i < 3 * ScorecardCache.KEPT; i++) {
            cache.get(MARCH.minusMonths(i), Filters.NONE, false, work);
            clock.now = clock.now.plusSeconds(10);
        }
        assertThat(cache.size()).isLessThanOrEqualTo(ScorecardCache.KEPT + 1);
        assertThat(cache.size()).isGreaterThanOrEqualTo(30); // the last five minutes' are still kept
    }
}
