package org.papergraph.generate;

import java.util.List;
import java.util.Random;

/**
 * Draws items with Zipf-like popularity: the item of rank {@code r} (1-based) has weight {@code 1 / r^s}. A few
 * names are named by many papers and most by few, as in real corpora, so the aggregate queries have heavy hitters
 * and a long tail to get through.
 */
final class ZipfSampler<T> {

    private final List<T> items;
    private final double[] cumulative;

    ZipfSampler(List<T> items, double exponent) {
        if (items.isEmpty()) throw new IllegalArgumentException("nothing to sample from");
        this.items = List.copyOf(items);
        this.cumulative = new double[items.size()];
        double sum = 0;
        for (int i = 0; i < cumulative.length; i++) {
            sum += 1.0 / Math.pow(i + 1, exponent);
            cumulative[i] = sum;
        }
    }

    T next(Random random) {
        double x = random.nextDouble() * cumulative[cumulative.length - 1];
        int lo = 0, hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] < x) lo = mid + 1;
            else hi = mid;
        }
        return items.get(lo);
    }

    int size() {
        return items.size();
    }
}
