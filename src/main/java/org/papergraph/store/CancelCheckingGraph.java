package org.papergraph.store;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.graph.GraphWrapper;
import org.apache.jena.util.iterator.ExtendedIterator;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A read view of a graph that ends the query it serves as soon as the query is cancelled: every {@code find} and
 * {@code contains}, and every triple a {@code find} hands out (Graph's {@code stream} and no-argument {@code find}
 * go through {@code find(s, p, o)}), first looks at the query's cancel signal and throws
 * {@link QueryCancelledException} if it is set. That exception is the one ARQ's own iterators throw on a timeout or
 * an abort, so it unwinds through Jena and Fuseki as an ordinary cancellation: the read transaction ends and the
 * client gets the usual timeout answer.
 *
 * <p>It exists for work that ARQ does inside one call without looking at the signal itself (property paths, see
 * {@link CancellablePathExecutor}). Such work still has to read the graph, one {@code find} per step, so a check here
 * is reached however the evaluation is organised.
 */
final class CancelCheckingGraph extends GraphWrapper {

    private final AtomicBoolean cancelSignal;

    CancelCheckingGraph(Graph graph, AtomicBoolean cancelSignal) {
        super(graph);
        this.cancelSignal = cancelSignal;
    }

    private void check() {
        if (cancelSignal.get()) throw new QueryCancelledException();
    }

    private ExtendedIterator<Triple> checked(ExtendedIterator<Triple> triples) {
        return triples.filterKeep(t -> {
            check();
            return true;
        });
    }

    @Override
    public ExtendedIterator<Triple> find(Triple pattern) {
        check();
        return checked(super.find(pattern));
    }

    @Override
    public ExtendedIterator<Triple> find(Node s, Node p, Node o) {
        check();
        return checked(super.find(s, p, o));
    }

    @Override
    public boolean contains(Node s, Node p, Node o) {
        check();
        return super.contains(s, p, o);
    }

    @Override
    public boolean contains(Triple t) {
        check();
        return super.contains(t);
    }
}
