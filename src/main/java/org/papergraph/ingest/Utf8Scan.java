package org.papergraph.ingest;

/**
 * A streaming look at a file's bytes, fed chunk by chunk so a 100 MB file is never held: whether they are well-formed
 * UTF-8 (Unicode Table 3-7: no overlong forms, no surrogates, nothing above U+10FFFF), where the first ill-formed
 * sequence starts, and how many NUL and other control bytes they hold (the signs of a binary file).
 */
final class Utf8Scan {

    private long offset;
    private long firstInvalidOffset = -1;
    private long firstNulOffset = -1;
    private long controlBytes;
    /** Continuation bytes still expected by the current sequence, and the range the next one must fall in. */
    private int pending;
    private int nextLow;
    private int nextHigh;
    private long sequenceStart;

    void update(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++, offset++) {
            int b = bytes[i] & 0xFF;
            if (b == 0 && firstNulOffset < 0) firstNulOffset = offset;
            if (isControl(b)) controlBytes++;
            if (firstInvalidOffset < 0) validate(b);
        }
    }

    /** Call once after the last chunk: a sequence cut off by the end of the file is ill-formed. */
    void finish() {
        if (pending > 0 && firstInvalidOffset < 0) firstInvalidOffset = sequenceStart;
        pending = 0;
    }

    long bytes() {
        return offset;
    }

    /** Offset of the first byte of the first ill-formed sequence, or -1 if the bytes are UTF-8. */
    long firstInvalidOffset() {
        return firstInvalidOffset;
    }

    long firstNulOffset() {
        return firstNulOffset;
    }

    long controlBytes() {
        return controlBytes;
    }

    private void validate(int b) {
        if (pending > 0) {
            if (b < nextLow || b > nextHigh) {
                firstInvalidOffset = sequenceStart;
                return;
            }
            pending--;
            nextLow = 0x80;
            nextHigh = 0xBF;
            return;
        }
        sequenceStart = offset;
        nextLow = 0x80;
        nextHigh = 0xBF;
        if (b < 0x80) return;
        if (b >= 0xC2 && b <= 0xDF) {
            pending = 1;
        } else if (b == 0xE0) {
            pending = 2;
            nextLow = 0xA0;
        } else if (b == 0xED) {
            pending = 2;
            nextHigh = 0x9F;
        } else if (b >= 0xE1 && b <= 0xEF) {
            pending = 2;
        } else if (b == 0xF0) {
            pending = 3;
            nextLow = 0x90;
        } else if (b == 0xF4) {
            pending = 3;
            nextHigh = 0x8F;
        } else if (b >= 0xF1 && b <= 0xF3) {
            pending = 3;
        } else {
            firstInvalidOffset = offset;
        }
    }

    /** C0 controls other than tab, line feed, form feed, carriage return and escape; and DEL. */
    private static boolean isControl(int b) {
        return (b < 0x20 && b != '\t' && b != '\n' && b != '\f' && b != '\r' && b != 0x1B) || b == 0x7F;
    }
}
