package org.papergraph.generate;

import org.papergraph.nlp.EntityType;
import org.papergraph.nlp.NameShapes;
import org.papergraph.nlp.Vocabulary;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The names a generated corpus uses besides each paper's own: terms of the vocabulary by type, and invented names
 * that no vocabulary holds but that recur across papers (KL-Shampoo, CHAMMI-75, SemHiTok-like shapes, so the
 * discovery rules and cross-paper merging get work). Both are drawn with Zipf popularity; the rank order is a
 * seeded shuffle, so the same seed gives the same heavy hitters.
 */
final class NamePools {

    private static final String CONSONANTS = "bdfgklmnprstvz";
    private static final String VOWELS = "aeiou";
    private static final List<String> PREFIXES = List.of("KL", "Flash", "Sparse", "Meta", "Grad", "Lo", "Hyper",
            "Quant", "Mix", "Token", "Soft", "Deep", "Fast", "Poly", "Bi");
    private static final double EXPONENT = 1.05;

    private final Map<EntityType, ZipfSampler<String>> vocabulary = new EnumMap<>(EntityType.class);
    private final Map<EntityType, ZipfSampler<String>> invented = new EnumMap<>(EntityType.class);

    NamePools(Vocabulary vocab, long seed, int inventedPerType) {
        Random random = new Random(seed ^ 0x5DEECE66DL);
        for (EntityType type : EntityType.values()) {
            List<String> labels = new ArrayList<>();
            for (Vocabulary.Entry e : vocab.entries()) {
                if (e.type() != type || e.generic()) continue;
                labels.add(e.prefLabel());
                // an acronym alt label (MMLU for Massive Multitask Language Understanding) is how notes often write it
                for (String alt : e.altLabels()) if (NameShapes.isAcronym(alt) && !labels.contains(alt)) { labels.add(alt); break; }
            }
            Collections.shuffle(labels, random);
            if (!labels.isEmpty()) vocabulary.put(type, new ZipfSampler<>(labels, EXPONENT));
        }
        Set<String> taken = new LinkedHashSet<>();
        for (Vocabulary.Entry e : vocab.entries()) taken.addAll(e.labels());
        for (EntityType type : List.of(EntityType.METHOD, EntityType.DATASET, EntityType.MODEL)) {
            List<String> names = new ArrayList<>();
            int guard = 0;
            while (names.size() < inventedPerType && guard++ < inventedPerType * 20) {
                String n = invent(type, random);
                if (taken.add(n) && vocab.byLabel(n).isEmpty()) names.add(n);
            }
            invented.put(type, new ZipfSampler<>(names, EXPONENT));
        }
    }

    /** A vocabulary term of the type (falls back to methods if the vocabulary has none). */
    String known(EntityType type, Random random) {
        ZipfSampler<String> s = vocabulary.getOrDefault(type, vocabulary.get(EntityType.METHOD));
        return s.next(random);
    }

    /** A recurring invented name: methods, datasets and models only (tasks and metrics are ordinary words). */
    String invented(EntityType type, Random random) {
        ZipfSampler<String> s = invented.get(type);
        return s == null ? known(type, random) : s.next(random);
    }

    /** A vocabulary term most of the time, an invented name otherwise. */
    String any(EntityType type, Random random) {
        return invented.containsKey(type) && random.nextInt(4) == 0 ? invented(type, random) : known(type, random);
    }

    private static String invent(EntityType type, Random r) {
        return switch (type) {
            case DATASET -> switch (r.nextInt(3)) {
                case 0 -> syllables(r, 2 + r.nextInt(2)).toUpperCase() + "-" + (10 + r.nextInt(190));   // CHAMMI-75
                case 1 -> capital(syllables(r, 2)) + "QA";                                              // FictionalQA
                default -> capital(syllables(r, 2)) + "Bench";
            };
            case MODEL -> switch (r.nextInt(3)) {
                case 0 -> capital(syllables(r, 2)) + "-" + (1 + r.nextInt(4)) + "-" + (1 + r.nextInt(70)) + "B";   // Llama-2-7B
                case 1 -> capital(syllables(r, 2)) + "GPT";                                                      // OthelloGPT
                default -> syllables(r, 2).toUpperCase() + "-" + (1 + r.nextInt(5));                              // GPT-2
            };
            default -> switch (r.nextInt(3)) {
                case 0 -> PREFIXES.get(r.nextInt(PREFIXES.size())) + "-" + capital(syllables(r, 2));              // KL-Shampoo
                case 1 -> capital(syllables(r, 1)) + capital(syllables(r, 1)) + capital(syllables(r, 1));         // SemHiTok
                default -> capital(syllables(r, 2)) + "Former";
            };
        };
    }

    static String syllables(Random r, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(CONSONANTS.charAt(r.nextInt(CONSONANTS.length()))).append(VOWELS.charAt(r.nextInt(VOWELS.length())));
        }
        return sb.toString();
    }

    static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
