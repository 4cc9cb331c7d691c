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
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each entity's stored co-occurrence list is what ordering all its pairs at query time gives, shared papers, then
 * label in SPARQL's order, then IRI, cut at {@link CooccurrenceRanking#SIZE}; it follows changed counts by
 * rewriting only the places that moved, and shrinks when pairs go.
 */
class TestCooccurrenceRanking {

    private static final ResourceIris IRIS = ResourceIris.defaults();
    private static final int PARTNERS = CooccurrenceRanking.SIZE + 50;
    private static final Node HUB = entity("hub");

    @Test
    void ranksEachEntitysPartnersInTheOrderOfTheQueryUpToTheCap() {
        DatasetGraph dsg = corpus();
        CooccurrenceRanking.write(dsg, IRIS, CooccurrenceRanking.rankable(dsg, IRIS));
        assertEquals(orderedByQuery(dsg, HUB).subList(0, CooccurrenceRanking.SIZE), ranked(dsg, HUB));
        assertEquals(List.of(partner(1), HUB), ranked(dsg, partner(0)), "a short list, every partner: one shared paper each, \"eval 31\" before \"hub\"");
        assertEquals(List.of(HUB), ranked(dsg, partner(7)));
    }

    @Test
    void followsChangedCountsAndRewritesOnlyWhatMoved() {
        DatasetGraph dsg = corpus();
        CooccurrenceRanking.write(dsg, IRIS, CooccurrenceRanking.rankable(dsg, IRIS));
        assertEquals(0, CooccurrenceRanking.write(dsg, IRIS, CooccurrenceRanking.rankable(dsg, IRIS)), "unchanged counts rewrite nothing");

        // the hub's last-ranked partner drops out, one below the cut climbs to the top
        List<Node> before = ranked(dsg, HUB);
        Node last = before.get(before.size() - 1);
        int unranked = PARTNERS - 1;
        while (before.contains(partner(unranked))) unranked--;
        Node climber = partner(unranked);
        setShared(dsg, HUB, last, 0);
        setShared(dsg, HUB, climber, 10_000);
        long added = CooccurrenceRanking.write(dsg, IRIS, List.of(HUB, last, climber));

        assertEquals(orderedByQuery(dsg, HUB).subList(0, CooccurrenceRanking.SIZE), ranked(dsg, HUB));
        assertEquals(climber, ranked(dsg, HUB).get(0));
        assertEquals(CooccurrenceRanking.SIZE, added, "each place above the dropped partner got the pair one place up");
        assertEquals(List.of(), ranked(dsg, last), "the dropped partner's only pair is gone, and so is its list");

        // partner 0's list loses its second pair: the place past the end goes
        setShared(dsg, partner(0), partner(1), 0);
        CooccurrenceRanking.write(dsg, IRIS, List.of(partner(0), partner(1)));
        assertEquals(List.of(HUB), ranked(dsg, partner(0)));
        assertEquals(0, dsg.stream(IRIS.statisticsGraph(), CooccurrenceRanking.place(IRIS, partner(0), 2), Node.ANY, Node.ANY).count());
    }

    /**
     * Re-ranking more than {@link CooccurrenceRanking#SCAN_ABOVE} entities reads every pair in one pass (and keeps only
     * the partners that can make each list); the lists are those of re-ranking each entity alone by lookups.
     */
    @Test
    void onePassOverThePairsRanksAsLookupsDo() {
        int partners = CooccurrenceRanking.SCAN_ABOVE + 200;
        DatasetGraph byPass = corpus(partners), byLookups = corpus(partners);
        for (int i = 0; i + 7 < partners; i += 3) {   // partners share papers among themselves too: lists of several lengths
            for (DatasetGraph d : List.of(byPass, byLookups)) setShared(d, partner(i), partner(i + 7), 1 + i % 4);
        }
        List<Node> all = new ArrayList<>(CooccurrenceRanking.rankable(byPass, IRIS));
        assertTrue(all.size() > CooccurrenceRanking.SCAN_ABOVE, "enough entities for one pass: " + all.size());
        long added = CooccurrenceRanking.write(byPass, IRIS, all);
        long addedAlone = 0;
        for (Node e : all) addedAlone += CooccurrenceRanking.write(byLookups, IRIS, List.of(e));
        assertEquals(addedAlone, added);
        assertEquals(places(byLookups), places(byPass));
        assertEquals(orderedByQuery(byPass, HUB).subList(0, CooccurrenceRanking.SIZE), ranked(byPass, HUB));
    }

    private static java.util.Set<String> places(DatasetGraph dsg) {
        java.util.Set<String> out = new java.util.TreeSet<>();
        for (Node p : List.of(PG.rankedFor, PG.cooccurrenceRank, PG.rankedPair)) {
            dsg.find(IRIS.statisticsGraph(), Node.ANY, p, Node.ANY).forEachRemaining(q -> out.add(q.asTriple().toString()));
        }
        return out;
    }

    /**
     * The hub shares papers with every partner: counts with many ties and the cut inside a tie; labels that differ in
     * case, accents and language tags, some equal (then the IRI decides). Partners 0 and 1 also share a paper.
     */
    private static DatasetGraph corpus() {
        return corpus(PARTNERS);
    }

    private static DatasetGraph corpus(int partners) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        for (int i = 0; i < partners; i++) {
            Node e = partner(i);
            setShared(dsg, HUB, e, 1 + (i * 7919) % 12);
            String label = (i % 3 == 0 ? "Éval " : i % 3 == 1 ? "eval " : "Eval ") + (i * 31 % 47);
            Node literal = i % 5 == 0 ? NodeFactory.createLiteralString(label) : Literals.english(label);
            dsg.add(Quad.create(i % 2 == 0 ? IRIS.entitiesGraph() : IRIS.vocabularyGraph(), e, PG.prefLabel, literal));
        }
        dsg.add(Quad.create(IRIS.entitiesGraph(), HUB, PG.prefLabel, Literals.english("hub")));
        setShared(dsg, partner(0), partner(1), 1);
        return dsg;
    }

    private static Node entity(String id) {
        return NodeFactory.createURI(IRIS.entityNamespace() + id);
    }

    private static Node partner(int i) {
        return entity("p" + i);
    }

    /** The pair node of two entities, as the writer would hold it (any IRI will do: the ranking reads the triples). */
    private static void setShared(DatasetGraph dsg, Node a, Node b, long n) {
        Node pair = NodeFactory.createURI(IRIS.base() + "statistics/cooccurrence/" + Slugs.hash(a.getURI() + " " + b.getURI(), 20));
        dsg.deleteAny(IRIS.statisticsGraph(), pair, Node.ANY, Node.ANY);
        if (n <= 0) return;
        dsg.add(Quad.create(IRIS.statisticsGraph(), pair, PG.cooccurring, a));
        dsg.add(Quad.create(IRIS.statisticsGraph(), pair, PG.cooccurring, b));
        dsg.add(Quad.create(IRIS.statisticsGraph(), pair, PG.sharedPapers, Literals.integer(n)));
    }

    /** The stored list, by rank; checks the ranks are 1 … n. */
    private static List<Node> ranked(DatasetGraph dsg, Node e) {
        List<Long> ranks = new ArrayList<>();
        List<Node> out = new ArrayList<>();
        String q = "SELECT ?other ?r { GRAPH ?g { ?place pg:rankedFor <" + e.getURI() + "> ; pg:cooccurrenceRank ?r ; pg:rankedPair ?pair ."
                + " ?pair pg:cooccurring ?other FILTER(?other != <" + e.getURI() + ">) } } ORDER BY ?r";
        try (QueryExec exec = QueryExec.dataset(dsg).query(QueryFactory.create(prefixes() + q)).build()) {
            exec.select().forEachRemaining(b -> {
                out.add(b.get("other"));
                ranks.add(Long.parseLong(b.get("r").getLiteralLexicalForm()));
            });
        }
        assertEquals(LongStream.rangeClosed(1, out.size()).boxed().toList(), ranks);
        return out;
    }

    private static List<Node> orderedByQuery(DatasetGraph dsg, Node e) {
        List<Node> out = new ArrayList<>();
        String q = "SELECT ?other { GRAPH ?s { ?pair pg:cooccurring <" + e.getURI() + ">, ?other ; pg:sharedPapers ?n FILTER(?other != <"
                + e.getURI() + ">) } GRAPH ?l { ?other skos:prefLabel ?label } } ORDER BY DESC(?n) ?label ?other";
        try (QueryExec exec = QueryExec.dataset(dsg).query(QueryFactory.create(prefixes() + q)).build()) {
            exec.select().forEachRemaining(b -> out.add(b.get("other")));
        }
        return out;
    }

    private static String prefixes() {
        return "PREFIX pg: <" + PG.NS + "> PREFIX skos: <http://www.w3.org/2004/02/skos/core#> ";
    }
}
