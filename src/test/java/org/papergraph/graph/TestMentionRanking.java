package org.papergraph.graph;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The stored ranking is what ranking every count at query time gives, with ties at the cut decided by label as
 * {@code ORDER BY DESC(?n) ?label} decides them, and it follows changed counts by rewriting only what moved.
 */
class TestMentionRanking {

    private static final ResourceIris IRIS = ResourceIris.defaults();
    private static final int ENTITIES = MentionRanking.SIZE + 300;

    @Test
    void ranksTheFirstEntitiesInTheOrderOfTheQuery() {
        DatasetGraph dsg = corpus();
        MentionRanking.write(dsg, IRIS);
        assertEquals(orderedByQuery(dsg).subList(0, MentionRanking.SIZE), ranked(dsg));
    }

    @Test
    void followsChangedCountsAndRewritesOnlyWhatMoved() {
        DatasetGraph dsg = corpus();
        MentionRanking.write(dsg, IRIS);
        assertEquals(0, MentionRanking.write(dsg, IRIS), "unchanged counts rewrite nothing");

        // the last-ranked entity drops out, one far below the cut climbs to the top
        List<Node> before = ranked(dsg);
        Node last = before.get(before.size() - 1);
        int unranked = ENTITIES - 1;
        while (before.contains(entity(unranked))) unranked--;
        Node climber = entity(unranked);
        setCount(dsg, last, 0);
        setCount(dsg, climber, 10_000);
        long added = MentionRanking.write(dsg, IRIS);

        assertEquals(orderedByQuery(dsg).subList(0, MentionRanking.SIZE), ranked(dsg));
        assertEquals(climber, ranked(dsg).get(0));
        assertEquals(MentionRanking.SIZE, added, "every entity above the dropped one moved down by one, and the climber is new");
    }

    /** Counts with many ties, the cut inside a tie; labels that differ in case, accents and language tags. */
    private static DatasetGraph corpus() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        for (int i = 0; i < ENTITIES; i++) {
            Node e = entity(i);
            dsg.add(Quad.create(IRIS.statisticsGraph(), e, PG.mentionCount, Literals.integer(1 + (i * 7919) % 40)));
            String label = (i % 3 == 0 ? "Éval " : i % 3 == 1 ? "eval " : "Eval ") + (i * 31 % 97);
            Node literal = i % 5 == 0 ? NodeFactory.createLiteralString(label) : Literals.english(label);
            dsg.add(Quad.create(i % 2 == 0 ? IRIS.entitiesGraph() : IRIS.vocabularyGraph(), e, PG.prefLabel, literal));
        }
        return dsg;
    }

    private static Node entity(int i) {
        return NodeFactory.createURI(IRIS.entityNamespace() + "e" + i);
    }

    private static void setCount(DatasetGraph dsg, Node e, long n) {
        dsg.deleteAny(IRIS.statisticsGraph(), e, PG.mentionCount, Node.ANY);
        if (n > 0) dsg.add(Quad.create(IRIS.statisticsGraph(), e, PG.mentionCount, Literals.integer(n)));
    }

    private static List<Node> ranked(DatasetGraph dsg) {
        return select(dsg, "SELECT ?e { GRAPH ?g { ?e pg:mentionRank ?r } } ORDER BY ?r");
    }

    private static List<Node> orderedByQuery(DatasetGraph dsg) {
        return select(dsg, "SELECT ?e { GRAPH ?s { ?e pg:mentionCount ?n } GRAPH ?l { ?e skos:prefLabel ?label } } ORDER BY DESC(?n) ?label ?e");
    }

    private static List<Node> select(DatasetGraph dsg, String body) {
        String q = "PREFIX pg: <" + PG.NS + "> PREFIX skos: <http://www.w3.org/2004/02/skos/core#> " + body;
        List<Node> out = new ArrayList<>();
        try (QueryExec exec = QueryExec.dataset(dsg).query(QueryFactory.create(q)).build()) {
            exec.select().forEachRemaining(b -> out.add(b.get("e")));
        }
        return out;
    }
}
