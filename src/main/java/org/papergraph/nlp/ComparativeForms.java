package org.papergraph.nlp;

import java.util.List;

/**
 * Vocabulary terms written with a comparative or superlative adjective: "maintaining flatter minima" names flat
 * minima. The vocabulary annotator matches word forms, so the adjective's lemma is tried here with the noun after it.
 */
final class ComparativeForms implements CandidateRule {

    @Override
    public void find(ParsedSentence s, NoteContext note, List<Candidate> out) {
        for (int i = 0; i + 1 < s.size(); i++) {
            if (!(s.tag(i).equals("JJR") || s.tag(i).equals("JJS")) || !s.isNoun(i + 1)) continue;
            String form = s.lemma(i).toLowerCase() + " " + s.word(i + 1);
            List<Vocabulary.Entry> entries = note.vocabulary().byLabel(form);
            if (entries.size() != 1 || entries.get(0).generic()) continue;
            Vocabulary.Entry e = entries.get(0);
            Candidate c = new Candidate(s, i, i + 2, Candidate.Rule.VOCABULARY, VocabularySpans.CONFIDENCE);
            c.vocabularyId = e.id();
            c.vote(e.type(), 5.0);
            out.add(c);
        }
    }
}
