package org.papergraph.nlp;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Names a counted proposal lists after a dash or colon: "We introduce two length-control methods — BudgetPO, a
 * preference-optimization objective …, and EarlyExit-T, a training-free probe …". The parse rarely keeps such a
 * list together (each member's gloss is a clause of its own), so the words decide: the kind the paper proposes is
 * plural and counted ("two", "three"), a dash or colon follows it before any verb, and the names that open a list
 * item after it (right after the dash, a comma, a semicolon, "and" or "or") are its members, as many as the count says.
 */
final class ProposedLists {

    private static final Set<String> OPENERS = Set.of("—", "–", "--", ":");
    private static final Set<String> ITEM_STARTS = Set.of(",", "and", "or", ";");

    private ProposedLists() {}

    /**
     * The counted kind phrase ("two … methods") whose list {@code m} opens an item of, or null when it opens none.
     *
     * @param proposedKinds the note's mentions the parse made the object of a paper's proposal verb
     * @param names         every name-like mention of the note
     */
    static Candidate listingKind(Candidate m, List<Candidate> proposedKinds, List<Candidate> names) {
        ParsedSentence s = m.sentence;
        for (Candidate k : proposedKinds) {
            if (k.sentence != s || k.to > m.from || !s.tag(k.head()).equals("NNS")) continue;
            Integer n = countOf(s, k);
            if (n == null || n < 2) continue;
            int opener = -1;
            for (int i = k.to; i < m.from && opener < 0; i++) {
                if (OPENERS.contains(s.word(i))) opener = i;
                else if (s.isVerb(i)) break;
            }
            if (opener < 0) continue;
            int place = 0;
            for (Candidate c : names) {
                if (c.sentence != s || c.from <= opener || c.from > m.from || !opensItem(s, c, opener)) continue;
                place++;
            }
            if (opensItem(s, m, opener) && place <= n) return k;
        }
        return null;
    }

    private static boolean opensItem(ParsedSentence s, Candidate c, int opener) {
        int before = c.from - 1;
        return before == opener || ITEM_STARTS.contains(s.word(before).toLowerCase(Locale.ROOT));
    }

    /** The number that counts the kind's head: "two … methods", "3 new benchmarks". */
    private static Integer countOf(ParsedSentence s, Candidate k) {
        for (ParsedSentence.Arc a : s.children(k.head())) {
            if (a.relation().equals("nummod")) return QuantityFinder.count(s.word(a.token()));
        }
        for (int i = k.from; i < k.head(); i++) {
            Integer n = QuantityFinder.count(s.word(i));
            if (n != null) return n;
        }
        return null;
    }
}
