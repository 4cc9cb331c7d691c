package org.papergraph.nlp;

import java.util.List;

/**
 * The object of a proposal verb whose doer is the paper ("It proposes an intrinsic recoverability criterion",
 * "proposes a decomposition of gradient pathways"): a candidate even when no other rule recognises it, as long as
 * it has content beyond a bare class noun ("a new framework" is not a name). An "of" complement is included.
 * A bare class noun that lists its members in apposition ("propose two new metrics, perceptual path length and
 * linear separability") stands for them: each member is a candidate of the class noun's type.
 */
final class ProposalObjects implements CandidateRule {

    static final double CONFIDENCE = 0.6;

    @Override
    public void find(ParsedSentence s, NoteContext note, List<Candidate> out) {
        Lexicon lexicon = note.lexicon();
        for (int v = 0; v < s.size(); v++) {
            if (!s.isVerb(v) || !lexicon.hasCue(s.lemma(v), Lexicon.Cue.PROPOSE)) continue;
            if (Dependencies.hasOnComplement(s, v) || !Dependencies.paperIsDoer(s, v, lexicon)) continue;
            for (ParsedSentence.Arc a : s.children(v)) {
                if (!(a.relation().equals("obj") || a.relation().equals("iobj") || a.relation().equals("nsubj:pass"))) continue;
                int o = a.token();
                if (!s.isNoun(o) || NameShapes.isNameShaped(s.word(o)) || lexicon.isCollectiveNoun(s.lemma(o))) continue;
                int from = PhraseSpans.strippedStart(s, PhraseSpans.modifierStart(s, o), o, lexicon);
                int to = o + 1;
                for (ParsedSentence.Arc of : s.children(o)) {
                    // "a decomposition of gradient pathways": the complement's head ends the phrase
                    if (of.relation().equals("nmod:of") && of.token() > o && of.token() - o <= 4) to = of.token() + 1;
                }
                boolean content = to > o + 1;
                for (int k = from; k < o; k++) if (!lexicon.isGenericModifier(s.word(k))) content = true;
                Lexicon.TypeHead th = lexicon.typeHead(s.lemma(o));
                if (!content || Dependencies.isBareClassNoun(s, o, lexicon) && to == o + 1) {
                    if (th != null) appositiveMembers(s, o, th.type(), lexicon, out);
                    continue;
                }
                Candidate c = new Candidate(s, from, to, Candidate.Rule.PROPOSAL_OBJECT, CONFIDENCE);
                c.vote(th != null ? th.type() : EntityType.METHOD, th != null ? 2.0 : 0.5);
                c.relationalPhrase = th != null && th.kind() == Lexicon.HeadKind.RELATIONAL;
                // the parser often makes the listed members objects of the verb beside their class noun
                Lexicon.TypeHead kind = listingKind(s, v, from, lexicon);
                if (kind != null) c.vote(kind.type(), 2.0);
                out.add(c);
            }
        }
    }

    /**
     * The class of a bare class-noun object of the same verb that lists this object after a comma ("introduce two new
     * metrics, temporal flicker energy and identity drift"), or null.
     */
    private static Lexicon.TypeHead listingKind(ParsedSentence s, int verb, int from, Lexicon lexicon) {
        for (ParsedSentence.Arc a : s.children(verb)) {
            int k = a.token();
            if (!a.relation().equals("obj") || k + 1 >= from || !s.word(k + 1).equals(",") || !s.isNoun(k)) continue;
            boolean bare = true;
            for (int i = PhraseSpans.modifierStart(s, k); i < k; i++) if (!lexicon.isGenericModifier(s.word(i))) bare = false;
            for (int i = k + 1; i < from; i++) if (s.isVerb(i)) bare = false;
            Lexicon.TypeHead th = lexicon.typeHead(s.lemma(k));
            if (bare && th != null) return th;
        }
        return null;
    }

    /**
     * The common-noun phrases in apposition to a proposed class noun, and their list members. Names there are found
     * by the name rules; a lowercase member needs a modifier of content ("linear separability", not "a loss").
     */
    private static void appositiveMembers(ParsedSentence s, int classNoun, EntityType type, Lexicon lexicon, List<Candidate> out) {
        for (ParsedSentence.Arc a : s.children(classNoun)) {
            if (!a.relation().equals("appos") || a.token() < classNoun) continue;
            List<Integer> members = new java.util.ArrayList<>(List.of(a.token()));
            for (ParsedSentence.Arc c : s.children(a.token())) if (c.relation().startsWith("conj")) members.add(c.token());
            for (int m : members) {
                if (!s.isNoun(m) || NameShapes.isNameShaped(s.word(m))) continue;
                int from = PhraseSpans.strippedStart(s, PhraseSpans.modifierStart(s, m), m, lexicon);
                boolean content = false;
                for (int k = from; k < m; k++) if (!lexicon.isGenericModifier(s.word(k))) content = true;
                if (!content) continue;
                Candidate c = new Candidate(s, from, m + 1, Candidate.Rule.PROPOSAL_OBJECT, CONFIDENCE);
                c.vote(type, 2.0);
                out.add(c);
            }
        }
    }
}
