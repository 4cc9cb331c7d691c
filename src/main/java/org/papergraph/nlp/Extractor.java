package org.papergraph.nlp;

import org.papergraph.ingest.PaperNote;

/**
 * The NLP stage's contract: one note in, what it names out. Implementations are thread-safe: a parallel
 * ingest calls one extractor from several workers.
 */
public interface Extractor {

    Extraction extract(PaperNote note);

    /** Identity stored with each note, so that a changed extractor re-extracts unchanged notes. */
    String identity();
}
