package org.papergraph.eval;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The name normalisation of the shared scorer ({@code shared/eval/score.py}), reproduced exactly so that
 * {@code papergraph eval} prints the figures the scorer prints: case, dashes, spacing and hyphens, a leading
 * article, trailing generic words, a plural s.
 */
final class MatchKeys {

    private static final Set<String> STOP_TAIL = new HashSet<>(Arrays.asList("dataset", "datasets", "benchmark",
            "benchmarks", "corpus", "method", "methods", "model", "models", "framework", "algorithm", "optimizer",
            "optimizers", "schedule", "loss", "architecture", "task", "tasks", "approach", "technique", "family",
            "series", "suite", "network", "networks"));
    private static final String STRIP = " .,;:\"'()[]";

    private MatchKeys() {}

    static String norm(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        n = n.replaceAll("[\u2010-\u2015\u2212_]", "-");
        n = n.replaceAll("\\s+", " ");
        n = strip(n);
        n = n.replaceFirst("^(the|a|an) ", "");
        return n;
    }

    private static String strip(String s) {
        int b = 0, e = s.length();
        while (b < e && STRIP.indexOf(s.charAt(b)) >= 0) b++;
        while (e > b && STRIP.indexOf(s.charAt(e - 1)) >= 0) e--;
        return s.substring(b, e);
    }

    static Set<String> keys(String s) {
        String n = norm(s);
        Set<String> out = new HashSet<>();
        out.add(n);
        out.add(n.replaceAll("[\\s\\-]", ""));
        List<String> words = new java.util.ArrayList<>(Arrays.asList(n.split(" ", -1)));
        while (words.size() > 1 && STOP_TAIL.contains(words.get(words.size() - 1))) {
            words.remove(words.size() - 1);
            String joined = String.join(" ", words);
            out.add(joined);
            out.add(joined.replaceAll("[\\s\\-]", ""));
        }
        for (String k : new HashSet<>(out)) {
            if (k.length() > 4 && k.endsWith("s") && !k.endsWith("ss")) out.add(k.substring(0, k.length() - 1));
        }
        out.remove("");
        return out;
    }

    static String title(String t) {
        return Normalizer.normalize(t, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
    }
}
