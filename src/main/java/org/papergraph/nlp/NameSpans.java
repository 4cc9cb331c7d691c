package org.papergraph.nlp;

import java.util.List;
import java.util.Set;

/**
 * Names the vocabulary lacks, recognised by how they are written: camel case (SemHiTok), digits (CHAMMI-75,
 * GPT-2), acronyms (WSO), hyphenated names (KL-Shampoo), and runs of capitalised words inside a sentence
 * (Contrastive Weight Steering, Mixture of Experts). A run may continue with another name-shaped word
 * (AHON LN), a capitalised word (MoMa Hub) or a version number (Gemma 2).
 */
final class NameSpans implements CandidateRule {

    static final double SHAPED = 0.85;
    static final double ACRONYM = 0.75;
    static final double CAPITALISED_RUN = 0.7;
    /** One capitalised word mid-sentence is often an organisation or a person: below the link threshold. */
    static final double SINGLE_CAPITALISED = 0.45;

    @Override
    public void find(ParsedSentence s, NoteContext note, List<Candidate> out) {
        Lexicon lexicon = note.lexicon();
        int i = 0;
        while (i < s.size()) {
            String w = s.word(i);
            if (isName(w, lexicon)) {
                int j = i + 1;
                while (j < s.size()) {
                    if (isName(s.word(j), lexicon) || isCapitalisedWord(s, j)) j++;
                    // "Llama 1 34B", "Gemma 2": a version and a size may follow a name; after an acronym only a size
                    // ("UL2 20B", "OPT 175B"): a bare number after an acronym is more often a count than a version
                    else if (j <= i + 2 && (NameShapes.isVersionNumber(s.word(j)) && !NameShapes.isAcronym(w) || NameShapes.isModelSize(s.word(j)))) j++;
                    // "ViT-B/16", "ViT-g/14": a patch size after a slash is part of the name
                    else if (s.word(j).equals("/") && j + 1 < s.size() && s.word(j + 1).matches("\\d+[a-z]*(@\\d+[a-z]*)?")) j += 2;
                    // "nDCG@5", "R@1", "ViT-L/14@336px": a cutoff or resolution written onto the name
                    else if (attachedSuffix(s, j, "@", "\\d+[a-z]*|k")) j += 2;
                    else break;
                }
                Candidate c = new Candidate(s, i, j, Candidate.Rule.NAME_SHAPE, NameShapes.isAcronym(w) && j == i + 1 ? ACRONYM : SHAPED);
                c.nameLike = true;
                out.add(c);
                i = j;
            } else if (i > 0 && s.vocabularyId(i) != null && s.vocabularyId(i).equals(s.vocabularyId(i - 1))
                    && i + 1 < s.size() && s.vocabularyId(i + 1) == null && isName(s.word(i + 1), lexicon)) {
                // "the graph Transformer GraphGPS": a capitalised word that ends a known term begun before it is the
                // term's, not the start of a run with the name after it ("1B Word Benchmark" runs on as before)
                i++;
            } else if (isCapitalisedWord(s, i) || NameShapes.isHyphenatedName(w)) {
                int j = i + 1;
                while (j < s.size()) {
                    if (isCapitalisedWord(s, j) || NameShapes.isHyphenatedName(s.word(j)) || isName(s.word(j), lexicon)) j++;
                    else if (s.word(j).equals("of") && j + 1 < s.size() && isCapitalisedWord(s, j + 1)) j += 2;
                    else break;
                }
                // "Chinchilla 70B", "Llama 1 34B": a size after the run, with a version before it, makes a sized name
                // (a bare number does not: "Table 2")
                boolean sized = false;
                if (j < s.size() && NameShapes.isModelSize(s.word(j))) {
                    j++;
                    sized = true;
                } else if (j + 1 < s.size() && NameShapes.isVersionNumber(s.word(j)) && NameShapes.isModelSize(s.word(j + 1))) {
                    j += 2;
                    sized = true;
                }
                int from = i;
                if (i == 0 && !namedByTitle(s, i, j, note)) {
                    // a capital at the start of a sentence says nothing; a capitalised run after it still does
                    // ("Prompting PaLM …": a verb that starts the sentence is not part of the name)
                    if (j - i == 1 || isFunctionWord(s, i) || !s.tag(i).startsWith("NNP")) from = i + 1;
                }
                if (j - from >= 1 && !(j - from == 1 && lexicon.isGenericName(s.word(from)))) {
                    boolean single = j - from == 1;
                    Candidate c = new Candidate(s, from, j, Candidate.Rule.NAME_SHAPE,
                            sized ? SHAPED : single ? SINGLE_CAPITALISED : CAPITALISED_RUN);
                    c.nameLike = true;
                    out.add(c);
                }
                i = j;
            } else {
                i++;
            }
        }
        flavouredNames(s, lexicon, out);
        sizedKnownModels(s, note, out);
    }

    /** Sizes written in lower case after a model's name: "Whisper large", "T5 base". */
    private static final Set<String> SIZE_WORDS = Set.of("tiny", "mini", "small", "base", "medium",
            "large", "huge", "giant");

    /**
     * "Whisper large, with 1.55B parameters": a size word in lower case after a model the vocabulary knows names one
     * size of it, when no noun follows ("the BERT large model" names a model by its size, it is no name of its own).
     */
    private static void sizedKnownModels(ParsedSentence s, NoteContext note, List<Candidate> out) {
        for (int t = 1; t < s.size(); t++) {
            String id = s.vocabularyId(t - 1);
            if (id == null || s.vocabularyId(t) != null || !SIZE_WORDS.contains(s.word(t))) continue;
            if (t + 1 < s.size() && s.isNoun(t + 1)) continue;
            Vocabulary.Entry entry = note.vocabulary().byId(id).orElse(null);
            if (entry == null || entry.type() != EntityType.MODEL || entry.generic()) continue;
            int from = t - 1;
            while (from > 0 && id.equals(s.vocabularyId(from - 1))) from--;
            if (!Character.isUpperCase(s.word(from).charAt(0))) continue;
            Candidate c = new Candidate(s, from, t + 1, Candidate.Rule.NAME_SHAPE, SHAPED);
            c.nameLike = true;
            c.vote(EntityType.MODEL, 2.0);
            out.add(c);
        }
    }

    /**
     * "Mistral 7B – Instruct", "Llama 2 13B – Chat": a flavour written after a spaced dash belongs to the name before
     * it, however that name was found (the vocabulary knows "Mistral 7B", not its chat version).
     */
    private static void flavouredNames(ParsedSentence s, Lexicon lexicon, List<Candidate> out) {
        for (int d = 1; d + 1 < s.size(); d++) {
            if (!(s.word(d).equals("–") || s.word(d).equals("-")) || s.charBegin(d) == s.charEnd(d - 1)) continue;
            if (!NameShapes.isCapitalised(s.word(d + 1)) || !NameVariants.isVersionSuffix(s.word(d + 1))) continue;
            int from = d;
            while (from > 0 && (s.vocabularyId(from - 1) != null || isName(s.word(from - 1), lexicon) || isCapitalisedWord(s, from - 1)
                    || s.word(from - 1).matches("\\d+(\\.\\d+)?[BMK]?"))) from--;
            if (from == d || from == 0 && !s.tag(0).startsWith("NNP") && s.vocabularyId(0) == null) continue;
            Candidate c = new Candidate(s, from, d + 2, Candidate.Rule.NAME_SHAPE, SHAPED);
            c.nameLike = true;
            out.add(c);
        }
    }

    /**
     * "Squeezeformer is …" under "Squeezeformer: Efficient …": a run opening the sentence is a name after all when the
     * title names the paper with exactly those words.
     */
    private static boolean namedByTitle(ParsedSentence s, int from, int to, NoteContext note) {
        String titleName = note.title() == null ? null : NoteRoles.titleName(note.title());
        return titleName != null && s.text(note.text(), from, to).equals(titleName);
    }

    /** {@code mark} and then a token matching {@code rest}, both written onto the previous token without spaces. */
    private static boolean attachedSuffix(ParsedSentence s, int j, String mark, String rest) {
        return s.word(j).equals(mark) && j + 1 < s.size() && s.word(j + 1).matches(rest)
                && s.charBegin(j) == s.charEnd(j - 1) && s.charBegin(j + 1) == s.charEnd(j);
    }

    private static boolean isName(String w, Lexicon lexicon) {
        return NameShapes.isNameShaped(w) && !lexicon.isGenericName(w) && !NameShapes.isQuantity(w) && !isAdjectivalOnName(w);
    }

    /** "RemoteCLIP-based", "NaViT-style": an adjective built on a name mentions the name ({@link AdjectivalNames}), not a name of its own. */
    private static boolean isAdjectivalOnName(String w) {
        String prefix = NameShapes.adjectivalSuffix(w);
        return prefix != null && NameShapes.isNameShaped(prefix);
    }

    private static boolean isCapitalisedWord(ParsedSentence s, int i) {
        return NameShapes.isCapitalised(s.word(i)) && !isFunctionWord(s, i);
    }

    /** Determiners, prepositions, pronouns and the like: capitalised only because they start a sentence. */
    private static boolean isFunctionWord(ParsedSentence s, int i) {
        String t = s.tag(i);
        return t.equals("DT") || t.equals("IN") || t.startsWith("PRP") || t.startsWith("W") || t.equals("CC")
                || t.equals("MD") || t.startsWith("RB") || t.equals("TO") || t.equals("EX") || t.equals("PDT");
    }
}
