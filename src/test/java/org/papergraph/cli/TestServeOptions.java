package org.papergraph.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code papergraph serve} refuses unsafe or malformed limits with one line, before it listens. */
class TestServeOptions {

    @TempDir
    Path tmp;

    private CliRun serve(String... options) {
        String[] args = new String[options.length + 3];
        args[0] = "serve";
        args[1] = "--store";
        args[2] = tmp.resolve("store").toString();
        System.arraycopy(options, 0, args, 3, options.length);
        return CliRun.of(args);
    }

    @Test
    void corsStarIsRefused() {
        CliRun run = serve("--port", "0", "--cors-origin", "*");
        assertEquals(Main.EXIT_ERROR, run.exitCode());
        assertEquals("papergraph: error: CORS origin '*' is not allowed: list the origins that may read the endpoint", run.err().strip());
    }

    @Test
    void malformedOriginIsRefused() {
        CliRun run = serve("--port", "0", "--cors-origin", "https://example.org/path");
        assertEquals(Main.EXIT_ERROR, run.exitCode());
        assertTrue(run.err().contains("not a CORS origin"), run.err());
    }

    @Test
    void nonsensicalLimitsAreRefused() {
        assertTrue(serve("--port", "0", "--max-rows", "0").err().contains("max rows must be at least 1"));
        assertTrue(serve("--port", "0", "--max-concurrent", "0").err().contains("at least 1"));
        assertTrue(serve("--port", "0", "--max-body", "10").err().contains("at least 1024 bytes"));
        assertTrue(serve("--port", "0", "--query-timeout", "0").err().contains("query timeout must be positive"));
    }

    @Test
    void hostMustBeLoopbackOrAll() {
        CliRun run = serve("--port", "0", "--host", "192.0.2.1");
        assertEquals(Main.EXIT_ERROR, run.exitCode());
        assertTrue(run.err().contains("--host must be 127.0.0.1, localhost or 0.0.0.0"), run.err());
    }
}
