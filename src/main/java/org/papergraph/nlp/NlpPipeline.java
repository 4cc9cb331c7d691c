package org.papergraph.nlp;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.pipeline.TokenizerAnnotator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * CoreNLP as papergraph runs it: tokenize, ssplit, pos, lemma, depparse (settings in
 * {@code papergraph/corenlp.properties}) plus the vocabulary's annotator ({@link VocabularyAnnotator}). Building one takes seconds
 * and hundreds of MB, so a JVM normally holds one ({@link #shared()}); {@link #annotate} is safe to call from
 * several threads at once, as CoreNLP's own multi-threaded annotation does.
 */
public final class NlpPipeline {

    private static volatile NlpPipeline shared;

    private final StanfordCoreNLP coreNlp;
    private final Vocabulary vocabulary;
    private final Properties properties;

    public NlpPipeline(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
        this.properties = defaultProperties();
        this.coreNlp = new StanfordCoreNLP(properties);
        TokenizerAnnotator tokenizer = new TokenizerAnnotator(false, properties);
        coreNlp.addAnnotator(VocabularyAnnotator.create(vocabulary, tokenizer));
    }

    /** The pipeline over the bundled vocabulary, built on first use and kept for the life of the JVM. */
    public static NlpPipeline shared() {
        NlpPipeline p = shared;
        if (p == null) {
            synchronized (NlpPipeline.class) {
                if (shared == null) shared = new NlpPipeline(Vocabulary.bundled());
                p = shared;
            }
        }
        return p;
    }

    public static Properties defaultProperties() {
        Properties p = new Properties();
        try (InputStream in = NlpPipeline.class.getResourceAsStream("/papergraph/corenlp.properties")) {
            if (in == null) throw new IllegalStateException("papergraph/corenlp.properties missing from the class path");
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    public Annotation annotate(String text) {
        Annotation a = new Annotation(text);
        coreNlp.annotate(a);
        return a;
    }

    public Vocabulary vocabulary() {
        return vocabulary;
    }

    /** The CoreNLP settings in effect (for reproducibility: printed by {@code papergraph stats --verbose}). */
    public Properties properties() {
        Properties copy = new Properties();
        copy.putAll(properties);
        return copy;
    }
}
