package org.papergraph.nlp;

import org.junit.jupiter.api.Test;
import org.papergraph.graph.NoteGraphMapper;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.papergraph.nlp.NoteExtractions.absent;
import static org.papergraph.nlp.NoteExtractions.entity;
import static org.papergraph.nlp.NoteExtractions.extract;
import static org.papergraph.nlp.NoteExtractions.names;
import static org.papergraph.nlp.NoteExtractions.related;
import static org.papergraph.nlp.NoteExtractions.required;

/** The NLP stage on real sentences (CoreNLP loads once per test JVM). */
class TestCoreNlpExtractor {

    @Test
    void hyphenatedNamesStayWholeAndDerivedNamesAreVariants() {
        Extraction x = extract("Understanding and Improving Shampoo and SOAP",
                "This paper reinterprets Shampoo and SOAP through the lens of KL divergence minimization and proposes two "
                        + "practical methods—KL-Shampoo and KL-SOAP—that match or surpass the original methods.");
        Extraction.NoteEntity kl = required(x, "KL-Shampoo");
        assertEquals(Role.PROPOSES, kl.role());
        assertEquals(EntityType.METHOD, kl.type());
        assertEquals(Role.PROPOSES, required(x, "KL-SOAP").role());
        assertEquals("shampoo", required(x, "Shampoo").vocabularyId());
        assertTrue(related(x, "KL-Shampoo", "variantOf", "Shampoo"));
        assertTrue(related(x, "KL-SOAP", "variantOf", "SOAP"));
    }

    @Test
    void acronymDefinitionsJoinBothFormsInEitherDirection() {
        Extraction x = extract("Lossless Vocabulary Reduction",
                "This paper proposes a theoretical framework for Lossless Vocabulary Reduction (LVR), which converts a model. "
                        + "LVR is validated on GSM8K.");
        Extraction.NoteEntity lvr = required(x, "LVR");
        assertTrue(lvr.labels().contains("Lossless Vocabulary Reduction"), lvr.labels().toString());
        assertEquals("Lossless Vocabulary Reduction", lvr.name());
        assertEquals(Role.PROPOSES, lvr.role());
        assertEquals(2, lvr.mentions().stream().filter(m -> m.surface().equals("LVR")).count());

        Extraction y = extract("TASTE", "This paper proposes TASTE (Text-Aligned Speech Tokenization and Embedding), which aligns speech tokens with text.");
        assertTrue(required(y, "TASTE").labels().contains("Text-Aligned Speech Tokenization and Embedding"));
    }

    @Test
    void aNoteDefinitionOverridesAnotherSenseOfTheVocabulary() {
        // AMC is also a math competition in the vocabulary; the note says what it means here
        Extraction x = extract("MoMa", "MoMa applies a training-free Adaptive Module Composition (AMC) algorithm to assemble models.");
        Extraction.NoteEntity amc = required(x, "AMC");
        assertNull(amc.vocabularyId());
        assertEquals(EntityType.METHOD, amc.type());
    }

    @Test
    void evaluationTargetsOfACoordinatedListAreEvaluatedOn() {
        Extraction x = extract("A method", "The method is validated on GSM8K, MATH, and MMLU.");
        for (String d : List.of("GSM8K", "MATH", "MMLU")) {
            Extraction.NoteEntity e = required(x, d);
            assertEquals(EntityType.DATASET, e.type(), d);
            assertEquals(Role.EVALUATES_ON, e.role(), d);
        }
    }

    @Test
    void aBareWordJoinedToANameByAndIsNotAListMember() {
        Extraction x = extract("Regularisation", "We train the network with dropout and patience, and report results within minutes and 128x128 crops.");
        required(x, "dropout");
        assertTrue(entity(x, "patience").isEmpty(), () -> names(x).toString());
        assertTrue(entity(x, "minutes").isEmpty());
        assertTrue(entity(x, "128x128").isEmpty());
    }

    @Test
    void membersOfALongerEnumerationAndMultiWordMembersAreTaken() {
        Extraction x = extract("Editing", "The model performs image inpainting, colorization and deblurring, and is compared with "
                + "Adam and sign-based momentum descent.");
        required(x, "colorization");
        required(x, "deblurring");
        required(x, "sign-based momentum descent");
    }

    @Test
    void measuredSizesAndEvaluativeWordsAreNotPartOfATermsName() {
        Extraction x = extract("Sizes", "We train a 350M-parameter Transformer and report a +1.8 mask AP gain over "
                + "traditional rank aggregation metrics, while 8-bit Adam keeps memory low.");
        assertTrue(names(x).stream().noneMatch(n -> n.contains("350M") || n.contains("+1.8")), () -> names(x).toString());
        required(x, "rank aggregation metrics");
        required(x, "8-bit Adam");
    }

    @Test
    void theKindOfAProposedNameInAppositionIsNotItselfProposed() {
        Extraction x = extract("Lattice", "This paper proposes TreeJudge, a vision transformer trained without patch labels.");
        assertEquals(Role.PROPOSES, required(x, "TreeJudge").role());
        Extraction.NoteEntity kind = required(x, "vision transformer");
        assertNotEquals(Role.PROPOSES, kind.role(), kind.toString());
        // an acronym is the same entity as its long form, not a name of its kind
        Extraction y = extract("Ranking", "We introduce Contrastive Ranking Distillation (CRD), which aligns two rankers.");
        assertEquals(Role.PROPOSES, required(y, "CRD").role());
    }

    @Test
    void aNameMovedOnABenchmarkOrMeasuredWithIsAMetric() {
        Extraction x = extract("Reader", "The reader improves ZQS on DocBench-9, and faithfulness is measured with HALO.");
        assertEquals(EntityType.METRIC, required(x, "ZQS").type());
        assertEquals(EntityType.METRIC, required(x, "HALO").type());
        assertEquals(EntityType.DATASET, required(x, "DocBench-9").type());
    }

    @Test
    void cutoffsAndPatchSizesWrittenOntoANameArePartOfIt() {
        Extraction x = extract("Retrieval", "The retriever improves nDCG@3 on BEIR, while ViT-B/16@224px stays frozen.");
        Extraction.NoteEntity ndcg = required(x, "nDCG@3");
        assertEquals(EntityType.METRIC, ndcg.type());
        assertEquals(EntityType.MODEL, required(x, "ViT-B/16@224px").type());
        assertEquals("nDCG@3", ndcg.name(), "the cutoff is not dropped");
        assertTrue(x.entities().stream().filter(e -> e != ndcg).noneMatch(e -> e.labels().contains("nDCG")), "no second entity without the cutoff");
    }

    @Test
    void aSentenceInitialAppliedToParsedAsANounStillNamesTheModelAndEveryComparedMethodCounts() {
        // the tagger reads "Applied" as a proper noun at the root, and hangs the participle on the first compared name
        Extraction x = extract("QuillNet: Sparse Adapters", "This paper proposes QuillNet, a sparse adapter for language models. "
                + "Applied to Falcon-40B, QuillNet halves adapter memory while preserving MMLU and ARC scores, outperforming ZipLoRA and DoRA.");
        assertTrue(related(x, "QuillNet", "appliedTo", "Falcon-40B"), x.relations().toString());
        assertTrue(related(x, "QuillNet", "outperforms", "ZipLoRA"), x.relations().toString());
        assertTrue(related(x, "QuillNet", "outperforms", "DoRA"), x.relations().toString());
    }

    @Test
    void acronymsMatchOnlyInTheirCase() {
        Extraction x = extract("Math", "We study how the math of attention relates to MATH benchmark scores.");
        required(x, "MATH");
        assertTrue(x.entities().stream().noneMatch(e -> e.mentions().stream().anyMatch(m -> m.surface().equals("math"))));
    }

    @Test
    void adamIsAnOptimizerNotAPerson() {
        Extraction x = extract("Optimizers", "We compare Adam and AdamW on ImageNet with a cosine learning rate schedule.");
        assertEquals(EntityType.METHOD, required(x, "Adam").type());
        assertEquals(EntityType.METHOD, required(x, "AdamW").type());
        assertEquals(EntityType.DATASET, required(x, "ImageNet").type());
    }

    @Test
    void aDatasetIntroducedByThePaperIsProposedWithItsQuantities() {
        Extraction x = extract("CHAMMI-75: Pre-training multi-channel models",
                "This work introduces CHAMMI-75—the largest heterogeneous multi-channel microscopy image pre-training dataset "
                        + "(2.8M images, 75 sources)—and trains the MorphEm model.");
        Extraction.NoteEntity chammi = required(x, "CHAMMI-75");
        assertEquals(Role.PROPOSES, chammi.role());
        assertEquals(EntityType.DATASET, chammi.type());
        assertTrue(x.quantities().stream().anyMatch(q -> q.value() == 2_800_000 && q.unit().equals("images")));
        assertTrue(x.quantities().stream().anyMatch(q -> q.value() == 75 && q.unit().equals("sources")));
        assertEquals(EntityType.MODEL, required(x, "MorphEm").type());
    }

    @Test
    void aQuotedTermIntroducedWithAnArticleIsCoined() {
        Extraction x = extract("Positional information",
                "RoPE suffers from a \"single-head deposit pattern\" in shallow layers.");
        Extraction.NoteEntity p = required(x, "single-head deposit pattern");
        assertEquals(EntityType.CONCEPT, p.type());
        assertEquals(Role.PROPOSES, p.role());
        assertEquals("rope", required(x, "RoPE").vocabularyId());
    }

    @Test
    void outperformingIsARelationMatchingIsNot() {
        Extraction x = extract("WSO", "This paper proposes the Warmup-Stable-Only (WSO) learning rate schedule. "
                + "WSO consistently outperforms cosine decay, and it matches AdamW.");
        assertTrue(related(x, "Warmup-Stable-Only", "outperforms", "cosine decay")
                || related(x, "WSO", "outperforms", "cosine decay"), x.relations().toString());
        assertFalse(x.relations().stream().anyMatch(r -> x.entities().get(r.object()).labels().contains("AdamW")));
    }

    @Test
    void mathematicsIsMaskedAndOffsetsStillPointIntoTheText() {
        String summary = "When the parameter count \\(p \\gg dn\\) is large, training data can be reconstructed from ResNets.";
        Extraction x = extract("Reconstruction", summary);
        for (Extraction.NoteEntity e : x.entities()) {
            for (Extraction.Mention m : e.mentions()) assertEquals(m.surface(), summary.substring(m.begin(), m.end()));
        }
        assertEquals("resnet", required(x, "ResNets").vocabularyId());
    }

    @Test
    void everyMentionCarriesItsRuleConfidenceAndSentence() {
        Extraction x = extract("Grokking", "This work explains grokking. It also studies neural collapse in ResNets.");
        for (Extraction.NoteEntity e : x.entities()) {
            for (Extraction.Mention m : e.mentions()) {
                assertFalse(m.rule().isBlank());
                assertTrue(m.confidence() > 0 && m.confidence() <= 1);
                assertTrue(m.sentence() >= 0 && m.sentence() < x.sentences().size());
            }
        }
        assertEquals(1, required(x, "neural collapse").mentions().get(0).sentence());
        assertEquals(Role.STUDIES, required(x, "grokking").role());
    }

    @Test
    void coordinatedVerbsShareTheirSubjectAndASentenceInitialAppliedToNamesTheModels() {
        Extraction x = extract("FooNet: Fast Pruning", "We introduce FooNet, a pruning method for vision transformers. "
                + "Applied to Mistral-7B and Gemma-2B, FooNet cuts latency by 30% and outperforms BarPrune and QuxDrop at equal budgets.");
        assertTrue(related(x, "FooNet", "outperforms", "BarPrune"), x.relations().toString());
        assertTrue(related(x, "FooNet", "outperforms", "QuxDrop"), x.relations().toString());
        assertTrue(related(x, "FooNet", "appliedTo", "Mistral-7B"), x.relations().toString());
    }

    @Test
    void aParticipleHungOnABenchmarkBelongsToTheClauseSubject() {
        Extraction x = extract("ZetaOpt: A Sign-Based Optimizer", "This paper proposes ZetaOpt, a sign-based optimizer. "
                + "Trained on C4, ZetaOpt reaches 3.1 perplexity on WikiText-103, outperforming Lion and Sophia.");
        assertTrue(related(x, "ZetaOpt", "outperforms", "Lion"), x.relations().toString());
        assertFalse(x.relations().stream().anyMatch(r -> x.entities().get(r.subject()).labels().contains("WikiText-103")),
                x.relations().toString());
    }

    @Test
    void whatAMethodOutperformsIsASureEnoughName() {
        Extraction x = extract("Kestrel", "We introduce Kestrel, a planning agent. On WebArena, Kestrel clearly outperforms Plumage and Wrenly.");
        Extraction.NoteEntity plumage = required(x, "Plumage");
        assertTrue(plumage.confidence() >= 0.5, "below the link threshold: " + plumage.confidence());
        assertTrue(related(x, "Kestrel", "outperforms", "Plumage"), x.relations().toString());
    }

    @Test
    void theNameAfterThePapersProposalVerbIsProposedWhateverItsTag() {
        Extraction x = extract("Sparse Retrieval for Tables", "The authors present Quillon, a learned sparse retrieval method for tables. "
                + "Quillon is fast.");
        assertEquals(Role.PROPOSES, required(x, "Quillon").role());
    }

    @Test
    void aNameThatResultsAreReportedOnIsADataset() {
        Extraction x = extract("Noise-Robust Training", "We propose NoiseGuard, a loss for noisy labels. "
                + "NoiseGuard improves robustness to label noise on Olvex and reaches 71% accuracy.");
        assertEquals(EntityType.DATASET, required(x, "Olvex").type());
        Extraction y = extract("Adapters on Top", "Building on Vexamodel, we add adapters to every layer.");
        entity(y, "Vexamodel").ifPresent(e -> assertFalse(e.type() == EntityType.DATASET, "built on, not measured on"));
    }

    @Test
    void aMethodPhraseTheTitleRepeatsIsTheContribution() {
        Extraction x = extract("Gradient Echo Regularization for Sparse Training",
                "This paper examines gradient echo regularization, a penalty on repeated gradient directions, and applies it to ResNet-50.");
        assertEquals(Role.PROPOSES, required(x, "gradient echo regularization").role());
    }

    @Test
    void aListMemberKeepsTheTypeItsOwnHeadNounGives() {
        Extraction x = extract("Steering", "We propose WeightSteer, a steering method. "
                + "WeightSteer generalizes better compared to activation steering across experiments on sycophancy, toxic behavior, and refusal.");
        entity(x, "toxic behavior").ifPresent(e -> assertEquals(EntityType.CONCEPT, e.type()));
        assertFalse(related(x, "WeightSteer", "outperforms", "toxic behavior"), x.relations().toString());
    }

    @Test
    void whatIsSaidOfTheKindBesideANameIsSaidOfTheName() {
        Extraction x = extract("Borealis", "We present Borealis, a graph neural network (GNN) for molecular property prediction "
                + "that shares weights across atoms.");
        assertEquals(Role.PROPOSES, required(x, "Borealis").role());
        // the kind's own acronym is the kind, not the proposal
        assertNotEquals(Role.PROPOSES, required(x, "GNN").role());
        assertTrue(related(x, "Borealis", "appliedTo", "molecular property prediction"), x.relations().toString());
        assertFalse(related(x, "graph neural network", "appliedTo", "molecular property prediction"), x.relations().toString());
    }

    @Test
    void whatAMethodIsUsedAsATargetForIsWhatTheMethodIsAppliedTo() {
        Extraction x = extract("Kestrel: Compact Visual Tokens", "We introduce Kestrel, a visual tokenizer. Used as a drop-in "
                + "encoder for Vicuna-13B and Zephyr-7B, Kestrel cuts visual tokens by 30%.");
        assertTrue(related(x, "Kestrel", "appliedTo", "Vicuna-13B"), x.relations().toString());
        assertTrue(related(x, "Kestrel", "appliedTo", "Zephyr-7B"), x.relations().toString());
    }

    @Test
    void aGainOverAnotherSystemIsAnOutperformsButAnotherMeasureIsNot() {
        Extraction x = extract("Marlin: Contrastive Pretraining", "This paper proposes Marlin, a contrastive pretraining method. "
                + "Trained on CommonPool, Marlin improves zero-shot accuracy on ImageNet over OpenCLIP and EVA-CLIP. "
                + "The authors also report gains of 2.1 points over CoCa.");
        assertTrue(related(x, "Marlin", "outperforms", "OpenCLIP"), x.relations().toString());
        assertTrue(related(x, "Marlin", "outperforms", "EVA-CLIP"), x.relations().toString());
        assertTrue(related(x, "Marlin", "outperforms", "CoCa"), x.relations().toString());
        // the argument coordinated verbs share hangs on the first of them
        Extraction z = extract("PrefMix", "We propose PrefMix, a preference objective. On HelpSteer dialogues, PrefMix matches "
                + "or improves over KTO while being simpler to train.");
        assertTrue(related(z, "PrefMix", "outperforms", "KTO"), z.relations().toString());
        Extraction y = extract("Quill", "We propose Quill, a decoding method. Quill reduces latency on MT-Bench over Medusa.");
        assertFalse(related(y, "Quill", "outperforms", "Medusa"), "a reduction is only better for some measures: " + y.relations());
    }

    @Test
    void theModelsATrainingRegimeIsOfAreWhatTheProposedMethodIsAppliedTo() {
        Extraction x = extract("Quokka: Low-Memory Optimization", "This paper proposes Quokka, an optimizer that keeps one "
                + "moment in 4 bits, enabling stable pre-training of Pythia-1B and fine-tuning of Falcon-7B on one GPU.");
        assertTrue(related(x, "Quokka", "appliedTo", "Pythia-1B"), x.relations().toString());
        assertTrue(related(x, "Quokka", "appliedTo", "Falcon-7B"), x.relations().toString());
        // a model the paper merely names is not what a method it does not propose is applied to (a note opening with
        // "Adafactor enables …" would be about Adafactor: its opening subject is its contribution)
        Extraction y = extract("Survey", "The survey recalls that Adafactor enables fine-tuning of Falcon-7B on one GPU.");
        assertFalse(related(y, "Adafactor", "appliedTo", "Falcon-7B"), y.relations().toString());
    }

    @Test
    void aNameWrittenInThePluralIsTheBaseOfItsVersions() {
        Extraction x = extract("Depth", "We train very deep residual networks (ResNets) with identity shortcuts. On CIFAR-10, a "
                + "ResNet-152 reaches 4% error.");
        assertTrue(related(x, "ResNet-152", "variantOf", "ResNets"), x.relations().toString());
    }

    @Test
    void aCommonNounPhraseAMethodOutperformsIsASystemUnlessItOnlyDescribes() {
        Extraction x = extract("GyreLR: Adaptive Warmup", "We propose GyreLR, an adaptive warmup schedule. GyreLR outperforms "
                + "the cube-root warmup rule on GLUE.");
        required(x, "cube-root warmup rule");
        assertTrue(related(x, "GyreLR", "outperforms", "cube-root warmup rule"), x.relations().toString());
        Extraction y = extract("GyreLR: Adaptive Warmup", "We propose GyreLR, an adaptive warmup schedule. GyreLR outperforms "
                + "prior methods, strong baselines and one-shot methods on GLUE.");
        assertTrue(y.entities().stream().noneMatch(e -> e.name().endsWith("methods") || e.name().endsWith("baselines")),
                () -> names(y).toString());
    }

    @Test
    void aKnownMeasureInASentenceAboutEvaluationIsEvaluatedOnEvenWithoutANumber() {
        Extraction x = extract("Preference Tuning", "We propose PrefMix, a preference optimization objective. On HelpSteer "
                + "dialogues, PrefMix is compared with DPO, with GPT-4 win rates used as the main evaluation metric.");
        assertEquals(Role.EVALUATES_ON, required(x, "win rate").role());
        Extraction y = extract("Reconstruction Theory", "This paper shows that when the parameter count grows faster than the "
                + "sample size, the training data can be recovered exactly from the weights.");
        entity(y, "parameter count").ifPresent(e -> assertNotEquals(Role.EVALUATES_ON, e.role(), "a condition of a theorem, not a result"));
    }

    @Test
    void aNameGivenByANamingParticipleIsCoinedUnlessItIsKnown() {
        Extraction x = extract("Replay Mixing", "The overestimation is reduced by mixing replayed gradients into the critic "
                + "updates, a variant called ReMixQ.");
        assertEquals(Role.PROPOSES, required(x, "ReMixQ").role());
        Extraction y = extract("Optimizers Compared", "The networks are trained with an optimizer called Adam.");
        assertNotEquals(Role.PROPOSES, required(y, "Adam").role());
    }

    @Test
    void aNameFollowedByANewKindOfThingIsProposed() {
        Extraction x = extract("Learning from Captions", "A contrastive objective over an image encoder and a text encoder "
                + "is trained on PixCapWeb (PCW), a new dataset of 300 million (image, text) pairs collected from the web.");
        assertEquals(Role.PROPOSES, required(x, "PixCapWeb").role());
    }

    @Test
    void whatAPaperDerivesIsProposedOnlyWhenItIsAName() {
        Extraction x = extract("Batch Size Theory", "This paper derives the critical learning rate of SGD for noisy "
                + "quadratic objectives under power-law spectra.");
        assertTrue(x.entities().stream().noneMatch(e -> e.role() == Role.PROPOSES), x.entities().toString());
        Extraction y = extract("Preference Objectives", "This paper derives PrefLoss, a classification-style objective "
                + "that fine-tunes the policy on human preferences.");
        assertEquals(Role.PROPOSES, required(y, "PrefLoss").role());
    }

    @Test
    void onlyThePhraseAsWellAsJoinsAListNotAsAlone() {
        Extraction x = extract("KiteNet", "We introduce KiteNet, a compact vision backbone. On ImageNet, KiteNet clearly "
                + "outperforms DeiT-S as well as ViT-S/16.");
        assertTrue(related(x, "KiteNet", "outperforms", "ViT-S/16"), x.relations().toString());
        Extraction y = extract("KiteNet", "We introduce KiteNet, a compact vision backbone. On ImageNet, KiteNet "
                + "outperforming DeiT-S as ViT-S/16 does is expected.");
        assertTrue(related(y, "KiteNet", "outperforms", "DeiT-S"), y.relations().toString());
        assertFalse(related(y, "KiteNet", "outperforms", "ViT-S/16"), y.relations().toString());
    }

    @Test
    void aBroadTermTheTitleNamesIsAnEntityWhenItIsAKindOfABroaderOne() {
        Extraction x = extract("Exact Token Merging for Auto-Regressive Language Models", "This paper proposes Exact Token "
                + "Merging (ETM), which shortens the input of any auto-regressive language model without changing its outputs.");
        required(x, "auto-regressive language model");
        assertTrue(related(x, "ETM", "appliedTo", "auto-regressive language model"), x.relations().toString());
        Extraction y = extract("Steering Language Models with Sparse Probes", "This paper proposes SparseSteer, which "
                + "steers language models with sparse probes.");
        absent(y, "language model", "language models");
    }

    @Test
    void pretrainingIsATrainingPhaseNotAnEntityButItsKindsAre() {
        // like "training": the generic phase; "continual pre-training" names a regime of its own
        Extraction x = extract("Data Mixtures for Longer Pretraining", "After pre-training on C4, the authors apply "
                + "continual pre-training on code and evaluate on HumanEval.");
        absent(x, "pre-training");
        required(x, "continual pre-training");
    }

    @Test
    void aListMemberFollowedByItsOwnObjectIsAMisreadVerb() {
        Extraction x = extract("TerraNote", "TerraNote couples a SigLIP encoder with a Q-Former. The authors also release "
                + "GeoPairs, 410K region–caption pairs mined from OpenStreetMap tags, and report gains of +9.2 CIDEr over GeoChat.");
        assertTrue(entity(x, "report").isEmpty(), () -> names(x).toString());
        required(x, "GeoPairs");
    }

    @Test
    void anAdjectiveBuiltOnANameMentionsTheNameNotANameOfItsOwn() {
        Extraction x = extract("PatchPack", "We introduce PatchPack, which packs patches with QuiltViT-style sequence packing "
                + "and outperforms GeoSig-based baselines.");
        required(x, "QuiltViT");
        assertTrue(names(x).stream().noneMatch(n -> n.endsWith("-style") || n.endsWith("-based")), () -> names(x).toString());
    }

    @Test
    void aClassNounAfterANameInAListTypesTheNameAndMakesNoSecondMember() {
        Extraction x = extract("GeoCap", "GeoCap couples a SigLIP encoder with a mask-conditioned Q-Former and a "
                + "Zephyr-7B decoder.");
        required(x, "Zephyr-7B");
        assertTrue(entity(x, "Zephyr-7B decoder").isEmpty(), () -> names(x).toString());
    }

    @Test
    void aNameThePaperMakesIsProposedWhenItStandsAloneAfterTheVerb() {
        // the parse makes VoxPairs a compound of "gains" here; the words still show what was released
        Extraction x = extract("Speech Captions", "A speech encoder is paired with a text decoder. The authors also release "
                + "VoxPairs, 80K clip–transcript pairs mined from podcast feeds over news tiles, and report gains of +2.3 BLEU "
                + "over Whisper.");
        assertEquals(Role.PROPOSES, required(x, "VoxPairs").role());
        Extraction y = extract("Robustness Splits", "We build ImageNet splits that shift the background of every class.");
        assertNotEquals(Role.PROPOSES, required(y, "ImageNet").role(), "the splits are made, not ImageNet");
    }

    @Test
    void theNamesACountedProposalListsAfterADashAreProposedUpToTheCount() {
        Extraction x = extract("Pruning Sparse Transformers", "We propose two pruning schemes for sparse transformers—"
                + "FirstCut, a magnitude rule that drops the smallest weights of each layer, and GateDrop, a learned gate that "
                + "switches off whole heads—and compare them with SparseGPT and WandaPlus.");
        assertEquals(Role.PROPOSES, required(x, "FirstCut").role());
        assertEquals(Role.PROPOSES, required(x, "GateDrop").role());
        assertNotEquals(Role.PROPOSES, required(x, "WandaPlus").role(), "a third name after a list of two");
    }

    @Test
    void thePhraseAfterATitlesNameIsWhatTheNamedWorkProposes() {
        String summary = "FlowCache compresses long prompts into gated memory tokens, cutting time-to-first-token on ShareGPT.";
        Extraction x = extract("FlowCache: Memory Tokens for Long-Context Serving", summary);
        assertEquals(Role.PROPOSES, required(x, "memory tokens").role());
        Extraction y = extract("FlowCache: Long-Context Serving with Memory Tokens", summary);
        assertNotEquals(Role.PROPOSES, required(y, "memory tokens").role(), "the title does not describe it");
    }

    @Test
    void aSentenceOpeningOnModelsAppliesTheProposalToThem() {
        Extraction x = extract("Short Answers", "We introduce two decoding rules for reasoning models—StopEarly, a probe that "
                + "halts generation once the answer is stable, and TrimPO, an objective that penalizes long answers. On "
                + "Qwen2.5-7B, both cut response length on MATH500 by 40%.");
        assertTrue(related(x, "StopEarly", "appliedTo", "Qwen2.5-7B"), x.relations().toString());
        assertTrue(related(x, "TrimPO", "appliedTo", "Qwen2.5-7B"), x.relations().toString());
    }

    @Test
    void aModelAMethodTrainsIsWhatItIsAppliedToEvenWhenTheParseHangsItOnTheTrainer() {
        Extraction x = extract("TraceReward: Dense Rewards for Code", "TraceReward is a reward-shaping method for code "
                + "generation. Trained with PPO on Llama-3-8B, it raises pass@1 on HumanEval.");
        assertTrue(related(x, "TraceReward", "appliedTo", "Llama-3-8B"), x.relations().toString());
    }

    @Test
    void theSecondModelOfAnEllipticalRegimeIsATargetToo() {
        Extraction x = extract("Curvature Steps", "We introduce CurveLR, a step-size rule set from curvature. CurveLR shortens "
                + "tuning in distributed training of ViT-B/16 on ImageNet-1k and of GPT-2 Medium, in fewer steps.");
        assertTrue(related(x, "CurveLR", "appliedTo", "ViT-B/16"), x.relations().toString());
        assertTrue(related(x, "CurveLR", "appliedTo", "GPT-2 Medium"), x.relations().toString());
    }

    @Test
    void aModelNamingACorpusIsNotAModelTheMethodIsTriedOn() {
        Extraction x = extract("Linear Position Biases", "We propose SlopeBias, a position method for transformers. SlopeBias "
                + "beats ALiBi on PG-19 and on the OpenWebText+GPT-2 corpus.");
        assertFalse(x.relations().stream().anyMatch(r -> r.predicate().equals("appliedTo")
                && x.entities().get(r.object()).labels().contains("GPT-2")), x.relations().toString());
    }

    @Test
    void anAcronymsLongFormIsTheWordsWhoseInitialsSpellIt() {
        // Schwartz–Hearst alone finds the second M and the O inside "Optimization" and stops at "Memory Optimization"
        Extraction x = extract("Memory Optimization", "We propose Masked Memory Optimization (MMO), which freezes rarely "
                + "updated rows of the optimizer state.");
        Extraction.NoteEntity mmo = required(x, "MMO");
        assertTrue(mmo.labels().contains("Masked Memory Optimization"), mmo.labels().toString());
        assertEquals(Role.PROPOSES, mmo.role());
    }

    @Test
    void theKindBesideAProposedNameIsNotProposedEvenWithAnAcronymOrAFamilyOfIt() {
        Extraction x = extract("Claim Verification", "This paper proposes ClaimJudge, a claim verification model (CVM) "
                + "trained without human labels.");
        assertEquals(Role.PROPOSES, required(x, "ClaimJudge").role());
        assertNotEquals(Role.PROPOSES, required(x, "claim verification model").role());
        Extraction y = extract("Clipped Advantages", "We propose a new family of policy gradient methods, Clipped Advantage "
                + "Ascent (CAA), which alternates between sampling and optimizing.");
        assertEquals(Role.PROPOSES, required(y, "CAA").role());
        assertNotEquals(Role.PROPOSES, required(y, "policy gradient").role());
    }

    @Test
    void aNameThatOnlySaysWhichThingsActIsNotTheContribution() {
        Extraction x = extract("Step Verifiers", "This paper proposes PathScore, a step verifier trained without labels: a "
                + "step counts as correct when Langevin rollouts from it reach the majority answer.");
        assertNotEquals(Role.PROPOSES, required(x, "Langevin").role());
    }

    @Test
    void dataANoteDrawsOnIsUsedNotEvaluatedOn() {
        Extraction x = extract("Spatial Questions", "We introduce RoomQA, 5K questions about indoor scenes rendered from "
                + "ScanNet. Models are scored on RoomQA.");
        assertEquals(Role.USES, required(x, "ScanNet").role());
        Extraction y = extract("Vision Transformers at Scale", "When pre-trained on large datasets such as ImageNet-21k and "
                + "transferred to small benchmarks, the model attains 88% accuracy on CIFAR-100.");
        assertEquals(Role.USES, required(y, "ImageNet-21k").role());
        assertEquals(Role.EVALUATES_ON, required(y, "CIFAR-100").role());
    }

    @Test
    void aNameInANetworksSlotIsAModelWhileTheSlotIsAComponent() {
        Extraction x = extract("Page Retrieval", "The authors present PageSpar, a sparse retrieval method that encodes each "
                + "page screenshot with a QuillGemma encoder and a lightweight mask decoder.");
        assertEquals(EntityType.MODEL, required(x, "QuillGemma").type());
        assertEquals(EntityType.METHOD, required(x, "lightweight mask decoder").type());
    }

    @Test
    void whereAComparisonIsWonIsEvaluatedOnAndTheListGoesOnPastTheParse() {
        // the parse makes the last two datasets objects of "outperforms"
        Extraction x = extract("Low-Rank Updates", "We propose SlimRank, a low-rank adaptation method. Applied to RoBERTa "
                + "and GPT-2, SlimRank matches full fine-tuning, and it outperforms adapters, prefix-tuning and BitFit on GLUE, "
                + "E2E NLG and WikiSQL.");
        assertEquals(Role.EVALUATES_ON, required(x, "GLUE").role());
        assertEquals(Role.EVALUATES_ON, required(x, "E2E NLG").role());
        assertEquals(Role.EVALUATES_ON, required(x, "WikiSQL").role());
    }

    @Test
    void onlyConceptsAndTasksAreStudied() {
        Extraction x = extract("Lean Provers", "This paper introduces LemmaHound, a prover for theorem proving in Lean 4. "
                + "LemmaHound proves 61.2% of miniF2F-test and 25 problems of PutnamBench.");
        assertNotEquals(Role.STUDIES, required(x, "PutnamBench").role());
    }

    @Test
    void aMethodANamedModelIsTrainedWithIsAppliedToIt() {
        Extraction x = extract("Chat Tuning", "The released Falcon-Chat models are optimized for dialogue through "
                + "supervised fine-tuning and iterative RLHF. A ResNet-50 trained with SAM is the baseline.");
        assertTrue(related(x, "RLHF", "appliedTo", "Falcon-Chat"), x.relations().toString());
        assertTrue(related(x, "SAM", "appliedTo", "ResNet-50"), x.relations().toString());
    }

    @Test
    void aFlavourAfterASpacedDashIsPartOfTheNameAndMakesAVariant() {
        Extraction x = extract("Falcon Chat", "We introduce Falcon 7B, an efficient language model. The instruction-tuned "
                + "Falcon 7B – Chat, fine-tuned from Falcon 7B, is preferred by raters.");
        Extraction.NoteEntity chat = required(x, "Falcon 7B – Chat");
        assertTrue(entity(x, "Chat").isEmpty(), () -> names(x).toString());
        assertTrue(related(x, "Falcon 7B – Chat", "variantOf", "Falcon 7B"), x.relations().toString());
        // the parse makes the compared model an indirect object here
        Extraction y = extract("Falcon 7B", "We introduce Falcon 7B, an efficient language model. The chat-tuned Falcon 7B – "
                + "Chat surpasses Vicuna 2 13B – Instruct on both human and automated benchmarks such as AlpacaEval.");
        assertTrue(related(y, "Falcon 7B – Chat", "outperforms", "Vicuna 2 13B – Instruct"), y.relations().toString());
        assertEquals(EntityType.MODEL, chat.type());
    }

    @Test
    void aModelTrainedFromAnotherIsItsVariant() {
        Extraction x = extract("Small Coders", "We release TinyQwen-1B, distilled from Qwen2.5-7B on code data.");
        assertTrue(related(x, "TinyQwen-1B", "variantOf", "Qwen2.5-7B"), x.relations().toString());
    }

    @Test
    void aQuantityQualifiesTheSameEntityOnEveryRun() {
        // two mentions cover "top-1 accuracy" here; which one the number qualifies must not follow identity hashes
        String summary = "The resulting family of convolutional networks, named ConvMix, reaches 86.9% ImageNet top-1 "
                + "accuracy and outperforms Swin Transformers on COCO object detection.";
        java.util.Set<String> qualified = new java.util.TreeSet<>();
        for (int run = 0; run < 8; run++) {
            Extraction x = extract("ConvMix", summary);
            for (Extraction.Quantity q : x.quantities()) {
                if (q.text().startsWith("86.9") && q.qualifies() >= 0) qualified.add(x.entities().get(q.qualifies()).name());
            }
        }
        assertEquals(1, qualified.size(), qualified.toString());
    }

    @Test
    void aNameSaidToBeSomethingIsNotIntroducedByIt() {
        // "X is a framework" introduces X; "X is vacuous" only says something of it
        Extraction x = extract("Tight Bounds for Sparse Regression",
                "This paper proposes sharpened bounds for sparse regression. By contrast, the MDL-Bound is vacuous for deep networks.");
        assertEquals(Role.USES, required(x, "MDL-Bound").role());
    }

    @Test
    void anAcronymTheNoteDefinesIsOnlyCoinedWhenNothingSaysOtherwise() {
        // evaluated on
        Extraction evaluated = extract("TriNet", "We introduce TriNet, a graph network for link prediction. On the inductive "
                + "gene-gene association (GGA) dataset it reaches an F1 of 0.91.");
        assertEquals(Role.EVALUATES_ON, required(evaluated, "GGA").role());
        // a prior-work word after the definition
        Extraction baseline = extract("LinkAvg", "LinkAvg is a federated method that averages client updates. It needs 10x fewer "
                + "rounds than the synchronized Gradient Sharing (GS) baseline.");
        assertNotEquals(Role.PROPOSES, required(baseline, "Gradient Sharing").role());
        // an apposition to a phrase marked as prior work
        Extraction apposition = extract("PassageQA", "PassageQA answers questions over a dense index accessed with a pretrained "
                + "sparse retriever, the Lexical Match Retriever (LMR).");
        assertNotEquals(Role.PROPOSES, required(apposition, "LMR").role());
        // a list shared with a name the vocabulary knows
        Extraction listed = extract("Robust Training", "We train networks with adversarial training. The resulting models "
                + "resist attacks including FGSM and the Boundary Walk (BW) attack.");
        assertNotEquals(Role.PROPOSES, required(listed, "Boundary Walk").role());
    }

    @Test
    void laterExamplesOfABenchmarkListAreBenchmarksWhereverTheParserHangsThem() {
        // the parser makes the later list items the subject of "outperforms" and the system their apposition
        Extraction x = extract("GridNet", "GridNet is a neural architecture for tabular data. Across benchmarks such as Forest "
                + "Cover Type, Poker Hand, Sarcos and Higgs Boson, GridNet outperforms other neural networks and decision tree "
                + "ensembles such as XGBoost, LightGBM and CatBoost.");
        for (String benchmark : List.of("Poker Hand", "Sarcos", "Higgs Boson")) {
            Extraction.NoteEntity b = required(x, benchmark);
            assertEquals(EntityType.DATASET, b.type(), benchmark);
            assertNotEquals(Role.PROPOSES, b.role(), benchmark);
            assertFalse(related(x, benchmark, "outperforms", "XGBoost"), benchmark);
        }
        assertTrue(related(x, "GridNet", "outperforms", "XGBoost"));
        assertTrue(related(x, "GridNet", "outperforms", "CatBoost"));
    }

    @Test
    void aProposalVerbAfterAndSharesThePaperSubject() {
        // the parser hangs "and proposes" on the relative clause, whose subject is "a shared model"
        Extraction x = extract("Weight Ensembling", "This paper introduces weight ensembling, in which a shared model is trained "
                + "by a central server from updates computed on mobile devices that keep their private training data local, and "
                + "proposes Stochastic Weight Averaging (SWA), which combines local stochastic gradient descent (SGD) on each "
                + "client with model averaging on the server.");
        assertEquals(Role.PROPOSES, required(x, "SWA").role());
    }

    @Test
    void aVocabularyNameOpeningASentenceIsStillAName() {
        // the vocabulary writes "Pythia" with a capital: at a sentence start that capital is the evidence left
        Extraction x = extract("Pythia", "Pythia is a suite of language models for interpretability research. Pythia-1.4B "
                + "outperforms OPT-1.3B on LAMBADA.");
        assertTrue(related(x, "Pythia-1.4B", "variantOf", "Pythia"));
        // the statement is about the whole token "Pythia-1.4B", not the vocabulary name inside it
        assertTrue(related(x, "Pythia-1.4B", "outperforms", "OPT-1.3B"));
        assertFalse(related(x, "Pythia", "outperforms", "OPT-1.3B"));
    }

    @Test
    void whatAMethodDoesToANamedModelAppliesItThere() {
        Extraction x = extract("SparseQ", "SparseQ is a one-shot post-training pruning method for large language models. It "
                + "prunes OPT-13B and Falcon-7B to 50% sparsity in one hour.");
        assertTrue(related(x, "SparseQ", "appliedTo", "OPT-13B"));
        assertTrue(related(x, "SparseQ", "appliedTo", "Falcon-7B"));
        // a model doing something is no target
        Extraction y = extract("CodeGen", "CodeGen is a family of code models. CodeGen-16B solves 29% of HumanEval problems "
                + "and trains GPT-J for comparison.");
        assertFalse(y.relations().stream().anyMatch(r -> r.predicate().equals("appliedTo")), y.relations().toString());
    }

    @Test
    void aFrontedAppliedToPhraseIsTheMethodAfterItsComma() {
        // the parser takes the fronted participle for a noun and the sentence's verb for something else
        Extraction x = extract("Certified Robustness", "The authors prove a robustness guarantee for label smoothing. Applied "
                + "to a ResNet-18 on CIFAR-10, label smoothing reaches a certified accuracy of 41% against perturbations of "
                + "norm below 0.25.");
        assertTrue(related(x, "label smoothing", "appliedTo", "ResNet-18"));
    }

    @Test
    void aNameMarkedNewOrPlacedByItsClassNounClearsTheLinkThreshold() {
        // one capitalised word mid-sentence is held below the threshold (often a person or an organisation) unless the
        // sentence vouches for it
        Extraction x = extract("Protein Folding", "FoldNet predicts protein structures from sequences. It processes sequence "
                + "profiles with a novel Triformer block, followed by a refinement stage.");
        Extraction.NoteEntity triformer = required(x, "Triformer");
        assertEquals(Role.PROPOSES, triformer.role());
        assertTrue(triformer.confidence() >= NoteGraphMapper.DEFAULT_LINK_THRESHOLD, String.valueOf(triformer.confidence()));
        // an architecture block is a component, a method, whatever the "-former" of its name suggests
        assertEquals(EntityType.METHOD, triformer.type());
        Extraction y = extract("Translation", "The model translates long sentences well, and on WMT'14 it comes close to the "
                + "sparse optimizer Kestrel.");
        assertTrue(required(y, "Kestrel").confidence() >= NoteGraphMapper.DEFAULT_LINK_THRESHOLD);
    }

    @Test
    void aCapitalAtTheSentenceStartMakesNoListMember() {
        Extraction x = extract("Double Descent", "This paper shows that test error can rise with model size. Experiments with "
                + "ResNet18 and standard CNNs on CIFAR-10 and CIFAR-100, and with Transformers on IWSLT'14 German-to-English "
                + "translation, often with added label noise, reveal the same regimes.");
        assertTrue(entity(x, "Experiments").isEmpty(), names(x).toString());
        required(x, "ResNet18");
    }

    @Test
    void aTaskAResultIsReportedForIsEvaluatedOn() {
        Extraction x = extract("HoloDiff", "We propose HoloDiff, a diffusion backbone. HoloDiff sets a new state of the art for "
                + "semantic segmentation, reaches state-of-the-art results in speech recognition, and gains 1.8 points on "
                + "named entity recognition.");
        for (String task : List.of("semantic segmentation", "speech recognition", "named entity recognition")) {
            assertEquals(Role.EVALUATES_ON, required(x, task).role(), task);
        }
    }

    @Test
    void aKnownNameModifyingANewThingOfAnotherTypeIsNotNew() {
        // "resulting" makes the models new, not the datasets that say which models
        Extraction x = extract("Robust Training", "We train networks against a strong first-order adversary. The resulting "
                + "SVHN and CIFAR-100 models resist a wide range of attacks.");
        assertNotEquals(Role.PROPOSES, required(x, "SVHN").role());
    }

    @Test
    void aNameInTheDescriptionOfAProposalIsWhatItIsBuiltOn() {
        Extraction x = extract("Legal Models", "This paper introduces LexiCode, a T5 language model fine-tuned on public court "
                + "rulings, and LexBench, a new evaluation set of 300 contracts.");
        assertEquals(Role.PROPOSES, required(x, "LexiCode").role());
        assertEquals(Role.PROPOSES, required(x, "LexBench").role());
        assertEquals(Role.USES, required(x, "T5").role());
    }

    @Test
    void aLongTitleTheNoteDefinesAnAcronymForNamesTheContribution() {
        Extraction x = extract("Denoising Diffusion Implicit Models", "The authors show that denoising diffusion implicit models "
                + "(DDIMs), non-Markovian samplers that share the training objective of diffusion models, can generate images "
                + "10x to 50x faster.");
        assertEquals(Role.PROPOSES, required(x, "DDIM").role());
        assertEquals(Role.USES, required(x, "diffusion models").role());
    }

    @Test
    void fewerCostsThanAnotherSystemIsDoingBetterThanIt() {
        Extraction x = extract("SparseSync", "We propose SparseSync, a federated optimizer. SparseSync needs 5x fewer "
                + "communication rounds than FedProx on CIFAR-10.");
        assertTrue(related(x, "SparseSync", "outperforms", "FedProx"), x.relations().toString());
        // fewer of a result is doing worse
        Extraction y = extract("SparseSync", "We propose SparseSync, a federated optimizer. SparseSync solves fewer problems "
                + "than FedProx on CIFAR-10.");
        assertFalse(related(y, "SparseSync", "outperforms", "FedProx"), y.relations().toString());
    }
}
