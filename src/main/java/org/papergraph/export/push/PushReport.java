package org.papergraph.export.push;

import java.time.Duration;

/** What a push sent. */
public record PushReport(int graphs, long triples, int requests, int retries, Duration elapsed, boolean dryRun) {

    public double triplesPerSecond() {
        double s = elapsed.toNanos() / 1e9;
        return s <= 0 ? 0 : triples / s;
    }

    public String summary() {
        return String.format("%s%,d graphs, %,d triples in %,d requests (%d retries), %.1f s, %,.0f triples/s",
                dryRun ? "dry run, nothing sent: " : "", graphs, triples, requests, retries, elapsed.toMillis() / 1000.0, triplesPerSecond());
    }
}
