package org.papergraph.nlp;

import java.util.List;

/**
 * A title names what matters in a paper. A candidate whose words the title also uses ("knowledge acquisition"
 * under "… Memorization and Knowledge Acquisition") is surer than the same phrase elsewhere.
 */
final class TitleTerms {

    static final double CONFIDENCE = 0.65;

    private TitleTerms() {}

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
