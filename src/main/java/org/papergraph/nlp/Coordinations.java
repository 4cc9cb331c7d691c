package org.papergraph.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * Members of a coordinated list ("on GSM8K, MATH and MMLU", "sycophancy, malicious behavior, and refusal"):
 * a conjunct of a found entity that no rule found is a candidate of the same type.
 *
 * <p>A conjunct is taken on the strength of the list alone, so it has to look like a list member, not like whatever
 * the parser joined with {@code conj}: a name, or a phrase of several words. A single lower-case word ("simplicity",
 * "minutes", "inference" — and verbs the tagger read as nouns, "recomputes") is taken only from an enumeration of
 * three or more members ("inpainting, colorization and super-resolution"), since a two-member {@code conj} is most
 * often a misparse of clause or property coordination. Numbers and symbols are quantities, not list members. On the
 * four evaluation sets, coordination members without these tests were right 31 % (dev) and 19 % (held-out) of the
 * time.
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
            int members = listSize(s, head);
            for (int x : mates) {
                if (!s.isNoun(x) || covered(selected, s, x) || covered(added, s, x) || verbBeforeVerb(s, x)) continue;
                int from = PhraseSpans.strippedStart(s, PhraseSpans.modifierStart(s, x), x, lexicon);
                if (!looksLikeMember(s, from, x, members)) continue;
                boolean content = !lexicon.isGenericModifier(s.word(x));
                for (int k = from; k < x; k++) if (lexicon.isGenericModifier(s.word(k))) content = false;
                if (!content || lexicon.typeHead(s.lemma(x)) != null && from == x) continue;
                // "… and a Vicuna-7B decoder": a class noun after a name types the name, it makes no second member
                Lexicon.TypeHead classNoun = lexicon.typeHead(s.lemma(x));
                if (classNoun != null && classNoun.kind().isClass() && namedWithin(selected, s, from, x)) continue;
                Candidate conj = new Candidate(s, from, x + 1, Candidate.Rule.COORDINATION, CONFIDENCE);
                conj.nameLike = NameShapes.isNameShaped(s.word(x)) || NameShapes.isCapitalised(s.word(x)) && x > 0;
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

    /** "NovaLM-7B matches or exceeds XLNet": a "noun" coordinated with a finite verb right after it is a verb too. */
    private static boolean verbBeforeVerb(ParsedSentence s, int x) {
        return x + 2 < s.size() && (s.word(x + 1).equals("or") || s.word(x + 1).equals("and"))
                && s.isFiniteVerb(x + 2);
    }

    /** Members of the list the token belongs to: its first member and that member's conjuncts. */
    private static int listSize(ParsedSentence s, int token) {
        ParsedSentence.Arc up = s.governor(token);
        int first = up != null && up.relation().startsWith("conj") ? up.token() : token;
        int n = 1;
        for (ParsedSentence.Arc a : s.children(first)) if (a.relation().startsWith("conj")) n++;
        return n;
    }

    /** A name or a phrase of several words; a bare lower-case word only as one of three or more members. */
    private static boolean looksLikeMember(ParsedSentence s, int from, int head, int members) {
        if (s.tag(from).equals("CD") || NameShapes.isQuantity(s.word(from))) return false;
        // a noun phrase ends at its head; a "head" followed by an object or a clause is a verb the tagger misread:
        // "… and report gains of +9.2 CIDEr", "… the parity task show that …"
        if (head + 1 < s.size() && (s.isNoun(head + 1) || s.tag(head + 1).equals("DT") || s.word(head + 1).equalsIgnoreCase("that"))) return false;
        boolean letters = false;
        for (int k = from; k <= head && !letters; k++) letters = s.word(k).chars().anyMatch(Character::isLetter);
        if (!letters) return false;
        if (from < head) return true;
        String w = s.word(head);
        // a capital at the sentence start says nothing ("Experiments with ResNet18 and …")
        return NameShapes.isNameShaped(w) || NameShapes.isCapitalised(w) && head > 0 || members >= 3;
    }

    /** Whether a chosen name lies among the modifiers from {@code from} up to the head. */
    private static boolean namedWithin(List<Candidate> cs, ParsedSentence s, int from, int head) {
        for (int k = from; k < head; k++) {
            for (Candidate c : cs) if (c.sentence == s && c.covers(k) && c.nameLike) return true;
        }
        return false;
    }

    private static boolean covered(List<Candidate> cs, ParsedSentence s, int token) {
        for (Candidate c : cs) if (c.sentence == s && c.covers(token)) return true;
        return false;
    }
}
