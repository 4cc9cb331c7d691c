package org.papergraph.explore;

import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;
import org.papergraph.nlp.EntityType;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TestLabelIndex {

    private static EntitySummary entity(String slug, String label, EntityType type, long papers) {
        return new EntitySummary(NodeFactory.createURI("https://example.org/entity/" + slug), label, type, papers);
    }

    private static final List<EntitySummary> ENTITIES = List.of(
            entity("shampoo", "Shampoo", EntityType.METHOD, 3),
            entity("kl-shampoo", "KL-Shampoo", EntityType.METHOD, 1),
            entity("rope", "RoPE", EntityType.METHOD, 7),
            entity("flash-attention", "FlashAttention", EntityType.METHOD, 2),
            entity("gpt-2", "GPT-2", EntityType.MODEL, 4),
            entity("soap", "SOAP", EntityType.METHOD, 1));

    private static final LabelIndex INDEX = new LabelIndex(ENTITIES, List.of(
            new LabelIndex.Label(0, "Shampoo", false), new LabelIndex.Label(0, "Shampoo optimizer", true),
            new LabelIndex.Label(1, "KL-Shampoo", false),
            new LabelIndex.Label(2, "RoPE", false), new LabelIndex.Label(2, "rotary position embedding", true),
            new LabelIndex.Label(3, "FlashAttention", false),
            new LabelIndex.Label(4, "GPT-2", false), new LabelIndex.Label(4, "GPT 2", true),
            new LabelIndex.Label(5, "SOAP", false), new LabelIndex.Label(5, "ShampoO with Adam in the Preconditioner's eigenbasis", true),
            new LabelIndex.Label(5, "---", true)));

    private static List<String> labels(List<LabelIndex.Completion> cs) {
        return cs.stream().map(c -> c.entity().label()).toList();
    }

    @Test
    void matchesInsideLabels() {
        List<LabelIndex.Completion> found = INDEX.complete("shamp", 10);
        assertTrue(labels(found).contains("Shampoo"), labels(found).toString());
        assertTrue(labels(found).contains("KL-Shampoo"), labels(found).toString());
    }

    @Test
    void ranksWholeLabelThenStartThenWordThenInside() {
        List<LabelIndex.Completion> found = INDEX.complete("shampoo", 10);
        assertEquals("Shampoo", found.get(0).entity().label());
        assertEquals(LabelIndex.MatchKind.EXACT, found.get(0).kind());
        LabelIndex.Completion kl = found.stream().filter(c -> c.entity().label().equals("KL-Shampoo")).findFirst().orElseThrow();
        assertEquals(LabelIndex.MatchKind.WORD, kl.kind());
        assertEquals(LabelIndex.MatchKind.INSIDE, INDEX.complete("ttention", 10).get(0).kind());
        assertEquals(LabelIndex.MatchKind.WORD, INDEX.complete("attention", 10).get(0).kind(), "camel case starts a word");
    }

    @Test
    void oneCompletionPerEntityPreferringThePreferredLabel() {
        List<LabelIndex.Completion> found = INDEX.complete("shampoo", 10);
        assertEquals(found.size(), found.stream().map(c -> c.entity().iri()).distinct().count());
        LabelIndex.Completion shampoo = found.get(0);
        assertEquals("Shampoo", shampoo.matchedLabel());
        assertFalse(shampoo.altLabel());
        // GPT-2 and "GPT 2" fold alike: the preferred label is the one reported
        LabelIndex.Completion gpt = INDEX.complete("gpt2", 10).get(0);
        assertEquals("GPT-2", gpt.matchedLabel());
    }

    @Test
    void findsEntitiesByAlternativeLabels() {
        List<LabelIndex.Completion> found = INDEX.complete("rotary", 10);
        assertEquals(List.of("RoPE"), labels(found));
        assertTrue(found.get(0).altLabel());
        assertEquals("rotary position embedding", found.get(0).matchedLabel());
    }

    @Test
    void ignoresCaseSpacesAndHyphens() {
        assertEquals("KL-Shampoo", INDEX.complete("kl sham", 10).get(0).entity().label());
        assertEquals("KL-Shampoo", INDEX.complete("KL-SHAM", 10).get(0).entity().label());
        assertEquals("KL-Shampoo", INDEX.complete("klsham", 10).get(0).entity().label());
    }

    @Test
    void moreMentionedEntitiesComeFirstWithinAKind() {
        // both start with "s": Shampoo (3 papers) before SOAP (1 paper)
        List<String> found = labels(INDEX.complete("s", 10));
        assertTrue(found.indexOf("Shampoo") < found.indexOf("SOAP"), found.toString());
    }

    @Test
    void respectsTheLimitAndEmptyQueries() {
        assertEquals(1, INDEX.complete("o", 1).size());
        assertTrue(INDEX.complete("", 10).isEmpty());
        assertTrue(INDEX.complete("  -- ", 10).isEmpty());
        assertTrue(INDEX.complete("zzz", 10).isEmpty());
        assertEquals(10, INDEX.labelCount(), "the punctuation-only label is not indexed");
    }

    @Test
    void matchSpanLocatesTheQueryInTheOriginalLabel() {
        assertArrayEquals(new int[] {3, 8}, LabelIndex.matchSpan("KL-Shampoo", "shamp"));
        assertArrayEquals(new int[] {0, 4}, LabelIndex.matchSpan("KL-Shampoo", "kl s"));
        assertArrayEquals(new int[] {5, 14}, LabelIndex.matchSpan("FlashAttention", "attention"));
        // a code point outside the BMP before the match keeps char offsets right
        assertArrayEquals(new int[] {3, 7}, LabelIndex.matchSpan("\uD835\uDC00 Adam", "adam"));
        // the match at a word start wins over an earlier one inside a word
        assertArrayEquals(new int[] {5, 8}, LabelIndex.matchSpan("xsou sou", "sou"));
        assertArrayEquals(new int[] {0, 3}, LabelIndex.matchSpan("matrix mat", "mat"), "the first match starts a word");
        assertNull(LabelIndex.matchSpan("KL-Shampoo", "adam"));
    }
}
