package org.papergraph.export.push;

import org.apache.jena.graph.Node;

/**
 * A push stopped: the graph it was sending, how far it got and why. Re-running the push completes it. (An
 * IllegalStateException, so the command line prints this message rather than the root cause.)
 */
public final class PushException extends IllegalStateException {

    private final transient Node graph;
    private final int graphsSent;
    private final int graphsTotal;

    PushException(Node graph, int graphsSent, int graphsTotal, int attempts, String reason, Throwable cause) {
        super("push failed on graph <" + graph.getURI() + "> (" + (graphsSent + 1) + " of " + graphsTotal + ") after "
                + attempts + (attempts == 1 ? " attempt" : " attempts") + ": " + reason + "; " + graphsSent
                + " graphs were sent before it; run the push again to complete it (each graph is replaced, so a re-run is safe)", cause);
        this.graph = graph;
        this.graphsSent = graphsSent;
        this.graphsTotal = graphsTotal;
    }

    public Node graph() {
        return graph;
    }

    public int graphsSent() {
        return graphsSent;
    }

    public int graphsTotal() {
        return graphsTotal;
    }
}
