package org.papergraph.store;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.graph.ResourceIris;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Property paths on the store heed cancellation: the graph view they read, and the executor installed on the store. */
class TestCancellablePaths {

    static final Node P = NodeFactory.createURI("http://x/p");

    static Node n(int i) {
        return NodeFactory.createURI("http://x/n" + i);
    }

    @Test
    void graphViewAnswersUntilCancelledThenThrowsOnEveryAccess() {
        Graph base = GraphFactory.createDefaultGraph();
        for (int i = 0; i < 5; i++) base.add(Triple.create(n(i), P, n(i + 1)));
        AtomicBoolean cancel = new AtomicBoolean();
        CancelCheckingGraph view = new CancelCheckingGraph(base, cancel);
        assertEquals(5, view.find(Node.ANY, P, Node.ANY).toList().size());
        assertTrue(view.contains(n(0), P, n(1)));

        var halfRead = view.find();
        halfRead.next();
        cancel.set(true);
        assertThrows(QueryCancelledException.class, halfRead::hasNext, "an iterator already handed out stops too");
        assertThrows(QueryCancelledException.class, () -> view.find(Node.ANY, Node.ANY, Node.ANY));
        assertThrows(QueryCancelledException.class, () -> view.contains(n(0), P, n(1)));
        assertThrows(QueryCancelledException.class, () -> view.stream().count());
    }

    @Test
    void storeQueriesUseTheExecutorBeforeAndAfterCompaction(@TempDir Path dir) {
        try (TdbStore store = TdbStore.open(dir.resolve("s"), ResourceIris.defaults())) {
            assertTrue(CancellablePathExecutor.isInstalled(store.dataset()));
            Node g = NodeFactory.createURI("http://x/g");
            store.write(d -> {
                for (int i = 0; i < 20; i++) d.add(Quad.create(g, n(i), P, n(i + 1)));
            });
            store.compact();
            assertTrue(CancellablePathExecutor.isInstalled(store.dataset()), "compaction brought back TDB2's executor");
            long reached = store.read(d -> {
                try (QueryExec exec = QueryExec.dataset(d).query("SELECT ?o { <http://x/n0> <http://x/p>+ ?o }").build()) {
                    return exec.select().stream().count();
                }
            });
            assertEquals(20, reached, "paths still answer through the executor");
        }
    }
}
