package org.papergraph.ingest;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TestNoteSources {

    private final NoteSources sources = NoteSources.standard();

    private String nameFor(String fileName) {
        return sources.forFileName(fileName).map(NoteSource::name).orElse("none");
    }

    /** A format for tests: reads nothing. */
    private record NullSource(String name, Set<String> extensions) implements NoteSource {
        @Override
        public void read(String file, BufferedReader reader, NoteSink sink) {}
    }

    @Test
    void standardHoldsTheThreeFormats() {
        assertEquals(List.of("digest", "jsonl", "arxiv"), sources.all().stream().map(NoteSource::name).toList());
    }

    @Test
    void fileNameSelectsByExtensionIgnoringCase() {
        assertEquals("digest", nameFor("notes.md"));
        assertEquals("digest", nameFor("dir/Notes.MARKDOWN"));
        assertEquals("digest", nameFor("notes.txt"));
        assertEquals("jsonl", nameFor("a.ndjson"));
        assertEquals("arxiv", nameFor("arxiv-metadata-oai-snapshot.json"));
    }

    @Test
    void trailingGzIsStrippedFirst() {
        assertEquals("jsonl", nameFor("notes.jsonl.gz"));
        assertEquals("digest", nameFor("notes.md.GZ"));
        assertEquals("none", nameFor("notes.gz"));
    }

    @Test
    void unknownOrMissingExtensionSelectsNothing() {
        assertEquals("none", nameFor("image.png"));
        assertEquals("none", nameFor("Makefile"));
        assertEquals("none", nameFor(".md"));
        assertEquals("none", nameFor("notes."));
    }

    @Test
    void nameSelectsIgnoringCase() {
        assertEquals(Optional.of("arxiv"), sources.forName("ARXIV").map(NoteSource::name));
        assertEquals(Optional.empty(), sources.forName("bibtex"));
    }

    @Test
    void registeredFormatIsFoundByNameAndExtension() {
        NullSource bibtex = new NullSource("bibtex", Set.of("bib"));
        sources.register(bibtex);
        assertSame(bibtex, sources.forFileName("refs.bib").orElseThrow());
        assertSame(bibtex, sources.forName("bibtex").orElseThrow());
        assertTrue(sources.extensions().contains("bib"));
    }

    @Test
    void laterRegistrationTakesOverAnExtension() {
        NullSource notes = new NullSource("plain", Set.of("txt"));
        sources.register(notes);
        assertSame(notes, sources.forFileName("a.txt").orElseThrow());
        assertEquals("digest", nameFor("a.md"));
    }

    @Test
    void gzIsNotAFormat() {
        assertThrows(IllegalArgumentException.class, () -> sources.register(new NullSource("zip", Set.of("gz"))));
    }

    @Test
    void extensionsListEveryFormatInRegistrationOrderEachSorted() {
        assertEquals(List.of("markdown", "md", "txt", "jsonl", "ndjson", "json"), List.copyOf(sources.extensions()));
    }
}
