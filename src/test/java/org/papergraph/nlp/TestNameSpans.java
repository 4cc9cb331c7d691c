package org.papergraph.nlp;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.papergraph.nlp.NoteExtractions.absent;
import static org.papergraph.nlp.NoteExtractions.entity;
import static org.papergraph.nlp.NoteExtractions.extract;
import static org.papergraph.nlp.NoteExtractions.names;
import static org.papergraph.nlp.NoteExtractions.required;

/** Names recognised by how they are written (NameSpans), and the name-shaped words that are none. */
class TestNameSpans {

    @Test
    void acceleratorsAreNoEntities() {
        Extraction x = extract("QuickQ: Fast Weight Quantization",
                "QuickQ quantizes OPT-66B to 4 bits in two GPU hours, and the compressed model runs 3x faster on an "
                        + "NVIDIA H100 and 2.5x faster on a V100.");
        assertEquals(Role.PROPOSES, required(x, "QuickQ").role());
        required(x, "OPT-66B");
        absent(x, "H100", "NVIDIA H100", "V100");
    }

    @Test
    void naturalLanguagesAreNoEntities() {
        Extraction x = extract("PolyVoice: Multilingual Speech Translation",
                "PolyVoice translates speech from Urdu and Swahili into English and is evaluated on CoVoST 2, where it "
                        + "outperforms Whisper.");
        assertEquals(Role.PROPOSES, required(x, "PolyVoice").role());
        required(x, "CoVoST 2");
        absent(x, "English", "Urdu", "Swahili");
    }

    @Test
    void aCapitalisedNameTakesASizeAfterItButNotABareNumber() {
        Extraction x = extract("KiteLM 7B",
                "We introduce KiteLM 7B, a language model. KiteLM 7B outperforms Llama 2 13B across all benchmarks, and "
                        + "Llama 1 34B in reasoning, as Table 2 shows.");
        assertEquals(EntityType.MODEL, required(x, "Llama 1 34B").type());
        assertTrue(entity(x, "Table 2").isEmpty(), () -> names(x).toString());
    }

    @Test
    void aNameAfterAKnownTermEndingInACapitalIsANameOfItsOwn() {
        Extraction x = extract("FlowNet: Optical Flow Backbones",
                "FlowNet is a convolutional backbone for image classification. It beats the vision Transformer CrossViT "
                        + "on ImageNet at half the cost.");
        required(x, "CrossViT");
        absent(x, "Transformer CrossViT");
    }

    @Test
    void aCapitalisedWordAfterAKnownTermStillContinuesItsRunWhereNoNameFollows() {
        Extraction x = extract("Contextual Word Vectors",
                "The authors pretrain a bidirectional language model on the 1B Word Benchmark and reuse its layers as features.");
        absent(x, "Benchmark");
    }

    @Test
    void aCapitalisedWordOpeningTheNoteIsANameWhenTheTitleNamesThePaperWithIt() {
        Extraction x = extract("Squeezeformer: Efficient Speech Encoders",
                "Squeezeformer is a temporally downsampled Transformer for speech recognition. It halves the encoder's "
                        + "cost on LibriSpeech.");
        assertEquals(Role.PROPOSES, required(x, "Squeezeformer").role());
    }
}
