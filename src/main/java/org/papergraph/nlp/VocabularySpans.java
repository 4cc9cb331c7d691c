package org.papergraph.nlp;

import java.util.List;

/** Spans the vocabulary annotator tagged with a vocabulary entry: consecutive tokens carrying the same entry id. */
final class VocabularySpans implements CandidateRule {

    static final double CONFIDENCE = 0.95;
    /** A single lower-case vocabulary word ("refusal", "tokenization") is a weaker signal than a name. */
    static final double SINGLE_COMMON_WORD_CONFIDENCE = 0.75;

    @Override
    public void find(ParsedSentence s, NoteContext note, List<Candidate> out) {
        int i = 0;
        while (i < s.size()) {
            String id = s.vocabularyId(i);
            if (id == null) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < s.size() && id.equals(s.vocabularyId(j))) j++;
            Vocabulary.Entry entry = note.vocabulary().byId(id).orElse(null);
            if (entry != null && !note.lexicon().isGenericName(s.text(note.text(), i, j))) {
                String surface = s.text(note.text(), i, j);
                // a name is written with capitals wherever it stands; a capital only at a sentence start says nothing
                boolean capitalsBeyondStart = !(i == 0 ? surface.substring(1) : surface).equals((i == 0 ? surface.substring(1) : surface).toLowerCase());
                boolean name = NameShapes.isNameShaped(surface) || capitalsBeyondStart
                        || (i > 0 && Character.isUpperCase(surface.charAt(0)))
                        || (i == 0 && writtenAsName(entry, surface));
                double confidence = (j - i == 1 && !name) ? SINGLE_COMMON_WORD_CONFIDENCE : CONFIDENCE;
                Candidate c = new Candidate(s, i, j, Candidate.Rule.VOCABULARY, confidence);
                c.vocabularyId = id;
                c.generic = entry.generic() && !TitleTerms.namesNarrowerGeneric(note, surface);
                c.nameLike = name;
                c.vote(entry.type(), 5.0);
                out.add(c);
            }
            i = j;
        }
    }

    /**
     * At a sentence start the capital says nothing, but the vocabulary's own spelling does: it writes names with
     * capitals ("Mamba", "Adam") and common terms in lower case ("dropout", "grokking").
     */
    private static boolean writtenAsName(Vocabulary.Entry entry, String surface) {
        for (String label : entry.labels()) {
            if (label.equalsIgnoreCase(surface) && !label.equals(label.toLowerCase(java.util.Locale.ROOT))) return true;
        }
        return false;
    }
}
