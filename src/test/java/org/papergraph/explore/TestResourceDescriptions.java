package org.papergraph.explore;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.papergraph.graph.Literals;
import org.papergraph.graph.PG;
import org.papergraph.store.TdbStore;
import org.papergraph.testing.SampleStore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.papergraph.explore.SampleFacts.KL_PAPER;
import static org.papergraph.explore.SampleFacts.KL_SHAMPOO;
import static org.papergraph.explore.SampleFacts.SHAMPOO;

class TestResourceDescriptions {

    static TdbStore store;
    static final ResourcePaths PATHS = new ResourcePaths(SampleFacts.IRIS);
    static final ResourceDescriptions DESCRIPTIONS = new ResourceDescriptions(PATHS);

    @BeforeAll
    static void open() {
        store = SampleStore.get();
    }

    private static Graph describe(Node iri) {
        return store.read(dsg -> DESCRIPTIONS.describe(dsg, iri));
    }

    @Test
    void anEntityIsDescribedByItsTriplesAcrossGraphsAndTheLinksToIt() {
        Graph g = describe(KL_SHAMPOO);
        assertTrue(g.contains(KL_SHAMPOO, PG.prefLabel, Literals.english("KL-Shampoo")));
        assertTrue(g.contains(KL_SHAMPOO, PG.rdfType, PG.pg("Method")));
        assertTrue(g.contains(KL_SHAMPOO, PG.pg("variantOf"), SHAMPOO), "from the paper graph");
        assertTrue(g.contains(KL_SHAMPOO, PG.mentionCount, Node.ANY), "from the statistics graph");
        assertTrue(g.contains(KL_PAPER, PG.pg("proposes"), KL_SHAMPOO), "the paper that proposes it");
        assertFalse(g.contains(Node.ANY, PG.taIdentRef, KL_SHAMPOO), "evidence belongs to the papers' descriptions");
    }

    @Test
    void aPaperIsDescribedByItsPaperGraph() {
        Graph g = describe(KL_PAPER);
        long graphSize = store.read(dsg -> (long) dsg.getGraph(SampleFacts.IRIS.paperGraphOf(KL_PAPER)).size());
        assertEquals(graphSize, g.size());
        assertTrue(g.contains(KL_PAPER, PG.title, Node.ANY));
        assertTrue(g.contains(Node.ANY, PG.taIdentRef, KL_SHAMPOO), "its evidence");
    }

    @Test
    void aNoteIsDescribedWithItsFragments() {
        Node note = store.read(dsg -> GraphReads.first(dsg.getGraph(SampleFacts.IRIS.paperGraphOf(KL_PAPER)), KL_PAPER, PG.hasNote));
        Graph g = describe(note);
        assertTrue(g.contains(note, PG.text, Node.ANY));
        assertTrue(g.contains(Node.ANY, PG.taIdentRef, KL_SHAMPOO), "the evidence fragments note#char=…");
        g.find().forEachRemaining(t -> assertTrue(t.getSubject().getURI().startsWith(note.getURI())));
        assertFalse(g.contains(KL_PAPER, Node.ANY, Node.ANY), "not the paper's own triples");
    }

    @Test
    void anUnknownResourceHasAnEmptyDescription() {
        assertTrue(describe(PATHS.iri("entity/no-such-entity-anywhere")).isEmpty());
        assertTrue(describe(NodeFactory.createURI(SampleFacts.IRIS.base() + "paper/no-such-paper")).isEmpty());
    }
}
