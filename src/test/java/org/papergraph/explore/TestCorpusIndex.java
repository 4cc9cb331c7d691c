package org.papergraph.explore;

import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryExecutionFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.papergraph.nlp.EntityType;
import org.papergraph.store.TdbStore;
import org.papergraph.testing.SampleStore;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.papergraph.explore.SampleFacts.KL_PAPER;
import static org.papergraph.explore.SampleFacts.KL_SHAMPOO;
import static org.papergraph.explore.SampleFacts.SHAMPOO;

class TestCorpusIndex {

    static TdbStore store;
    static CorpusIndex index;

    @BeforeAll
    static void read() {
        store = SampleStore.get();
        index = new LiveCorpusIndex(store).get();
    }

    private static long count(String select) {
        return store.read(dsg -> {
            try (var qe = QueryExecutionFactory.create("PREFIX pg: <https://w3id.org/papergraph/ontology#>\n" + select,
                    org.apache.jena.query.DatasetFactory.wrap(dsg))) {
                return qe.execSelect().next().getLiteral("n").getLong();
            }
        });
    }

    @Test
    void countsAgreeWithSparql() {
        assertEquals(store.paperCount(), index.paperCount());
        assertEquals(count("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?p pg:mentions ?e } }"), index.linkCount());
        assertEquals(count("SELECT (COUNT(DISTINCT ?e) AS ?n) { ?p pg:mentions ?e }"), index.entityCount());
    }

    @Test
    void knowsMentionedEntitiesWithTheirLabelTypeAndPaperCount() {
        EntitySummary kl = index.entity(KL_SHAMPOO);
        assertNotNull(kl);
        assertEquals("KL-Shampoo", kl.label());
        assertEquals(EntityType.METHOD, kl.type());
        assertEquals(count("SELECT (COUNT(DISTINCT ?p) AS ?n) { ?p pg:mentions <" + KL_SHAMPOO.getURI() + "> }"), kl.papers());
        assertTrue(index.papersOf(KL_SHAMPOO).contains(KL_PAPER));
        assertTrue(index.mentions(KL_PAPER, KL_SHAMPOO));
        assertTrue(index.entitiesOf(KL_PAPER).stream().anyMatch(e -> e.iri().equals(KL_SHAMPOO)));
        // a vocabulary entry no paper mentions is not in the index
        assertNull(index.entity(SampleFacts.IRIS.entity("no-such-entity-anywhere")));
    }

    @Test
    void cooccurrenceCountsSharedPapers() {
        List<CorpusIndex.Cooccurrence> with = index.cooccurring(KL_SHAMPOO, 100);
        CorpusIndex.Cooccurrence shampoo = with.stream().filter(c -> c.entity().iri().equals(SHAMPOO)).findFirst().orElseThrow();
        Set<Node> shared = new HashSet<>(index.papersOf(KL_SHAMPOO));
        shared.retainAll(index.papersOf(SHAMPOO));
        assertEquals(shared.size(), shampoo.sharedPapers());
        assertTrue(with.stream().noneMatch(c -> c.entity().iri().equals(KL_SHAMPOO)), "not co-occurring with itself");
        for (int i = 1; i < with.size(); i++) assertTrue(with.get(i - 1).sharedPapers() >= with.get(i).sharedPapers());
    }

    @Test
    void mostMentionedPerTypeIsSortedAndTyped() {
        Map<EntityType, List<EntitySummary>> top = index.mostMentioned(5);
        assertTrue(top.get(EntityType.METHOD).size() <= 5);
        top.forEach((type, list) -> {
            for (EntitySummary e : list) assertEquals(type, e.type());
            for (int i = 1; i < list.size(); i++) assertTrue(list.get(i - 1).papers() >= list.get(i).papers());
        });
    }

    @Test
    void autocompleteFindsKlShampooFromInsideItsLabel() {
        List<LabelIndex.Completion> found = index.labels().complete("shamp", 10);
        assertTrue(found.stream().anyMatch(c -> c.entity().iri().equals(KL_SHAMPOO)));
        assertTrue(found.stream().anyMatch(c -> c.entity().iri().equals(SHAMPOO)));
    }

    @Test
    void theLiveIndexIsReusedWhileTheStoreIsUnchanged() {
        LiveCorpusIndex live = new LiveCorpusIndex(store);
        assertTrue(live.get() == live.get());
    }
}
