package org.papergraph.export.push;

import org.apache.jena.graph.Node;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.papergraph.cli.Main;
import org.papergraph.testing.FreePort;
import org.papergraph.testing.FusekiServerProcess;
import org.papergraph.testing.SampleCopy;
import org.papergraph.testing.SampleStore;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Push into a standalone Fuseki server process (jena-fuseki-server 5.6.0, TDB2, union default graph): by GSP and
 * by SPARQL Update, twice each without duplicates; the named queries answer there as in papergraph's own endpoint;
 * a server stopped mid-push makes the push fail naming its graph (and the command exit non-zero), and re-running
 * completes it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TestPushFusekiIT {

    Path dir;
    int port;
    FusekiServerProcess fuseki;
    Map<String, List<Map<String, String>>> papergraph;

    @BeforeAll
    void start() throws Exception {
        dir = Files.createDirectories(Path.of("target", "it-fuseki-" + System.nanoTime()));
        papergraph = PushTargets.papergraphAnswers();
        port = FreePort.find();
        fuseki = FusekiServerProcess.start(dir, port, null);
    }

    @AfterAll
    void stop() {
        if (fuseki != null) fuseki.stop();
    }

    Pusher.Builder pusher() {
        return Pusher.builder().store(SampleStore.get()).target(fuseki.gspUrl());
    }

    @Test
    @Order(1)
    void pushingTwiceByGspLeavesOneCopyThatAnswersLikePapergraph() {
        PushReport first = pusher().build().push();
        PushReport second = pusher().build().push();
        long expected = PushTargets.storeQuads();
        assertEquals(expected, first.triples());
        assertEquals(expected, second.triples());
        assertEquals(expected, PushTargets.quads(fuseki.queryUrl()), "no duplicates after two pushes");
        assertEquals(List.of(), PushTargets.differences(papergraph, fuseki.queryUrl(), Integer.MAX_VALUE));
        System.out.println("push to Fuseki (GSP): " + second.summary());
    }

    @Test
    @Order(2)
    void pushingByUpdateReplacesTheGraphsToo() {
        PushReport r = pusher().target(fuseki.updateUrl()).mode(PushMode.UPDATE).batchGraphs(7).maxTriplesPerUpdate(4_000).build().push();
        assertTrue(r.requests() > 5, "batched: " + r.requests());
        pusher().target(fuseki.updateUrl()).mode(PushMode.UPDATE).build().push();
        assertEquals(PushTargets.storeQuads(), PushTargets.quads(fuseki.queryUrl()));
        assertEquals(List.of(), PushTargets.differences(papergraph, fuseki.queryUrl(), Integer.MAX_VALUE));
        System.out.println("push to Fuseki (update): " + r.summary());
    }

    @Test
    @Order(3)
    void aServerStoppedMidPushFailsNamingTheGraphAndARerunCompletes() throws Exception {
        Node[] failedAt = new Node[1];
        PushException e = assertThrows(PushException.class, () -> pusher()
                .retry(new Retry(3, Duration.ofMillis(50), Duration.ofMillis(200)))
                .listener(new PushListener() {
                    @Override
                    public void graphSent(Node graph, long triples, int done, int total) {
                        if (done == 5) fuseki.stop();
                    }

                    @Override
                    public void retrying(Node graph, int attempt, String reason, long pause) {
                        failedAt[0] = graph;
                    }
                }).build().push());
        assertEquals(5, e.graphsSent());
        assertEquals(failedAt[0], e.graph());
        assertTrue(e.getMessage().contains("<" + e.graph().getURI() + "> (6 of "), e.getMessage());

        // the command line says the same and exits non-zero
        Path copy = SampleCopy.create(dir.resolve("store-copy"));
        StringWriter err = new StringWriter();
        int code = Main.commandLine().setErr(new PrintWriter(err, true)).execute("push", "--store", copy.toString(),
                "--to", fuseki.gspUrl(), "--retries", "1", "--retry-pause", "10");
        assertEquals(Main.EXIT_ERROR, code);
        assertTrue(err.toString().contains("push failed on graph <"), err.toString());

        fuseki = FusekiServerProcess.start(dir, port, null);
        assertEquals(Main.EXIT_OK, Main.run("push", "--store", copy.toString(), "--to", fuseki.gspUrl()));
        assertEquals(PushTargets.storeQuads(), PushTargets.quads(fuseki.queryUrl()), "the re-run completed the push, no duplicates");
        assertEquals(List.of(), PushTargets.differences(papergraph, fuseki.queryUrl(), Integer.MAX_VALUE));
    }
}
