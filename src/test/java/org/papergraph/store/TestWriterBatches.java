package org.papergraph.store;

import org.apache.jena.graph.Node;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.export.ExportFormat;
import org.papergraph.export.Exporter;
import org.papergraph.export.GraphSelection;
import org.papergraph.graph.Literals;
import org.papergraph.graph.PG;
import org.papergraph.graph.ResourceIris;
import org.papergraph.ingest.PaperNote;
import org.papergraph.ingest.SourceLocation;
import org.papergraph.nlp.EntityType;
import org.papergraph.nlp.Extraction;
import org.papergraph.nlp.Role;
import org.papergraph.nlp.Vocabulary;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A writer that keeps writing batches diffs the entity descriptions against what its own committed batches wrote;
 * a writer new to the store reads them back from the store. Both must leave the same store, byte for byte as sorted
 * N-Quads, whatever the batches do (add, re-extract, remove, move notes), and the same as writing the final notes
 * in one batch.
 */
class TestWriterBatches {

    @TempDir
    Path tmp;

    private final Vocabulary vocabulary = Vocabulary.bundled();
    /** A vocabulary entity, so descriptions of both kinds (vocabulary and discovered) are exercised. */
    private final Vocabulary.Entry known = vocabulary.entries().stream().filter(e -> !e.generic())
            .min(Comparator.comparing(Vocabulary.Entry::id)).orElseThrow();

    /** Three batches: new papers; new papers and a re-extracted note; a removed note, a moved note, a new paper. */
    private List<Consumer<PaperWriter.Batch>> batches() {
        return List.of(
                b -> {
                    b.add(note(1, "first", discovered("Alpha-Net"), vocab(known.prefLabel()), discovered("Beta-Loss")));
                    b.add(note(2, "first", discovered("Alpha-Net", "AN"), discovered("Gamma-Set")));
                    b.add(note(3, "first", vocab(known.prefLabel() + "-v2"), discovered("Gamma-Set", "Gamma Set")));
                },
                b -> {
                    b.add(note(4, "first", discovered("Beta-Loss"), unsure("Delta-Metric")));
                    b.add(note(1, "second", discovered("Alpha-Net"), discovered("Epsilon-Task")));   // re-extracted
                    b.add(note(5, "first", vocab(known.prefLabel()), discovered("Alpha-Net", "AN")));
                },
                b -> {
                    b.remove(iris().note(title(2), text(2)));
                    b.move(iris().note(title(3), text(3)), new SourceLocation("notes.md", 40));
                    b.add(note(6, "first", discovered("Gamma-Set"), vocab(known.prefLabel() + "-v3")));
                });
    }

    @Test
    void oneWriterManyBatchesWritesWhatFreshWritersAndOneBatchWrite() throws IOException {
        byte[] oneWriter, writerPerBatch, oneBatch;
        try (TdbStore store = TdbStore.open(tmp.resolve("one-writer"), iris())) {
            PaperWriter writer = new PaperWriter(store, vocabulary, 0.5);
            List<Consumer<PaperWriter.Batch>> all = batches();
            for (int i = 0; i < all.size(); i++) {
                PaperWriter.Batch b = new PaperWriter.Batch();
                all.get(i).accept(b);
                if (i < all.size() - 1) writer.write(b);
                else writer.finish(b);
            }
            oneWriter = export(store, "one-writer.nq");
            assertFacts(store);
        }
        try (TdbStore store = TdbStore.open(tmp.resolve("writer-per-batch"), iris())) {
            for (Consumer<PaperWriter.Batch> fill : batches()) {
                PaperWriter.Batch b = new PaperWriter.Batch();
                fill.accept(b);
                new PaperWriter(store, vocabulary, 0.5).finish(b);   // reads every description it touches back
            }
            writerPerBatch = export(store, "writer-per-batch.nq");
        }
        try (TdbStore store = TdbStore.open(tmp.resolve("one-batch"), iris())) {
            PaperWriter.Batch b = new PaperWriter.Batch();
            b.add(note(1, "second", discovered("Alpha-Net"), discovered("Epsilon-Task")));
            b.add(moved(note(3, "first", vocab(known.prefLabel() + "-v2"), discovered("Gamma-Set", "Gamma Set")), 40));
            b.add(note(4, "first", discovered("Beta-Loss"), unsure("Delta-Metric")));
            b.add(note(5, "first", vocab(known.prefLabel()), discovered("Alpha-Net", "AN")));
            b.add(note(6, "first", discovered("Gamma-Set"), vocab(known.prefLabel() + "-v3")));
            new PaperWriter(store, vocabulary, 0.5).finish(b);
            oneBatch = export(store, "one-batch.nq");
        }
        assertArrayEquals(writerPerBatch, oneWriter, "a writer's in-memory diff wrote another store than fresh writers");
        assertArrayEquals(oneBatch, oneWriter, "many batches wrote another store than one batch of the final notes");
    }

    /** The run's changes are in the store: so the comparison above compares stores that saw them. */
    private void assertFacts(TdbStore store) {
        ResourceIris iris = iris();
        Node vocab = iris.entity(known.id()), alpha = iris.entity("alpha-net");
        store.read(d -> {
            var union = d.getUnionGraph();
            assertFalse(d.containsGraph(iris.paperGraphOf(iris.paper(title(2)))), "paper 2's only note was removed");
            // paper 1 no longer names the vocabulary entity: papers 3, 5 and 6 do
            assertTrue(d.contains(iris.statisticsGraph(), vocab, PG.mentionCount, Literals.integer(3)));
            assertTrue(union.contains(vocab, PG.altLabel, Literals.english(known.prefLabel() + "-v3")));
            assertTrue(union.contains(alpha, PG.altLabel, Literals.english("AN")), "paper 5 still writes AN");
            // paper 1's re-extraction dropped Beta-Loss: paper 4 alone names it
            assertTrue(d.contains(iris.statisticsGraph(), iris.entity("beta-loss"), PG.mentionCount, Literals.integer(1)));
            return null;
        });
    }

    private byte[] export(TdbStore store, String name) throws IOException {
        Path file = tmp.resolve(name);
        Exporter.builder().store(store).format(ExportFormat.NQ).graphs(GraphSelection.ALL).describe(false).build().export(file);
        return Files.readAllBytes(file);
    }

    private static ResourceIris iris() {
        return ResourceIris.defaults();
    }

    /** An entity as a note names it: canonical name, the label written, vocabulary id, evidence confidence. */
    private record Named(String name, String written, String vocabularyId, double confidence) {}

    private static Named discovered(String name) {
        return new Named(name, name, null, 0.9);
    }

    private static Named discovered(String name, String written) {
        return new Named(name, written, null, 0.9);
    }

    private static Named unsure(String name) {
        return new Named(name, name, null, 0.3);
    }

    private Named vocab(String written) {
        return new Named(known.prefLabel(), written, known.id(), 0.9);
    }

    private static String title(int paper) {
        return "Paper " + paper;
    }

    /** Each paper's one note; every label any extraction of it names is written in it. */
    private String text(int paper) {
        String v = known.prefLabel();
        return "Paper " + paper + " compares " + switch (paper) {
            case 1 -> "Alpha-Net, " + v + ", Beta-Loss and Epsilon-Task.";
            case 2 -> "AN and Gamma-Set.";
            case 3 -> v + "-v2 and Gamma Set.";
            case 4 -> "Beta-Loss and Delta-Metric.";
            case 5 -> v + " and AN.";
            default -> "Gamma-Set and " + v + "-v3.";
        };
    }

    /** An extraction of paper {@code n}'s note by the named extractor (another name: a re-extraction). */
    private Extraction note(int n, String extractor, Named... named) {
        String text = text(n);
        List<Extraction.NoteEntity> entities = new ArrayList<>();
        for (int i = 0; i < named.length; i++) {
            Named e = named[i];
            int begin = text.indexOf(" " + e.written()) + 1;
            assertTrue(begin > 0, e.written() + " is not in " + text);
            entities.add(new Extraction.NoteEntity(i, e.name(), List.of(e.name(), e.written()).stream().distinct().toList(),
                    e.vocabularyId(), EntityType.METHOD, 0.9, Role.USES, e.confidence(),
                    List.of(new Extraction.Mention(0, begin, begin + e.written().length(), e.written(), "name-shape", Role.USES,
                            "type-default", e.confidence()))));
        }
        PaperNote note = PaperNote.of(title(n), text, new SourceLocation("notes.md", n));
        return new Extraction(note, "test-extractor/" + extractor, List.of(new Extraction.Sentence(0, 0, text.length())),
                entities, List.of(), List.of());
    }

    private static Extraction moved(Extraction e, int line) {
        PaperNote n = e.note();
        return new Extraction(PaperNote.of(n.title(), n.summary(), new SourceLocation(n.source().file(), line)), e.extractor(),
                e.sentences(), e.entities(), e.relations(), e.quantities());
    }
}
