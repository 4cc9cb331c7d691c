package org.papergraph.export.push;

import org.apache.jena.atlas.web.HttpException;

import java.time.Duration;

/**
 * When to try a request again and how long to wait: on a server error (5xx), 408, 429 or no answer at all
 * (connection refused or reset, timeout), after a pause that doubles from {@code firstPause} up to
 * {@code maxPause}, at most {@code attempts} times in all. Other failures (400, 401, 403, 404, 413...) will not go
 * away by themselves and fail at once.
 */
public record Retry(int attempts, Duration firstPause, Duration maxPause) {

    public Retry {
        if (attempts < 1) throw new IllegalArgumentException("attempts must be at least 1");
    }

    public static Retry defaults() {
        return new Retry(6, Duration.ofMillis(500), Duration.ofSeconds(30));
    }

    /** The pause before attempt {@code next} (2, 3, ...). */
    public long pauseMillis(int next) {
        long p = firstPause.toMillis() << Math.min(20, Math.max(0, next - 2));
        return Math.min(p, maxPause.toMillis());
    }

    public static boolean retryable(RuntimeException e) {
        if (e instanceof HttpException h) {
            int s = h.getStatusCode();
            return s <= 0 || s >= 500 || s == 408 || s == 429;
        }
        return e instanceof java.io.UncheckedIOException;
    }

    /** One line saying why a request failed. */
    public static String reason(RuntimeException e) {
        if (e instanceof HttpException h && h.getStatusCode() > 0) {
            String body = h.getResponse() == null ? "" : h.getResponse().strip();
            if (body.length() > 200) body = body.substring(0, 200) + "…";
            return "HTTP " + h.getStatusCode() + (h.getStatusLine() == null ? "" : " " + h.getStatusLine())
                    + (body.isEmpty() ? "" : " (" + body.replaceAll("\\s+", " ") + ")");
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        String what = root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
        return "no answer from the target (" + what + ")";
    }
}
