package org.papergraph.graph;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A corpus-wide ranking kept as one rank literal on each ranked node in the statistics graph ({@code pg:mentionRank} on
 * entities, {@code pg:outperformsRank} on outperforms statements): a query reads the ranks up to its limit, then
 * joins only those nodes.
 */
final class RankLiterals {

    private RankLiterals() {}

    /**
     * Gives {@code order}'s nodes the ranks 1 … n and takes the rank away from every other node, inside the caller's
     * write transaction; only the ranks that changed are deleted and added. Returns the number of quads added.
     */
    static long replace(DatasetGraph dsg, Node stats, Node rankProperty, List<Node> order) {
        Map<Node, Long> ranked = new HashMap<>();
        List<Quad> stale = new ArrayList<>();
        dsg.find(stats, Node.ANY, rankProperty, Node.ANY).forEachRemaining(q -> {
            ranked.put(q.getSubject(), Long.parseLong(q.getObject().getLiteralLexicalForm()));
            stale.add(q);
        });
        Map<Node, Long> wanted = new HashMap<>();
        for (int i = 0; i < order.size(); i++) wanted.put(order.get(i), i + 1L);
        for (Quad q : stale) {
            if (!Long.valueOf(wanted.getOrDefault(q.getSubject(), 0L)).equals(ranked.get(q.getSubject()))) dsg.delete(q);
        }
        long added = 0;
        for (int i = 0; i < order.size(); i++) {
            Node n = order.get(i);
            if (Long.valueOf(i + 1L).equals(ranked.get(n))) continue;
            dsg.add(Quad.create(stats, n, rankProperty, Literals.positive(i + 1L)));
            added++;
        }
        return added;
    }
}
