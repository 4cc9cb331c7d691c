package org.papergraph.pipeline;

import java.io.PrintStream;
import java.util.ArrayDeque;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * The ingest's progress: notes done out of the total, the rate over the last half minute and the time left at that
 * rate. On a terminal it redraws one line ({@code \r}) at most twice a second; into a file or pipe it prints a line
 * every ten seconds, so logs stay short. Thread-safe: the reader (notes skipped as unchanged) and the writer
 * (batches committed) both report.
 */
final class ProgressMeter {

    private static final long WINDOW_NANOS = 30_000_000_000L;
    private static final int BAR_WIDTH = 24;

    private final PrintStream out;
    private final long total;
    private final boolean terminal;
    private final long intervalNanos;
    private final LongSupplier clock;
    private final long start;
    private final ArrayDeque<long[]> samples = new ArrayDeque<>();   // {nanos, done}
    private long lastPrint;
    private boolean printedAny;

    /**
     * @param total notes the run will go through (0 if unknown: no percentage or time left)
     */
    ProgressMeter(PrintStream out, long total, boolean terminal, LongSupplier clock) {
        this.out = out;
        this.total = total;
        this.terminal = terminal;
        this.intervalNanos = terminal ? 500_000_000L : 10_000_000_000L;
        this.clock = clock;
        this.start = clock.getAsLong();
        this.lastPrint = start;
        samples.add(new long[] {start, 0});
    }

    /** Reports progress; prints if enough time has passed since the last line. */
    synchronized void update(long done, long extracted, long unchanged) {
        long now = clock.getAsLong();
        samples.addLast(new long[] {now, done});
        while (samples.size() > 2 && now - samples.peekFirst()[0] > WINDOW_NANOS) samples.removeFirst();
        if (now - lastPrint < intervalNanos) return;
        lastPrint = now;
        print(line(done, extracted, unchanged, now));
    }

    /** Ends the progress display (the terminal line is finished so the summary starts on its own line). */
    synchronized void finish(long done, long extracted, long unchanged) {
        long now = clock.getAsLong();
        samples.addLast(new long[] {now, done});
        if (!printedAny && now - start < intervalNanos) return;   // a short run needs no progress line
        print(line(done, extracted, unchanged, now));
        if (terminal) out.println();
    }

    private void print(String line) {
        printedAny = true;
        if (terminal) out.print("\r" + line);
        else out.println(line);
        out.flush();
    }

    /** Notes per second over the window (over the whole run while the window is short). */
    synchronized double rate() {
        long[] first = samples.peekFirst(), last = samples.peekLast();
        double secs = (last[0] - first[0]) / 1e9;
        return secs <= 0 ? 0 : (last[1] - first[1]) / secs;
    }

    String line(long done, long extracted, long unchanged, long now) {
        double rate = rate();
        StringBuilder sb = new StringBuilder("ingest ");
        if (total > 0) {
            double fraction = Math.min(1.0, done / (double) total);
            int filled = (int) Math.round(fraction * BAR_WIDTH);
            sb.append('[').append("#".repeat(filled)).append(".".repeat(BAR_WIDTH - filled)).append("] ");
            sb.append(String.format(Locale.ROOT, "%3.0f%% %,d/%,d notes", fraction * 100, done, total));
        } else {
            sb.append(String.format(Locale.ROOT, "%,d notes", done));
        }
        sb.append(String.format(Locale.ROOT, ", %.1f notes/s", rate));
        if (total > 0 && done < total) sb.append(", ETA ").append(rate > 0 ? duration((long) ((total - done) / rate)) : "--");
        sb.append(String.format(Locale.ROOT, ", elapsed %s (%,d extracted, %,d unchanged)", duration((now - start) / 1_000_000_000L),
                extracted, unchanged));
        return sb.toString();
    }

    static String duration(long seconds) {
        if (seconds >= 3600) return String.format(Locale.ROOT, "%dh%02dm", seconds / 3600, seconds % 3600 / 60);
        if (seconds >= 60) return String.format(Locale.ROOT, "%dm%02ds", seconds / 60, seconds % 60);
        return seconds + "s";
    }
}
