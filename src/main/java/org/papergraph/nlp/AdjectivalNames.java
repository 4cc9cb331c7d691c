package org.papergraph.nlp;

import java.util.List;

/**
 * Names inside hyphenated adjectives: "PPO-based RLHF" mentions PPO, "Transformer-like models" mentions the
 * Transformer. The tokenizer keeps such words whole (so that KL-Shampoo stays one name), so the name is a span
 * inside one token.
 */
final class AdjectivalNames implements CandidateRule {

    static final double CONFIDENCE = 0.75;

    @Override
    public void find(ParsedSentence s, NoteContext note, List<Candidate> out) {
        for (int i = 0; i < s.size(); i++) {
            String prefix = NameShapes.adjectivalSuffix(s.word(i));
            if (prefix == null || note.lexicon().isGenericName(prefix)) continue;
            Vocabulary.Entry entry = exactEntry(note.vocabulary(), prefix);
            if (entry == null && !NameShapes.isNameShaped(prefix)) continue;
            if (entry != null && entry.generic()) continue;
            Candidate c = new Candidate(s, i, i + 1, entry != null ? Candidate.Rule.VOCABULARY : Candidate.Rule.NAME_SHAPE, CONFIDENCE);
            c.charBegin = s.charBegin(i);
            c.charEnd = s.charBegin(i) + prefix.length();
            c.nameLike = true;
            if (entry != null) {
                c.vocabularyId = entry.id();
                c.vote(entry.type(), 5.0);
            }
            out.add(c);
        }
    }

    /** The entry with this exact label (case as written for capitalised labels). */
    private static Vocabulary.Entry exactEntry(Vocabulary vocabulary, String form) {
        for (Vocabulary.Entry e : vocabulary.byLabel(form)) {
            for (String l : e.labels()) {
                if (l.equals(form) || (l.equals(l.toLowerCase()) && l.equalsIgnoreCase(form))) return e;
            }
        }
        return null;
    }
}
