package org.papergraph.graph;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.expr.NodeValue;

import java.util.Iterator;

/**
 * Entities' preferred labels as a named query's {@code ORDER BY ?label} sees them, for the rankings the statistics
 * graph keeps ({@link MentionRanking}, {@link CooccurrenceRanking}): Jena's own comparison, so a stored order and the
 * query's order cannot drift apart.
 */
final class PreferredLabels {

    private PreferredLabels() {}

    /** The entity's preferred label in any graph (the vocabulary's or the entities graph's); the least if several. */
    static NodeValue least(DatasetGraph dsg, Node entity) {
        NodeValue least = null;
        Iterator<Quad> it = dsg.find(Node.ANY, entity, PG.prefLabel, Node.ANY);
        while (it.hasNext()) {
            NodeValue v = NodeValue.makeNode(it.next().getObject());
            if (least == null || NodeValue.compareAlways(v, least) < 0) least = v;
        }
        return least;
    }

    /** ORDER BY's comparison of labels. An entity without one (it has no row in the query) goes after the others. */
    static int compare(NodeValue a, NodeValue b) {
        if (a == null || b == null) return a == null ? (b == null ? 0 : 1) : -1;
        return NodeValue.compareAlways(a, b);
    }
}
