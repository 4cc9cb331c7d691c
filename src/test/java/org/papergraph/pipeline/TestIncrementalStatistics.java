package org.papergraph.pipeline;

import org.apache.jena.graph.Node;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.bench.PlainQueries;
import org.papergraph.graph.ResourceIris;
import org.papergraph.nlp.CoreNlpExtractor;
import org.papergraph.nlp.Lexicon;
import org.papergraph.nlp.Vocabulary;
import org.papergraph.sparql.NamedQuery;
import org.papergraph.sparql.QueryAnswers;
import org.papergraph.sparql.TestOptimisedQueries;
import org.papergraph.store.TdbStore;
import org.papergraph.testing.SampleStore;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The precomputed aggregates stay exact as a store changes: after notes are changed and removed (the writer's
 * deltas), and after the statistics graph is lost and rebuilt on opening. A re-ingest of unchanged notes never
 * builds the extractor.
 */
class TestIncrementalStatistics {

    @TempDir
    Path tmp;

    @Test
    void aggregatesFollowChangesAndRebuild() throws Exception {
        Path notes = tmp.resolve("notes.md");
        String sample = Files.readString(SampleStore.SAMPLE, StandardCharsets.UTF_8);
        Files.writeString(notes, sample, StandardCharsets.UTF_8);
        Path dir = tmp.resolve("store");
        try (TdbStore store = TdbStore.open(dir, ResourceIris.defaults())) {
            SampleStore.ingest(store, List.of(notes.toString()));
            assertAllAgree(store);

            // one summary changed (its paper now names other entities), one paper's note removed
            String changed = sample
                    .replace("This work introduces the FictionalQA dataset and generation pipeline",
                            "This work introduces the FictionalQA dataset, evaluated on MMLU and GSM8K with RoPE and Adam,")
                    .replaceFirst("(?s)- Steering Language Models with Weight Arithmetic\n-\n[^\n]*\n", "");
            assertTrue(!changed.equals(sample) && changed.length() < sample.length() + 100);
            Files.writeString(notes, changed, StandardCharsets.UTF_8);
            IngestReport r = SampleStore.ingest(store, List.of(notes.toString()));
            assertEquals(1, r.notesExtracted(), r.summary());
            assertEquals(2, r.notesRemoved(), r.summary());   // the changed note's old version and the removed note
            assertAllAgree(store);

            // unchanged: no extraction at all, the extractor is never even built
            Vocabulary v = Vocabulary.bundled();
            IngestReport again = IngestJob.builder().store(store).vocabulary(v)
                    .extractor(() -> { throw new AssertionError("the extractor was built for an unchanged corpus"); },
                            CoreNlpExtractor.identity(v, Lexicon.bundled()))
                    .threads(2).build().run(List.of(notes.toString()));
            assertEquals(0, again.notesExtracted(), again.summary());
            assertEquals(again.notesRead(), again.notesUnchanged(), again.summary());

            // a store whose statistics graph predates the aggregates
            store.write(dsg -> dsg.deleteAny(store.iris().statisticsGraph(), Node.ANY, Node.ANY, Node.ANY));
        }
        try (TdbStore reopened = TdbStore.open(dir, ResourceIris.defaults())) {
            assertAllAgree(reopened);
        }
    }

    private static void assertAllAgree(TdbStore store) {
        for (NamedQuery plain : PlainQueries.all()) {
            if (plain.name().equals("co-occurring")) {
                for (String label : TestOptimisedQueries.mentionedLabels(store)) {
                    QueryAnswers.assertAgree(store, plain, Map.of("concept", label), "papers");
                }
            } else {
                assertTrue(!QueryAnswers.assertAgree(store, plain, Map.of(), "papers").isEmpty() || plain.name().equals("entities-of-type"),
                        plain.name() + " answers something");
            }
        }
    }
}
