package org.papergraph.pipeline;

import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.graph.ResourceIris;
import org.papergraph.ingest.PaperNote;
import org.papergraph.nlp.Extraction;
import org.papergraph.nlp.Extractor;
import org.papergraph.nlp.Vocabulary;
import org.papergraph.store.TdbStore;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A batch is committed when it is full or when it has been open for the commit interval; either way the store is the same. */
class TestCommitInterval {

    static final int NOTES = 12;

    /** Extracts nothing, slowly: each note takes a few milliseconds, like a (very fast) NLP stage. */
    static final Extractor SLOW_EMPTY = new Extractor() {
        @Override
        public Extraction extract(PaperNote note) {
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new Extraction(note, identity(), List.of(), List.of(), List.of(), List.of());
        }

        @Override
        public String identity() {
            return "test/slow-empty";
        }
    };

    static Path corpus(Path dir) throws Exception {
        StringBuilder b = new StringBuilder("📚 Tests¶\n🔬 TEST · " + NOTES + " paper notes\n\n");
        for (int i = 0; i < NOTES; i++) b.append("- Paper number ").append(i).append("\n-\nA summary of paper ").append(i).append(".\n\n");
        return Files.writeString(dir.resolve("notes.md"), b.toString(), StandardCharsets.UTF_8);
    }

    static long ingest(Path store, Path corpus, Duration commitEvery, Set<String> quadsOut) {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        try (TdbStore s = TdbStore.open(store, ResourceIris.defaults())) {
            IngestJob.builder().store(s).vocabulary(Vocabulary.bundled()).extractor(() -> SLOW_EMPTY, SLOW_EMPTY.identity())
                    .threads(1).batchSize(1_000_000).commitEvery(commitEvery)
                    .commitLog(new PrintStream(log, true, StandardCharsets.UTF_8)).build().run(List.of(corpus.toString()));
            s.read(d -> {
                d.find().forEachRemaining((Quad q) -> quadsOut.add(q.toString()));
                return null;
            });
        }
        return log.toString(StandardCharsets.UTF_8).lines().filter(l -> l.startsWith("ingest: committed batch")).count();
    }

    @Test
    void anOpenBatchIsCommittedOnceItHasWaitedTheIntervalAndTheStoreIsTheSame(@TempDir Path dir) throws Exception {
        Path notes = corpus(dir);
        Set<String> often = new TreeSet<>(), once = new TreeSet<>();
        long manyCommits = ingest(dir.resolve("often"), notes, Duration.ofMillis(1), often);
        long oneCommit = ingest(dir.resolve("once"), notes, Duration.ofMinutes(10), once);
        assertEquals(1, oneCommit, "a batch that never fills and never waits long is written once, at the end");
        // the batch never fills, so every commit before the last one was made by the interval (how many depends on
        // how many extractions finished while the first commit ran)
        assertTrue(manyCommits > 1, manyCommits + " commits");
        assertEquals(once, often, "where batches end does not change what the store holds");
    }

    @Test
    void theIntervalMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> IngestJob.builder().commitEvery(Duration.ZERO));
    }
}
