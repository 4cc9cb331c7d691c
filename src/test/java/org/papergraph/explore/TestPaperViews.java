package org.papergraph.explore;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.papergraph.nlp.Role;
import org.papergraph.store.TdbStore;
import org.papergraph.testing.SampleStore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.papergraph.explore.SampleFacts.KL_PAPER;
import static org.papergraph.explore.SampleFacts.KL_SHAMPOO;
import static org.papergraph.explore.SampleFacts.KL_TITLE;
import static org.papergraph.explore.SampleFacts.SHAMPOO;

class TestPaperViews {

    static TdbStore store;
    static CorpusIndex index;
    static final PaperViews VIEWS = new PaperViews(SampleFacts.IRIS);

    @BeforeAll
    static void read() {
        store = SampleStore.get();
        index = new LiveCorpusIndex(store).get();
    }

    @Test
    void thePaperOfKlShampoo() {
        PaperView v = store.read(dsg -> VIEWS.load(dsg, index, KL_PAPER));
        assertEquals(KL_TITLE, v.title());
        assertFalse(v.notes().isEmpty());
        assertTrue(v.entities().stream().anyMatch(l -> l.entity().iri().equals(KL_SHAMPOO) && l.role() == Role.PROPOSES));
        assertTrue(v.statements().stream().anyMatch(s -> s.subject().iri().equals(KL_SHAMPOO)
                && s.property().equals("variantOf") && s.object().iri().equals(SHAMPOO)));
        boolean klMarked = false;
        for (PaperView.NoteView n : v.notes()) {
            int reached = 0;
            for (PaperView.Mention m : n.mentions()) {
                assertTrue(m.begin() >= reached, "mentions in text order, without overlap");
                reached = m.end();
                if (m.entity().iri().equals(KL_SHAMPOO)) {
                    klMarked = true;
                    assertEquals("KL-Shampoo", n.text().substring(m.begin(), m.end()));
                }
            }
        }
        assertTrue(klMarked, "KL-Shampoo is highlighted in the note");
    }

    @Test
    void anUnknownPaperIsNull() {
        assertNull(store.read(dsg -> VIEWS.load(dsg, index, SampleFacts.IRIS.paper("No Such Paper Was Ever Written"))));
    }
}
