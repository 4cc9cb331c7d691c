package org.papergraph.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.graph.ResourceIris;
import org.papergraph.store.TdbStore;
import org.papergraph.testing.SampleStore;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TestExploreCommand {

    @TempDir
    static Path dir;
    static Path store;

    @BeforeAll
    static void ingest() {
        store = dir.resolve("store");
        try (TdbStore s = TdbStore.open(store, ResourceIris.defaults())) {
            SampleStore.ingest(s, List.of("src/test/resources/explore/two-notes.md"));
        }
    }

    record Run(int code, String out, String err) {}

    static Run explore(String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter(), err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        String[] all = new String[args.length + 3];
        all[0] = "explore";
        all[1] = "--store";
        all[2] = store.toString();
        System.arraycopy(args, 0, all, 3, args.length);
        return new Run(cl.execute(all), out.toString(), err.toString());
    }

    @Test
    void printsTheEntityViewWithPapersAndEvidence() {
        Run r = explore("KL-Shampoo");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("KL-Shampoo  [Method]  https://w3id.org/papergraph/resource/entity/kl-shampoo"), r.out());
        assertTrue(r.out().contains("variant of: Shampoo"), r.out());
        assertTrue(r.out().contains("[proposes] Understanding and Improving Shampoo and SOAP via Kullback-Leibler Minimization"), r.out());
        assertTrue(r.out().contains("**KL-Shampoo**"), "the mention is marked in its sentence: " + r.out());
        assertTrue(r.out().contains("Co-occurring entities"), r.out());
    }

    @Test
    void anyLabelSpellingFindsTheEntity() {
        Run r = explore("kl", "shampoo");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("KL-Shampoo  [Method]"), r.out());
    }

    @Test
    void anUnknownNameFailsWithSuggestions() {
        Run r = explore("shamp");
        assertEquals(Main.EXIT_ERROR, r.code());
        assertTrue(r.err().startsWith("papergraph: error: no entity is named 'shamp'; labels containing it:"), r.err());
        assertTrue(r.err().contains("KL-Shampoo (Method)"), r.err());
        assertEquals(1, r.err().strip().lines().count(), "one line says why");
    }
}
