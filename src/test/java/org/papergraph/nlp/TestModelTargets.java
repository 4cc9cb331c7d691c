package org.papergraph.nlp;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.papergraph.nlp.NoteExtractions.extract;
import static org.papergraph.nlp.NoteExtractions.related;
import static org.papergraph.nlp.NoteExtractions.relations;
import static org.papergraph.nlp.NoteExtractions.required;

/** The models a proposed method is applied to (ModelTargets), and the model names that make them possible. */
class TestModelTargets {

    @Test
    void aKnownAcronymWithASizeIsOneModelNameInAListOfModels() {
        Extraction x = extract("MarginVote: Voting over Sampled Rationales",
                "The authors propose MarginVote, a decoding strategy that votes over sampled rationales. MarginVote "
                        + "improves accuracy on GSM8K when applied to PaLM 540B, LaMDA 137B and UL2 20B.");
        Extraction.NoteEntity ul2 = required(x, "UL2 20B");
        assertEquals(EntityType.MODEL, ul2.type());
        // as sure a name as the other sized name of the list (it was a list member's leftover, below the link threshold)
        assertEquals(required(x, "LaMDA 137B").confidence(), ul2.confidence(), 1e-9);
        assertTrue(related(x, "MarginVote", "appliedTo", "UL2 20B"), () -> relations(x).toString());
    }

    @Test
    void uptrainingACheckpointWithAMethodAppliesTheMethodToIt() {
        Extraction x = extract("GroupKV: Sharing Key-Value Heads",
                "GroupKV interpolates between multi-head and multi-query attention. The authors uptrain existing "
                        + "T5-XXL checkpoints with GroupKV.");
        assertTrue(related(x, "GroupKV", "appliedTo", "T5-XXL"), () -> relations(x).toString());
    }

    @Test
    void anInstructionTunedReleaseIsItsOwnModelAndAVariantOfItsBase() {
        Extraction x = extract("PatchTune: Tuning Chat Models",
                "PatchTune is a fine-tuning method. It is applied to Mistral 7B and to Mistral 7B – Instruct.");
        assertEquals("mistral-7b", required(x, "Mistral 7B").vocabularyId());
        assertEquals("mistral-7b-instruct", required(x, "Mistral 7B – Instruct").vocabularyId());
        // the vocabulary's name for it ("Mistral-7B-Instruct") does not start with the base as written; the note's does
        assertTrue(related(x, "Mistral 7B – Instruct", "variantOf", "Mistral 7B"), () -> relations(x).toString());
    }

    @Test
    void aMethodAddedToNamedOptimizersIsAppliedToThem() {
        Extraction x = extract("WarmStart: Tuning-Free Warmup",
                "When added to SGD and Adam, WarmStart removes the need for a warmup sweep on ResNet-50.");
        assertTrue(related(x, "WarmStart", "appliedTo", "Adam"), () -> relations(x).toString());
        assertTrue(related(x, "WarmStart", "appliedTo", "SGD"), () -> relations(x).toString());
    }

    @Test
    void methodsComparedLaterInTheSentenceAreNotWhatTheMethodIsAppliedTo() {
        // the parser hangs the compared methods on "Applied to" as conjuncts of the model
        // (dev2's CapDPO sentence: this parse is what the guard is for)
        Extraction x = extract("CapDPO: Caption Preference Optimization",
                "Applied to LLaVA-NeXT-8B, CapDPO reduces CHAIR hallucination rates by 41% while preserving MMBench "
                        + "and SEED-Bench scores, outperforming RLHF-V and POVID.");
        assertTrue(related(x, "CapDPO", "appliedTo", "LLaVA-NeXT-8B"), () -> relations(x).toString());
        assertTrue(related(x, "CapDPO", "outperforms", "POVID"), () -> relations(x).toString());
        assertFalse(related(x, "CapDPO", "appliedTo", "POVID"), () -> relations(x).toString());
    }

    @Test
    void aLowerCaseSizeAfterAKnownModelNamesOneSizeOfIt() {
        Extraction x = extract("DeBERTa: Decoding-enhanced BERT",
                "The authors pretrain DeBERTa, a disentangled-attention encoder. DeBERTa large, with 400M parameters, "
                        + "beats RoBERTa on SuperGLUE.");
        assertEquals(EntityType.MODEL, required(x, "DeBERTa large").type());
        assertTrue(related(x, "DeBERTa large", "variantOf", "DeBERTa"), () -> relations(x).toString());
        assertTrue(related(x, "DeBERTa large", "outperforms", "RoBERTa"), () -> relations(x).toString());
    }

    @Test
    void aMethodPutOnTopOfNamedModelsIsAppliedToThem() {
        Extraction x = extract("MergeScale: Token Merging",
                "This paper proposes MergeScale, a token merging method that keeps accuracy, and demonstrates its "
                        + "effectiveness on top of DeiT and Swin Transformer.");
        assertTrue(related(x, "MergeScale", "appliedTo", "DeiT"), () -> relations(x).toString());
        assertTrue(related(x, "MergeScale", "appliedTo", "Swin Transformer"), () -> relations(x).toString());
    }

    @Test
    void aMethodThatImprovesATaskIsAppliedToIt() {
        Extraction x = extract("FlowVec: Word Vectors",
                "The authors introduce FlowVec, a method for learning word vectors from co-occurrence counts. FlowVec "
                        + "vectors also improve part-of-speech tagging on the Penn Treebank.");
        assertTrue(related(x, "FlowVec", "appliedTo", "part-of-speech tagging"), () -> relations(x).toString());
    }

    @Test
    void whatAVerbAppliesToANamedModelIsAppliedToIt() {
        // the applier is the paper, not the applied method; the participle may be parsed as a modifier of the method
        Extraction active = extract("Sparse Students",
                "The authors apply magnitude pruning to RoBERTa-large and keep 95% of its GLUE score.");
        assertTrue(related(active, "magnitude pruning", "appliedTo", "RoBERTa-large"), () -> relations(active).toString());
        Extraction participle = extract("TinyBERT-2: Smaller Encoders",
                "TinyBERT-2 is a compact encoder obtained by applying knowledge distillation to BERT during pre-training "
                        + "rather than to task-specific models.");
        assertTrue(related(participle, "knowledge distillation", "appliedTo", "BERT"), () -> relations(participle).toString());
    }

    @Test
    void aSystemIsAppliedToATaskItPerforms() {
        Extraction x = extract("FoldLite: Fast Protein Folding",
                "The authors build FoldLite, a compact structure predictor. FoldLite performs protein structure prediction "
                        + "from a single sequence in under a second.");
        assertTrue(related(x, "FoldLite", "appliedTo", "protein structure prediction"), () -> relations(x).toString());
    }

    @Test
    void aModelAMethodPerformsComparablyToIsNotWhatItIsAppliedTo() {
        // the parser may hang "comparably" on the model rather than on the verb
        Extraction x = extract("FoldLite: Fast Protein Folding",
                "The authors build FoldLite, a structure predictor for protein structure prediction, and FoldLite-Large "
                        + "performs comparably to AlphaFold2.");
        assertFalse(related(x, "FoldLite", "appliedTo", "AlphaFold2"), () -> relations(x).toString());
        assertFalse(related(x, "FoldLite-Large", "appliedTo", "AlphaFold2"), () -> relations(x).toString());
    }

    @Test
    void aModelTheContributionIsTrainedIntoIsWhatItIsAppliedTo() {
        Extraction x = extract("RelayKD: Relational Distillation",
                "This paper proposes RelayKD, a relational distillation method for compact vision models. Distilling a "
                        + "Swin-L teacher into Swin-T and Swin-S students on ImageNet-1K, RelayKD improves top-1 accuracy by 1.4 points.");
        assertTrue(related(x, "RelayKD", "appliedTo", "Swin-T"), () -> relations(x).toString());
        assertTrue(related(x, "RelayKD", "appliedTo", "Swin-S"), () -> relations(x).toString());
    }

    @Test
    void aNamedModelTheProposedMethodLiftsFitsOutOrActsWithIsWhatItIsAppliedTo() {
        String intro = "The authors propose TokenDrop, a token pruning method for efficient LLM inference. ";
        String[][] cases = {
            {"TokenDrop improves Llama-3-8B on GSM8K by 4 points.", "Llama-3-8B"},
            {"With TokenDrop, Llama-3-8B reaches 60% accuracy on GSM8K.", "Llama-3-8B"},
            {"Llama-3-8B equipped with TokenDrop outperforms Llama-3-70B on MATH.", "Llama-3-8B"},
            {"TokenDrop compresses the KV cache of Qwen2-7B by 4x.", "Qwen2-7B"}};
        for (String[] c : cases) {
            Extraction x = extract("TokenDrop: Pruning Tokens", intro + c[0]);
            assertTrue(related(x, "TokenDrop", "appliedTo", c[1]), () -> c[0] + " " + relations(x));
        }
        Extraction beaten = extract("TokenDrop: Pruning Tokens", intro + "Llama-3-8B equipped with TokenDrop outperforms Llama-3-70B on MATH.");
        assertFalse(related(beaten, "TokenDrop", "appliedTo", "Llama-3-70B"), () -> relations(beaten).toString());
    }
}
