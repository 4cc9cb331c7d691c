package org.papergraph.nlp;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hides inline mathematics from the parser without moving any character: {@code \(p \gg dn\)} becomes
 * "formula" padded with spaces to the same length, so CoreNLP sees one noun instead of a garbled token run and
 * every offset still points into the original text.
 */
final class TextMasker {

    private static final Pattern MATH = Pattern.compile(
            "\\\\\\((.+?)\\\\\\)|\\\\\\[(.+?)\\\\\\]|\\$\\$(.+?)\\$\\$|(?<![\\w$])\\$(?=\\S)([^$\\n]{1,200}?)(?<=\\S)\\$(?![\\w$])",
            Pattern.DOTALL);

    private TextMasker() {}

    private static final Pattern INNER_DASH = Pattern.compile("(?<=[\\p{L}\\p{N}])[\u2010\u2011\u2012\u2013](?=[\\p{L}\\p{N}])");

    /**
     * "SE(3)-equivariant", "O(n)-invariant": a group's name in a compound adjective. The tokenizer splits at the
     * brackets and the parser then hangs the pieces anywhere; with the brackets masked as letters ("SEx3x-equivariant")
     * the adjective stays one token, whose offsets still cover the original text.
     */
    private static final Pattern BRACKETED_ARGUMENT = Pattern.compile("(?<=\\p{L})\\(([\\p{L}\\p{N}]{1,3})\\)(?=-\\p{L})");

    static String mask(String text) {
        text = INNER_DASH.matcher(text).replaceAll("-");
        text = BRACKETED_ARGUMENT.matcher(text).replaceAll("x$1x");
        Matcher m = MATH.matcher(text);
        if (!m.find()) return text;
        StringBuilder sb = new StringBuilder(text);
        do {
            int len = m.end() - m.start();
            String word = len >= 7 ? "formula" : "x";
            String replacement = word + " ".repeat(len - word.length());
            sb.replace(m.start(), m.end(), replacement);
        } while (m.find());
        return sb.toString();
    }
}
