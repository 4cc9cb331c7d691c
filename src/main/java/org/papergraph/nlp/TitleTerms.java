package org.papergraph.nlp;

import java.util.List;

/**
 * A title names what matters in a paper. A candidate whose words the title also uses ("knowledge acquisition"
 * under "… Memorization and Knowledge Acquisition") is surer than the same phrase elsewhere.
 */
final class TitleTerms implements CandidateRule {

    /**
     * Noun phrases of the summary that the title repeats ("knowledge acquisition" under "… Memorization and
     * Knowledge Acquisition"; "data reconstruction" inside "a data reconstruction law" under "A Law of Data
     * Reconstruction …"): candidates even when no other rule knows them.
     */
    @Override
    public void find(ParsedSentence s, NoteContext note, List<Candidate> out) {
        if (note.title() == null) return;
        String title = " " + expandCoordinatedModifiers(words(note.title())) + " ";
        for (int h = 0; h < s.size(); h++) {
            if (!s.isNoun(h)) continue;
            int start = PhraseSpans.strippedStart(s, PhraseSpans.modifierStart(s, h), h, note.lexicon());
            for (int from = start; from < h; from++) {   // the longest sub-phrase ending at h that the title repeats
                if (note.lexicon().isGenericModifier(s.word(from))) continue;
                String phrase = words(s.text(note.text(), from, h + 1));
                if (phrase.split(" ").length < 2 || !contains(title, phrase)) continue;
                Candidate c = new Candidate(s, from, h + 1, Candidate.Rule.TYPE_HEAD, CONFIDENCE);
                Lexicon.TypeHead th = note.lexicon().typeHead(s.lemma(h));
                c.vote(th != null ? th.type() : EntityType.CONCEPT, th != null ? 2.0 : 0.5);
                c.fromTitle = true;
                out.add(c);
                break;
            }
        }
    }

    /**
     * Whether a term too broad to link elsewhere is what this paper is about: the title repeats it, and it is a kind
     * of a broader generic term ("auto-regressive language models" under "Lossless Vocabulary Reduction for
     * Auto-Regressive Language Models" is a kind of "language model"; "language models" in a title stays generic).
     */
    static boolean namesNarrowerGeneric(NoteContext note, String surface) {
        if (note.title() == null) return false;
        String phrase = words(surface);
        String[] w = phrase.split(" ");
        if (w.length < 2 || !contains(" " + expandCoordinatedModifiers(words(note.title())) + " ", phrase)) return false;
        String original = surface.strip();
        for (int cut = original.indexOf(' '); cut > 0; cut = original.indexOf(' ', cut + 1)) {
            String tail = original.substring(cut + 1);
            for (String form : List.of(tail, LabelKeys.singular(tail))) {
                if (note.vocabulary().byLabel(form).stream().anyMatch(Vocabulary.Entry::generic)) return true;
            }
        }
        return false;
    }

    private static boolean contains(String title, String phrase) {
        if (title.contains(" " + phrase + " ")) return true;
        int cut = phrase.lastIndexOf(' ') + 1;
        String singular = phrase.substring(0, cut) + LabelKeys.singular(phrase.substring(cut));
        return title.contains(" " + singular + " ") || title.contains(" " + singular + "s ");
    }

    static final double CONFIDENCE = 0.65;

    static void boost(List<Candidate> candidates, NoteContext note) {
        if (note.title() == null) return;
        String title = " " + expandCoordinatedModifiers(words(note.title())) + " ";
        for (Candidate c : candidates) {
            String w = words(c.surface(note.text()));
            if (w.isEmpty() || c.confidence >= CONFIDENCE) continue;
            boolean inTitle = title.contains(" " + w + " ");
            // the title may write the plural or the singular of the last word
            if (!inTitle) {
                int cut = w.lastIndexOf(' ') + 1;
                String singular = w.substring(0, cut) + LabelKeys.singular(w.substring(cut));
                inTitle = title.contains(" " + singular + " ") || title.contains(" " + singular + "s ");
            }
            if (inTitle) c.confidence = CONFIDENCE;
        }
    }

    /**
     * "polynomial trigonometric and tropical activations" also as "polynomial activations … trigonometric
     * activations": coordinated modifiers share the noun after them.
     */
    static String expandCoordinatedModifiers(String title) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("((?:\\p{L}+ )+)and (\\p{L}+) (\\p{L}+)").matcher(title);
        StringBuilder extra = new StringBuilder(title);
        while (m.find()) {
            for (String modifier : m.group(1).strip().split(" ")) extra.append(" | ").append(modifier).append(' ').append(m.group(3));
        }
        return extra.toString();
    }

    private static String words(String s) {
        return LabelKeys.normalise(s).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
