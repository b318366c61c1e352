package org.frontdoor.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * What the simulated users saw, shared by all of them: response times per action, counted only for requests started
 * inside the measured window (the warm-up is discarded), and every error whenever it happened, warm-up included.
 */
final class LoadStats {

    /** The health endpoint, timed under the same concurrency, interleaved with the users' own requests. */
    static final String BASELINE = "baseline: /actuator/health";

    private final Map<String, Timings> byAction = new LinkedHashMap<>();
    private final Timings all = new Timings();
    private final AtomicLongArray perInstance;
    private final AtomicLong errors = new AtomicLong();
    private final AtomicLong lostSessions = new AtomicLong();
    private final List<String> firstErrors = new ArrayList<>();
    private final Map<String, Long> errorsByAction = new LinkedHashMap<>();
    private volatile long windowStart = Long.MAX_VALUE;
    private volatile long windowEnd = Long.MAX_VALUE;

    LoadStats(int instances) {
        perInstance = new AtomicLongArray(instances);
    }

    void window(long startNanos, long endNanos) {
        windowStart = startNanos;
        windowEnd = endNanos;
    }

    boolean measuring(long startedNanos) {
        return startedNanos >= windowStart && startedNanos < windowEnd;
    }

    /** A request that started at {@code started} and took {@code nanos}, served by instance {@code instance}. */
    void sample(String action, long started, long nanos, int instance) {
        if (!measuring(started)) {
            return;
        }
        perInstance.incrementAndGet(instance);
        synchronized (this) {
            byAction.computeIfAbsent(action, a -> new Timings()).add(nanos);
            if (!BASELINE.equals(action)) {
                all.add(nanos);
            }
        }
    }

    void error(String action, String what) {
        errors.incrementAndGet();
        synchronized (this) {
            errorsByAction.merge(action, 1L, Long::sum);
            if (firstErrors.size() < 15) {
                firstErrors.add(action + ": " + what);
            }
        }
    }

    /** A signed-in user sent back to the sign-in page: their session was not found by the instance that served them. */
    void lostSession(String action, String what) {
        lostSessions.incrementAndGet();
        error(action, "session lost: " + what);
    }

    synchronized Map<String, Timings> byAction() {
        return new LinkedHashMap<>(byAction);
    }

    synchronized Timings all() {
        return all;
    }

    long errors() {
        return errors.get();
    }

    long lostSessions() {
        return lostSessions.get();
    }

    synchronized Map<String, Long> errorsByAction() {
        return new LinkedHashMap<>(errorsByAction);
    }

    synchronized List<String> firstErrors() {
        return new ArrayList<>(firstErrors);
    }

    long servedBy(int instance) {
        return perInstance.get(instance);
    }
}
