package org.papergraph.nlp;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.papergraph.nlp.NoteExtractions.extract;
import static org.papergraph.nlp.NoteExtractions.required;

/** Roles one mention's sentence gives (RoleCues). */
class TestRoleCues {

    @Test
    void aNameInAppositionToItsPossessedModelIsTheContributions() {
        Extraction x = extract("Pairing Images and Captions at Scale",
                "LumaCLIP learns image representations from 90 million captioned images, and its best model, "
                        + "Orca-L/14, is competitive with fully supervised baselines.");
        assertEquals(Role.PROPOSES, required(x, "Orca-L/14").role());
    }

    @Test
    void aKnownSystemTheNoteReportsBeatingOthersIsItsContributionWhereItClaimsNoOther() {
        Extraction x = extract("Going Deeper with Convolutions",
                "Several inception-style convolutional designs are compared, and the best of them, GoogLeNet, beats VGG "
                        + "on ImageNet classification.");
        assertEquals(Role.PROPOSES, required(x, "GoogLeNet").role());
        assertNotEquals(Role.PROPOSES, required(x, "VGG").role());
    }

    @Test
    void aSystemFoundToBeatAnotherIsAFindingNotTheContribution() {
        Extraction x = extract("Optimizers at Large Batch Sizes",
                "The authors study optimizers for language models and find that Adam outperforms SGD at large batch sizes.");
        assertNotEquals(Role.PROPOSES, required(x, "Adam").role());
    }

    @Test
    void aSizedKnownModelReportingAResultIsABaselineNotTheContribution() {
        Extraction x = extract("Stepwise Hinting Elicits Reasoning",
                "The authors propose stepwise hinting, a prompting method for large language models. Prompting PaLM "
                        + "540B with just eight hints achieves state-of-the-art accuracy on GSM8K.");
        assertNotEquals(Role.PROPOSES, required(x, "PaLM 540B").role());
    }

    @Test
    void dataCountedInTokensOfACorpusIsTrainingDataNotAnEvaluationTarget() {
        // the parse hangs "on 300B tokens" on the object and "SlimPajama" on "tokens": the amount stands for the corpus
        Extraction x = extract("Scaling Sparse Mixtures",
                "The authors pretrain a 1B model on 300B tokens of SlimPajama and evaluate it on HellaSwag.");
        assertEquals(Role.USES, required(x, "SlimPajama").role());
        assertEquals(Role.EVALUATES_ON, required(x, "HellaSwag").role());
    }

    @Test
    void aDatasetAUsedThingIsRunOnIsATestbed() {
        // unlike "relies on X", whose "on" completes the verb
        Extraction x = extract("DepthNet: Deeper Residual Stacks",
                "Using the same architecture on CIFAR-100, DepthNet reaches 80% accuracy.");
        assertEquals(Role.EVALUATES_ON, required(x, "CIFAR-100").role());
    }

    @Test
    void aKnownNameOpeningTheNoteAsItsSubjectIsTheContributionEvenWhenTheTaggerMissesTheVerb() {
        // the tagger reads "Contrast" as the verb; the words still show the name, its short form and a finite verb
        Extraction x = extract("Momentum Contrast for Unsupervised Visual Representation Learning",
                "Momentum Contrast (MoCo) treats contrastive learning as dictionary look-up and builds a consistent "
                        + "dictionary from a queue of encoded keys.");
        assertEquals(Role.PROPOSES, required(x, "MoCo").role());
    }

    @Test
    void aKnownCorpusTheAuthorsBuildIsProposedAfterAnArticle() {
        Extraction x = extract("Cleaner Corpora",
                "For this purpose the authors build the Colossal Clean Crawled Corpus (C4), hundreds of gigabytes of English text.");
        assertEquals(Role.PROPOSES, required(x, "C4").role());
    }

    @Test
    void aTaskRunOnADatasetIsEvaluatedOn() {
        Extraction x = extract("TinyRank: Ranking Losses for Small Models",
                "TinyRank is a ranking loss for small language models. It improves named entity recognition on "
                        + "CoNLL-2003, and the loss also helps COCO object detection.");
        assertEquals(Role.EVALUATES_ON, required(x, "named entity recognition").role());
        assertEquals(Role.EVALUATES_ON, required(x, "object detection").role());
    }

    @Test
    void aCountedKindPhraseListingTheProposalsIsOnlyTheirKind() {
        Extraction x = extract("Pruning Vision Transformers Faster",
                "We introduce two pruning methods for vision transformers: TokenDrop, which removes redundant tokens, "
                        + "and HeadCut, which removes attention heads.");
        assertEquals(Role.PROPOSES, required(x, "TokenDrop").role());
        assertEquals(Role.PROPOSES, required(x, "HeadCut").role());
        assertNotEquals(Role.PROPOSES, required(x, "pruning").role());
    }

    @Test
    void whatADescribedNameIsForIsNotProposedWithIt() {
        // "an algorithm for X" after a name: the class noun stands for the name, not for X
        Extraction x = extract("Lambda2: Adaptive Moments",
                "We introduce Lambda2, an algorithm for first-order gradient-based optimization of stochastic objectives "
                        + "based on adaptive moment estimates.");
        assertEquals(Role.PROPOSES, required(x, "Lambda2").role());
        assertNotEquals(Role.PROPOSES, required(x, "first-order gradient-based optimization").role());
    }

    @Test
    void aKnownNameTheOpeningIntroducesWithADescriptionIsTheContributionOfANoteThatClaimsNoOther() {
        Extraction x = extract("Learning Transferable Visual Models From Natural Language Supervision",
                "The authors train CLIP, a pair of image and text encoders, on 400 million image-text pairs from the "
                        + "internet. Zero-shot CLIP matches a supervised ResNet-50 on ImageNet.");
        assertEquals(Role.PROPOSES, required(x, "CLIP").role());
        // a note that names its own contribution describes the systems it builds on without claiming them
        Extraction y = extract("SlopeDecay: Linear Schedules Revisited",
                "The authors train ResNet-50, a standard convolutional network, with SlopeDecay, a new learning-rate "
                        + "schedule, and reach 77% top-1 accuracy on ImageNet.");
        assertEquals(Role.PROPOSES, required(y, "SlopeDecay").role());
        assertNotEquals(Role.PROPOSES, required(y, "ResNet-50").role());
    }

    @Test
    void aVariantOfTheProposalIsProposedToo() {
        Extraction x = extract("Velox: Adaptive Moments",
                "We introduce Velox, an optimizer based on adaptive moment estimates. A convergence bound is proven in "
                        + "the online learning framework, and VeloxMax, a variant of Velox based on the infinity norm, is "
                        + "derived as well.");
        assertEquals(Role.PROPOSES, required(x, "VeloxMax").role());
    }

    @Test
    void aTermWhoseHeadTheTaggerReadAsAVerbIsTheProposalVerbsObject() {
        // "pre-training" is tagged as a verb and hung on "introduces" by "dep"
        Extraction x = extract("GridNet: Attentive Tabular Learning",
                "GridNet is a deep learning architecture for tabular data. It also introduces self-supervised "
                        + "pre-training for tabular data, in which the model predicts masked features.");
        assertEquals(Role.PROPOSES, required(x, "self-supervised pre-training").role());
    }

    @Test
    void aLaterItemOfAListDescribedAsBaselinesIsNotProposed() {
        Extraction x = extract("Head Scores for Unlearning",
                "We introduce HSC (Head Salience Criterion), a diagnostic for attention heads. Pruning the top heads is "
                        + "a better trade-off than the unlearning baselines gradient ascent and SPO (Scaled Preference "
                        + "Optimization), which lose 2-5 points.");
        assertEquals(Role.USES, required(x, "SPO").role());
        assertEquals(Role.PROPOSES, required(x, "HSC").role());
    }

    @Test
    void whatAParticipleOfExtensionActsOnIsUsedWhenTheParseLostTheObject() {
        // the parser reads "approach" as a verb whose subject is the defined name
        Extraction x = extract("QuantX: Accurate Post-Training Quantization for Generative Transformers",
                "QuantX is a one-shot post-training weight quantization method for generative pre-trained Transformers "
                        + "that relies on approximate second-order information, extending the Optimal Brain Pruning (OBP) "
                        + "approach with lazy batched updates and a Cholesky reformulation so that it scales to hundreds of "
                        + "billions of parameters.");
        assertEquals(Role.USES, required(x, "OBP").role());
    }

    @Test
    void aNamedModelTrainedWithoutAnAgentIsThePapersOwn() {
        Extraction x = extract("Gated Residual Learning for Image Recognition",
                "Gated residual learning adds a learned gate to every shortcut connection. On ImageNet, gated networks "
                        + "(GateNets) with up to 152 layers are trained, and an ensemble reaches 3.57% top-5 error.");
        assertEquals(Role.PROPOSES, required(x, "GateNets").role());
    }

    @Test
    void aNamedModelTrainedByOthersIsNotThePapersOwn() {
        Extraction x = extract("Probing Gated Networks",
                "The authors probe the attention heads of language models. GPT-2 was trained by OpenAI on WebText, and "
                        + "its heads are scored with a new salience measure.");
        assertNotEquals(Role.PROPOSES, required(x, "GPT-2").role());
    }

    @Test
    void theFieldAProposedFrameworkIsForIsNotProposed() {
        Extraction x = extract("Pocket Learners",
                "The authors present a lightweight framework for federated learning that trains small models on phones, "
                        + "and PocketFed, its reference implementation, is evaluated on FEMNIST.");
        assertNotEquals(Role.PROPOSES, required(x, "federated learning").role());
        assertEquals(Role.PROPOSES, required(x, "PocketFed").role());
    }

    @Test
    void whatANamedProposalIsProposedAsIsItsKind() {
        Extraction x = extract("QuickASR: Chunked Speech Recognition",
                "QuickASR is proposed as a compact streaming speech model: a small encoder reads audio in 200 ms chunks.");
        assertEquals(Role.PROPOSES, required(x, "QuickASR").role());
        assertNotEquals(Role.PROPOSES, required(x, "compact streaming speech model").role());
    }

    @Test
    void aNameOpeningWithWhatItUsuallyDoesIsThePracticeTheNoteStartsFrom() {
        Extraction x = extract("SparseProp: Pruned Message Passing",
                "Graph attention networks (GATs) usually recompute every edge weight at each layer. "
                        + "SparseProp prunes edges once and reuses the mask, and it runs 3x faster on OGB-Arxiv.");
        assertNotEquals(Role.PROPOSES, required(x, "GATs").role());
        assertEquals(Role.PROPOSES, required(x, "SparseProp").role());
    }

    @Test
    void theCommonNounMembersAProposedClassNounListsAreProposedWithItsType() {
        // the parser hangs such members on the class noun in apposition, or on the verb beside it as objects
        String[] notes = {
            "The authors propose two new metrics, perceptual flicker index and temporal identity drift, and release a "
                    + "dataset of 3,000 clips.",
            "The authors introduce two new metrics, temporal consistency error and spectral drift, and release a benchmark "
                    + "of 3,000 generated videos."};
        String[][] members = {{"perceptual flicker index", "temporal identity drift"}, {"temporal consistency error", "spectral drift"}};
        for (int n = 0; n < notes.length; n++) {
            Extraction x = extract("Measuring Flicker in Video Generation", notes[n]);
            for (String member : members[n]) {
                assertEquals(Role.PROPOSES, required(x, member).role(), member);
                assertEquals(EntityType.METRIC, required(x, member).type(), member);
            }
        }
    }
}
