package org.frontdoor.bench;

import java.util.Arrays;
import java.util.Locale;

/** Nanosecond samples of one operation, summarised as median and p95 in milliseconds. */
final class Timings {

    private long[] samples = new long[256];
    private int size;

    void add(long nanos) {
        if (size == samples.length) {
            samples = Arrays.copyOf(samples, size * 2);
        }
        samples[size++] = nanos;
    }

    int count() {
        return size;
    }

    double medianMs() {
        return percentileMs(50);
    }

    double p95Ms() {
        return percentileMs(95);
    }

    /** Nearest rank. */
    double percentileMs(double p) {
        if (size == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(samples, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100 * size);
        return sorted[Math.max(0, Math.min(size - 1, rank - 1))] / 1e6;
    }

    static String ms(double ms) {
        return String.format(Locale.UK, "%.2f ms", ms);
    }

    static String ratio(double a, double b) {
        return String.format(Locale.UK, "%.1f×", a / b);
    }
}
