package org.papergraph.graph;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.expr.NodeValue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * The order of the rankings the statistics graph keeps ({@link MentionRanking}, {@link CooccurrenceRanking}), which is
 * their named queries' {@code ORDER BY DESC(?papers) ?label}: count descending, then the entity's
 * {@code skos:prefLabel} in SPARQL's order (Jena's own comparison, so a stored order and the query's cannot drift
 * apart), then its IRI, so ties at the cut are decided the same way in every run.
 */
final class RankingOrder {

    private record Labelled<T>(T item, long count, NodeValue label) {}

    private RankingOrder() {}

    /**
     * The first {@code size} items in that order, each counted by {@code count} and naming the entity whose label
     * breaks ties. Labels are read only for counts that can make the cut.
     */
    static <T> List<T> first(DatasetGraph dsg, List<T> items, int size, ToLongFunction<T> count, Function<T, Node> entity) {
        List<T> byCount = new ArrayList<>(items);
        byCount.sort(Comparator.comparingLong(count).reversed());
        long cut = byCount.size() > size ? count.applyAsLong(byCount.get(size - 1)) : Long.MIN_VALUE;
        List<Labelled<T>> candidates = new ArrayList<>();
        for (T item : byCount) {
            long n = count.applyAsLong(item);
            if (n < cut) break;
            candidates.add(new Labelled<>(item, n, leastLabel(dsg, entity.apply(item))));
        }
        candidates.sort(Comparator.<Labelled<T>>comparingLong(Labelled::count).reversed()
                .thenComparing(Labelled::label, RankingOrder::compareLabels)
                .thenComparing(l -> entity.apply(l.item()).getURI()));
        List<T> out = new ArrayList<>();
        for (Labelled<T> l : candidates.subList(0, Math.min(size, candidates.size()))) out.add(l.item());
        return out;
    }

    /** The entity's preferred label in any graph (the vocabulary's or the entities graph's); the least if several. */
    static NodeValue leastLabel(DatasetGraph dsg, Node entity) {
        NodeValue least = null;
        Iterator<Quad> it = dsg.find(Node.ANY, entity, PG.prefLabel, Node.ANY);
        while (it.hasNext()) {
            NodeValue v = NodeValue.makeNode(it.next().getObject());
            if (least == null || NodeValue.compareAlways(v, least) < 0) least = v;
        }
        return least;
    }

    /**
     * ORDER BY's comparison of labels (and titles). An entity without one (it has no row in the query) goes after the
     * others of its count.
     */
    static int compareLabels(NodeValue a, NodeValue b) {
        if (a == null || b == null) return a == null ? (b == null ? 0 : 1) : -1;
        return NodeValue.compareAlways(a, b);
    }
}
