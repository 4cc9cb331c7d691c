package org.papergraph.pipeline;

import org.papergraph.ingest.ReadProblem;

import java.util.List;

/**
 * What an ingest did: notes read and what became of them, problems found, and where the time went.
 *
 * @param notesExtracted notes that went through the NLP stage (new or changed, or a new extractor)
 * @param notesUnchanged notes already in the store as they are now
 * @param notesRemoved   notes the store held for files read in this run that the files no longer contain
 * @param duplicates     notes read twice in this run (same title and summary): kept once
 * @param nlpMillis      time the NLP workers spent extracting, summed over the workers
 * @param writeMillis    time the writer spent in store transactions, mapping included
 * @param mapMillis      the part of {@code writeMillis} spent building RDF in memory (resolution, mapping, derivation)
 * @param quadsWritten   quads the writer added to the store
 * @param nlpCpuMillis   CPU time of the NLP workers while extracting, summed (below {@code nlpMillis} when they waited for a core)
 * @param writeCpuMillis CPU time of the writer thread in its transactions (below {@code writeMillis} likewise)
 * @param tailMillis     time from the last extraction's end to the end of the run: the writing that did not overlap the NLP
 */
public record IngestReport(long notesRead, long notesExtracted, long notesUnchanged, long notesMoved, long notesRemoved,
                           long duplicates, long papersWritten, List<ReadProblem> problems, long millis,
                           long nlpMillis, long writeMillis, long mapMillis, long quadsWritten,
                           long nlpCpuMillis, long writeCpuMillis, long tailMillis) {

    public long rejected() {
        return problems.stream().filter(p -> p.severity() == ReadProblem.Severity.REJECTED).count();
    }

    public long warnings() {
        return problems.stream().filter(p -> p.severity() == ReadProblem.Severity.WARNING).count();
    }

    /** One line for the terminal. */
    public String summary() {
        return String.format("%d notes read: %d extracted, %d unchanged, %d moved, %d removed, %d duplicates; "
                        + "%d paper graphs written; %d rejected, %d warnings; %.1f s",
                notesRead, notesExtracted, notesUnchanged, notesMoved, notesRemoved, duplicates, papersWritten,
                rejected(), warnings(), millis / 1000.0);
    }
}
