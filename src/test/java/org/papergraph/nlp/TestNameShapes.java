package org.papergraph.nlp;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TestNameShapes {

    @Test
    void namesAreRecognisedByTheirShape() {
        for (String name : new String[] {"SemHiTok", "CHAMMI-75", "KL-Shampoo", "GPT-2", "MMLU", "WSO", "MR2", "DAGs", "RoPE",
                "ALiBi", "Llama-2-7B", "GSM8K", "Warmup-Stable-Only", "PAC-Bayes", "T5"}) {
            assertTrue(NameShapes.isNameShaped(name), name);
        }
    }

    @Test
    void quantitiesAndWordsAreNotNames() {
        for (String word : new String[] {"2.8M", "7B", "14%", "8-bit", "1.3B-parameter", "3rd", "model", "Transformer", "two-layer"}) {
            assertFalse(NameShapes.isNameShaped(word), word);
        }
        assertTrue(NameShapes.isQuantity("2.8M"));
        assertTrue(NameShapes.isCapitalised("Transformer"));
    }

    @Test
    void magnitudesAreSignedOrScaledNumbersNotBitWidths() {
        for (String w : new String[] {"+2.7", "\u22121.5", "410M-parameter", "1.3B-parameter", "14%", "7B", "2.8M"}) {
            assertTrue(NameShapes.isMagnitude(w), w);
        }
        for (String w : new String[] {"8-bit", "4-bit", "two-layer", "GPT-2", "128", "3rd"}) {
            assertFalse(NameShapes.isMagnitude(w), w);
        }
    }

    @Test
    void aNumberAfterASlashIsAConfigurationOfTheName() {
        assertEquals(NameVariants.Kind.VERSIONED, NameVariants.kind("PatchTST/64", "PatchTST", true));
        assertNull(NameVariants.kind("PatchTST/64", "PatchTST", false), "only between names of one type");
        assertNull(NameVariants.kind("TCP/IP", "TCP", true), "a name after a slash is another name");
    }

    @Test
    void aWordFusedBeforeANameWithCapitalsInsideDerivesFromIt() {
        assertEquals(NameVariants.Kind.DERIVED, NameVariants.kind("DistilBERT", "BERT", true));
        assertEquals(NameVariants.Kind.DERIVED, NameVariants.kind("HyperNeRF", "NeRF", false), "of any type, as a prefix with a hyphen");
        assertNull(NameVariants.kind("FedSkew", "Skew", true), "a capitalised word is no name to derive from");
        assertNull(NameVariants.kind("ImageBERT", "BERTScore", true));
        assertNull(NameVariants.kind("BERTScore", "BERT", true), "a name after the base is not a prefix fused before it");
    }

    @Test
    void aSlashConfigurationOfTheProposalIsProposedAndItsVariant() {
        Extraction x = NoteExtractions.extract("GridTS: Patched Forecasting",
                "The paper presents GridTS, a forecasting model that reads patches of a series. On Weather and Traffic, "
                        + "GridTS/42 reduces MSE by 12%.");
        Extraction.NoteEntity v = NoteExtractions.required(x, "GridTS/42");
        assertEquals(Role.PROPOSES, v.role());
        Extraction.NoteEntity base = NoteExtractions.required(x, "GridTS");
        assertTrue(x.relations().stream().anyMatch(r -> r.subject() == v.id() && r.predicate().equals("variantOf")
                && r.object() == base.id()), x.relations().toString());
    }

    @Test
    void aGroupInACompoundAdjectiveStaysInsideTheAdjective() {
        // the tokenizer splits "SE(3)-equivariant" at its brackets; the parse must still see one adjective of the kind
        Extraction x = NoteExtractions.extract("BackboneFlow: Backbones from Sketches",
                "The authors propose BackboneFlow, an SE(3)-equivariant flow model that generates protein backbones from sketches.");
        assertEquals(List.of("BackboneFlow"), x.entities().stream().filter(e -> e.role() == Role.PROPOSES)
                .map(Extraction.NoteEntity::name).toList());
        assertTrue(x.entities().stream().noneMatch(e -> e.name().contains("(") != e.name().contains(")")), NoteExtractions.names(x)::toString);
    }
}
