package org.papergraph.graph;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.expr.NodeValue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The first outperforms statements in the order of the {@code outperforms} query, kept in the statistics graph as
 * {@code pg:outperformsRank} 1 … {@link #SIZE} on the statements themselves (the confident {@code pg:RelationEvidence}
 * nodes of the paper graphs): the query reads {@code offset + limit} ranks and joins those statements only, instead of
 * sorting every statement of the corpus (one per paper in the synthetic corpus) with its two labels and title.
 *
 * <p>The order is {@code ORDER BY ?winner ?baseline ?title ?statement}: the winner's {@code skos:prefLabel}, the
 * baseline's, the paper's title (each in SPARQL's order), then the statement's IRI. It depends on every statement, so
 * it is rewritten as a whole when a batch changed a statement or a title of its papers ({@link PaperListChanges}), or a
 * label ({@link CorpusStatistics#relabelled}).
 */
public final class OutperformsRanking {

    /** How many statements are ranked: the most rows (offset included) the named query can page through. */
    public static final int SIZE = 1000;

    private record Claim(Node statement, NodeValue winner, NodeValue baseline, NodeValue title) {}

    private OutperformsRanking() {}

    /** Rewrites the ranks from the paper graphs, inside the caller's write transaction; returns quads added. */
    public static long write(DatasetGraph dsg, ResourceIris iris) {
        Map<Node, NodeValue> labels = new HashMap<>();   // a baseline is compared by many papers: read its label once
        List<Claim> all = new ArrayList<>();
        Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, PG.rdfPredicate, PG.outperforms);
        while (it.hasNext()) {
            Quad q = it.next();
            Node g = q.getGraph(), st = q.getSubject();
            if (!iris.isPaperGraph(g) || dsg.contains(g, st, PG.lowConfidence, Node.ANY)) continue;
            Node winner = object(dsg, g, st, PG.rdfSubject), baseline = object(dsg, g, st, PG.rdfObject);
            Node paper = object(dsg, g, st, PG.evidenceFor);
            Node title = paper == null ? null : object(dsg, g, paper, PG.title);
            if (winner == null || baseline == null || title == null) continue;
            NodeValue w = labels.computeIfAbsent(winner, e -> RankingOrder.leastLabel(dsg, e));
            NodeValue b = labels.computeIfAbsent(baseline, e -> RankingOrder.leastLabel(dsg, e));
            if (w != null && b != null) all.add(new Claim(st, w, b, NodeValue.makeNode(title)));   // else the query has no row
        }
        all.sort(Comparator.comparing(Claim::winner, RankingOrder::compareLabels)
                .thenComparing(Claim::baseline, RankingOrder::compareLabels)
                .thenComparing(Claim::title, RankingOrder::compareLabels)
                .thenComparing(c -> c.statement().getURI()));
        List<Node> order = new ArrayList<>();
        for (Claim c : all.subList(0, Math.min(SIZE, all.size()))) order.add(c.statement());
        return RankLiterals.replace(dsg, iris.statisticsGraph(), PG.outperformsRank, order);
    }

    private static Node object(DatasetGraph dsg, Node g, Node s, Node p) {
        Iterator<Quad> it = dsg.find(g, s, p, Node.ANY);
        return it.hasNext() ? it.next().getObject() : null;
    }
}
