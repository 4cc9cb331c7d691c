package org.papergraph.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * Members of an enumeration a container noun introduces: "a decomposition into three components — direct learning,
 * pre-caching, and circuit sharing", "two ingredients: experience replay and a separate target network". Each member
 * phrase is a candidate of the type the container implies (see container-nouns.tsv).
 */
final class Enumerations implements CandidateRule {

    static final double CONFIDENCE = 0.65;

    @Override
    public void find(ParsedSentence s, NoteContext note, List<Candidate> out) {
        Lexicon lexicon = note.lexicon();
        for (int c = 0; c < s.size(); c++) {
            if (!s.isNoun(c)) continue;
            EntityType type = lexicon.containerMemberType(s.lemma(c));
            if (type == null || !counted(s, c)) continue;
            List<Integer> members = new ArrayList<>();
            for (ParsedSentence.Arc a : s.children(c)) {
                String r = a.relation();
                if ((r.equals("appos") || r.equals("dep") || r.equals("list") || r.equals("parataxis")) && s.isNoun(a.token())) {
                    members.add(a.token());
                    for (ParsedSentence.Arc b : s.children(a.token())) if (b.relation().startsWith("conj") && s.isNoun(b.token())) members.add(b.token());
                }
            }
            if (members.size() < 2) continue;   // an enumeration names at least two members
            for (int m : members) {
                int from = PhraseSpans.strippedStart(s, PhraseSpans.modifierStart(s, m), m, lexicon);
                if (from == m && lexicon.isGenericModifier(s.word(m))) continue;
                Candidate cand = new Candidate(s, from, m + 1, Candidate.Rule.TYPE_HEAD, CONFIDENCE);
                Lexicon.TypeHead th = lexicon.typeHead(s.lemma(m));
                cand.vote(th != null ? th.type() : type, th != null ? 2.0 : 1.0);
                cand.nameLike = NameShapes.isNameShaped(s.word(m));
                cand.enumerated = true;
                out.add(cand);
            }
        }
    }

    /** "three components", "two ingredients", "the following stages": a number or "following" says a list comes. */
    private static boolean counted(ParsedSentence s, int noun) {
        for (ParsedSentence.Arc a : s.children(noun)) {
            if (a.relation().equals("nummod")) return true;
            if (a.relation().equals("amod") && s.lemma(a.token()).equalsIgnoreCase("following")) return true;
        }
        return false;
    }
}
