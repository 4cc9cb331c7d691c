package org.papergraph.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.BufferedWriter;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The hostile-input corpus in {@code src/test/resources/bad/}: each file is read through {@link CorpusReader} and must
 * give exactly the outcome {@code EXPECTED.tsv} describes. Inputs too large to commit are generated here.
 */
class TestHostileInput {

    private static final Path BAD = badDirectory();
    private static final String EXPECTED = "EXPECTED.tsv";

    /** One row of EXPECTED.tsv. */
    record Expectation(String file, int notes, String titleContains, List<ExpectedProblem> problems, String description) {
        @Override
        public String toString() {
            return file;
        }
    }

    /** {@code SEVERITY FILE[:LINE]: REASON} */
    record ExpectedProblem(ReadProblem.Severity severity, String file, int line, String reason) {
        static ExpectedProblem parse(String text) {
            String[] severityAndRest = text.strip().split(" ", 2);
            int colon = severityAndRest[1].indexOf(": ");
            String where = severityAndRest[1].substring(0, colon);
            String reason = severityAndRest[1].substring(colon + 2);
            int lineColon = where.lastIndexOf(':');
            boolean hasLine = lineColon > 0 && where.substring(lineColon + 1).chars().allMatch(Character::isDigit);
            return new ExpectedProblem(ReadProblem.Severity.valueOf(severityAndRest[0]),
                    hasLine ? where.substring(0, lineColon) : where,
                    hasLine ? Integer.parseInt(where.substring(lineColon + 1)) : 0, reason);
        }

        boolean matches(ReadProblem problem) {
            return problem.severity() == severity
                    && problem.where().file().equals(BAD.resolve(file).toString())
                    && problem.where().line() == line
                    && problem.reason().contains(reason);
        }
    }

    @TempDir
    Path tmp;

    private static Path badDirectory() {
        try {
            return Path.of(TestHostileInput.class.getResource("/bad/" + EXPECTED).toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Expectation> expectations() throws IOException {
        List<Expectation> rows = new ArrayList<>();
        List<String> lines = Files.readAllLines(BAD.resolve(EXPECTED), StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            if (line.startsWith("#") || line.startsWith("file\t") || line.isBlank()) continue;
            String[] columns = line.split("\t", -1);
            List<ExpectedProblem> problems = columns[3].isEmpty() ? List.of()
                    : Arrays.stream(columns[3].split("\\|")).map(ExpectedProblem::parse).toList();
            rows.add(new Expectation(columns[0], Integer.parseInt(columns[1]), columns[2], problems, columns[4]));
        }
        return rows;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expectations")
    void fileGivesExactlyItsExpectedOutcome(Expectation expected) {
        CollectingSink sink = new CollectingSink();
        assertDoesNotThrow(() -> new CorpusReader().read(sink, BAD.resolve(expected.file()).toString()));

        assertEquals(expected.notes(), sink.notes.size(), () -> "notes of " + expected.file() + ": " + sink.titles() + " " + sink.problemTexts());
        if (!expected.titleContains().isEmpty()) {
            assertTrue(sink.titles().stream().anyMatch(t -> t.contains(expected.titleContains())),
                    () -> "no title containing '" + expected.titleContains() + "' in " + sink.titles());
        }
        List<ReadProblem> unmatched = new ArrayList<>(sink.problems);
        for (ExpectedProblem problem : expected.problems()) {
            assertTrue(unmatched.removeIf(problem::matches), () -> "missing " + problem + " in " + sink.problemTexts());
        }
        assertEquals(List.of(), unmatched.stream().map(ReadProblem::toString).toList(), "unexpected problems");
    }

    @Test
    void corpusHasAtLeastThirtyFilesAndEveryOneIsDescribed() throws IOException {
        Set<String> described = expectations().stream().map(Expectation::file).collect(Collectors.toCollection(TreeSet::new));
        Set<String> present;
        try (Stream<Path> files = Files.list(BAD)) {
            present = files.map(p -> p.getFileName().toString())
                    .filter(name -> !name.startsWith(".") && !name.equals(EXPECTED))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertEquals(present, described);
        assertTrue(present.size() >= 30, "only " + present.size() + " hostile files");
    }

    @Test
    void walkingTheWholeCorpusLandsEveryExpectedNote() throws IOException {
        CollectingSink sink = new CollectingSink();
        CorpusReader.Summary summary = new CorpusReader().read(List.of(BAD.toString()), sink);
        assertEquals(expectations().stream().mapToInt(Expectation::notes).sum(), sink.notes.size());
        assertEquals(sink.notes.size(), summary.notes());
        // walked, not named: an unknown extension (the .xyz file, EXPECTED.tsv itself) is a warning, not a rejection
        assertTrue(sink.problemTexts().contains("warning: " + BAD + "/unknown-format.xyz: skipped, unknown format "
                + "(known: markdown, md, txt, jsonl, ndjson, json; optionally .gz)"), sink.problemTexts().toString());
    }

    @Test
    void fiveMegabyteSummaryIsRejectedByTheLimitAtItsLine() throws IOException {
        Path file = tmp.resolve("huge-summary.md");
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write("📚 Large¶\n🔬 TEST2024 · 2 paper notes\n- A note of five megabytes\n-\n");
            for (int i = 0; i < 5 * 1024; i++) out.write("x".repeat(1024));
            out.write("\n- The next note\n-\nStill read.\n");
        }
        CollectingSink sink = new CollectingSink();
        new CorpusReader().read(sink, file.toString());
        assertEquals(List.of("The next note"), sink.titles());
        assertEquals(List.of(file + ":3: summary too long (5242880 characters, limit 100000)"), sink.problemTexts());
    }

    @Test
    void fiveMegabyteJsonSummaryIsRejectedByTheLimitAtItsLine() throws IOException {
        Path file = tmp.resolve("huge-summary.jsonl");
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write("{\"title\": \"Small\", \"summary\": \"Fine.\"}\n{\"title\": \"Huge\", \"summary\": \"");
            for (int i = 0; i < 5 * 1024; i++) out.write("y".repeat(1024));
            out.write("\"}\n");
        }
        CollectingSink sink = new CollectingSink();
        new CorpusReader().read(sink, file.toString());
        assertEquals(List.of("Small"), sink.titles());
        assertEquals(List.of(file + ":2: summary too long (5242880 characters, limit 100000)"), sink.problemTexts());
    }

    @Test
    void lineBeyondTheRecordLimitIsCountedNotHeld() throws IOException {
        Path file = tmp.resolve("endless-line.jsonl");
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write("{\"title\": \"Endless\", \"summary\": \"");
            for (int i = 0; i < 3000; i++) out.write("z".repeat(1000));
            out.write("\"}\n{\"title\": \"Next\", \"summary\": \"Fine.\"}");
        }
        CorpusReader reader = new CorpusReader(NoteSources.standard(new RecordLimits(1_000, 100_000, 1_000_000, 64)));
        CollectingSink sink = new CollectingSink();
        reader.read(sink, file.toString());
        assertEquals(List.of("Next"), sink.titles());
        assertEquals(List.of(file + ":1: record too long (3000035 characters, limit 1000000)"), sink.problemTexts());
    }

    @Test
    void hundredThousandNotesAreAllReadOneAtATime() throws IOException {
        int count = 100_000;
        Path file = tmp.resolve("many.md");
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write("📚 Many¶\n🔬 TEST2024 · " + count + " paper notes\n");
            for (int i = 0; i < count; i++) {
                out.write("- Paper number " + i + "\n-\nThe summary of paper number " + i + ", one line of ordinary length.\n");
            }
        }
        // counts only: the reader must not need the notes to be held anywhere
        long[] notes = {0};
        int[] lastLine = {0};
        List<ReadProblem> problems = new ArrayList<>();
        CorpusReader.Summary summary = new CorpusReader().read(List.of(file.toString()), new NoteSink() {
            @Override
            public void note(PaperNote note) {
                notes[0]++;
                assertTrue(note.source().line() > lastLine[0], "notes arrive in file order");
                lastLine[0] = note.source().line();
            }

            @Override
            public void problem(ReadProblem problem) {
                problems.add(problem);
            }
        });
        assertEquals(count, notes[0]);
        assertEquals(List.of(), problems);
        assertEquals(3 + 3 * (count - 1), lastLine[0]);
        assertEquals(new CorpusReader.Summary(1, count, 0, 0), summary);
    }
}
