package org.papergraph.bench;

import org.papergraph.ingest.PaperNote;
import org.papergraph.nlp.EntityType;
import org.papergraph.nlp.Extraction;
import org.papergraph.nlp.Extractor;
import org.papergraph.nlp.Role;
import org.papergraph.nlp.Vocabulary;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * An extractor that does no NLP, for measuring the store and the queries at sizes CoreNLP cannot reach in a bench
 * run on a shared two-core machine: each note gets what a real extraction of a generated note looks like in
 * number and shape (one entity of its own, about thirteen vocabulary or recurring invented ones drawn with Zipf
 * popularity, one or two mentions each at offsets inside its sentences, roles, two relations), deterministically
 * from the note's title. Its identity differs from the real extractor's, so a store it wrote is never mistaken
 * for a real one. Public for tests that need many realistic extractions without CoreNLP.
 */
public final class SyntheticExtractor implements Extractor {

    private static final double EXPONENT = 1.05;
    private static final int SLOT = 12;

    private final List<Vocabulary.Entry> entries;
    private final double[] cumulative;
    private final List<String> invented;

    public SyntheticExtractor(Vocabulary vocabulary, long seed) {
        List<Vocabulary.Entry> e = new ArrayList<>(vocabulary.entries().stream().filter(x -> !x.generic()).toList());
        Collections.shuffle(e, new Random(seed));
        this.entries = e;
        this.cumulative = new double[e.size()];
        double sum = 0;
        for (int i = 0; i < cumulative.length; i++) cumulative[i] = sum += 1.0 / Math.pow(i + 1, EXPONENT);
        Random r = new Random(seed + 1);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 2000; i++) names.add("Synth" + Integer.toString(100_000 + r.nextInt(900_000), 36) + "-" + (i % 97));
        this.invented = names;
    }

    @Override
    public String identity() {
        return "papergraph-bench/synthetic-extractor";
    }

    @Override
    public Extraction extract(PaperNote note) {
        Random r = new Random(note.title().hashCode() * 31L + note.summary().length());
        String text = note.summary();
        List<Extraction.Sentence> sentences = sentences(text);
        List<Extraction.NoteEntity> entities = new ArrayList<>();
        Set<String> used = new LinkedHashSet<>();
        Set<Integer> slots = new HashSet<>();   // mentions never overlap, as the real extractor's span selection ensures
        entities.add(entity(0, "Own method of " + note.title(), null, EntityType.METHOD, Role.PROPOSES, 3, sentences, text, r, slots));
        while (entities.size() < 14) {
            if (r.nextInt(5) == 0) {
                String name = invented.get(Math.min(invented.size() - 1, zipfIndex(r, invented.size())));
                if (used.add(name)) entities.add(entity(entities.size(), name, null, EntityType.METHOD, Role.USES, 1, sentences, text, r, slots));
            } else {
                Vocabulary.Entry v = entries.get(zipfIndex(r, entries.size()));
                if (used.add(v.id())) {
                    Role role = switch (v.type()) {
                        case DATASET, METRIC -> Role.EVALUATES_ON;
                        case CONCEPT, TASK -> Role.STUDIES;
                        default -> Role.USES;
                    };
                    entities.add(entity(entities.size(), v.prefLabel(), v.id(), v.type(), role, 1 + r.nextInt(2), sentences, text, r, slots));
                }
            }
        }
        List<Extraction.Relation> relations = List.of(
                new Extraction.Relation(0, "outperforms", 1 + r.nextInt(13), sentences.size() - 1, "outperforms-verb", 0.8),
                new Extraction.Relation(1 + r.nextInt(13), "appliedTo", 1 + r.nextInt(13), 0, "applied-to", 0.45));
        return new Extraction(note, identity(), sentences, entities, relations, List.of());
    }

    private int zipfIndex(Random r, int size) {
        int n = Math.min(size, cumulative.length);
        double x = r.nextDouble() * cumulative[n - 1];
        int lo = 0, hi = n - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] < x) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    private static List<Extraction.Sentence> sentences(String text) {
        List<Extraction.Sentence> out = new ArrayList<>();
        int begin = 0;
        while (begin < text.length()) {
            int end = text.indexOf(". ", begin);
            end = end < 0 ? text.length() : end + 1;
            out.add(new Extraction.Sentence(out.size(), begin, end));
            begin = end + 1;
        }
        return out;
    }

    private static Extraction.NoteEntity entity(int id, String name, String vocabularyId, EntityType type, Role role, int mentions,
                                                List<Extraction.Sentence> sentences, String text, Random r, Set<Integer> slots) {
        List<Extraction.Mention> ms = new ArrayList<>();
        for (int m = 0; m < mentions; m++) {
            // a free slot of SLOT characters: slot k of the text covers [k * SLOT, k * SLOT + SLOT - 1)
            int slot = -1;
            for (int tries = 0; tries < 50 && slot < 0; tries++) {
                int k = r.nextInt(Math.max(1, text.length() / SLOT));
                if (slots.add(k)) slot = k;
            }
            if (slot < 0) break;
            int begin = slot * SLOT, len = Math.min(SLOT - 1, text.length() - begin);
            Extraction.Sentence s = sentences.get(0);
            for (Extraction.Sentence x : sentences) if (x.begin() <= begin) s = x;
            double confidence = r.nextInt(10) == 0 ? 0.4 : 0.6 + r.nextDouble() * 0.35;
            ms.add(new Extraction.Mention(s.index(), begin, begin + len, text.substring(begin, begin + len),
                    vocabularyId != null ? "vocabulary" : "name-shape", role, "type-default", confidence));
        }
        double best = ms.stream().mapToDouble(Extraction.Mention::confidence).max().orElse(0.5);
        return new Extraction.NoteEntity(id, name, List.of(name), vocabularyId, type, 0.8, role, best, ms);
    }
}
