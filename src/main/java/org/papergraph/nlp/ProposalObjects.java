package org.papergraph.nlp;

import java.util.List;

/**
 * The object of a proposal verb whose doer is the paper ("It proposes an intrinsic recoverability criterion",
 * "proposes a decomposition of gradient pathways"): a candidate even when no other rule recognises it, as long as
 * it has content beyond a bare class noun ("a new framework" is not a name). An "of" complement is included.
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
                if (!content || Dependencies.isBareClassNoun(s, o, lexicon) && to == o + 1) continue;
                Candidate c = new Candidate(s, from, to, Candidate.Rule.PROPOSAL_OBJECT, CONFIDENCE);
                Lexicon.TypeHead th = lexicon.typeHead(s.lemma(o));
                c.vote(th != null ? th.type() : EntityType.METHOD, th != null ? 2.0 : 0.5);
                c.relationalPhrase = th != null && th.kind() == Lexicon.HeadKind.RELATIONAL;
                out.add(c);
            }
        }
    }
}
