package org.papergraph.ingest;

/**
 * Receives what a {@link NoteSource} reads, as it reads it (push-streaming, like RDF4J's RDFHandler),
 * so that a file of 100,000 notes never needs to be held in memory.
 */
public interface NoteSink {

    void note(PaperNote note);

    void problem(ReadProblem problem);
}
