package org.papergraph.ingest;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TestLineReader {

    private static List<LineReader.Line> lines(String text, int maxKept) throws IOException {
        LineReader reader = new LineReader(new StringReader(text), maxKept);
        List<LineReader.Line> lines = new ArrayList<>();
        for (LineReader.Line line = reader.next(); line != null; line = reader.next()) lines.add(line);
        return lines;
    }

    private static List<String> texts(String text) throws IOException {
        return lines(text, 100).stream().map(LineReader.Line::text).toList();
    }

    @Test
    void lfCrLfAndLoneCrEachEndALine() throws IOException {
        assertEquals(List.of("a", "b", "c", "", "d"), texts("a\nb\r\nc\r\rd\n"));
    }

    @Test
    void lastLineWithoutTerminatorIsALine() throws IOException {
        assertEquals(List.of("a", "b"), texts("a\nb"));
    }

    @Test
    void emptyInputHasNoLines() throws IOException {
        assertEquals(List.of(), texts(""));
    }

    @Test
    void longLineKeepsItsStartAndTrueLengthAndNumbersGoOn() throws IOException {
        List<LineReader.Line> lines = lines("x".repeat(50_000) + "\r\nshort", 10);
        assertEquals("x".repeat(10), lines.get(0).text());
        assertEquals(50_000, lines.get(0).length());
        assertTrue(lines.get(0).truncated());
        assertEquals(new LineReader.Line(2, "short", 5), lines.get(1));
        assertFalse(lines.get(1).truncated());
    }
}
