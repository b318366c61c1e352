package org.frontdoor.demo;

import java.util.List;
import java.util.SplittableRandom;

/** The demo generator's only source of chance: seeded, so that the same seed always gives the same borough. */
final class DemoRandom {

    private final SplittableRandom random;

    DemoRandom(long seed) {
        random = new SplittableRandom(seed);
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    /** 0 (inclusive) to {@code bound} (exclusive). */
    int below(int bound) {
        return random.nextInt(bound);
    }

    /** {@code low} to {@code high}, both inclusive. */
    int between(int low, int high) {
        return random.nextInt(low, high + 1);
    }

    double nextDouble() {
        return random.nextDouble();
    }

    long nextLong() {
        return random.nextLong();
    }

    /** Exponentially distributed: many short waits, a few long ones. */
    double exponential(double mean) {
        return -mean * Math.log(1 - random.nextDouble());
    }

    <T> T one(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}
