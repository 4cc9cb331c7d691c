package org.papergraph.store;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.graph.ResourceIris;
import org.papergraph.ingest.PaperNote;
import org.papergraph.ingest.SourceLocation;
import org.papergraph.nlp.EntityType;
import org.papergraph.nlp.Extraction;
import org.papergraph.nlp.Role;
import org.papergraph.nlp.Vocabulary;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Co-occurrence counts are written at the end of a run, not with every batch (see {@code CorpusStatistics}). The
 * store must still never claim counts it does not hold: while pairs are pending the statistics graph is marked not
 * current; a writer that dies before finishing leaves a store whose next open rebuilds them to exactly what a
 * finished run writes; and another open in the same JVM while the writer runs does not rebuild under it.
 */
class TestDeferredStatistics {

    @TempDir
    Path tmp;

    private final Vocabulary vocabulary = Vocabulary.bundled();

    @Test
    void unfinishedRunIsRepairedOnOpenAndFinishedRunIsExact() {
        List<List<Extraction>> batches = List.of(
                List.of(note(1, "Alpha-Net", "Beta-Loss", "Gamma-Set"), note(2, "Alpha-Net", "Gamma-Set", "Delta-Metric")),
                List.of(note(3, "Beta-Loss", "Gamma-Set", "Delta-Metric"), note(4, "Alpha-Net", "Beta-Loss", "Epsilon-Task")));

        Set<String> finished;
        try (TdbStore store = TdbStore.open(tmp.resolve("finished"), ResourceIris.defaults())) {
            PaperWriter writer = new PaperWriter(store, vocabulary, 0.5);
            writeAll(writer, batches);
            assertFalse(current(store), "pairs pending, yet the statistics claim to be current");
            // another store open on the same location while the writer holds pairs: no rebuild under the writer
            try (TdbStore second = TdbStore.open(tmp.resolve("finished"), ResourceIris.defaults())) {
                assertFalse(current(second));
                assertEquals(0, pairCounts(second).size(), "pairs written before the run finished");
            }
            writer.finish(new PaperWriter.Batch());
            assertTrue(current(store));
            finished = pairCounts(store);
        }
        // pairs: {alpha,beta} in papers 1 and 4, {alpha,gamma} 1 2, {gamma,delta} 2 3, ...
        assertTrue(finished.stream().anyMatch(l -> l.endsWith(" 2")), "a pair shared by two papers: " + finished);

        try (TdbStore store = TdbStore.open(tmp.resolve("killed"), ResourceIris.defaults())) {
            writeAll(new PaperWriter(store, vocabulary, 0.5), batches);   // and never finish: the process died here
        }
        try (TdbStore reopened = TdbStore.open(tmp.resolve("killed"), ResourceIris.defaults())) {
            assertTrue(current(reopened), "the open did not repair the statistics");
            assertEquals(finished, pairCounts(reopened));
        }
    }

    private static void writeAll(PaperWriter writer, List<List<Extraction>> batches) {
        for (List<Extraction> b : batches) {
            PaperWriter.Batch batch = new PaperWriter.Batch();
            b.forEach(batch::add);
            writer.write(batch);
        }
    }

    /** The statistics graph says it is current. */
    private static boolean current(TdbStore store) {
        Quad marker = org.papergraph.graph.CorpusStatistics.versionMarker(store.iris());
        return store.read(d -> d.contains(marker));
    }

    /** Each stored pair as "entity entity count", sorted. */
    private static Set<String> pairCounts(TdbStore store) {
        Node stats = store.iris().statisticsGraph();
        return store.read(d -> {
            Set<String> out = new TreeSet<>();
            d.find(stats, Node.ANY, org.papergraph.graph.PG.sharedPapers, Node.ANY).forEachRemaining(q -> {
                List<String> pair = new ArrayList<>();
                d.find(stats, q.getSubject(), org.papergraph.graph.PG.cooccurring, Node.ANY)
                        .forEachRemaining(c -> pair.add(c.getObject().getURI()));
                pair.sort(null);
                out.add(String.join(" ", pair) + " " + q.getObject().getLiteralLexicalForm());
            });
            return out;
        });
    }

    /** A note whose summary names the given methods, each once, proposed by nobody. */
    private static Extraction note(int n, String... names) {
        StringBuilder text = new StringBuilder("We compare");
        List<Extraction.NoteEntity> entities = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            text.append(' ');
            int begin = text.length();
            text.append(names[i]);
            entities.add(new Extraction.NoteEntity(i, names[i], List.of(names[i]), null, EntityType.METHOD, 0.9, Role.USES, 0.9,
                    List.of(new Extraction.Mention(0, begin, text.length(), names[i], "name-shape", Role.USES, "type-default", 0.9))));
        }
        text.append('.');
        PaperNote note = PaperNote.of("Paper " + n, text.toString(), new SourceLocation("notes.md", n));
        return new Extraction(note, "test-extractor", List.of(new Extraction.Sentence(0, 0, text.length())), entities,
                List.of(), List.of());
    }
}
