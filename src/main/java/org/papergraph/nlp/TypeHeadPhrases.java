package org.papergraph.nlp;

import java.util.List;

/**
 * Noun phrases headed by a word that names an entity type ("projection-loss-based optimization method",
 * "position-sensitive tasks", "PAC-Bayes bounds"): the head gives the type, the modifiers make the name.
 * A phrase needs a content modifier; a class noun after a name ("the FictionalQA dataset") types the name
 * instead of making a second entity; plain adjectives in front of a vocabulary term ("monolithic KL divergence")
 * do not make a new term.
 */
final class TypeHeadPhrases implements CandidateRule {

    static final double NOUN_MODIFIED = 0.6;
    static final double VERB_MODIFIED = 0.5;
    static final double ADJECTIVE_MODIFIED = 0.45;
    static final double BROAD_PHRASE = 0.45;

    @Override
    public void find(ParsedSentence s, NoteContext note, List<Candidate> out) {
        Lexicon lexicon = note.lexicon();
        for (int h = 0; h < s.size(); h++) {
            if (!s.isNoun(h)) continue;
            Lexicon.TypeHead typeHead = lexicon.typeHead(s.lemma(h));
            if (typeHead == null) continue;
            int from = PhraseSpans.strippedStart(s, PhraseSpans.modifierStart(s, h), h, lexicon);
            if (from == h) continue;
            boolean nameModifier = false, nounOrHyphen = false, verbal = false, content = false, nounModifier = false;
            for (int k = from; k < h; k++) {
                String w = s.word(k);
                boolean name = NameShapes.isNameShaped(w) || NameShapes.isCapitalised(w) && k > 0
                        || (s.vocabularyId(k) != null && !w.equals(w.toLowerCase()));
                nameModifier |= name;
                if (lexicon.isGenericModifier(w)) continue;
                content = true;
                if (s.isNoun(k) || w.indexOf('-') > 0 || name) nounOrHyphen = true;
                if (s.isNoun(k) || s.tag(k).equals("VBG") || name) nounModifier = true;
                if (s.tag(k).equals("VBN") || s.tag(k).equals("VBG")) verbal = true;
            }
            if (!content || (typeHead.kind() == Lexicon.HeadKind.BROAD_CLASS && !nounModifier)) continue;
            // "the FictionalQA dataset" names a dataset FictionalQA; "ReLU networks" are networks built with a known
            // method: a name of another known type in front of a class noun makes a phrase of its own
            boolean otherKnownType = nameModifier && modifiersOfOtherKnownType(s, from, h, typeHead.type(), note.vocabulary());
            if (typeHead.kind().isClass() && nameModifier && !otherKnownType) continue;
            if (adjectivesBeforeVocabularyTerm(s, from, h)) continue;
            // "a classification task", "computer vision datasets": a known term plus its class noun is the known term
            if (typeHead.kind().isClass() && modifiersAreOneVocabularyTerm(s, from, h)) continue;
            double confidence = nounOrHyphen ? NOUN_MODIFIED : verbal ? VERB_MODIFIED : ADJECTIVE_MODIFIED;
            // "computer vision datasets", "an image encoder": a broad class noun with a domain in front describes more
            // often than it names; the note has to give the phrase weight (proposal, study, title, repetition)
            if (typeHead.kind() == Lexicon.HeadKind.BROAD_CLASS) confidence = BROAD_PHRASE;
            Candidate c = new Candidate(s, from, h + 1, Candidate.Rule.TYPE_HEAD, confidence);
            c.vote(typeHead.type(), 2.0);
            c.relationalPhrase = typeHead.kind() == Lexicon.HeadKind.RELATIONAL || otherKnownType;
            out.add(c);
        }
    }

    private static boolean modifiersOfOtherKnownType(ParsedSentence s, int from, int head, EntityType headType, Vocabulary vocabulary) {
        boolean any = false;
        for (int k = from; k < head; k++) {
            String id = s.vocabularyId(k);
            if (id == null) continue;
            Vocabulary.Entry e = vocabulary.byId(id).orElse(null);
            if (e == null || e.type() == headType) return false;
            any = true;
        }
        return any;
    }

    private static boolean modifiersAreOneVocabularyTerm(ParsedSentence s, int from, int head) {
        String id = s.vocabularyId(from);
        if (id == null) return false;
        for (int k = from; k < head; k++) if (!id.equals(s.vocabularyId(k))) return false;
        return !id.equals(s.vocabularyId(head));
    }

    /**
     * True when the phrase is a vocabulary term ending at the head with only plain adjectives or participles in
     * front ("monolithic KL divergence", "theoretically derived generalization bounds"): the term, not a new one.
     */
    private static boolean adjectivesBeforeVocabularyTerm(ParsedSentence s, int from, int head) {
        String id = s.vocabularyId(head);
        if (id == null) return false;
        int k = head;
        while (k - 1 >= from && id.equals(s.vocabularyId(k - 1))) k--;
        if (k == from) return false;
        for (int j = from; j < k; j++) {
            String w = s.word(j);
            boolean plain = (s.isAdjective(j) || s.tag(j).equals("VBN") || s.tag(j).startsWith("RB")) && w.indexOf('-') < 0
                    && !NameShapes.isNameShaped(w) && !Character.isUpperCase(w.charAt(0));
            if (!plain) return false;
        }
        return true;
    }
}
