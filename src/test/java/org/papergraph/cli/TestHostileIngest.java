package org.papergraph.cli;

import org.apache.jena.graph.Node;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.papergraph.graph.Literals;
import org.papergraph.graph.PG;
import org.papergraph.graph.ResourceIris;
import org.papergraph.ingest.CorpusReader;
import org.papergraph.ingest.NoteSink;
import org.papergraph.ingest.PaperNote;
import org.papergraph.ingest.ReadProblem;
import org.papergraph.store.TdbStore;
import org.papergraph.testing.StoreAudit;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The hostile-input corpus ({@code src/test/resources/bad/}, 50 files whose reading TestHostileInput checks against
 * EXPECTED.tsv) through the whole pipeline: each file is ingested by {@code papergraph ingest} into one TDB2 store.
 * Each run must end normally (exit 0, or 3 when records were rejected), print every problem the reader finds as
 * {@code FILE:LINE: reason} and nothing else (an extraction failure or a crash would add a line), and land every
 * good record of the file: each distinct note is in the store with its text, its source file and a paper that has
 * a title. At the end the whole store is SHACL-valid. Prints how each file ended.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TestHostileIngest {

    static final Path BAD = badDirectory();
    @TempDir
    static Path tmp;
    static Path storeDir;
    static final Map<String, String> OUTCOMES = new TreeMap<>();

    static Path badDirectory() {
        try {
            return Path.of(TestHostileIngest.class.getResource("/bad/EXPECTED.tsv").toURI()).getParent();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @BeforeAll
    static void makeStore() {
        storeDir = tmp.resolve("store");
    }

    @AfterAll
    static void printOutcomes() {
        PrintStream out = System.out;
        out.println("hostile ingest: " + OUTCOMES.size() + " files");
        OUTCOMES.forEach((f, o) -> out.println("  " + f + ": " + o));
    }

    static List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(BAD)) {
            return s.filter(p -> !p.getFileName().toString().equals("EXPECTED.tsv") && !p.getFileName().toString().startsWith("."))
                    .sorted().toList();
        }
    }

    /** What the reader alone gives for a file: its notes and problems (checked against EXPECTED.tsv elsewhere). */
    record ReaderView(List<PaperNote> notes, List<ReadProblem> problems) {
        static ReaderView of(String file) {
            List<PaperNote> notes = new ArrayList<>();
            List<ReadProblem> problems = new ArrayList<>();
            new CorpusReader().read(List.of(file), new NoteSink() {
                @Override public void note(PaperNote n) { notes.add(n); }
                @Override public void problem(ReadProblem p) { problems.add(p); }
            });
            return new ReaderView(notes, problems);
        }
    }

    @Order(1)
    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void fileIsIngestedOrRejectedAndItsGoodRecordsLand(Path file) {
        String named = file.toString();
        ReaderView reader = ReaderView.of(named);
        CliRun run = CliRun.of("ingest", "--store", storeDir.toString(), "--quiet", "--threads", "2", named);

        boolean rejected = reader.problems().stream().anyMatch(p -> p.severity() == ReadProblem.Severity.REJECTED);
        assertEquals(rejected ? Main.EXIT_REJECTED : Main.EXIT_OK, run.exitCode(), run.err());
        List<String> lines = run.err().lines().toList();
        assertFalse(lines.isEmpty());
        assertTrue(lines.get(lines.size() - 1).startsWith("ingest: "), run.err());
        Set<String> expectedLines = new TreeSet<>();
        for (ReadProblem p : reader.problems()) expectedLines.add(p.toString());
        assertEquals(expectedLines, new TreeSet<>(lines.subList(0, lines.size() - 1)), "problem lines");
        for (ReadProblem p : reader.problems()) {
            if (p.severity() == ReadProblem.Severity.REJECTED) {
                assertTrue(p.toString().matches("\\Q" + p.where().file() + "\\E(:\\d+)?: \\S.*"), p.toString());
            }
        }
        assertNotesLanded(named, reader.notes());
        long distinct = reader.notes().stream().map(n -> ResourceIris.defaults().note(n.title(), n.summary())).distinct().count();
        OUTCOMES.put(file.getFileName().toString(), String.format("exit %d, %d of %d records landed as %d notes, %d rejected, %d warnings",
                run.exitCode(), reader.notes().size(), reader.notes().size() + rejectedCount(reader), distinct, rejectedCount(reader),
                reader.problems().size() - rejectedCount(reader)));
    }

    private static int rejectedCount(ReaderView r) {
        return (int) r.problems().stream().filter(p -> p.severity() == ReadProblem.Severity.REJECTED).count();
    }

    /** Every distinct note of the file is in the store as read from it, and its paper has a title. */
    static void assertNotesLanded(String file, List<PaperNote> notes) {
        ResourceIris iris = ResourceIris.defaults();
        Map<Node, PaperNote> distinct = new LinkedHashMap<>();
        for (PaperNote n : notes) distinct.putIfAbsent(iris.note(n.title(), n.summary()), n);
        try (TdbStore store = TdbStore.openExisting(storeDir, iris)) {
            store.read(dsg -> {
                for (Map.Entry<Node, PaperNote> e : distinct.entrySet()) {
                    Node note = e.getKey();
                    PaperNote n = e.getValue();
                    assertTrue(dsg.contains(Node.ANY, note, PG.rdfType, PG.Note), () -> "note of '" + n.title() + "' is not in the store");
                    assertTrue(dsg.contains(Node.ANY, note, PG.text, Literals.string(n.summary())), "note text");
                    assertTrue(dsg.contains(Node.ANY, note, PG.sourceFile, Literals.string(file)), "note source file");
                    Node paper = iris.paper(n.title());
                    assertTrue(dsg.contains(Node.ANY, paper, PG.hasNote, note), "paper has the note");
                    assertTrue(dsg.find(Node.ANY, paper, PG.title, Node.ANY).hasNext(), "paper has a title");
                }
                return null;
            });
        }
    }

    @Order(2)
    @Test
    void fiveMegabyteSummaryIsRejectedAndTheNextRecordLands() throws IOException {
        Path file = tmp.resolve("huge-summary.md");
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write("📚 Large¶\n🔬 TEST2024 · 2 paper notes\n- A note of five megabytes\n-\n");
            for (int i = 0; i < 5 * 1024; i++) out.write("x".repeat(1024));
            out.write("\n- The next note after the huge one\n-\nStill read and extracted.\n");
        }
        CliRun run = CliRun.of("ingest", "--store", storeDir.toString(), "--quiet", file.toString());
        assertEquals(Main.EXIT_REJECTED, run.exitCode(), run.err());
        assertTrue(run.err().contains(file + ":3: summary too long (5242880 characters, limit 100000)"), run.err());
        assertNotesLanded(file.toString(), ReaderView.of(file.toString()).notes());
        OUTCOMES.put("(generated) huge-summary.md", "exit 3, 1 of 2 records landed, 1 rejected");
    }

    @Order(3)
    @Test
    void storeIsShapeValidAfterTheWholeCorpus() {
        try (TdbStore store = TdbStore.openExisting(storeDir, ResourceIris.defaults())) {
            store.read(dsg -> {
                ValidationReport report = StoreAudit.validateUnion(dsg);
                if (!report.conforms()) ShLib.printReport(report);
                assertTrue(report.conforms(), "SHACL violations: " + report.getEntries().size());
                return null;
            });
            assertTrue(store.paperCount() > 40, "papers: " + store.paperCount());
        }
    }
}
