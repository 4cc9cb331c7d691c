package org.papergraph.nlp;

import java.util.Locale;

/** The words that join the items of a list: ",", "and", "or" and "as well as". */
final class ListJoiners {

    private ListJoiners() {}

    /** A one-word joiner: ",", "and", "or". */
    static boolean isJoinerWord(String word) {
        return word.equals(",") || word.equalsIgnoreCase("and") || word.equalsIgnoreCase("or");
    }

    /** How many words of a joiner start at token {@code i}; 0 for none. */
    static int at(ParsedSentence s, int i) {
        if (i >= s.size()) return 0;
        String w = s.word(i).toLowerCase(Locale.ROOT);
        if (isJoinerWord(w)) return 1;
        boolean asWellAs = w.equals("as") && i + 2 < s.size() && s.word(i + 1).equalsIgnoreCase("well") && s.word(i + 2).equalsIgnoreCase("as");
        return asWellAs ? 3 : 0;
    }

    /** Tokens {@code from} (inclusive) to {@code to} (exclusive) are one or more joiners and nothing else (", and"). */
    static boolean onlyJoinersBetween(ParsedSentence s, int from, int to) {
        if (to <= from) return false;
        int k = from;
        for (int skip = at(s, k); skip > 0 && k < to; skip = at(s, k)) k += skip;
        return k == to;
    }
}
