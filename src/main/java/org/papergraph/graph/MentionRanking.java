package org.papergraph.graph;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;

import java.util.ArrayList;
import java.util.List;

/**
 * The most-mentioned entities in order, kept in the statistics graph as {@code pg:mentionRank} 1 … {@link #SIZE}.
 * Ranking every entity by its {@code pg:mentionCount} at query time reads one count, label and type per entity
 * (hundreds of milliseconds at 100,000 papers); reading {@link #SIZE} ranked ones does not grow with the corpus.
 *
 * <p>The order is the one {@code ORDER BY DESC(?papers) ?label} gives: count descending, then the entity's
 * {@code skos:prefLabel} in SPARQL's order (Jena's own comparison, so the two cannot drift), then the IRI, so
 * ties at the cut are decided the same way in every run. Ranks are computed from the stored counts as a whole,
 * so they are rewritten in the transactions that make the corpus-wide aggregates current (see
 * {@link CorpusStatistics}), not batch by batch: one change of count can move every rank below it.
 */
public final class MentionRanking {

    /** How many entities are ranked: the most a most-mentioned list can show. */
    public static final int SIZE = 1000;

    private record Counted(Node entity, long count) {}

    private MentionRanking() {}

    /**
     * Rewrites the ranks from the statistics graph's current counts, inside the caller's write transaction; only the
     * ranks that changed are deleted and added. Returns the number of quads added.
     */
    public static long write(DatasetGraph dsg, ResourceIris iris) {
        Node stats = iris.statisticsGraph();
        return RankLiterals.replace(dsg, stats, PG.mentionRank, order(dsg, stats));
    }

    /** The first {@link #SIZE} entities in the {@link RankingOrder}. */
    private static List<Node> order(DatasetGraph dsg, Node stats) {
        List<Counted> all = new ArrayList<>();
        dsg.find(stats, Node.ANY, PG.mentionCount, Node.ANY).forEachRemaining(q ->
                all.add(new Counted(q.getSubject(), Long.parseLong(q.getObject().getLiteralLexicalForm()))));
        List<Node> out = new ArrayList<>();
        for (Counted c : RankingOrder.first(dsg, all, SIZE, Counted::count, Counted::entity)) out.add(c.entity());
        return out;
    }
}
