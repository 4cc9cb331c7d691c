package org.papergraph.testing;

import com.google.gson.JsonObject;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A deterministic corpus of short notes in JSON Lines: note {@code i} proposes method {@code Method-i}, a variant of
 * one of a few known optimisers, evaluated on one of a few benchmarks. Short notes keep CoreNLP fast.
 */
public final class SyntheticNotes {

    private static final String[] BASES = {"Adam", "Shampoo", "SGD", "LoRA", "AdamW"};
    private static final String[] BENCHMARKS = {"GSM8K", "ImageNet", "MMLU", "CIFAR-10"};
    private static final String[] TOPICS = {"language model pretraining", "image classification", "fine-tuning", "reasoning"};

    private SyntheticNotes() {}

    public static String title(int i) {
        return "Synthetic paper " + i + " on " + TOPICS[i % TOPICS.length];
    }

    public static String summary(int i) {
        return "We propose Method-" + i + ", a variant of " + BASES[i % BASES.length] + " for " + TOPICS[i % TOPICS.length]
                + ". We evaluate it on " + BENCHMARKS[i % BENCHMARKS.length] + ", where it outperforms " + BASES[(i + 1) % BASES.length]
                + " by " + (i % 7 + 1) + " points.";
    }

    /** Writes notes 0..count-1 and returns the file. */
    public static Path write(Path file, int count) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            JsonObject o = new JsonObject();
            o.addProperty("title", title(i));
            o.addProperty("summary", summary(i));
            o.addProperty("venue", "SYNTH2026");
            lines.add(o.toString());
        }
        try {
            return Files.write(file, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
