package org.papergraph.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * A vocabulary term with an adjective in front names a more specific term when the paper studies or proposes
 * it ("to study both factual memorization and verbatim memorization") or its title says so: the adjective joins
 * the span. Elsewhere ("replace the monolithic KL divergence") the adjective only describes, and the vocabulary
 * term stands alone.
 */
final class SpecificTerms {

    static final double CONFIDENCE = 0.65;

    private SpecificTerms() {}

    static List<Candidate> extend(List<Candidate> selected, NoteContext note) {
        List<Candidate> out = new ArrayList<>(selected.size());
        String title = note.title() == null ? "" : " " + LabelKeys.normalise(note.title()).replaceAll("[^\\p{L}\\p{N}]+", " ") + " ";
        for (Candidate c : selected) {
            int adj = c.from - 1;
            ParsedSentence s = c.sentence;
            boolean candidate = c.rule == Candidate.Rule.VOCABULARY && !c.nameLike && !c.generic && adj >= 0
                    && (s.isAdjective(adj) || s.tag(adj).equals("VBN") || s.isNoun(adj) && !NameShapes.isNameShaped(s.word(adj)))
                    && s.word(adj).indexOf('-') < 0 && !note.lexicon().isGenericModifier(s.word(adj))
                    && s.governor(adj) != null && c.covers(s.governor(adj).token()) && !covered(selected, s, adj);
            if (candidate) {
                String phrase = LabelKeys.normalise(s.text(note.text(), adj, c.to)).replaceAll("[^\\p{L}\\p{N}]+", " ");
                if (studiedOrProposed(c, note) || title.contains(" " + phrase + " ")) {
                    Candidate longer = new Candidate(s, adj, c.to, Candidate.Rule.TYPE_HEAD, CONFIDENCE);
                    c.typeVotes.forEach(longer::vote);
                    out.add(longer);
                    continue;
                }
            }
            out.add(c);
        }
        return out;
    }

    private static boolean covered(List<Candidate> cs, ParsedSentence s, int token) {
        for (Candidate c : cs) if (c.sentence == s && c.covers(token)) return true;
        return false;
    }

    private static boolean studiedOrProposed(Candidate c, NoteContext note) {
        for (Dependencies.Attachment a : Dependencies.attachments(c.sentence, c.head(), false, note.lexicon())) {
            if (a.governor() < 0) continue;
            // the means of the paper's method: "… via nested tokenization", "… through stage-wise training"
            if (a.relation().equals("obl:via") || a.relation().equals("obl:through")) return true;
            if (!Dependencies.isObjectRelation(a.relation())) continue;
            String lemma = c.sentence.lemma(a.governor());
            if (note.lexicon().hasCue(lemma, Lexicon.Cue.STUDY) || note.lexicon().hasCue(lemma, Lexicon.Cue.PROPOSE)) return true;
        }
        return false;
    }
}
