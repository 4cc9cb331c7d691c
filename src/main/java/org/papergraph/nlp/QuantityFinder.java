package org.papergraph.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers a note states and what they count: "2.8M images" (2,800,000 images), "2 trillion tokens", "14%",
 * "17 datasets", "1.3B-parameter". The counted noun is the number's head in the parse; a quantity qualifies an
 * entity when that noun belongs to (or hangs off) one of its mentions, otherwise the paper.
 */
final class QuantityFinder {

    private static final Pattern NUMBER = Pattern.compile("[~≈]?(\\d+(?:,\\d{3})*(?:\\.\\d+)?)([kKmMbBtT])?(?:-([a-z]+))?");
    private static final Map<String, Double> SCALE_WORDS = Map.of("thousand", 1e3, "million", 1e6, "billion", 1e9,
            "trillion", 1e12, "k", 1e3, "m", 1e6, "b", 1e9, "t", 1e12);
    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("twelve", 12), Map.entry("twenty", 20));

    private QuantityFinder() {}

    /** The whole number a counting word or numeral says ("two", "3"), or null. */
    static Integer count(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (NUMBER_WORDS.containsKey(w)) return NUMBER_WORDS.get(w);
        return w.matches("\\d{1,2}") ? Integer.valueOf(w) : null;
    }

    /**
     * @param entityAt entity id of the mention covering a token of the sentence, or -1 (sentence index × 10,000 + token)
     */
    static List<Extraction.Quantity> find(NoteContext note, IntFunction<Integer> entityAt) {
        List<Extraction.Quantity> out = new ArrayList<>();
        for (ParsedSentence s : note.sentences()) {
            for (int i = 0; i < s.size(); i++) {
                String w = s.word(i);
                Double base = null;
                String unitFromWord = null;
                Matcher m = NUMBER.matcher(w);
                if (m.matches() && (s.isNumber(i) || s.isAdjective(i) || s.isNoun(i))) {
                    base = Double.parseDouble(m.group(1).replace(",", ""));
                    if (m.group(2) != null) base *= SCALE_WORDS.get(m.group(2).toLowerCase(Locale.ROOT));
                    unitFromWord = m.group(3);
                } else if (s.isNumber(i) && NUMBER_WORDS.containsKey(w.toLowerCase(Locale.ROOT))) {
                    base = (double) NUMBER_WORDS.get(w.toLowerCase(Locale.ROOT));
                }
                if (base == null || entityAt.apply(s.index() * 10_000 + i) >= 0) continue;
                int end = i + 1;
                String unit = unitFromWord;
                if (end < s.size() && SCALE_WORDS.containsKey(s.word(end).toLowerCase(Locale.ROOT))
                        && (s.word(end).length() > 1 || Character.isUpperCase(s.word(end).charAt(0)))) {
                    base *= SCALE_WORDS.get(s.word(end).toLowerCase(Locale.ROOT));
                    end++;
                }
                if (end < s.size() && s.word(end).equals("%")) {
                    unit = "%";
                    end++;
                }
                int counted = countedNoun(s, i, end);
                if (unit == null && counted >= 0) unit = s.word(counted).toLowerCase(Locale.ROOT);
                if (unit == null) continue;   // a bare number says nothing we can type
                int qualifies = qualified(s, counted >= 0 ? counted : i, entityAt);
                out.add(new Extraction.Quantity(s.index(), s.charBegin(i), s.charEnd(end - 1),
                        s.text(note.text(), i, end), base, unit, qualifies));
                i = end - 1;
            }
        }
        return out;
    }

    /** The noun a number counts: its head through nummod, or the next noun in a compound ("25 channel types"). */
    private static int countedNoun(ParsedSentence s, int number, int end) {
        // the head outside the quantity itself: "2.8 M images" parses as nummod(M, 2.8), compound(images, M)
        for (int t = number; t < end; t++) {
            ParsedSentence.Arc g = s.governor(t);
            if (g == null) continue;
            boolean counting = g.relation().equals("nummod") || g.relation().equals("compound");
            if (counting && (g.token() < number || g.token() >= end) && s.isNoun(g.token())) return g.token();
        }
        if (end < s.size() && s.isNoun(end)) return end;
        return -1;
    }

    private static int qualified(ParsedSentence s, int token, IntFunction<Integer> entityAt) {
        int x = token;
        for (int steps = 0; steps < 4 && x >= 0; steps++) {
            int e = entityAt.apply(s.index() * 10_000 + x);
            if (e >= 0) return e;
            ParsedSentence.Arc g = s.governor(x);
            if (g == null) break;
            x = g.token();
        }
        return -1;
    }
}
