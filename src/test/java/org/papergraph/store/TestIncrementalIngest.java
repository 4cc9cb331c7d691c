package org.papergraph.store;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.graph.PG;
import org.papergraph.graph.ResourceIris;
import org.papergraph.pipeline.IngestReport;
import org.papergraph.testing.SampleStore;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Re-runs are idempotent; edits to a file are reflected exactly; results do not depend on threads. */
class TestIncrementalIngest {

    private static final String TWO_PAPERS = """
            📚 Optimizers¶
            🔬 TESTCONF2025 · 2 paper notes
            - Alpha Optimizer
            -
            This paper proposes AlphaOpt, a variant of Adam that is validated on ImageNet and outperforms SGD.
            - Beta Benchmark
            -
            This work introduces BetaBench, a benchmark for long-context reasoning evaluated with GPT-4.
            """;

    private static Set<String> quads(TdbStore store) {
        return store.read(dsg -> {
            Set<String> out = new TreeSet<>();
            dsg.find().forEachRemaining((Quad q) -> out.add(q.toString()));
            return out;
        });
    }

    private static boolean holds(TdbStore store, java.util.function.Function<org.apache.jena.sparql.core.DatasetGraph, Boolean> check) {
        return store.read(check);
    }

    private static Path write(Path dir, String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, text);
        return f;
    }

    @Test
    void ingestingTheSameFileTwiceChangesNothing(@TempDir Path dir) throws IOException {
        Path notes = write(dir, "notes.md", TWO_PAPERS);
        try (TdbStore store = TdbStore.open(dir.resolve("store"), ResourceIris.defaults())) {
            SampleStore.ingest(store, List.of(notes.toString()));
            Set<String> first = quads(store);
            IngestReport again = SampleStore.ingest(store, List.of(notes.toString()));
            assertEquals(0, again.notesExtracted());
            assertEquals(2, again.notesUnchanged());
            assertEquals(first, quads(store));
        }
    }

    @Test
    void aNoteRemovedFromItsFileLeavesTheStoreWithItsEntities(@TempDir Path dir) throws IOException {
        Path notes = write(dir, "notes.md", TWO_PAPERS);
        ResourceIris iris = ResourceIris.defaults();
        try (TdbStore store = TdbStore.open(dir.resolve("store"), iris)) {
            SampleStore.ingest(store, List.of(notes.toString()));
            Node beta = iris.paper("Beta Benchmark");
            Node betaBench = iris.entity("betabench");
            assertTrue(holds(store, d -> d.getUnionGraph().contains(beta, PG.pg("proposes"), betaBench)));

            String onePaper = TWO_PAPERS.replace("2 paper notes", "1 paper notes");
            write(dir, "notes.md", onePaper.substring(0, onePaper.indexOf("- Beta Benchmark")));
            IngestReport report = SampleStore.ingest(store, List.of(notes.toString()));
            assertEquals(1, report.notesRemoved());
            assertFalse(holds(store, d -> d.containsGraph(iris.paperGraphOf(beta))));
            assertFalse(holds(store, d -> d.getUnionGraph().contains(betaBench, PG.prefLabel, Node.ANY)),
                    "an entity no paper mentions any more loses its description");
            assertTrue(holds(store, d -> d.getUnionGraph().contains(iris.paper("Alpha Optimizer"), PG.rdfType, PG.Paper)));
        }
    }

    @Test
    void aNoteThatMovedInItsFileOnlyUpdatesItsLine(@TempDir Path dir) throws IOException {
        Path notes = write(dir, "notes.md", TWO_PAPERS);
        ResourceIris iris = ResourceIris.defaults();
        try (TdbStore store = TdbStore.open(dir.resolve("store"), iris)) {
            SampleStore.ingest(store, List.of(notes.toString()));
            write(dir, "notes.md", "\n\n" + TWO_PAPERS);
            IngestReport report = SampleStore.ingest(store, List.of(notes.toString()));
            assertEquals(0, report.notesExtracted());
            assertEquals(2, report.notesMoved());
            Node note = store.read(d -> d.getUnionGraph().find(iris.paper("Alpha Optimizer"), PG.hasNote, Node.ANY).next().getObject());
            assertTrue(holds(store, d -> d.getUnionGraph().contains(note, PG.sourceLine, org.papergraph.graph.Literals.positive(5))));
        }
    }

    @Test
    void oneThreadAndTwoThreadsBuildTheSameStore(@TempDir Path dir) throws IOException {
        Path notes = write(dir, "notes.md", TWO_PAPERS);
        Set<String> one, two;
        try (TdbStore store = TdbStore.open(dir.resolve("one"), ResourceIris.defaults())) {
            org.papergraph.nlp.Vocabulary v = org.papergraph.nlp.Vocabulary.bundled();
            org.papergraph.pipeline.IngestJob.builder().store(store).vocabulary(v).threads(1).batchSize(1)
                    .extractor(org.papergraph.nlp.CoreNlpExtractor::shared,
                            org.papergraph.nlp.CoreNlpExtractor.identity(v, org.papergraph.nlp.Lexicon.bundled()))
                    .build().run(List.of(notes.toString()));
            one = quads(store);
        }
        try (TdbStore store = TdbStore.open(dir.resolve("two"), ResourceIris.defaults())) {
            SampleStore.ingest(store, List.of(notes.toString()));
            two = quads(store);
        }
        assertEquals(one, two);
    }
}
