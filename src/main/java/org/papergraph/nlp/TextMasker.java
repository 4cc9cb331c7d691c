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

    static String mask(String text) {
        text = INNER_DASH.matcher(text).replaceAll("-");
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
