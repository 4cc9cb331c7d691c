package org.papergraph.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TestCorpusReader {

    private static final String NOTE = "- %s\n-\nA summary.\n";

    @TempDir
    Path dir;

    private Path write(String relative, String text) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    private Path writeNote(String relative, String title) throws IOException {
        return write(relative, NOTE.formatted(title));
    }

    private static CollectingSink read(CorpusReader reader, String... paths) {
        CollectingSink sink = new CollectingSink();
        reader.read(sink, paths);
        return sink;
    }

    private static CollectingSink read(String... paths) {
        return read(new CorpusReader(), paths);
    }

    @Test
    void directoriesAreWalkedRecursivelyInPathOrder() throws IOException {
        writeNote("corpus/b.md", "B");
        writeNote("corpus/a/z.md", "AZ");
        writeNote("corpus/a.md", "A");
        write("corpus/c.jsonl", "{\"title\": \"C\", \"summary\": \"s\"}\n");
        CollectingSink sink = read(dir.resolve("corpus").toString());
        assertEquals(List.of("A", "AZ", "B", "C"), sink.titles());
    }

    @Test
    void filesUnderADirectoryAreShownRelativeToItWithSlashes() throws IOException {
        writeNote("corpus/sub/x.md", "X");
        String named = dir.resolve("corpus").toString();
        assertEquals(named + "/sub/x.md", read(named).onlyNote().source().file());
        assertEquals(named + "/sub/x.md", read(named + "/").onlyNote().source().file());
    }

    @Test
    void aNamedFileIsShownAsNamed() throws IOException {
        Path file = writeNote("x.md", "X");
        String named = dir + "/./x.md";
        assertEquals(new SourceLocation(named, 1), read(named).onlyNote().source());
        assertEquals(file.toString(), read(file.toString()).onlyNote().source().file());
    }

    @Test
    void namedFileOfUnknownFormatIsRejected() throws IOException {
        String named = write("notes.csv", "title,summary\n").toString();
        assertEquals(List.of(named + ": unknown format (known: markdown, md, txt, jsonl, ndjson, json; optionally .gz)"),
                read(named).problemTexts());
    }

    @Test
    void walkedFileOfUnknownFormatIsSkippedWithAWarning() throws IOException {
        writeNote("corpus/a.md", "A");
        write("corpus/image.png", "png");
        String named = dir.resolve("corpus").toString();
        CollectingSink sink = read(named);
        assertEquals(List.of("A"), sink.titles());
        assertEquals(List.of("warning: " + named + "/image.png: skipped, unknown format (known: markdown, md, txt, jsonl, "
                + "ndjson, json; optionally .gz)"), sink.problemTexts());
    }

    @Test
    void hiddenFilesAndDirectoriesAreNotEntered() throws IOException {
        writeNote("corpus/a.md", "A");
        writeNote("corpus/.git/b.md", "B");
        writeNote("corpus/.hidden.md", "C");
        CollectingSink sink = read(dir.resolve("corpus").toString());
        assertEquals(List.of("A"), sink.titles());
        assertEquals(List.of(), sink.problemTexts());
    }

    @Test
    void missingPathIsRejectedAndTheRestIsRead() throws IOException {
        String missing = dir.resolve("nope.md").toString();
        String present = writeNote("yes.md", "Y").toString();
        CollectingSink sink = read(missing, present);
        assertEquals(List.of("Y"), sink.titles());
        assertEquals(List.of(missing + ": no such file or directory"), sink.problemTexts());
    }

    @Test
    void pathTheFileSystemCannotNameIsRejected() {
        assertEquals(List.of("bad.md: not a valid path"), read("bad\u0000.md").problemTexts());
    }

    @Test
    void gzippedFileIsReadByTheFormatOfItsInnerName() throws IOException {
        Path file = dir.resolve("notes.md.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(NOTE.formatted("Zipped").getBytes(StandardCharsets.UTF_8));
        }
        assertEquals(List.of("Zipped"), read(file.toString()).titles());
    }

    @Test
    void anIoErrorInsideAFileIsOneRejectionAndTheNextFileIsRead() throws IOException {
        NoteSource failing = new NoteSource() {
            @Override
            public String name() {
                return "failing";
            }

            @Override
            public Set<String> extensions() {
                return Set.of("fail");
            }

            @Override
            public void read(String file, BufferedReader reader, NoteSink sink) throws IOException {
                sink.note(PaperNote.of("Before the failure", "s", new SourceLocation(file, 1)));
                throw new IOException("disk on fire");
            }
        };
        CorpusReader reader = new CorpusReader(NoteSources.standard().register(failing));
        String broken = write("a.fail", "x").toString();
        String good = writeNote("b.md", "B").toString();
        CollectingSink sink = read(reader, broken, good);
        assertEquals(List.of("Before the failure", "B"), sink.titles());
        assertEquals(List.of(broken + ": cannot read: disk on fire"), sink.problemTexts());
    }

    @Test
    void truncatedGzipIsOneRejectionWithoutNotes() throws IOException {
        ByteArrayOutputStream whole = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(whole)) {
            for (int i = 0; i < 200; i++) out.write(NOTE.formatted("Note " + i).getBytes(StandardCharsets.UTF_8));
        }
        Path file = dir.resolve("cut.md.gz");
        byte[] bytes = whole.toByteArray();
        Files.write(file, Arrays.copyOf(bytes, bytes.length - 100));
        CollectingSink sink = read(file.toString());
        assertEquals(List.of(), sink.titles());
        assertEquals(1, sink.problems.size());
        assertTrue(sink.problems.get(0).toString().startsWith(file + ": cannot read: corrupt or truncated gzip data"),
                sink.problems.get(0).toString());
    }

    @Test
    void fileWithNothingInItIsPointedOut() throws IOException {
        String named = write("headings.md", "📚 Nothing here¶\n\n").toString();
        assertEquals(List.of("warning: " + named + ": no paper notes found"), read(named).problemTexts());
    }

    @Test
    void summaryCountsFilesNotesWarningsAndRejections() throws IOException {
        writeNote("corpus/a.md", "A");
        write("corpus/b.md", "📚 P\n🔬 V · 3 paper notes\n- B\n-\nText.\n- C\n-\n");
        write("corpus/empty.md", "");
        write("corpus/bin.md", "\u0000\u0000binary");
        CorpusReader.Summary summary = new CorpusReader().read(List.of(dir.resolve("corpus").toString()), new CollectingSink());
        assertEquals(new CorpusReader.Summary(2, 2, 2, 2), summary);
    }
}
