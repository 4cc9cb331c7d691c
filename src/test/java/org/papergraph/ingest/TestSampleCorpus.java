package org.papergraph.ingest;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The project's sample corpus, {@code ingest/iclr2026-pretraining.md}, read the way the CLI reads it. */
class TestSampleCorpus {

    private static final String SAMPLE = Path.of(System.getProperty("basedir", "."), "ingest", "iclr2026-pretraining.md").toString();

    private static CollectingSink sink;
    private static CorpusReader.Summary summary;

    @BeforeAll
    static void readSample() {
        sink = new CollectingSink();
        summary = new CorpusReader().read(List.of(SAMPLE), sink);
    }

    @Test
    void reads27NotesWithoutProblems() {
        assertEquals(27, sink.notes.size());
        assertEquals(List.of(), sink.problemTexts());
        assertEquals(new CorpusReader.Summary(1, 27, 0, 0), summary);
    }

    @Test
    void notesDescribe26DistinctPapers() {
        Set<String> keys = sink.notes.stream().map(PaperNote::titleKey).collect(Collectors.toSet());
        assertEquals(26, keys.size());
    }

    @Test
    void theTwoNotesOfOnePaperAreOnLines78And81() {
        List<Integer> lines = sink.notes.stream()
                .filter(n -> n.title().equals("Understanding the Emergence of Seemingly Useless Features in Next-Token Predictors"))
                .map(n -> n.source().line()).toList();
        assertEquals(List.of(78, 81), lines);
    }

    @Test
    void everyNoteHasTheHeadingsVenueCategoryAndYear() {
        for (PaperNote note : sink.notes) {
            assertEquals("ICLR2026", note.venue(), note.title());
            assertEquals("Pretraining", note.category(), note.title());
            assertEquals(2026, note.year(), note.title());
        }
    }

    @Test
    void notesKeepTheFileAsNamedAndTheirTitleLine() {
        PaperNote first = sink.notes.get(0);
        assertEquals(new SourceLocation(SAMPLE, 3), first.source());
        assertEquals("A Law of Data Reconstruction for Random Features (and Beyond)", first.title());
        assertTrue(first.summary().startsWith("This paper establishes a data reconstruction law"));
        assertTrue(first.summary().contains("\\(p \\gg dn\\)"), "LaTeX kept as written");
    }

    @Test
    void lastNoteWithoutFinalNewlineIsComplete() {
        PaperNote last = sink.notes.get(26);
        assertEquals(81, last.source().line());
        assertTrue(last.summary().endsWith("(Gemma 2)."), last.summary());
    }
}
