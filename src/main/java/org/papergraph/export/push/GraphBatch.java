package org.papergraph.export.push;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/** One named graph read from the store, ready to send. */
record GraphBatch(Node name, Graph content) {
    long triples() {
        return content.size();
    }
}
