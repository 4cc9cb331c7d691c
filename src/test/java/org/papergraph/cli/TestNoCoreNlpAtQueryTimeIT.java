package org.papergraph.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code papergraph query} and {@code papergraph serve} (without files to ingest) never load CoreNLP: each runs in a
 * JVM of its own with class loading logged, and no {@code edu.stanford} class may appear. Loading CoreNLP would cost
 * seconds and hundreds of MB for nothing.
 */
class TestNoCoreNlpAtQueryTimeIT {

    @TempDir
    Path tmp;

    @Test
    void queryLoadsNoCoreNlpClass() throws Exception {
        Path store = tmp.resolve("store");
        Files.createDirectories(store);
        Path log = tmp.resolve("query.log");
        Process p = java(log, "query", "--store", store.toString(), "papers-per-venue");
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "query finished");
        String out = Files.readString(log, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), out.lines().filter(l -> !l.startsWith("[")).toList().toString());
        assertTrue(out.contains("org.papergraph.sparql.QueryRunner"), "the query ran");
        assertFalse(out.contains("edu.stanford."), "a CoreNLP class was loaded");
    }

    @Test
    void serveLoadsNoCoreNlpClass() throws Exception {
        Path store = tmp.resolve("store");
        Files.createDirectories(store);
        Path log = tmp.resolve("serve.log");
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Process p = java(log, "serve", "--store", store.toString(), "--port", Integer.toString(port));
        try {
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
            String out = "";
            while (System.nanoTime() < deadline && p.isAlive()) {
                out = Files.readString(log, StandardCharsets.UTF_8);
                if (out.contains("SPARQL endpoint")) break;
                Thread.sleep(500);
            }
            assertTrue(out.contains("SPARQL endpoint"), "the server started");
            assertFalse(out.contains("edu.stanford."), "a CoreNLP class was loaded");
        } finally {
            p.destroy();
            if (!p.waitFor(30, TimeUnit.SECONDS)) p.destroyForcibly();
        }
    }

    private static Process java(Path log, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }
}
