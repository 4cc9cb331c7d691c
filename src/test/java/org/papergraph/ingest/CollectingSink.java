package org.papergraph.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Keeps what a source pushes, for small test inputs (large ones count instead). */
final class CollectingSink implements NoteSink {

    final List<PaperNote> notes = new ArrayList<>();
    final List<ReadProblem> problems = new ArrayList<>();

    /** Reads text through a source, as if it were the file {@code file}. */
    static CollectingSink read(NoteSource source, String file, String text) {
        CollectingSink sink = new CollectingSink();
        try {
            source.read(file, new BufferedReader(new StringReader(text)), sink);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sink;
    }

    /** Reads a test resource under {@code /ingest/} through a source, as the file {@code file}. */
    static CollectingSink readResource(NoteSource source, String file, String resource) {
        try (InputStream in = CollectingSink.class.getResourceAsStream("/ingest/" + resource)) {
            return read(source, file, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void note(PaperNote note) {
        notes.add(note);
    }

    @Override
    public void problem(ReadProblem problem) {
        problems.add(problem);
    }

    /** Problems as the user sees them: {@code FILE:LINE: reason}, warnings prefixed. */
    List<String> problemTexts() {
        return problems.stream().map(ReadProblem::toString).toList();
    }

    List<String> titles() {
        return notes.stream().map(PaperNote::title).toList();
    }

    PaperNote onlyNote() {
        if (notes.size() != 1) throw new AssertionError("expected one note, got " + notes.size() + ": " + titles() + " " + problemTexts());
        return notes.get(0);
    }
}
