package org.papergraph.ingest;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** Which titles merge into one paper. */
class TestTitleKey {

    @Test
    void caseAndTrailingPunctuationDoNotSeparatePapers() {
        assertEquals(TitleKey.of("Block-Sample MAC-Bayes Generalization Bounds"),
                TitleKey.of("Block-sample MAC-Bayes generalization bounds."));
    }

    @Test
    void punctuationAndSpacingDoNotSeparatePapers() {
        assertEquals(TitleKey.of("CHAMMI-75: Pre-training multi-channel models"),
                TitleKey.of("CHAMMI 75 — Pre training   multi channel models"));
    }

    @Test
    void accentsAndCompatibilityFormsAreFolded() {
        assertEquals(TitleKey.of("Cafe Resume"), TitleKey.of("Café Résumé"));
        assertEquals(TitleKey.of("GPT-2"), TitleKey.of("ＧＰＴ－２"));
    }

    @Test
    void differentWordsAreDifferentPapers() {
        assertNotEquals(TitleKey.of("Pre-training LLM without Learning Rate Decay"),
                TitleKey.of("Pre-training LLM with Learning Rate Decay"));
    }

    @Test
    void digitsDistinguishPapers() {
        assertNotEquals(TitleKey.of("CHAMMI-75"), TitleKey.of("CHAMMI-57"));
    }

    @Test
    void nonLatinTitlesKeepTheirLetters() {
        assertEquals("تعلم الالة", TitleKey.of("تعلم الآلة!"), "letters kept, the madda folded like an accent");
        assertNotEquals(TitleKey.of("תורה"), TitleKey.of("תורת"));
    }

    @Test
    void notesReadFromDifferentSourcesMerge() {
        PaperNote fromDigest = PaperNote.of("Steering Language Models with Weight Arithmetic", "s", new SourceLocation("a.md", 3));
        PaperNote fromJson = PaperNote.of("Steering language models with weight arithmetic.", "t", new SourceLocation("b.jsonl", 1));
        assertEquals(fromDigest.titleKey(), fromJson.titleKey());
    }
}
