package org.papergraph.nlp;

import org.junit.jupiter.api.Test;
import org.papergraph.graph.Slugs;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** The bundled SKOS vocabulary keeps the rules of ontology/vocabulary/README.md. */
class TestVocabulary {

    private final Vocabulary vocabulary = Vocabulary.bundled();

    @Test
    void holdsOverAThousandEntriesAcrossAllSixTypes() {
        Map<EntityType, Integer> perType = new EnumMap<>(EntityType.class);
        for (Vocabulary.Entry e : vocabulary.entries()) perType.merge(e.type(), 1, Integer::sum);
        assertTrue(vocabulary.size() >= 1000, "entries: " + vocabulary.size());
        for (EntityType t : EntityType.values()) assertTrue(perType.getOrDefault(t, 0) >= 50, t + ": " + perType.get(t));
    }

    @Test
    void everyIdIsTheSlugOfItsPreferredLabel() {
        for (Vocabulary.Entry e : vocabulary.entries()) assertEquals(Slugs.of(e.prefLabel()), e.id(), e.prefLabel());
    }

    @Test
    void everyBroaderTargetIsAnEntry() {
        for (Vocabulary.Entry e : vocabulary.entries()) {
            for (String b : e.broader()) assertTrue(vocabulary.byId(b).isPresent(), e.id() + " broader " + b);
        }
    }

    @Test
    void mostEntriesHaveAltLabelsAndAParent() {
        long withAlt = vocabulary.entries().stream().filter(e -> !e.altLabels().isEmpty()).count();
        long withBroader = vocabulary.entries().stream().filter(e -> !e.broader().isEmpty()).count();
        assertTrue(withAlt > vocabulary.size() / 2, "with alt labels: " + withAlt);
        assertTrue(withBroader > vocabulary.size() * 3 / 4, "with skos:broader: " + withBroader);
    }

    @Test
    void aLabelBelongsToOneEntry() {
        Map<String, String> owner = new HashMap<>();
        for (Vocabulary.Entry e : vocabulary.entries()) {
            for (String l : e.labels()) {
                // the matching rule: lower-case labels match case-insensitively, others exactly
                String key = l.equals(l.toLowerCase(Locale.ROOT)) ? l : "=" + l;
                String prev = owner.putIfAbsent(key, e.id());
                if (prev != null && !prev.equals(e.id())) fail("label '" + l + "' on " + prev + " and " + e.id());
            }
        }
    }

    @Test
    void knowsTheCommonNamesUnderTheirVariants() {
        assertEquals("rope", vocabulary.byLabel("rotary position embedding").get(0).id());
        assertEquals(EntityType.METHOD, vocabulary.byLabel("Shampoo").get(0).type());
        assertEquals(EntityType.DATASET, vocabulary.byLabel("GSM8K").get(0).type());
        assertEquals(EntityType.MODEL, vocabulary.byLabel("GPT-2").get(0).type());
        assertEquals(EntityType.CONCEPT, vocabulary.byLabel("grokking").get(0).type());
    }
}
