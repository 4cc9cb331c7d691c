package org.papergraph.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the publication year that venue names and dates carry: {@code ICLR2026}, {@code Mon, 2 Apr 2007 19:18:42 GMT}, {@code 2008-11-13}. */
final class Years {

    /** Exactly four digits, not part of a longer number (so {@code 19:18:42} and {@code 123456} give nothing). */
    private static final Pattern FOUR_DIGITS = Pattern.compile("(?<!\\d)(\\d{4})(?!\\d)");

    private Years() {}

    /** The first four-digit number in the text, or null. */
    static Integer findIn(String text) {
        if (text == null) return null;
        Matcher m = FOUR_DIGITS.matcher(text);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }
}
