package org.papergraph.generate;

import org.papergraph.nlp.EntityType;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Writes one generated paper: a title and a summary of three to five sentences shaped like the sample digest's
 * (about 30 words each): what the paper proposes, with an acronym definition ("Long Form (ACR)" or
 * "ACR (Long Form)"); what it builds on; what it is evaluated on ("evaluated on A, B and C"); what it outperforms;
 * a closing figure. Names come from {@link NamePools} and {@link PaperNames}.
 */
final class NoteComposer {

    /** A generated paper. */
    record Paper(String title, String summary) {}

    private static final String[] KINDS = {"framework", "method", "training recipe", "algorithm", "architecture", "objective"};
    private static final String[] ADJECTIVES = {"simple", "scalable", "principled", "lightweight", "training-free",
            "theoretically grounded", "plug-and-play", "modular", "data-efficient", "general"};
    private static final String[] VERBS = {"aligns", "decouples", "regularizes", "compresses", "reweights", "stabilizes",
            "factorizes", "calibrates", "distills", "sparsifies"};
    private static final String[] SETTINGS = {"low-resource", "long-context", "multi-agent", "weak-model", "few-shot",
            "continual", "federated", "on-device", "multilingual", "noisy-label"};
    private static final String[] RESOURCES = {"parameters", "training steps", "FLOPs", "GPU hours", "tokens", "labels"};
    private static final String[] OPENERS = {"This paper proposes", "This work introduces", "This paper presents", "The authors propose"};

    private final NamePools names;
    private final PaperNames paperNames;

    NoteComposer(NamePools names, PaperNames paperNames) {
        this.names = names;
        this.paperNames = paperNames;
    }

    Paper compose(long paperIndex, Random r) {
        PaperNames.Name own = paperNames.of(paperIndex, r);
        String acr = own.acronym(), lf = own.longForm();
        String task = names.known(EntityType.TASK, r);
        String concept = names.known(EntityType.CONCEPT, r);
        List<String> sentences = new ArrayList<>();
        boolean dataset = r.nextInt(6) == 0;
        String title;
        if (dataset) {
            String name = acr + "-" + (10 + r.nextInt(190));
            title = name + ": " + pick(r, "A Benchmark for ", "A Dataset for Studying ", "Scaling ") + capitalise(task);
            sentences.add(pick(r, "This work introduces ", "This work constructs ") + name + pick(r, "—", " — ")
                    + "the largest " + pick(r, ADJECTIVES) + " " + task + " dataset (" + (1 + r.nextInt(99)) + "." + r.nextInt(10)
                    + "M samples, " + (5 + r.nextInt(90)) + " sources, " + (3 + r.nextInt(40)) + " categories)"
                    + pick(r, "—", " — ") + "and demonstrates that " + concept + " is the key factor for improving "
                    + names.known(EntityType.METRIC, r) + ".");
            sentences.add("Models trained on " + name + " with " + names.any(EntityType.METHOD, r) + " reach state-of-the-art "
                    + "performance on " + (3 + r.nextInt(5)) + " out of " + (8 + r.nextInt(5)) + " benchmarks, including "
                    + list(r, EntityType.DATASET, 2) + ".");
        } else {
            title = switch (r.nextInt(4)) {
                case 0 -> acr + ": " + lf + " for " + capitalise(task);
                case 1 -> lf + " Improves " + capitalise(task);
                case 2 -> capitalise(concept) + " via " + lf;
                default -> acr + ": " + pick(r, "Rethinking ", "Scaling ", "Understanding ") + capitalise(concept)
                        + " with " + lf;
            };
            String defined = r.nextInt(4) == 0 ? acr + " (" + lf + ")" : lf + " (" + acr + ")";
            sentences.add(pick(r, OPENERS) + " " + defined + ", a " + pick(r, ADJECTIVES) + " " + pick(r, KINDS) + " that "
                    + pick(r, VERBS) + " " + concept + " through " + names.any(EntityType.METHOD, r) + ", enabling "
                    + pick(r, "efficient ", "stable ", "robust ") + task + " at " + pick(r, "scale", "low cost", "a fraction of the compute") + ".");
            if (r.nextBoolean()) {
                sentences.add("Building on " + names.any(EntityType.METHOD, r) + " and " + names.any(EntityType.METHOD, r) + ", "
                        + acr + " " + pick(r, VERBS) + " " + names.known(EntityType.CONCEPT, r) + " while keeping "
                        + names.known(EntityType.METRIC, r) + " within " + (1 + r.nextInt(5)) + "% of "
                        + names.any(EntityType.MODEL, r) + ".");
            } else {
                sentences.add("Through " + pick(r, "synthetic", "controlled", "large-scale") + " experiments, it reveals that "
                        + concept + " exhibits significant advantages on " + names.known(EntityType.TASK, r) + " but suffers from "
                        + names.known(EntityType.CONCEPT, r) + " in " + pick(r, SETTINGS) + " settings.");
            }
        }
        String baseline = names.any(EntityType.METHOD, r);
        boolean passive = r.nextInt(3) > 0;
        sentences.add((passive ? pick(r, "The approach is evaluated on ", "It is evaluated on ") : "Evaluated on ")
                + list(r, EntityType.DATASET, 2 + r.nextInt(3)) + (passive ? ", where " : ", ")
                + (dataset ? names.any(EntityType.MODEL, r) : acr) + " outperforms " + baseline
                + (r.nextBoolean() ? " and " + names.any(EntityType.METHOD, r) : "") + " in " + names.known(EntityType.METRIC, r) + ".");
        if (r.nextInt(3) > 0) {
            sentences.add(switch (r.nextInt(3)) {
                case 0 -> "On average across " + (3 + r.nextInt(20)) + " models, " + (dataset ? "the dataset" : acr) + " improves "
                        + names.known(EntityType.METRIC, r) + " by " + (1 + r.nextInt(30)) + "% while using " + (2 + r.nextInt(8))
                        + "× fewer " + pick(r, RESOURCES) + ".";
                case 1 -> "The resulting " + (1 + r.nextInt(70)) + "." + r.nextInt(10) + "B-parameter model outperforms "
                        + list(r, EntityType.MODEL, 2) + " on " + names.any(EntityType.DATASET, r) + ".";
                default -> "The paper further establishes that " + names.known(EntityType.CONCEPT, r) + " is "
                        + pick(r, "generally unattainable", "provably necessary", "sufficient") + " for "
                        + names.known(EntityType.TASK, r) + ", and the approach is particularly effective in " + pick(r, SETTINGS) + " settings.";
            });
        }
        return new Paper(title, String.join(" ", sentences));
    }

    /** "A, B and C": distinct names of one type. */
    private String list(Random r, EntityType type, int n) {
        Set<String> items = new LinkedHashSet<>();
        for (int i = 0; i < n * 3 && items.size() < n; i++) items.add(names.any(type, r));
        List<String> l = new ArrayList<>(items);
        if (l.size() == 1) return l.get(0);
        String last = l.remove(l.size() - 1);
        return String.join(", ", l) + (r.nextInt(3) == 0 && !l.isEmpty() && l.size() > 1 ? ", and " : " and ") + last;
    }

    private static String pick(Random r, String... options) {
        return options[r.nextInt(options.length)];
    }

    private static String capitalise(String s) {
        return s.isEmpty() || !Character.isLowerCase(s.charAt(0)) ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
