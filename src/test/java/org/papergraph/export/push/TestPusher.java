package org.papergraph.export.push;

import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.modify.request.UpdateDataInsert;
import org.apache.jena.sparql.modify.request.UpdateDrop;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.export.GraphSelection;
import org.papergraph.graph.Literals;
import org.papergraph.testing.FreePort;
import org.papergraph.testing.SampleStore;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TestPusher {

    @TempDir
    Path dir;

    static Graph graph(String name, int triples) {
        Graph g = GraphFactory.createDefaultGraph();
        for (int i = 0; i < triples; i++) {
            g.add(Triple.create(NodeFactory.createURI("https://example.org/" + name + "/" + i), NodeFactory.createURI("https://example.org/p"), Literals.integer(i)));
        }
        return g;
    }

    @Test
    void updateBatchesDropEachGraphOnceAndStayUnderTheTripleLimit() {
        Pusher p = Pusher.builder().store(SampleStore.get()).target("http://127.0.0.1:1/update").maxTriplesPerUpdate(10).build();
        Node a = NodeFactory.createURI("https://example.org/g/a"), b = NodeFactory.createURI("https://example.org/g/b");
        List<UpdateRequest> requests = p.updates(List.of(new GraphBatch(a, graph("a", 25)), new GraphBatch(b, graph("b", 3))));
        List<Node> dropped = new ArrayList<>();
        long inserted = 0;
        for (UpdateRequest r : requests) {
            long inRequest = 0;
            for (Update u : r.getOperations()) {
                if (u instanceof UpdateDrop d) dropped.add(d.getGraph());
                if (u instanceof UpdateDataInsert i) inRequest += i.getQuads().size();
            }
            assertTrue(inRequest <= 10, "at most 10 triples per request: " + inRequest);
            inserted += inRequest;
        }
        assertEquals(List.of(a, b), dropped, "each graph dropped once, before its data");
        assertEquals(28, inserted);
        UpdateDrop first = (UpdateDrop) requests.get(0).getOperations().get(0);
        assertTrue(first.isSilent(), "DROP SILENT: a graph the target lacks is no error");
    }

    @Test
    void aDryRunCountsEveryGraphAndSendsNothing() {
        long quads = SampleStore.get().read(dsg -> dsg.stream().filter(q -> !q.isDefaultGraph()).count());
        long graphs = SampleStore.get().read(dsg -> { long n = 0; var it = dsg.listGraphNodes(); while (it.hasNext()) { it.next(); n++; } return n; });
        // nothing listens on the port: a dry run must not notice
        PushReport r = Pusher.builder().store(SampleStore.get()).target("http://127.0.0.1:" + FreePort.find() + "/ds/data")
                .dryRun(true).build().push();
        assertTrue(r.dryRun());
        assertEquals(graphs, r.graphs());
        assertEquals(quads, r.triples());
        assertEquals(0, r.requests());
    }

    @Test
    void aTargetThatDoesNotAnswerFailsNamingTheGraphAfterTheRetries() {
        List<String> retried = new ArrayList<>();
        PushException e = assertThrows(PushException.class, () -> Pusher.builder().store(SampleStore.get())
                .target("http://127.0.0.1:" + FreePort.find() + "/ds/data").graphs(GraphSelection.ONTOLOGY)
                .retry(new Retry(3, Duration.ofMillis(5), Duration.ofMillis(20)))
                .listener(new PushListener() {
                    @Override
                    public void retrying(Node graph, int attempt, String reason, long pause) {
                        retried.add(attempt + " " + graph.getURI());
                    }
                }).build().push());
        assertEquals(SampleStore.get().iris().ontologyGraph(), e.graph());
        assertEquals(0, e.graphsSent());
        assertTrue(e.getMessage().contains("<" + SampleStore.get().iris().ontologyGraph().getURI() + ">"), e.getMessage());
        assertTrue(e.getMessage().contains("after 3 attempts"), e.getMessage());
        assertEquals(2, retried.size(), "two retries before giving up: " + retried);
    }

    @Test
    void serverErrorsAndLostConnectionsAreRetriedClientErrorsAreNot() {
        assertTrue(Retry.retryable(new HttpException(503)));
        assertTrue(Retry.retryable(new HttpException(500)));
        assertTrue(Retry.retryable(new HttpException(429)));
        assertTrue(Retry.retryable(new HttpException("PUT", new java.net.ConnectException("refused"))));
        assertFalse(Retry.retryable(new HttpException(401)));
        assertFalse(Retry.retryable(new HttpException(400)));
        assertFalse(Retry.retryable(new IllegalArgumentException("bad")));
        Retry r = new Retry(6, Duration.ofMillis(500), Duration.ofSeconds(3));
        assertEquals(500, r.pauseMillis(2));
        assertEquals(1000, r.pauseMillis(3));
        assertEquals(2000, r.pauseMillis(4));
        assertEquals(3000, r.pauseMillis(5), "capped");
    }

    @Test
    void passwordsComeFromTheFirstLineOfAFileOrTheEnvironment() throws IOException {
        Path f = dir.resolve("pw");
        Files.writeString(f, "s3cret pass\r\nsecond line\n");
        Credentials c = Credentials.fromFile("admin", f);
        assertEquals("s3cret pass", c.password());
        assertFalse(c.toString().contains("s3cret"), "never printed");
        assertEquals("x", Credentials.fromEnvironment("u", "PW", Map.of("PW", "x")).password());
        assertThrows(IllegalArgumentException.class, () -> Credentials.fromEnvironment("u", "PW", Map.of()));
        Files.writeString(f, "\nlater");
        assertThrows(IllegalArgumentException.class, () -> Credentials.fromFile("admin", f));
        assertThrows(IllegalArgumentException.class, () -> Credentials.fromFile("admin", dir.resolve("missing")));
    }

    @Test
    void theTargetMustBeAnHttpUrlWithoutAQuery() {
        assertThrows(IllegalArgumentException.class, () -> Pusher.builder().target("file:///etc/passwd"));
        assertThrows(IllegalArgumentException.class, () -> Pusher.builder().target("http://127.0.0.1:3030/ds/data?graph=x"));
    }
}
