package org.papergraph.nlp;

/**
 * Noun-phrase boundaries from the dependency parse: a head noun and the modifiers to its left that depend on
 * it (compounds and adjectives, hyphenated words, names), without determiners, numbers and punctuation.
 */
final class PhraseSpans {

    private PhraseSpans() {}

    /** First token of the phrase headed by {@code head}, before any stripping of generic words. */
    static int modifierStart(ParsedSentence s, int head) {
        int m = head;
        while (m - 1 >= 0 && isModifierToken(s, m - 1) && dependsWithin(s, m - 1, head)) m--;
        return m;
    }

    /** First token after dropping leading evaluative or deictic words ("our simple", "the novel"). */
    static int strippedStart(ParsedSentence s, int from, int head, Lexicon lexicon) {
        int m = from;
        while (m < head && (lexicon.isStrippedModifier(s.word(m)) || s.tag(m).equals("JJR") || s.tag(m).equals("JJS"))) m++;
        return m;
    }

    static boolean isModifierToken(ParsedSentence s, int i) {
        String w = s.word(i);
        String t = s.tag(i);
        if (w.equals("-") || w.equals("/") || w.equals("%") || s.isNumber(i)) return false;
        // a measured size is a quantity of the thing, not part of its name: "a 410M-parameter Transformer", "+2.7 box AP"
        // (a bit width is part of a name: "8-bit Adam")
        if (NameShapes.isMagnitude(w)) return false;
        if ((t.equals("VBG") || t.equals("VBN")) && w.indexOf('-') < 0) {
            // a participle is a modifier only when the parse says so ("masked reconstruction"), not when it heads
            // a clause of its own ("… functions for identifying inactive heads", "yielding worse metrics")
            ParsedSentence.Arc g = s.governor(i);
            if (g == null || !(g.relation().equals("amod") || g.relation().equals("compound"))) return false;
            if (!s.children(i, "obj").isEmpty()) return false;
            String before = i > 0 ? s.tag(i - 1) : "";
            // "that" and "whether" introduce clauses whose subject may start with a participle ("proves that coupled dynamics …")
            boolean preposition = before.equals("IN") && !s.word(i - 1).equalsIgnoreCase("that") && !s.word(i - 1).equalsIgnoreCase("whether");
            return !(i == 0 || preposition || before.equals(",") || before.equals("TO") || before.equals(":"));
        }
        return t.startsWith("NN") || t.startsWith("JJ") || t.equals("FW")
                || NameShapes.isNameShaped(w) || (w.indexOf('-') > 0 && Character.isLetterOrDigit(w.charAt(0)));
    }

    /** True when token k reaches {@code head} through heads that all lie between k and head. */
    static boolean dependsWithin(ParsedSentence s, int k, int head) {
        int x = k;
        for (int steps = 0; steps < 6; steps++) {
            ParsedSentence.Arc g = s.governor(x);
            if (g == null) return false;
            if (g.token() == head) return true;
            if (g.token() < k || g.token() > head) return false;
            x = g.token();
        }
        return false;
    }
}
