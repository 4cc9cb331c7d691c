package org.papergraph.bench;

import org.papergraph.ingest.PaperNote;
import org.papergraph.nlp.Extractor;
import org.papergraph.nlp.NlpPipeline;

import java.util.List;

/**
 * Splits the NLP stage into CoreNLP and papergraph's extraction rules without touching the extractor: for each note
 * of a sample, on one thread, CoreNLP's annotation alone is timed, then the whole extraction (which annotates again
 * and applies the rules); the rules' share is the difference. Paired per note, so load on the machine affects both.
 */
final class StageSplit {

    record Result(int notes, long annotateMillis, long extractMillis) {
        long rulesMillis() {
            return Math.max(0, extractMillis - annotateMillis);
        }

        double rulesShare() {
            return extractMillis == 0 ? 0 : rulesMillis() / (double) extractMillis;
        }
    }

    private StageSplit() {}

    static Result run(NlpPipeline pipeline, Extractor extractor, List<PaperNote> sample) {
        long annotate = 0, extract = 0;
        for (PaperNote n : sample) {
            long t0 = System.nanoTime();
            pipeline.annotate(n.summary());
            long t1 = System.nanoTime();
            extractor.extract(n);
            long t2 = System.nanoTime();
            annotate += t1 - t0;
            extract += t2 - t1;
        }
        return new Result(sample.size(), annotate / 1_000_000, extract / 1_000_000);
    }
}
