package org.frontdoor.performance;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

/**
 * The scorecard page's figures, kept for a few minutes. Thirteen months of every indicator take about a second of
 * the database's time; leaders and managers open the page again and again while it would change little. The page
 * says when its figures were worked out and offers to work them out again; the drill-down lists, the spreadsheet and
 * the issued report are always counted afresh. Plain Java: the clock is given.
 */
final class ScorecardCache {

    /** What the page shows for one month and filters, and when it was worked out. */
    record Shown(Scorecard card, List<Figures.SourceCount> bySource, Instant at) {
    }

    private record Key(YearMonth last, Filters filters) {
    }

    /** Months and filters kept at most; a page seldom asks for more than a few. */
    static final int KEPT = 64;

    private final Duration keep;
    private final Clock clock;
    private final Map<Key, CompletableFuture<Shown>> kept = new ConcurrentHashMap<>();

    ScorecardCache(Duration keep, Clock clock) {
        this.keep = keep;
        this.clock = clock;
    }

    /**
     * The figures for {@code last} and {@code filters}: kept ones if younger than the keeping time and
     * {@code again} is false, otherwise worked out by {@code work}. Requests arriving while they are being worked
     * out wait for the same answer rather than work them out too.
     */
    Shown get(YearMonth last, Filters filters, boolean again, Supplier<Shown> work) {
        Key key = new Key(last, filters);
        CompletableFuture<Shown> mine = new CompletableFuture<>();
        CompletableFuture<Shown> current = kept.compute(key, (k, old) -> old == null || again || stale(old) ? mine : old);
        if (current == mine) {
            if (kept.size() > KEPT) {
                kept.entrySet().removeIf(e -> e.getValue() != mine && stale(e.getValue()));
            }
            try {
                mine.complete(work.get());
            } catch (RuntimeException | Error e) {
                kept.remove(key, mine); // the next request tries again
                mine.completeExceptionally(e);
                throw e;
            }
        }
        try {
            return current.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the scorecard was being worked out", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    Instant now() {
        return clock.instant();
    }

    Duration keep() {
        return keep;
    }

    int size() {
        return kept.size();
    }

    private boolean stale(CompletableFuture<Shown> f) {
        if (!f.isDone()) {
            return false;
        }
        if (f.isCompletedExceptionally()) {
            return true;
        }
        return !f.join().at().plus(keep).isAfter(clock.instant());
    }
}
