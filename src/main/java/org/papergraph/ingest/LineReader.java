package org.papergraph.ingest;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads numbered lines (ended by \n, \r\n or a lone \r, like {@link java.io.BufferedReader#readLine()}) while keeping
 * at most a fixed number of characters of any one line. A hostile line of a gigabyte is therefore counted, not held:
 * the caller gets its first characters and its true length and rejects it.
 */
final class LineReader {

    /**
     * One line.
     *
     * @param number 1-based line number
     * @param text   the line without its terminator; only its first characters when {@link #truncated()}
     * @param length the line's full length in chars
     */
    record Line(int number, String text, long length) {
        boolean truncated() {
            return length > text.length();
        }
    }

    private final Reader in;
    private final int maxKeptChars;
    private final char[] buffer = new char[8192];
    private int position;
    private int limit;
    private int lineNumber;
    private boolean skipLineFeed;

    LineReader(Reader in, int maxKeptChars) {
        this.in = in;
        this.maxKeptChars = maxKeptChars;
    }

    /** The next line, or null at the end of the input. A last line without a terminator is still a line. */
    Line next() throws IOException {
        StringBuilder kept = new StringBuilder();
        long length = 0;
        boolean sawAnything = false;
        while (true) {
            if (position == limit && !fill()) {
                return sawAnything ? new Line(++lineNumber, kept.toString(), length) : null;
            }
            char c = buffer[position++];
            if (skipLineFeed) {
                skipLineFeed = false;
                if (c == '\n') continue;
            }
            if (c == '\n' || c == '\r') {
                skipLineFeed = c == '\r';
                return new Line(++lineNumber, kept.toString(), length);
            }
            sawAnything = true;
            if (kept.length() < maxKeptChars) kept.append(c);
            length++;
        }
    }

    private boolean fill() throws IOException {
        int n;
        do {
            n = in.read(buffer, 0, buffer.length);
        } while (n == 0);
        if (n < 0) return false;
        position = 0;
        limit = n;
        return true;
    }
}
