package org.papergraph.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * Members of a coordinated list ("on GSM8K, MATH and MMLU", "sycophancy, malicious behavior, and refusal"):
 * a conjunct of a found entity that no rule found is a candidate of the same type.
 */
final class Coordinations {

    static final double CONFIDENCE = 0.55;

    private Coordinations() {}

    static List<Candidate> expand(List<Candidate> selected, NoteContext note) {
        List<Candidate> added = new ArrayList<>();
        Lexicon lexicon = note.lexicon();
        for (Candidate c : selected) {
            if (c.generic) continue;
            ParsedSentence s = c.sentence;
            int head = c.head();
            List<Integer> mates = new ArrayList<>();
            for (ParsedSentence.Arc a : s.children(head)) if (a.relation().startsWith("conj")) mates.add(a.token());
            // the first member of a list heads it: "outperforms adapters, prefix-tuning and BitFit"
            ParsedSentence.Arc up = s.governor(head);
            if (up != null && up.relation().startsWith("conj")) mates.add(up.token());
            for (int x : mates) {
                if (!s.isNoun(x) || covered(selected, s, x) || covered(added, s, x)) continue;
                int from = PhraseSpans.strippedStart(s, PhraseSpans.modifierStart(s, x), x, lexicon);
                boolean content = !lexicon.isGenericModifier(s.word(x));
                for (int k = from; k < x; k++) if (lexicon.isGenericModifier(s.word(k))) content = false;
                if (!content || lexicon.typeHead(s.lemma(x)) != null && from == x) continue;
                Candidate conj = new Candidate(s, from, x + 1, Candidate.Rule.COORDINATION, CONFIDENCE);
                conj.nameLike = NameShapes.isNameShaped(s.word(x)) || NameShapes.isCapitalised(s.word(x));
                c.typeVotes.forEach((t, w) -> conj.vote(t, Math.min(w, 1.0)));
                // the member's own head noun says more than its list mate: "activation steering … malicious behavior"
                // (a parser's coordination is often wrong across a preposition) is a behaviour, not a method
                Lexicon.TypeHead own = lexicon.typeHead(s.lemma(x));
                if (own != null) conj.vote(own.type(), 2.0);
                added.add(conj);
            }
        }
        return added;
    }

    private static boolean covered(List<Candidate> cs, ParsedSentence s, int token) {
        for (Candidate c : cs) if (c.sentence == s && c.covers(token)) return true;
        return false;
    }
}
