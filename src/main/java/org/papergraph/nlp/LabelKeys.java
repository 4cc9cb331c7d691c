package org.papergraph.nlp;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * Normalised keys under which surface forms of one entity meet: "Positional Encodings", "positional-encoding"
 * and "positional encoding" share a key, as do "GPT-2" and "GPT 2", "DAGs" and "DAG". Used to merge mentions
 * within a note and across papers, and for the {@code pg:searchKey} of entities.
 */
public final class LabelKeys {

    private static final Map<String, String> IRREGULAR_SINGULARS = Map.ofEntries(
            Map.entry("matrices", "matrix"), Map.entry("vertices", "vertex"), Map.entry("indices", "index"),
            Map.entry("minima", "minimum"), Map.entry("maxima", "maximum"), Map.entry("optima", "optimum"),
            Map.entry("criteria", "criterion"), Map.entry("phenomena", "phenomenon"),
            Map.entry("hypotheses", "hypothesis"), Map.entry("analyses", "analysis"), Map.entry("bases", "basis"),
            Map.entry("biases", "bias"), Map.entry("lemmata", "lemma"), Map.entry("corpora", "corpus"),
            Map.entry("radii", "radius"), Map.entry("axes", "axis"), Map.entry("data", "data"));

    private static final Map<String, String> IRREGULAR_PLURALS = Map.ofEntries(
            Map.entry("matrix", "matrices"), Map.entry("vertex", "vertices"), Map.entry("index", "indices"),
            Map.entry("minimum", "minima"), Map.entry("maximum", "maxima"), Map.entry("optimum", "optima"),
            Map.entry("criterion", "criteria"), Map.entry("phenomenon", "phenomena"),
            Map.entry("hypothesis", "hypotheses"), Map.entry("analysis", "analyses"), Map.entry("basis", "bases"),
            Map.entry("corpus", "corpora"), Map.entry("axis", "axes"));

    /** Words that end in s but are singular (or have no singular). */
    private static final java.util.Set<String> INVARIANT = java.util.Set.of("bias", "alias", "atlas", "canvas", "gas",
            "lens", "news", "series", "species", "chaos", "mathematics", "physics", "economics", "ethics", "logistics");

    private LabelKeys() {}

    /** Lower-case, unified dashes, collapsed spaces, no leading article, trimmed punctuation. */
    public static String normalise(String label) {
        String n = Normalizer.normalize(label, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        n = n.replaceAll("[\u2010-\u2015\u2212_]", "-").replaceAll("\\s+", " ");
        n = n.replaceAll("^[\\s.,;:\"'()\\[\\]]+|[\\s.,;:\"'()\\[\\]]+$", "");
        n = n.replaceFirst("^(the|a|an) ", "");
        return n;
    }

    /** The merge key: normalised, last word singular, spaces and hyphens removed. */
    public static String key(String label) {
        String n = normalise(label);
        int lastSpace = Math.max(n.lastIndexOf(' '), n.lastIndexOf('-'));
        String last = n.substring(lastSpace + 1);
        // an acronym's final S is part of it (PACS, SOTAS); its plural is written with a small s (DAGs)
        String written = label.strip();
        String writtenLast = written.substring(Math.max(written.lastIndexOf(' '), written.lastIndexOf('-')) + 1);
        boolean acronym = writtenLast.length() >= 2 && writtenLast.equals(writtenLast.toUpperCase(java.util.Locale.ROOT))
                && writtenLast.chars().anyMatch(Character::isLetter);
        n = n.substring(0, lastSpace + 1) + (acronym ? last : singular(last));
        return n.replaceAll("[\\s\\-]+", "");
    }

    /** The singular of one lower-case word, by rule and a short table of Latin and Greek plurals. */
    public static String singular(String word) {
        String irregular = IRREGULAR_SINGULARS.get(word);
        if (irregular != null) return irregular;
        if (INVARIANT.contains(word)) return word;
        if (word.length() <= 3 || !word.endsWith("s") || !Character.isLetter(word.charAt(word.length() - 2))) return word;
        if (word.endsWith("ss") || word.endsWith("us") || word.endsWith("is")) return word;
        if (word.endsWith("ies") && word.length() > 4) return word.substring(0, word.length() - 3) + "y";
        if (word.endsWith("ches") || word.endsWith("shes") || word.endsWith("xes") || word.endsWith("sses")) {
            return word.substring(0, word.length() - 2);
        }
        return word.substring(0, word.length() - 1);
    }

    /**
     * The plural of a word as written (case kept): {@code encoding → encodings}, {@code DAG → DAGs},
     * {@code matrix → matrices}; null where no plural is sensible (numbers, versions like GPT-2, already plural).
     */
    public static String plural(String word) {
        if (word.isEmpty() || !Character.isLetter(word.charAt(word.length() - 1))) return null;
        String lower = word.toLowerCase(Locale.ROOT);
        String irregular = IRREGULAR_PLURALS.get(lower);
        if (irregular != null) return word.equals(lower) ? irregular : null;
        if (IRREGULAR_SINGULARS.containsKey(lower)) return null;
        boolean acronym = word.length() >= 2 && word.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
        if (acronym) return word + "s";
        if (lower.endsWith("s") && !lower.endsWith("ss")) return null;
        if (lower.endsWith("ss") || lower.endsWith("sh") || lower.endsWith("ch") || lower.endsWith("x")) return word + "es";
        if (lower.endsWith("y") && lower.length() > 2 && "aeiou".indexOf(lower.charAt(lower.length() - 2)) < 0) {
            return word.substring(0, word.length() - 1) + "ies";
        }
        return word + "s";
    }
}
