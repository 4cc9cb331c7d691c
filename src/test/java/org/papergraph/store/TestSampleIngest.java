package org.papergraph.store;

import org.apache.jena.graph.Node;
import org.apache.jena.shacl.ValidationReport;
import org.junit.jupiter.api.Test;
import org.papergraph.graph.PG;
import org.papergraph.graph.ResourceIris;
import org.papergraph.graph.ShapeValidation;
import org.papergraph.testing.SampleStore;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sample digest in a TDB2 store: the acceptance facts of issue 2. */
class TestSampleIngest {

    private final TdbStore store = SampleStore.get();
    private final ResourceIris iris = store.iris();

    @Test
    void twentySixPapersEachWithTitleVenueAndCategory() {
        store.read(dsg -> {
            List<Node> papers = dsg.getUnionGraph().find(Node.ANY, PG.rdfType, PG.Paper).mapWith(t -> t.getSubject()).toList();
            assertEquals(26, papers.size());
            for (Node p : papers) {
                assertEquals(1, dsg.getUnionGraph().find(p, PG.title, Node.ANY).toList().size(), p.toString());
                assertTrue(dsg.getUnionGraph().contains(p, PG.venue, org.papergraph.graph.Literals.string("ICLR2026")), p.toString());
                assertTrue(dsg.getUnionGraph().contains(p, PG.category, org.papergraph.graph.Literals.string("Pretraining")), p.toString());
                assertTrue(dsg.containsGraph(iris.paperGraphOf(p)), "one named graph per paper: " + p);
            }
            return null;
        });
        assertEquals(26, store.paperCount());
        assertEquals(0, SampleStore.report().rejected());
    }

    @Test
    void thePaperListedTwiceHasTwoNotes() {
        Node paper = iris.paper("Understanding the Emergence of Seemingly Useless Features in Next-Token Predictors");
        long notes = store.read(dsg -> dsg.getUnionGraph().find(paper, PG.hasNote, Node.ANY).toList().size());
        assertEquals(2, notes);
        long noteCount = store.read(dsg -> dsg.getUnionGraph().find(Node.ANY, PG.rdfType, PG.Note).toList().size());
        assertEquals(27, noteCount);
    }

    @Test
    void theStoreConformsToTheShapes() {
        ValidationReport report = store.read(dsg -> ShapeValidation.validate(dsg.getUnionGraph()));
        assertTrue(report.conforms(), () -> report.getEntries().stream().limit(5).map(Object::toString).toList().toString());
    }

    @Test
    void theShapesCatchABrokenPaper() {
        var copy = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        store.read(dsg -> {
            dsg.getUnionGraph().find().forEachRemaining(copy::add);
            return null;
        });
        Node paper = iris.paper("CHAMMI-75: Pre-training multi-channel models with heterogeneous microscopy images");
        copy.remove(paper, PG.title, Node.ANY);
        ValidationReport report = ShapeValidation.validate(copy);
        assertTrue(!report.conforms() && report.getEntries().stream().anyMatch(e -> e.focusNode().equals(paper)));
    }

    @Test
    void everyLinkedEntityHasOnePreferredLabelAndOneType() {
        store.read(dsg -> {
            Set<Node> linked = new HashSet<>();
            dsg.getUnionGraph().find(Node.ANY, PG.mentions, Node.ANY).forEachRemaining(t -> linked.add(t.getObject()));
            assertTrue(linked.size() > 100, "entities: " + linked.size());
            for (Node e : linked) {
                assertEquals(1, dsg.getUnionGraph().find(e, PG.prefLabel, Node.ANY).toList().size(), e.toString());
            }
            return null;
        });
    }

    @Test
    void knownFactsOfTheSampleAreThere() {
        Node klShampoo = iris.entity("kl-shampoo");
        Node paper = iris.paper("Understanding and Improving Shampoo and SOAP via Kullback-Leibler Minimization");
        store.read(dsg -> {
            var g = dsg.getUnionGraph();
            assertTrue(g.contains(paper, PG.pg("proposes"), klShampoo));
            assertTrue(g.contains(klShampoo, PG.pg("variantOf"), iris.entity("shampoo")));
            assertTrue(g.contains(klShampoo, PG.rdfType, PG.pg("Method")));
            assertTrue(g.contains(iris.paper("Lossless Vocabulary Reduction for Auto-Regressive Language Models"),
                    PG.pg("evaluatesOn"), iris.entity("gsm8k")));
            return null;
        });
    }
}
