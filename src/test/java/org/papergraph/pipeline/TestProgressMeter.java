package org.papergraph.pipeline;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TestProgressMeter {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void showsShareRateAndTimeLeft() {
        AtomicLong now = new AtomicLong(0);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ProgressMeter m = new ProgressMeter(new PrintStream(bytes, true, StandardCharsets.UTF_8), 1000, false, now::get);
        now.set(5 * SECOND);
        m.update(100, 100, 0);   // before the 10 s interval of a non-terminal: nothing printed
        assertEquals("", bytes.toString(StandardCharsets.UTF_8));
        now.set(10 * SECOND);
        m.update(250, 200, 50);
        String line = bytes.toString(StandardCharsets.UTF_8).strip();
        assertTrue(line.contains("[######..................]  25% 250/1,000 notes"), line);
        assertTrue(line.contains("25.0 notes/s"), line);
        assertTrue(line.contains("ETA 30s"), line);
        assertTrue(line.contains("200 extracted, 50 unchanged"), line);
    }

    @Test
    void theRateIsOverTheLastHalfMinute() {
        AtomicLong now = new AtomicLong(0);
        ProgressMeter m = new ProgressMeter(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), 0, true, now::get);
        for (int s = 1; s <= 60; s++) {
            now.set(s * SECOND);
            m.update(s <= 30 ? s * 100L : 3000 + (s - 30) * 10L, 0, 0);   // fast, then slow
        }
        assertEquals(10.0, m.rate(), 0.5);
    }

    @Test
    void durations() {
        assertEquals("42s", ProgressMeter.duration(42));
        assertEquals("3m05s", ProgressMeter.duration(185));
        assertEquals("2h01m", ProgressMeter.duration(7260));
    }
}
