package org.papergraph.ingest;

import java.text.Normalizer;

/**
 * The text normalisation every field of every record gets, so that two sources never disagree on what a title
 * "is": line breaks unified, invisible garbage removed, Unicode composed.
 */
final class TextCleaning {

    /** The cleaned text and how many characters were removed (reported to the user, since they were in the input). */
    record Cleaned(String text, int removedCharacters) {}

    private TextCleaning() {}

    /**
     * CRLF and CR become \n; C0 controls except \t and \n, DEL, C1 controls, U+FFFE, U+FFFF and lone surrogates are
     * removed (they are never meant as text: decoding debris, pasted terminal output, hostile input); then NFC, so that
     * a composed and a decomposed "é" are the same string in the graph. Format characters such as ZWJ and the bidi
     * marks are kept: emoji sequences and right-to-left text need them.
     */
    static Cleaned clean(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int removed = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\r') {
                out.append('\n');
                if (i < text.length() && text.charAt(i) == '\n') i++;
            } else if (isUnwanted(cp)) {
                removed++;
            } else {
                out.appendCodePoint(cp);
            }
        }
        String cleaned = out.toString();
        if (!Normalizer.isNormalized(cleaned, Normalizer.Form.NFC))
            cleaned = Normalizer.normalize(cleaned, Normalizer.Form.NFC);
        return new Cleaned(cleaned, removed);
    }

    /** Every run of white space (line breaks, tabs, no-break spaces included) becomes one space; ends trimmed. */
    static String collapseWhitespace(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                pendingSpace = out.length() > 0;
            } else {
                if (pendingSpace) out.append(' ');
                pendingSpace = false;
                out.appendCodePoint(cp);
            }
        }
        return out.toString();
    }

    static int codePointLength(String text) {
        return text.codePointCount(0, text.length());
    }

    /**
     * A short, single-line, cleaned excerpt for messages: never floods a terminal with a hostile 5 MB line, nor
     * sends it the input's escape sequences.
     */
    static String excerpt(String text, int maxChars) {
        String head = text.length() > 2 * maxChars ? text.substring(0, 2 * maxChars) : text;
        String line = collapseWhitespace(clean(head).text());
        if (line.length() <= maxChars && head.length() == text.length()) return line;
        int end = Math.min(maxChars, line.length());
        if (end > 0 && Character.isHighSurrogate(line.charAt(end - 1))) end--;
        return line.substring(0, end) + "…";
    }

    private static boolean isUnwanted(int cp) {
        return (cp < 0x20 && cp != '\t' && cp != '\n')
                || (cp >= 0x7F && cp <= 0x9F)
                || cp == 0xFFFE || cp == 0xFFFF
                || (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE);
    }
}
