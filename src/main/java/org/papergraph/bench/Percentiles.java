package org.papergraph.bench;

import java.util.Arrays;

/** Nearest-rank percentiles of measured durations. */
record Percentiles(double p50Millis, double p99Millis, double minMillis, int samples) {

    static Percentiles ofNanos(long[] nanos) {
        if (nanos.length == 0) return new Percentiles(Double.NaN, Double.NaN, Double.NaN, 0);
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new Percentiles(rank(sorted, 0.50) / 1e6, rank(sorted, 0.99) / 1e6, sorted[0] / 1e6, sorted.length);
    }

    private static long rank(long[] sorted, double p) {
        int i = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }
}
