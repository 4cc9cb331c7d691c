package org.papergraph.explore;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.graph.ResourceIris;
import org.papergraph.store.TdbStore;
import org.papergraph.testing.SampleStore;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

class TestLiveCorpusIndex {

    @Test
    void theIndexIsReadAgainAfterTheStoreChanges(@TempDir Path dir) throws IOException {
        Path notes = dir.resolve("notes.md");
        List<String> lines = Files.readAllLines(Path.of("src/test/resources/explore/two-notes.md"));
        Files.write(notes, lines.subList(0, 5));   // the heading and the KL-Shampoo note only
        try (TdbStore store = TdbStore.open(dir.resolve("store"), ResourceIris.defaults())) {
            LiveCorpusIndex live = new LiveCorpusIndex(store);
            CorpusIndex empty = live.get();
            assertEquals(0, empty.paperCount());
            assertNull(empty.entity(SampleFacts.KL_SHAMPOO));

            SampleStore.ingest(store, List.of(notes.toString()));
            CorpusIndex one = live.get();
            assertNotSame(empty, one);
            assertEquals(1, one.paperCount());
            assertNotNull(one.entity(SampleFacts.KL_SHAMPOO));
            assertSame(one, live.get(), "unchanged store, same index");

            Files.write(notes, lines);   // now both notes
            SampleStore.ingest(store, List.of(notes.toString()));
            assertEquals(2, live.get().paperCount());
        }
    }
}
