package org.papergraph.store;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.papergraph.graph.CorpusStatistics;
import org.papergraph.graph.Literals;
import org.papergraph.graph.MentionRanking;
import org.papergraph.graph.PG;
import org.papergraph.graph.ResourceIris;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Brings a store's statistics graph to the current {@link CorpusStatistics#VERSION}: a store written before the
 * aggregates existed (or with another definition of them) gets them computed once from its paper graphs, so the
 * named queries that read them answer correctly; afterwards the writer keeps them current. The same repair
 * serves a store whose writer was killed while co-occurrence counts were pending (it left the marker off).
 */
final class StatisticsRebuild {

    private StatisticsRebuild() {}

    /** True when the statistics graph is current: it carries the marker, or the store holds no paper yet. */
    static boolean isCurrent(DatasetGraph dsg, ResourceIris iris) {
        if (dsg.contains(CorpusStatistics.versionMarker(iris))) return true;
        var papers = dsg.find(Node.ANY, Node.ANY, PG.rdfType, PG.Paper);
        try {
            while (papers.hasNext()) if (iris.isPaperGraph(papers.next().getGraph())) return false;
            return true;
        } finally {
            org.apache.jena.atlas.iterator.Iter.close(papers);
        }
    }

    /** Inside the caller's write transaction: rebuilds the aggregates if they are not current, and marks them. */
    static void ensureCurrent(DatasetGraph dsg, ResourceIris iris) {
        Quad marker = CorpusStatistics.versionMarker(iris);
        if (dsg.contains(marker)) return;
        if (!isCurrent(dsg, iris)) rebuild(dsg, iris);
        dsg.add(marker);
    }

    private static void rebuild(DatasetGraph dsg, ResourceIris iris) {
        Node stats = iris.statisticsGraph();
        List<Node> paperGraphs = new ArrayList<>();
        dsg.listGraphNodes().forEachRemaining(g -> { if (iris.isPaperGraph(g)) paperGraphs.add(g); });
        dsg.deleteAny(stats, Node.ANY, Node.ANY, Node.ANY);
        CorpusStatistics statistics = new CorpusStatistics(iris);
        Map<Node, Long> mentionCounts = new HashMap<>();
        for (Node name : paperGraphs) {
            var copy = GraphFactory.createDefaultGraph();
            dsg.find(name, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> copy.add(q.asTriple()));
            Node paper = iris.paperOfGraph(name);
            statistics.add(copy, paper);
            copy.find(paper, PG.mentions, Node.ANY).forEachRemaining(t -> mentionCounts.merge(t.getObject(), 1L, Long::sum));
        }
        statistics.write(dsg);   // the pairs, and every co-occurrence list ranked from them
        mentionCounts.forEach((e, n) -> dsg.add(Quad.create(stats, e, PG.mentionCount, Literals.integer(n))));
        MentionRanking.write(dsg, iris);
    }
}
