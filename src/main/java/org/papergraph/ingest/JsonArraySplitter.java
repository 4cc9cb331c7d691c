package org.papergraph.ingest;

import java.io.IOException;
import java.io.Reader;

/**
 * Cuts one top-level JSON array into the texts of its elements, without parsing them, remembering where each starts.
 * This gives the array form of a dump the same per-record line numbers and the same per-record rejection as JSON
 * Lines: a bad element costs only itself. Only the array's own punctuation is checked here; each element is parsed
 * later, under the nesting limit. Nesting is merely counted, so 10,000 nested brackets cost nothing, and an element
 * longer than the record limit is counted rather than kept.
 */
final class JsonArraySplitter {

    /**
     * The text of one array element.
     *
     * @param line   1-based line of its first character
     * @param column 1-based column of its first character
     * @param text   the element's text, only its first characters when {@link #truncated()}
     * @param length its full length in chars
     */
    record Element(int line, int column, String text, long length) {
        boolean truncated() {
            return length > text.length();
        }
    }

    /** The array's punctuation is broken where no element can be delimited any more: reading must stop. */
    static final class BrokenArrayException extends Exception {
        private final int line;

        BrokenArrayException(int line, String message) {
            super(message);
            this.line = line;
        }

        int line() {
            return line;
        }
    }

    private static final int END = -1;

    private final Reader in;
    private final int maxKeptChars;
    private final char[] buffer = new char[8192];
    private int position;
    private int limit;
    private int pushedBack = Integer.MIN_VALUE;
    private int line = 1;
    private int column;
    private boolean afterCarriageReturn;
    private boolean started;
    private boolean finished;

    JsonArraySplitter(Reader in, int maxKeptChars) {
        this.in = in;
        this.maxKeptChars = maxKeptChars;
    }

    /** The next element, or null after the closing bracket. */
    Element next() throws IOException, BrokenArrayException {
        if (finished) return null;
        int c = skipWhitespace();
        if (!started) {
            if (c != '[') throw new BrokenArrayException(line, "expected '[' to open the array, found " + describe(c));
            started = true;
            c = skipWhitespace();
            if (c == ']') return finish();
        } else {
            if (c == ']') return finish();
            if (c != ',') throw new BrokenArrayException(line, "expected ',' or ']' after a record, found " + describe(c));
            c = skipWhitespace();
            if (c == ']') throw new BrokenArrayException(line, "a ',' with no record after it");
        }
        if (c == END) throw new BrokenArrayException(line, "the file ends inside the array");
        return element(c);
    }

    private Element element(int first) throws IOException, BrokenArrayException {
        int startLine = line;
        int startColumn = column;
        StringBuilder kept = new StringBuilder();
        long length = 0;
        long depth = 0;
        boolean inString = false;
        boolean escaped = false;
        int c = first;
        while (true) {
            if (kept.length() < maxKeptChars) kept.append((char) c);
            length++;
            if (inString) {
                if (escaped) escaped = false;
                else if (c == '\\') escaped = true;
                else if (c == '"') inString = false;
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                depth++;
            } else if ((c == '}' || c == ']') && depth > 0) {
                depth--;
            }
            c = read();
            if (c == END) {
                if (depth > 0 || inString) throw new BrokenArrayException(startLine, "the file ends inside this record");
                return new Element(startLine, startColumn, kept.toString(), length);
            }
            if (depth == 0 && !inString && (c == ',' || c == ']')) {
                pushedBack = c;
                return new Element(startLine, startColumn, kept.toString().stripTrailing(), length);
            }
        }
    }

    private Element finish() throws IOException, BrokenArrayException {
        finished = true;
        int c = skipWhitespace();
        if (c != END) throw new BrokenArrayException(line, "text after the end of the array: " + describe(c));
        return null;
    }

    private int skipWhitespace() throws IOException {
        int c;
        do {
            c = read();
        } while (c == ' ' || c == '\t' || c == '\n' || c == '\r');
        return c;
    }

    /** The next char, counting lines the way {@link LineReader} does (\n, \r\n and a lone \r each end one). */
    private int read() throws IOException {
        if (pushedBack != Integer.MIN_VALUE) {
            int c = pushedBack;
            pushedBack = Integer.MIN_VALUE;
            return c;
        }
        if (position == limit) {
            int n;
            do {
                n = in.read(buffer, 0, buffer.length);
            } while (n == 0);
            if (n < 0) return END;
            position = 0;
            limit = n;
        }
        char c = buffer[position++];
        if (c == '\n') {
            if (!afterCarriageReturn) line++;
            column = 0;
        } else if (c == '\r') {
            line++;
            column = 0;
        } else {
            column++;
        }
        afterCarriageReturn = c == '\r';
        return c;
    }

    private static String describe(int c) {
        if (c == END) return "the end of the file";
        return Character.isISOControl(c) ? String.format("U+%04X", c) : "'" + (char) c + "'";
    }
}
