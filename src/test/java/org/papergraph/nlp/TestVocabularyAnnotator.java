package org.papergraph.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.pipeline.TokenizerAnnotator;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The vocabulary annotator on a small vocabulary: which overlapping labels win, and that the choice never depends on
 * the annotator instance (CoreNLP's TokensRegexNER broke ties in the order of identity hash codes).
 */
class TestVocabularyAnnotator {

    private static final String VOCABULARY = """
            @prefix pg:   <https://w3id.org/papergraph/ontology#> .
            @prefix pge:  <https://w3id.org/papergraph/resource/entity/> .
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            pge:image-retrieval a pg:Task ; skos:prefLabel "image retrieval"@en .
            pge:retrieval-benchmark a pg:Dataset ; skos:prefLabel "retrieval benchmark"@en ;
                skos:altLabel "retrieval dataset"@en .
            pge:matrix-completion a pg:Task ; skos:prefLabel "matrix completion"@en .
            pge:low-rank-matrix-completion a pg:Task ; skos:prefLabel "low-rank matrix completion"@en .
            pge:math a pg:Dataset ; skos:prefLabel "MATH"@en .
            pge:masked-language-modeling a pg:Method ; skos:prefLabel "masked language modeling"@en .
            pge:deep-q-network a pg:Method ; skos:prefLabel "Deep Q-Network"@en .
            pge:q-network-training a pg:Concept ; skos:prefLabel "q-network training"@en .
            """;

    private static final Vocabulary VOCAB = Vocabulary.load(Map.of("test.ttl", VOCABULARY));

    /** tokenize, ssplit and pos as papergraph configures them, then a fresh vocabulary annotator. */
    private static StanfordCoreNLP pipeline() {
        Properties p = NlpPipeline.defaultProperties();
        p.setProperty("annotators", "tokenize,ssplit,pos");
        StanfordCoreNLP nlp = new StanfordCoreNLP(p);
        nlp.addAnnotator(VocabularyAnnotator.create(VOCAB, new TokenizerAnnotator(false, p)));
        return nlp;
    }

    /** Each token as word/entry-id, or the bare word when untagged. */
    private static List<String> tagged(StanfordCoreNLP nlp, String text) {
        Annotation a = new Annotation(text);
        nlp.annotate(a);
        List<String> out = new ArrayList<>();
        for (CoreLabel t : a.get(CoreAnnotations.TokensAnnotation.class)) {
            String id = t.get(VocabularyAnnotator.ENTRY_ID);
            out.add(id == null ? t.word() : t.word() + "/" + id);
        }
        return out;
    }

    @Test
    void ofTwoOverlappingLabelsOfOneLengthTheLeftmostWinsInEveryInstance() {
        String text = "It builds the largest simple image retrieval dataset.";
        List<String> expected = List.of("It", "builds", "the", "largest", "simple", "image/image-retrieval",
                "retrieval/image-retrieval", "dataset", ".");
        // a new annotator has new pattern objects, so new identity hash codes: the answer must not move
        for (int i = 0; i < 12; i++) assertEquals(expected, tagged(pipeline(), text), "instance " + i);
    }

    @Test
    void theLongestLabelWins() {
        assertEquals(List.of("We", "study", "low-rank/low-rank-matrix-completion", "matrix/low-rank-matrix-completion",
                        "completion/low-rank-matrix-completion", "."),
                tagged(pipeline(), "We study low-rank matrix completion."));
    }

    @Test
    void capitalisedLabelsMatchExactlyAndLowerCaseLabelsInAnyCase() {
        assertEquals(List.of("MATH/math", "and", "math", "with", "Masked/masked-language-modeling",
                        "Language/masked-language-modeling", "Modeling/masked-language-modeling"),
                tagged(pipeline(), "MATH and math with Masked Language Modeling"));
    }

    @Test
    void aFoldedLabelDoesNotCutIntoACaseSensitiveMatch() {
        // "Deep Q-Network" and "q-network training" overlap on Q-Network, with the same length: the earlier one stands
        // whole, and the later one is not laid over half of it
        assertEquals(List.of("Deep/deep-q-network", "Q-Network/deep-q-network", "training", "converges", "."),
                tagged(pipeline(), "Deep Q-Network training converges."));
    }
}
