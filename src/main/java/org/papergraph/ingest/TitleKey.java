package org.papergraph.ingest;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The key under which notes are merged into one paper: the title folded to lower-case ASCII letters and
 * digits separated by single spaces. "Block-Sample MAC-Bayes Generalization Bounds" and
 * "Block-sample MAC-Bayes generalization bounds." are the same paper.
 */
public final class TitleKey {

    private TitleKey() {}

    public static String of(String title) {
        String n = Normalizer.normalize(title, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        n = n.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return n;
    }
}
