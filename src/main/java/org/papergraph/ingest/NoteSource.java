package org.papergraph.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.Set;

/**
 * One input format. Implementations are stateless and registered in {@link NoteSources}; callers pick one
 * by file name and never by format-specific code (compare RDF4J's RDFParserRegistry).
 */
public interface NoteSource {

    /** Short name used on the command line and in messages, e.g. {@code digest}, {@code jsonl}. */
    String name();

    /** Lower-case file name endings this source reads, without the dot (e.g. {@code md}, {@code jsonl}). */
    Set<String> extensions();

    /**
     * Reads every record of one file. A bad record is reported to the sink as {@link ReadProblem.Severity#REJECTED}
     * with its line and skipped; reading goes on with the next record. Only an I/O failure of the reader itself
     * escapes as an exception.
     *
     * @param file   the file's name as it should appear in {@link SourceLocation}s
     * @param reader the decoded text, line endings not yet normalised
     */
    void read(String file, BufferedReader reader, NoteSink sink) throws IOException;
}
