package org.papergraph.graph;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Aggregates over papers that named queries would otherwise compute by scanning every paper, kept in the
 * statistics graph beside {@code pg:mentionCount} and maintained by the writer inside its write transactions:
 * <ul>
 * <li>one {@code pg:VenueCategoryCount} per venue and category that papers carry together: {@code pg:forVenue},
 *     {@code pg:forCategory} (each absent where papers have none) and {@code pg:paperCount} — the cells of
 *     {@code papers-per-venue};</li>
 * <li>one node per pair of entities that some paper {@code pg:mentions} together: the two {@code pg:cooccurring}
 *     entities and {@code pg:sharedPapers}, the number of such papers — the rows of {@code co-occurring}. No
 *     type triple: with tens of millions of pairs at scale, every quad per pair counts.</li>
 * </ul>
 * Counts change by deltas: the writer reports each rewritten paper graph as it was ({@link #remove}) and as it is
 * now ({@link #add}), then applies the net change of each count to the stored value. Each count node has a
 * deterministic IRI, so updating it is one lookup.
 *
 * <p>Venue cells are few and written with the batch that changed them ({@link #writeCells}). Pair counts are not:
 * a paper naming k entities touches k(k−1)/2 pairs spread over the whole index, and TDB2 copies every index page a
 * transaction touches, so writing them batch by batch makes the cost of a batch grow with the store. Pair deltas
 * of committed batches are therefore kept ({@link #batchCommitted}) and written in few large transactions
 * ({@link #writePairs}); the writer marks the statistics graph as not current meanwhile, so a run killed before
 * the pairs land is repaired on the next open. The {@link MentionRanking} is deferred with them: it depends on every
 * entity's count, so it is rewritten in the same transactions, and a batch that changed any count leaves it pending.
 * So is the {@link CooccurrenceRanking}, written with the pairs: the entities of changed pairs are re-ranked, and the
 * partners of entities whose preferred label changed ({@link #relabelled}; all of them when the vocabulary graph
 * was replaced, {@link #labelsReplaced}), since labels decide ties. So are the {@link PaperLists} (each entity's papers
 * per role by title) whose members or titles changed, and the {@link OutperformsRanking} when a statement, a title or a
 * label changed ({@link PaperListChanges}).
 */
public final class CorpusStatistics {

    /** Marks a statistics graph that holds these aggregates (stores written before them are rebuilt once). */
    public static final String VERSION = "5";
    static final Node STATISTICS_VERSION = PG.pg("statisticsVersion");

    private final ResourceIris iris;
    private final Map<Node, Long> cellDelta = new HashMap<>();
    private final Map<Node, Node[]> cellKeys = new HashMap<>();
    /** Pair deltas of the batch being written (an entity pair, its two IRIs in order). */
    private final Map<Pair, Long> pairDelta = new HashMap<>();
    /** Pair deltas of committed batches, not yet in the store. */
    private final Map<Pair, Long> pendingPairs = new HashMap<>();
    /** Whether the batch being written, or a committed one since the last ranking, counted mentions in or out. */
    private boolean batchMentions, pendingMentions;
    /** Entities whose preferred label the batch, or a committed one since the last ranking, changed. */
    private final Set<Node> batchRelabelled = new HashSet<>(), pendingRelabelled = new HashSet<>();
    /** Whether the batch, or a committed one since the last ranking, replaced the vocabulary graph (its labels). */
    private boolean batchLabelsReplaced, pendingLabelsReplaced;
    /** Papers' lists per entity and role, and outperforms statements, that changed (their rankings are deferred). */
    private final PaperListChanges listChanges = new PaperListChanges();

    private record Pair(Node first, Node second) {}

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
        listChanges.count(g, paper, sign);
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
        if (!entities.isEmpty()) batchMentions = true;
        entities.sort(Comparator.comparing(Node::getURI));
        for (int i = 0; i < entities.size(); i++) {
            for (int j = i + 1; j < entities.size(); j++) {
                pairDelta.merge(new Pair(entities.get(i), entities.get(j)), (long) sign, Long::sum);
            }
        }
    }

    /** The batch changed these entities' preferred labels: their partners' co-occurrence lists are re-ranked. */
    public void relabelled(Collection<Node> entities) {
        batchRelabelled.addAll(entities);
    }

    /** The batch replaced the vocabulary graph, whose labels order lists: every list is re-ranked. */
    public void labelsReplaced() {
        batchLabelsReplaced = true;
    }

    /**
     * Applies every counted change, cells and pairs (pending ones too), to the statistics graph inside the caller's
     * write transaction; returns quads added. For a rebuild, which writes everything at once.
     */
    public long write(DatasetGraph dsg) {
        long added = writeCells(dsg) + writePairs(dsg);
        deferredWritten();
        return added;
    }

    /** Applies the batch's venue-cell changes (inside the caller's write transaction); returns quads added. */
    public long writeCells(DatasetGraph dsg) {
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
        cellDelta.clear();
        cellKeys.clear();
        return added;
    }

    /**
     * True when this batch or a committed one changed pair counts that are not in the store yet, or counted mentions
     * or changed labels that the stored rankings do not reflect yet.
     */
    public boolean deferredPending() {
        return batchMentions || pendingMentions || batchLabelsReplaced || pendingLabelsReplaced
                || !batchRelabelled.isEmpty() || !pendingRelabelled.isEmpty() || listChanges.pending()
                || pendingPairs.values().stream().anyMatch(d -> d != 0) || pairDelta.values().stream().anyMatch(d -> d != 0);
    }

    /** Pair counts waiting for {@link #writePairs}: how much memory the deferral holds. */
    public int pendingPairCount() {
        return pendingPairs.size();
    }

    /** The batch's transaction committed: its pair deltas join the pending ones. */
    public void batchCommitted() {
        pairDelta.forEach((pair, d) -> pendingPairs.merge(pair, d, Long::sum));
        pairDelta.clear();
        pendingMentions |= batchMentions;
        batchMentions = false;
        pendingRelabelled.addAll(batchRelabelled);
        batchRelabelled.clear();
        pendingLabelsReplaced |= batchLabelsReplaced;
        batchLabelsReplaced = false;
        listChanges.committed();
    }

    /** The batch's transaction failed: forgets its deltas (committed batches' pending pairs stay). */
    public void batchFailed() {
        cellDelta.clear();
        cellKeys.clear();
        pairDelta.clear();
        batchMentions = false;
        batchRelabelled.clear();
        batchLabelsReplaced = false;
        listChanges.failed();
    }

    /**
     * Applies the pending pair changes and the batch's own (inside the caller's write transaction), in IRI order so
     * the same corpus writes the same way, and re-ranks the co-occurrence lists they (or changed labels) affect;
     * returns quads added. They count as written once the transaction has committed ({@link #deferredWritten}).
     */
    public long writePairs(DatasetGraph dsg) {
        Node graph = iris.statisticsGraph();
        Map<Pair, Long> all = new HashMap<>(pendingPairs);
        pairDelta.forEach((pair, d) -> all.merge(pair, d, Long::sum));
        List<Map.Entry<Node, Pair>> nodes = new ArrayList<>();
        for (Map.Entry<Pair, Long> d : all.entrySet()) {
            if (d.getValue() != 0) nodes.add(Map.entry(pairNode(d.getKey().first(), d.getKey().second()), d.getKey()));
        }
        nodes.sort(Map.Entry.comparingByKey(Comparator.comparing(Node::getURI)));
        long added = 0;
        // with new vocabulary labels, every stored list (read before the new pairs: a first ingest has none to scan)
        Set<Node> rerank = new HashSet<>();
        if (batchLabelsReplaced || pendingLabelsReplaced) rerank.addAll(CooccurrenceRanking.rankable(dsg, iris));
        for (Map.Entry<Node, Pair> n : nodes) {
            Pair k = n.getValue();
            added += update(dsg, graph, n.getKey(), PG.sharedPapers, all.get(k), (node, quads) -> {
                quads.add(Quad.create(graph, node, PG.cooccurring, k.first()));
                quads.add(Quad.create(graph, node, PG.cooccurring, k.second()));
            });
            rerank.add(k.first());
            rerank.add(k.second());
        }
        Set<Node> relabelled = new HashSet<>(pendingRelabelled);
        relabelled.addAll(batchRelabelled);
        for (Node e : relabelled) rerank.addAll(CooccurrenceRanking.partners(dsg, iris, e));
        added += CooccurrenceRanking.write(dsg, iris, rerank) + PaperLists.write(dsg, iris, listChanges.lists());
        // labels order the statements: any changed one may move them
        if (listChanges.claimsChanged() || !relabelled.isEmpty() || batchLabelsReplaced || pendingLabelsReplaced) {
            added += OutperformsRanking.write(dsg, iris);
        }
        return added;
    }

    /**
     * The transaction that ran {@link #writePairs} (pairs and their ranks) and rewrote the {@link MentionRanking}
     * committed: nothing is pending any more.
     */
    public void deferredWritten() {
        pendingPairs.clear();
        pairDelta.clear();
        batchMentions = pendingMentions = false;
        batchRelabelled.clear();
        pendingRelabelled.clear();
        batchLabelsReplaced = pendingLabelsReplaced = false;
        listChanges.written();
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
