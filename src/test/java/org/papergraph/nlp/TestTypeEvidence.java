package org.papergraph.nlp;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.papergraph.nlp.NoteExtractions.extract;
import static org.papergraph.nlp.NoteExtractions.related;
import static org.papergraph.nlp.NoteExtractions.relations;
import static org.papergraph.nlp.NoteExtractions.required;

/** Types a discovered name gets from its context (TypeEvidence). */
class TestTypeEvidence {

    @Test
    void aNameClosingAListTakesTheTypeOfTheKnownNamesBeforeIt() {
        // enhanced++ gives "PQE" the head of "MSE" (obl:in) besides conj:and; the list is still read
        Extraction x = extract("KiteNet: Forecasting Long Series",
                "KiteNet is a forecasting model for long series. On the ETT dataset, KiteNet beats Reformer in MSE and PQE.");
        assertEquals(EntityType.METRIC, required(x, "PQE").type());
    }

    @Test
    void everyNameOfAnOnListIsWhereResultsAreReported() {
        Extraction x = extract("KiteNet: Robust Training",
                "KiteNet is a training method for vision models. The method improves robustness on WebMix-3 and DocPairs.");
        assertEquals(EntityType.DATASET, required(x, "WebMix-3").type());
        assertEquals(EntityType.DATASET, required(x, "DocPairs").type());
    }

    @Test
    void aClassNounBeforeACommaTypesTheName() {
        Extraction x = extract("Aligning While Translating",
                "The authors add a soft alignment step to an encoder-decoder translator. The resulting model, Glossa, "
                        + "uses a bidirectional encoder.");
        assertEquals(EntityType.MODEL, required(x, "Glossa").type());
    }

    @Test
    void aSizedNameTakesItsFamilysType() {
        Extraction x = extract("Aligning While Translating",
                "The authors add a soft alignment step to an encoder-decoder translator. The resulting model, Glossa, "
                        + "uses a bidirectional encoder. On WMT'14 English-to-German, Glossa-60 clearly outperforms the "
                        + "RNNencdec baseline in BLEU.");
        // "-60" reads like a dataset's suffix ("CIFAR-10"); the family says more
        assertEquals(EntityType.MODEL, required(x, "Glossa-60").type());
    }

    @Test
    void aDescriptionTheWordsShowTypesTheNameWhenTheParseMadeItASubject() {
        // the parser makes "dataset" the subject of "drawn", not the name's apposition
        Extraction x = extract("ForumBERT: Pretraining on Forums",
                "The authors also collect CC-Forum, a large forum dataset drawn from Common Crawl, and pretrain on 90GB of text.");
        assertEquals(EntityType.DATASET, required(x, "CC-Forum").type());
    }

    @Test
    void aLaterListMemberIsTypedByTheClassNounItAlsoModifies() {
        // (dev4's YOLO sentence) enhanced++ gives "People-Art" two heads, "Picasso" (conj) and "datasets" (compound)
        Extraction x = extract("You Only Look Once: Unified, Real-Time Object Detection",
                "When transferring from natural images to artwork on the Picasso and People-Art datasets it outperforms "
                        + "DPM and R-CNN by a wide margin.");
        assertEquals(EntityType.DATASET, required(x, "People-Art").type());
    }

    @Test
    void aNounNamingAProblemTypesThePhraseItHeadsAsATask() {
        Extraction x = extract("ClipSync: Timestamp Tokens for Temporal Grounding",
                "ClipSync adds timestamp tokens to a video LLM so that it can emit absolute times for temporal grounding.");
        assertEquals(EntityType.TASK, required(x, "temporal grounding").type());
    }

    @Test
    void aNameEndingInAMeasureNounIsAMetric() {
        Extraction x = extract("Span Readers for Question Answering",
                "We propose SpanReader, a question answering model. SpanReader pushes SQuAD v1.1 Test F1 to 93.2.");
        assertEquals(EntityType.METRIC, required(x, "Test F1").type());
    }

    @Test
    void aNameEndingInABroadConceptNounIsTypedByItsOtherEvidence() {
        // "curve" is a concept noun, too broad to type a name: the diagnostic described beside it is a method
        Extraction x = extract("Predicting Loss Sensitivity for Data Mixing",
                "We introduce the Loss Sensitivity Curve (LSC), a simple diagnostic that measures how well a model "
                        + "retains each training batch, and use it to schedule high-quality data.");
        assertEquals(EntityType.METHOD, required(x, "LSC").type());
    }

    @Test
    void whatANoteImprovesOverIsASystemEvenWhereItsAblationsAreRunOnIt() {
        Extraction x = extract("SlimRec: Linear Propagation for Recommendation",
                "Ablations on KGRec show that feature transformation hurts ranking quality. SlimRec achieves a 12% relative "
                        + "improvement over KGRec on Yelp2018.");
        assertNotEquals(EntityType.DATASET, required(x, "KGRec").type());
        assertTrue(related(x, "SlimRec", "outperforms", "KGRec"), relations(x).toString());
    }

    @Test
    void aNameAfterAFrontedPluralClassNounWithoutItsCommaIsTheVerbsSubjectNotOneOfTheClass() {
        Extraction x = extract("CoralNet: Segmenting Reefs",
                "CoralNet segments underwater images pixel by pixel. On the Reef and Kelp datasets CoralNet surpasses "
                        + "ReefCNN and KelpViT in mean IoU.");
        assertNotEquals(EntityType.DATASET, required(x, "CoralNet").type());
        assertTrue(related(x, "CoralNet", "outperforms", "ReefCNN"), relations(x).toString());
    }

    @Test
    void aNameAVerbMovesByAnAmountIsAMeasure() {
        Extraction x = extract("TinyAdapt: Adapters for Forecasting Models",
                "TinyAdapt fine-tunes 0.5% of the parameters of a forecasting model and reduces NSE by 9% relative to "
                        + "zero-shot forecasting.");
        assertEquals(EntityType.METRIC, required(x, "NSE").type());
    }

    @Test
    void aNameBuiltOnAKnownModelWithoutASeparatorIsAModel() {
        Extraction x = extract("Sequential Recommendation with Pretrained Encoders",
                "The authors fine-tune RoBERTa4Rec and ChemRoBERTa on user histories, and both outperform GRU4Rec on MovieLens-1M.");
        assertEquals(EntityType.MODEL, required(x, "RoBERTa4Rec").type());
        assertEquals(EntityType.MODEL, required(x, "ChemRoBERTa").type());
    }
}
