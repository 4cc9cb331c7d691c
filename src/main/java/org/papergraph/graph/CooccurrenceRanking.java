package org.papergraph.graph;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Each entity's most co-occurring entities in order, kept in the statistics graph so that {@code co-occurring} reads
 * {@code limit} rows instead of every pair of the entity (thousands for a popular one at 10,000 papers, all sorted with
 * their labels and types). A pair node is shared by its two entities, so a rank needs a direction: entity E's place n
 * is its own node {@code {base}statistics/cooccurrence-rank/HASH(E)-n} with {@code pg:rankedFor} E,
 * {@code pg:cooccurrenceRank} n and {@code pg:rankedPair}, the pair node at that place (its other
 * {@code pg:cooccurring} entity and its {@code pg:sharedPapers} are read from there, not copied). Places are
 * 1 … min({@link #SIZE}, E's pairs), contiguous; when the order changes, only the {@code pg:rankedPair} of the places
 * that moved is rewritten.
 *
 * <p>The order is the query's {@code ORDER BY DESC(?papers) ?label ?other}: shared papers descending, the other
 * entity's {@code skos:prefLabel} in SPARQL's order ({@link RankingOrder}), then its IRI. An entity's list depends
 * only on its pairs' counts and its partners' labels, so only entities whose pairs changed, or one of whose partners
 * was relabelled, are re-ranked (see {@link CorpusStatistics#writePairs}).
 */
public final class CooccurrenceRanking {

    /**
     * Places kept per entity: the longest co-occurrence list the named query gives. Two and a half times the query's
     * default of 20 rows, for callers that page a little further (the explorer's entity page reads its own index,
     * not this list). Each place costs three quads, and the lists are most of what a re-rank writes: on the
     * 10,000-paper synthetic store 50 places per entity hold 887k quads, 100 would hold 1.17M for the rows 51-100
     * that only the best-connected tenth of the entities has (BENCHMARKS.md).
     */
    public static final int SIZE = 50;

    private record Partner(Node pair, Node other, long shared) {}

    private static final RankedPlaces PLACES = new RankedPlaces(PG.rankedFor, PG.cooccurrenceRank, PG.rankedPair);

    private CooccurrenceRanking() {}

    /**
     * Above this many entities to re-rank, their pairs are read in one pass over the statistics graph instead of by a
     * lookup per pair end: the final flush of a first ingest, a rebuild and a new vocabulary re-rank every entity, and
     * on the 10,000-paper synthetic store the lookups of the 744,342 pair ends were 16.7 s of the 35.0 s that ranking
     * every entity took (BENCHMARKS.md, stop 20). An incremental flush re-ranks few entities: lookups read only theirs.
     */
    static final int SCAN_ABOVE = 1000;

    /**
     * Re-ranks the given entities from the statistics graph's current pair counts, inside the caller's write
     * transaction, in IRI order; only the places that changed are rewritten. Returns the number of quads added.
     */
    public static long write(DatasetGraph dsg, ResourceIris iris, Collection<Node> entities) {
        TreeSet<Node> sorted = new TreeSet<>(Comparator.comparing(Node::getURI));
        sorted.addAll(entities);
        Node stats = iris.statisticsGraph();
        Map<Node, List<Partner>> scanned = sorted.size() > SCAN_ABOVE ? scan(dsg, stats, sorted) : null;
        long added = 0;
        for (Node e : sorted) {
            List<Partner> partners = scanned == null ? partners(dsg, stats, e) : scanned.getOrDefault(e, List.of());
            added += PLACES.rewrite(dsg, stats, e, n -> place(iris, e, n), first(dsg, partners));
        }
        return added;
    }

    /** Every entity some stored pair names (for a rebuild or a changed vocabulary). */
    public static Collection<Node> rankable(DatasetGraph dsg, ResourceIris iris) {
        TreeSet<Node> out = new TreeSet<>(Comparator.comparing(Node::getURI));
        dsg.find(iris.statisticsGraph(), Node.ANY, PG.cooccurring, Node.ANY).forEachRemaining(q -> out.add(q.getObject()));
        return out;
    }

    /** The entities that share a stored pair with {@code entity}: whose lists its label orders. */
    public static List<Node> partners(DatasetGraph dsg, ResourceIris iris, Node entity) {
        List<Node> out = new ArrayList<>();
        for (Partner p : partners(dsg, iris.statisticsGraph(), entity)) out.add(p.other());
        return out;
    }

    /** The entity's pairs, read by lookups. */
    private static List<Partner> partners(DatasetGraph dsg, Node stats, Node entity) {
        List<Partner> all = new ArrayList<>();
        dsg.find(stats, Node.ANY, PG.cooccurring, entity).forEachRemaining(q -> all.add(partner(dsg, stats, q.getSubject(), entity)));
        return all;
    }

    /** The pair nodes of the first {@link #SIZE} partners in the {@link RankingOrder}. */
    private static List<Node> first(DatasetGraph dsg, List<Partner> partners) {
        List<Node> out = new ArrayList<>();
        for (Partner p : RankingOrder.first(dsg, partners, SIZE, Partner::shared, Partner::other)) out.add(p.pair());
        return out;
    }

    /** A pair node's parts as one pass meets them. */
    private static final class PairParts {
        Node first, second;
        long shared = -1;
    }

    /**
     * The wanted entities' pairs, from one pass over the statistics graph. A pair node's three quads come together
     * in the subject order of TDB2's index, so the parts held at a time are few (the pass does not depend on it). Each
     * entity keeps only the partners that can still make its first {@link #SIZE} (a count below its SIZE-th best goes),
     * so what is held is bounded by the lists more than by the pairs.
     */
    private static Map<Node, List<Partner>> scan(DatasetGraph dsg, Node stats, Set<Node> wanted) {
        Map<Node, PairParts> open = new HashMap<>();
        Map<Node, List<Partner>> out = new HashMap<>();
        Iterator<Quad> it = dsg.find(stats, Node.ANY, Node.ANY, Node.ANY);
        while (it.hasNext()) {
            Quad q = it.next();
            boolean end = q.getPredicate().equals(PG.cooccurring);
            if (!end && !q.getPredicate().equals(PG.sharedPapers)) continue;
            PairParts parts = open.computeIfAbsent(q.getSubject(), s -> new PairParts());
            if (!end) parts.shared = Long.parseLong(q.getObject().getLiteralLexicalForm());
            else if (parts.first == null) parts.first = q.getObject();
            else parts.second = q.getObject();
            if (parts.first == null || parts.second == null || parts.shared < 0) continue;
            open.remove(q.getSubject());
            keep(out, wanted, parts.first, new Partner(q.getSubject(), parts.second, parts.shared));
            keep(out, wanted, parts.second, new Partner(q.getSubject(), parts.first, parts.shared));
        }
        if (!open.isEmpty()) throw new IllegalStateException("co-occurrence node without two entities and a count: " + open.keySet().iterator().next());
        return out;
    }

    private static void keep(Map<Node, List<Partner>> out, Set<Node> wanted, Node entity, Partner p) {
        if (!wanted.contains(entity)) return;
        List<Partner> kept = out.computeIfAbsent(entity, e -> new ArrayList<>());
        kept.add(p);
        if (kept.size() < 4 * SIZE) return;
        kept.sort(Comparator.comparingLong(Partner::shared).reversed());
        long cut = kept.get(SIZE - 1).shared();
        kept.removeIf(k -> k.shared() < cut);
    }

    /** The pair's other entity and count, in one read of the pair node (a re-ranked popular entity has thousands). */
    private static Partner partner(DatasetGraph dsg, Node stats, Node pair, Node entity) {
        Node other = null;
        long shared = 0;
        Iterator<Quad> it = dsg.find(stats, pair, Node.ANY, Node.ANY);
        while (it.hasNext()) {
            Quad q = it.next();
            if (q.getPredicate().equals(PG.sharedPapers)) shared = Long.parseLong(q.getObject().getLiteralLexicalForm());
            else if (q.getPredicate().equals(PG.cooccurring) && !q.getObject().equals(entity)) other = q.getObject();
        }
        if (other == null) throw new IllegalStateException("co-occurrence node without a second entity: " + pair);
        return new Partner(pair, other, shared);
    }

    /** Place n of the entity's list: a deterministic IRI, like the pair nodes', so reruns write the same graph. */
    static Node place(ResourceIris iris, Node entity, int n) {
        return NodeFactory.createURI(iris.base() + "statistics/cooccurrence-rank/" + Slugs.hash(entity.getURI(), 20) + "-" + n);
    }
}
