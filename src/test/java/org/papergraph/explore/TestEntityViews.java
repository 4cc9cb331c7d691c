package org.papergraph.explore;

import org.apache.jena.graph.Node;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.papergraph.graph.PG;
import org.papergraph.nlp.EntityType;
import org.papergraph.nlp.Role;
import org.papergraph.store.TdbStore;
import org.papergraph.testing.SampleStore;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.papergraph.explore.SampleFacts.KL_PAPER;
import static org.papergraph.explore.SampleFacts.KL_SHAMPOO;
import static org.papergraph.explore.SampleFacts.KL_TITLE;
import static org.papergraph.explore.SampleFacts.SHAMPOO;

class TestEntityViews {

    static TdbStore store;
    static CorpusIndex index;
    static final EntityViews VIEWS = new EntityViews(new ResourcePaths(SampleFacts.IRIS));

    @BeforeAll
    static void read() {
        store = SampleStore.get();
        index = new LiveCorpusIndex(store).get();
    }

    private static EntityView view(Node entity, int page) {
        return store.read(dsg -> VIEWS.load(dsg, index, entity, page));
    }

    @Test
    void klShampooShowsItsPaperRoleAndEvidence() {
        EntityView v = view(KL_SHAMPOO, 0);
        assertEquals("KL-Shampoo", v.label());
        assertEquals(EntityType.METHOD, v.type());
        assertTrue(v.variantOf().stream().anyMatch(e -> e.iri().equals(SHAMPOO)), "variant of Shampoo");
        EntityView.PaperMention paper = v.papers().stream().filter(p -> p.paper().equals(KL_PAPER)).findFirst().orElseThrow();
        assertEquals(KL_TITLE, paper.title());
        assertEquals(Role.PROPOSES, paper.role());
        assertTrue(!paper.evidence().isEmpty(), "the sentence that supports the link");
        for (EntityView.EvidenceSentence s : paper.evidence()) {
            assertTrue(!s.mentions().isEmpty());
            for (EntityView.Span span : s.mentions()) {
                assertEquals("klshampoo", org.papergraph.nlp.LabelKeys.key(s.sentence().substring(span.begin(), span.end())),
                        "the highlighted text is a mention of KL-Shampoo: " + s.sentence());
            }
        }
        assertEquals(index.entity(KL_SHAMPOO).papers(), v.paperCount());
    }

    @Test
    void shampooListsItsVariantsAndTheHierarchyFromTheStore() {
        EntityView v = view(SHAMPOO, 0);
        assertTrue(v.variants().stream().anyMatch(e -> e.iri().equals(KL_SHAMPOO)));
        List<Node> broader = store.read(dsg -> GraphReads.objects(dsg.getUnionGraph(), SHAMPOO, PG.broader));
        assertEquals(broader.isEmpty(), v.ancestry().isEmpty());
        for (List<EntitySummary> chain : v.ancestry()) {
            assertTrue(broader.contains(chain.get(chain.size() - 1).iri()), "each chain ends at a direct broader concept");
        }
    }

    @Test
    void relatedEntitiesAndNeighbourhoodComeFromSharedPapers() {
        EntityView v = view(KL_SHAMPOO, 0);
        assertTrue(v.related().stream().anyMatch(c -> c.entity().iri().equals(SHAMPOO)));
        Neighbourhood n = v.neighbourhood();
        assertEquals(Neighbourhood.Kind.CENTRE, n.nodes().get(0).kind());
        assertTrue(n.nodes().stream().anyMatch(x -> x.kind() == Neighbourhood.Kind.PAPER && x.label().equals(KL_TITLE)));
        for (Neighbourhood.GraphEdge e : n.edges()) {
            assertTrue(n.nodes().stream().anyMatch(x -> x.id().equals(e.source())));
            assertTrue(n.nodes().stream().anyMatch(x -> x.id().equals(e.target())));
        }
    }

    @Test
    void pagesAreClampedAndUnknownEntitiesAreNull() {
        EntityView far = view(KL_SHAMPOO, 999);
        assertEquals(far.pageCount() - 1, far.page());
        assertNull(view(SampleFacts.IRIS.entity("no-such-entity-anywhere"), 0));
    }

    @Test
    void mentionSpansFollowCodePointsAndFallBackToTheAnchor() {
        String sentence = "\uD83D\uDE80 We propose KL-Shampoo.";   // a rocket: two chars, one code point
        EntityView.Span s = EntityViews.spanInSentence(sentence, 100, 113, 123, "KL-Shampoo");
        assertNotNull(s);
        assertEquals("KL-Shampoo", sentence.substring(s.begin(), s.end()));
        EntityView.Span fallback = EntityViews.spanInSentence(sentence, 0, 500, 510, "KL-Shampoo");
        assertEquals("KL-Shampoo", sentence.substring(fallback.begin(), fallback.end()));
        assertNull(EntityViews.spanInSentence(sentence, 0, 500, 510, "absent"));
    }
}
