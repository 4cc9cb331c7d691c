package org.papergraph.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.testing.SampleStore;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line: help everywhere, exit codes, and the commands over a real store. */
class TestCli {

    /** Runs the CLI in-process and captures what it prints. */
    private record Run(int code, String out, String err) {}

    private static synchronized Run run(String... args) {
        PrintStream out = System.out, err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream(), e = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            var cl = Main.commandLine();
            cl.setOut(new java.io.PrintWriter(System.out, true));
            cl.setErr(new java.io.PrintWriter(System.err, true));
            int code = cl.execute(args);
            return new Run(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    private static String sampleStore() {
        return SampleStore.get().location().toString();
    }

    @Test
    void everyCommandHasHelp() {
        for (String c : new String[] {"ingest", "serve", "query", "export", "stats", "eval"}) {
            Run r = run(c, "--help");
            assertEquals(0, r.code(), c);
            assertTrue(r.out().contains("Usage: papergraph " + c), c + ": " + r.out());
        }
        assertEquals(0, run("--version").code());
    }

    @Test
    void aBadRecordIsReportedWithFileAndLineAndTheExitCodeSaysSo(@TempDir Path dir) throws Exception {
        Path notes = dir.resolve("notes.jsonl");
        Files.writeString(notes, """
                {"title": "Good Paper", "summary": "This paper proposes GoodNet, evaluated on CIFAR-10."}
                {"title": "No Summary"}
                {"title": "Broken", "summary":
                """);
        Run r = run("ingest", "-q", "--store", dir.resolve("store").toString(), notes.toString());
        assertEquals(Main.EXIT_REJECTED, r.code(), r.err());
        assertTrue(r.err().contains(notes + ":2:"), r.err());
        assertTrue(r.err().contains(notes + ":3:"), r.err());
        Run q = run("query", "--store", dir.resolve("store").toString(), "-f", "csv", "-e",
                "SELECT ?t { ?p a <https://w3id.org/papergraph/ontology#Paper> ; <http://purl.org/dc/terms/title> ?t }");
        assertEquals(0, q.code(), q.err());
        assertTrue(q.out().contains("Good Paper"), q.out());
    }

    @Test
    void namedQueriesWithParametersInEveryResultFormat() {
        for (String f : new String[] {"text", "json", "xml", "csv", "tsv"}) {
            Run r = run("query", "--store", sampleStore(), "papers-mentioning", "--param", "concept=grokking", "--format", f);
            assertEquals(0, r.code(), f + ": " + r.err());
            assertTrue(r.out().contains("Explaining Grokking"), f + ": " + r.out());
        }
        Run json = run("query", "--store", sampleStore(), "papers-mentioning", "--param", "concept=RoPE", "--format", "json");
        assertTrue(json.out().contains("\"head\"") && json.out().contains("\"bindings\""), json.out());
    }

    @Test
    void errorsAreOneLineAndNonZero() {
        Run unknown = run("query", "--store", sampleStore(), "no-such-query");
        assertEquals(Main.EXIT_ERROR, unknown.code());
        assertTrue(unknown.err().startsWith("papergraph: error: no named query 'no-such-query'"), unknown.err());
        assertEquals(1, unknown.err().strip().lines().count());
        Run noStore = run("stats", "--store", "/nonexistent/store");
        assertEquals(Main.EXIT_ERROR, noStore.code());
        assertEquals(Main.EXIT_USAGE, run("export", "--store", sampleStore()).code(), "missing --format");
    }

    @Test
    void exportInEverySyntaxAndEvalAndStats(@TempDir Path dir) throws Exception {
        for (String f : new String[] {"ttl", "nt", "nq", "trig", "jsonld", "rdfxml"}) {
            Path out = dir.resolve("out." + org.papergraph.export.ExportFormat.named(f).extension + ".gz");
            Run r = run("export", "--store", sampleStore(), "--format", f, "-o", out.toString());
            assertEquals(0, r.code(), f + ": " + r.err());
            var dsg = org.apache.jena.sparql.core.DatasetGraphFactory.createGeneral();
            try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(out))) {
                org.apache.jena.riot.RDFParser.source(in).lang(org.papergraph.export.ExportFormat.named(f).lang).parse(dsg);
            }
            assertTrue(dsg.getUnionGraph().size() + dsg.getDefaultGraph().size() > 10_000, f);
        }
        Run stats = run("stats", "--store", sampleStore());
        assertTrue(stats.out().contains("papers   26"), stats.out());
        Run eval = run("eval", "--store", sampleStore(), "--gold", "../shared/eval/iclr2026-pretraining.gold.json", "--errors");
        assertEquals(0, eval.code(), eval.err());
        assertTrue(eval.out().contains("entity_precision=") && eval.out().contains("missed:"), eval.out());
    }
}
