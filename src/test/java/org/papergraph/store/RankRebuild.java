package org.papergraph.store;

import org.apache.jena.graph.Node;
import org.papergraph.graph.PG;
import org.papergraph.nlp.Extraction;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the rank tests share: batches of extractions, and the check that a rebuild ranks as the writer did. */
final class RankRebuild {

    private RankRebuild() {}

    static PaperWriter.Batch batch(Extraction... extractions) {
        PaperWriter.Batch b = new PaperWriter.Batch();
        for (Extraction e : extractions) b.add(e);
        return b;
    }

    /**
     * Loses the statistics graph, as a store written before the ranks lacks it, and checks that the rebuild on the
     * next open writes exactly the statements of these terms ({@code pg:} local names) that the writer kept incrementally.
     */
    static void assertRebuildWritesAlike(TdbStore store, List<String> terms) {
        Set<String> incremental = statements(store, terms);
        assertTrue(incremental.size() > 3, "ranks were written: " + incremental);
        store.write(d -> d.deleteAny(store.iris().statisticsGraph(), Node.ANY, Node.ANY, Node.ANY));
        try (TdbStore reopened = TdbStore.open(store.location(), store.iris())) {
            assertEquals(incremental, statements(reopened, terms), "the rebuild ranks differently");
        }
    }

    private static Set<String> statements(TdbStore store, List<String> terms) {
        Node stats = store.iris().statisticsGraph();
        return store.read(d -> {
            Set<String> out = new TreeSet<>();
            for (String term : terms) d.find(stats, Node.ANY, PG.pg(term), Node.ANY).forEachRemaining(q -> out.add(q.asTriple().toString()));
            return out;
        });
    }
}
