package org.papergraph.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a method is measured against is a system of its own, even when it is written as a common-noun phrase:
 * "outperforming unit-test-only rewards", "a superior tradeoff compared to sample-level methods", "outperforms
 * the square-root scaling rule". The comparison gives the phrase the weight an unlisted head ("rewards") lacks
 * elsewhere; broad class heads ("methods", "models") stay out. Phrases with a name in them are left to the name rules ("single-agent
 * GRPO" is GRPO), and a phrase must keep a content modifier once generic ones are stripped ("prior methods",
 * "strong baselines" are not systems).
 */
final class ComparedSystems implements CandidateRule {

    static final double CONFIDENCE = 0.55;

    /** Heads that only say "the other side of the comparison". */
    private static final Set<String> COMPARISON_NOUNS = Set.of("alternative", "baseline", "counterpart",
            "competitor", "variant", "predecessor", "rival");

    @Override
    public void find(ParsedSentence s, NoteContext note, List<Candidate> out) {
        Lexicon lexicon = note.lexicon();
        for (int t = 0; t < s.size(); t++) {
            for (int head : comparedHeads(s, t, lexicon)) {
                Candidate c = phrase(s, head, lexicon);
                if (c != null) out.add(c);
            }
        }
    }

    /** Heads of the phrases token {@code t} compares against, with their list members. */
    private static List<Integer> comparedHeads(ParsedSentence s, int t, Lexicon lexicon) {
        List<Integer> heads = new ArrayList<>();
        boolean outperform = s.isVerb(t) && lexicon.hasCue(s.lemma(t).toLowerCase(Locale.ROOT), Lexicon.Cue.OUTPERFORM);
        for (ParsedSentence.Arc a : s.children(t)) {
            String r = a.relation();
            boolean compared = outperform && (r.equals("obj") || r.equals("obl:over") || r.equals("obl:than"))
                    || r.endsWith(":compared_to") || r.endsWith(":compared_with") || r.endsWith(":relative_to");
            if (!compared) continue;
            heads.add(a.token());
            for (ParsedSentence.Arc c : s.children(a.token())) if (c.relation().startsWith("conj")) heads.add(c.token());
        }
        return heads;
    }

    private static Candidate phrase(ParsedSentence s, int head, Lexicon lexicon) {
        if (!s.isNoun(head) || COMPARISON_NOUNS.contains(s.lemma(head).toLowerCase(Locale.ROOT))) return null;
        // "one-shot methods", "open-source chat models", "distillation techniques": a broad class noun names a family
        // of baselines, measured on the evaluation sets at a precision of about one in four
        Lexicon.TypeHead th = lexicon.typeHead(s.lemma(head));
        if (th != null && th.kind() == Lexicon.HeadKind.BROAD_CLASS) return null;
        int from = PhraseSpans.strippedStart(s, PhraseSpans.modifierStart(s, head), head, lexicon);
        boolean content = false;
        for (int k = from; k <= head; k++) {
            String w = s.word(k);
            if (NameShapes.isNameShaped(w) || NameShapes.isCapitalised(w) || s.vocabularyId(k) != null && k == head) return null;
            // a noun, a participle or a hyphenated compound makes a term; a plain adjective describes ("raw trajectories")
            boolean plainAdjective = s.isAdjective(k) && w.indexOf('-') < 0;
            if (k < head && !lexicon.isGenericModifier(w) && !s.tag(k).equals("CD") && !plainAdjective) content = true;
        }
        if (!content) return null;
        Candidate c = new Candidate(s, from, head + 1, Candidate.Rule.TYPE_HEAD, CONFIDENCE);
        c.vote(th != null ? th.type() : EntityType.METHOD, th != null ? 2.0 : 1.0);
        return c;
    }
}
