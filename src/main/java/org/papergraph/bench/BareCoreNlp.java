package org.papergraph.bench;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import org.papergraph.ingest.PaperNote;
import org.papergraph.nlp.NlpPipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The baseline: the same notes through CoreNLP alone, with papergraph's annotators (tokenize, ssplit, pos, lemma,
 * depparse and the vocabulary annotator, {@link NlpPipeline}) on the same number of threads, and nothing else: no
 * extraction rules, no RDF, no store. Ingest time over this time is the overhead papergraph adds.
 */
final class BareCoreNlp {

    /** Wall time, annotation time summed over the threads, and the sentences CoreNLP found. */
    record Result(long wallMillis, long annotateMillis, long sentences) {}

    private BareCoreNlp() {}

    static Result run(NlpPipeline pipeline, List<PaperNote> notes, int threads) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "bench-corenlp");
            t.setDaemon(true);
            return t;
        });
        AtomicLong sentences = new AtomicLong(), annotateNanos = new AtomicLong();
        long start = System.nanoTime();
        try {
            List<Future<?>> futures = new ArrayList<>(notes.size());
            for (PaperNote n : notes) {
                futures.add(pool.submit(() -> {
                    long t0 = System.nanoTime();
                    Annotation a = pipeline.annotate(n.summary());
                    annotateNanos.addAndGet(System.nanoTime() - t0);
                    sentences.addAndGet(a.get(CoreAnnotations.SentencesAnnotation.class).size());
                }));
            }
            for (Future<?> f : futures) f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("CoreNLP failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return new Result((System.nanoTime() - start) / 1_000_000, annotateNanos.get() / 1_000_000, sentences.get());
    }
}
