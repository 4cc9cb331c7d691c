package org.papergraph.graph;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Aggregates over papers that named queries would otherwise compute by scanning every paper, kept in the
 * statistics graph beside {@code pg:mentionCount} and maintained by the writer inside each write transaction:
 * <ul>
 * <li>one {@code pg:VenueCategoryCount} per venue and category that papers carry together: {@code pg:forVenue},
 *     {@code pg:forCategory} (each absent where papers have none) and {@code pg:paperCount} — the cells of
 *     {@code papers-per-venue};</li>
 * <li>one node per pair of entities that some paper {@code pg:mentions} together: the two {@code pg:cooccurring}
 *     entities and {@code pg:sharedPapers}, the number of such papers — the rows of {@code co-occurring}. No
 *     type triple: with tens of millions of pairs at scale, every quad per pair counts.</li>
 * </ul>
 * Counts change by deltas: the writer reports each rewritten paper graph as it was ({@link #remove}) and as it is
 * now ({@link #add}), then {@link #write} applies the net change of each count to the stored value. Each count node
 * has a deterministic IRI, so updating it is one lookup.
 */
public final class CorpusStatistics {

    /** Marks a statistics graph that holds these aggregates (stores written before them are rebuilt once). */
    public static final String VERSION = "2";
    static final Node STATISTICS_VERSION = PG.pg("statisticsVersion");

    private final ResourceIris iris;
    private final Map<Node, Long> cellDelta = new HashMap<>();
    private final Map<Node, Node[]> cellKeys = new HashMap<>();
    private final Map<Node, Long> pairDelta = new HashMap<>();
    private final Map<Node, Node[]> pairKeys = new HashMap<>();

    public CorpusStatistics(ResourceIris iris) {
        this.iris = iris;
    }

    /** Counts a paper graph out (as it was before this transaction changed it). */
    public void remove(Graph paperGraph, Node paper) {
        count(paperGraph, paper, -1);
    }

    /** Counts a paper graph in (as it is now). */
    public void add(Graph paperGraph, Node paper) {
        count(paperGraph, paper, +1);
    }

    private void count(Graph g, Node paper, int sign) {
        if (!g.contains(paper, PG.rdfType, PG.Paper)) return;
        List<Node> venues = objects(g, paper, PG.venue), categories = objects(g, paper, PG.category);
        if (venues.isEmpty()) venues.add(null);
        if (categories.isEmpty()) categories.add(null);
        for (Node v : venues) {
            for (Node c : categories) {
                Node cell = cellNode(v, c);
                cellDelta.merge(cell, (long) sign, Long::sum);
                cellKeys.putIfAbsent(cell, new Node[] {v, c});
            }
        }
        List<Node> entities = objects(g, paper, PG.mentions);
        entities.sort(Comparator.comparing(Node::getURI));
        for (int i = 0; i < entities.size(); i++) {
            for (int j = i + 1; j < entities.size(); j++) {
                Node pair = pairNode(entities.get(i), entities.get(j));
                pairDelta.merge(pair, (long) sign, Long::sum);
                pairKeys.putIfAbsent(pair, new Node[] {entities.get(i), entities.get(j)});
            }
        }
    }

    /** Applies the counted changes to the statistics graph (inside the caller's write transaction); returns quads added. */
    public long write(DatasetGraph dsg) {
        Node graph = iris.statisticsGraph();
        long added = 0;
        for (Map.Entry<Node, Long> d : cellDelta.entrySet()) {
            if (d.getValue() == 0) continue;
            Node[] k = cellKeys.get(d.getKey());
            added += update(dsg, graph, d.getKey(), PG.paperCount, d.getValue(), (node, quads) -> {
                quads.add(Quad.create(graph, node, PG.rdfType, PG.VenueCategoryCount));
                if (k[0] != null) quads.add(Quad.create(graph, node, PG.forVenue, k[0]));
                if (k[1] != null) quads.add(Quad.create(graph, node, PG.forCategory, k[1]));
            });
        }
        for (Map.Entry<Node, Long> d : pairDelta.entrySet()) {
            if (d.getValue() == 0) continue;
            Node[] k = pairKeys.get(d.getKey());
            added += update(dsg, graph, d.getKey(), PG.sharedPapers, d.getValue(), (node, quads) -> {
                quads.add(Quad.create(graph, node, PG.cooccurring, k[0]));
                quads.add(Quad.create(graph, node, PG.cooccurring, k[1]));
            });
        }
        clear();
        return added;
    }

    /** Forgets counted changes (after a failed transaction). */
    public void clear() {
        cellDelta.clear();
        cellKeys.clear();
        pairDelta.clear();
        pairKeys.clear();
    }

    private interface Describer {
        void describe(Node node, List<Quad> quads);
    }

    private static long update(DatasetGraph dsg, Node graph, Node node, Node countProperty, long delta, Describer describer) {
        long current = 0;
        Quad stored = null;
        Iterator<Quad> it = dsg.find(graph, node, countProperty, Node.ANY);
        if (it.hasNext()) {
            stored = it.next();
            current = Long.parseLong(stored.getObject().getLiteralLexicalForm());
        }
        long now = current + delta;
        if (now <= 0) {
            if (stored != null) dsg.deleteAny(graph, node, Node.ANY, Node.ANY);
            return 0;
        }
        long added = 1;
        if (stored == null) {
            List<Quad> quads = new ArrayList<>();
            describer.describe(node, quads);
            quads.forEach(dsg::add);
            added += quads.size();
        } else {
            dsg.delete(stored);
        }
        dsg.add(Quad.create(graph, node, countProperty, Literals.integer(now)));
        return added;
    }

    private static List<Node> objects(Graph g, Node s, Node p) {
        List<Node> out = new ArrayList<>();
        g.find(s, p, Node.ANY).mapWith(Triple::getObject).forEachRemaining(out::add);
        return out;
    }

    private Node cellNode(Node venue, Node category) {
        String key = (venue == null ? "\u0000" : venue.getLiteralLexicalForm()) + "\u0001"
                + (category == null ? "\u0000" : category.getLiteralLexicalForm());
        return org.apache.jena.graph.NodeFactory.createURI(iris.base() + "statistics/venue-category/" + Slugs.hash(key, 16));
    }

    private Node pairNode(Node a, Node b) {
        return org.apache.jena.graph.NodeFactory.createURI(iris.base() + "statistics/cooccurrence/"
                + Slugs.hash(a.getURI() + " " + b.getURI(), 20));
    }

    /** The marker a statistics graph with these aggregates carries. */
    public static Quad versionMarker(ResourceIris iris) {
        return Quad.create(iris.statisticsGraph(), org.apache.jena.graph.NodeFactory.createURI(iris.base() + "dataset"),
                STATISTICS_VERSION, Literals.string(VERSION));
    }
}
