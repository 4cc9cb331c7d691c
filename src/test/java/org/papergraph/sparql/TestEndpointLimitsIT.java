package org.papergraph.sparql;

import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.store.TdbStore;
import org.papergraph.testing.Http;
import org.papergraph.testing.SampleStore;
import org.papergraph.testing.SyntheticStore;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The endpoint's limits over real HTTP against a TDB2 copy of the sample store: the query timeout and the watchdog
 * behind it, the row cap and how it is announced, the request-body cap, the per-client concurrency cap, and
 * SERVICE refused. (Writes, CORS and binding are in TestEndpointAccessIT.)
 */
class TestEndpointLimitsIT {

    static final String JSON = "application/sparql-results+json";
    static final Duration TIMEOUT = Duration.ofSeconds(1);
    static final Duration GRACE = Duration.ofSeconds(1);
    static final long MAX_ROWS = 50;
    /** Time a cancelled query may take at most: timeout, the watchdog's two grace periods, and slack for a busy 2-core machine. */
    static final long CANCEL_BOUND_MILLIS = TIMEOUT.toMillis() + 2 * GRACE.toMillis() + 6_000;

    /** A path Jena 5.6 evaluates eagerly inside one call, never looking at the cancel flag (the store's path executor does). */
    static final String ANY_STEP = "(<http://x/p>|!<http://x/p>|^<http://x/p>|^!<http://x/p>)";
    static final String RUNAWAY = "SELECT * { <https://w3id.org/papergraph/resource/entity/adam> (" + ANY_STEP + "*/" + ANY_STEP + ")* ?o } LIMIT 1";

    @TempDir
    static Path tmp;
    static TdbStore store;
    static PapergraphServer server;

    @BeforeAll
    static void start() {
        store = SyntheticStore.copyOf(SampleStore.get(), tmp.resolve("store"));
        server = PapergraphServer.builder().store(store).port(0).queryTimeout(TIMEOUT).watchdogGrace(GRACE)
                .maxRows(MAX_ROWS).maxRequestBytes(4096).maxConcurrentPerClient(2).build().start();
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
        if (store != null) store.close();
    }

    private static long millisSince(long t0) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
    }

    private static void assertCancelledInTime(String sparql) {
        long t0 = System.nanoTime();
        HttpResponse<String> r = Http.query(server.sparqlUrl(), sparql, JSON);
        long took = millisSince(t0);
        assertNotEquals(200, r.statusCode(), () -> "not cancelled: " + r.body());
        assertTrue(took < CANCEL_BOUND_MILLIS, "took " + took + " ms");
        assertSampleStillAnswers();
    }

    private static void assertSampleStillAnswers() {
        HttpResponse<String> ok = Http.query(server.sparqlUrl(),
                "PREFIX pg: <https://w3id.org/papergraph/ontology#> SELECT (COUNT(?p) AS ?n) { ?p a pg:Paper }", JSON);
        assertEquals(200, ok.statusCode(), ok.body());
        assertTrue(ok.body().contains("\"value\": \"26\""), ok.body());
    }

    @Test
    void fourWayCrossProductIsCancelled() {
        assertCancelledInTime("SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }");
    }

    @Test
    void anyPathClosureIsCancelled() {
        // the closure chained with itself: quadratic in the reachable pairs, slow on any store of some size however
        // fast the machine (one closure alone finishes within the timeout on the sample when the machine is idle)
        assertCancelledInTime("SELECT (COUNT(*) AS ?n) { ?s (<http://x/p>|!<http://x/p>)* ?o . ?o (<http://x/p>|!<http://x/p>)* ?z }");
    }

    @Test
    void hugeOrderByIsCancelled() {
        assertCancelledInTime("SELECT * { ?a ?b ?c . ?d ?e ?f } ORDER BY ?c ?f DESC(?a) LIMIT 10");
    }

    @Test
    void clientTimeoutCannotRaiseTheServersTimeout() {
        long t0 = System.nanoTime();
        HttpResponse<String> r = Http.send(HttpRequest.newBuilder(URI.create(server.sparqlUrl() + "?timeout=600"))
                .header("Content-Type", "application/sparql-query").header("Accept", JSON)
                .POST(HttpRequest.BodyPublishers.ofString("SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }")).build());
        assertNotEquals(200, r.statusCode());
        assertTrue(millisSince(t0) < CANCEL_BOUND_MILLIS);
    }

    /**
     * The query Jena 5.6 evaluates eagerly inside one call, run directly (no server) on the store: its timeout alone
     * ends it, through the store's cancel-checking path executor, and the store is unharmed (read and write after).
     */
    @Test
    void runawayPathEndsAtItsTimeoutInProcess() {
        long t0 = System.nanoTime();
        QueryCancelledException cancelled = assertThrows(QueryCancelledException.class, () -> Txn.executeRead(store.dataset(), () -> {
            try (QueryExec exec = QueryExec.dataset(store.dataset()).query(RUNAWAY).timeout(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).build()) {
                exec.select().hasNext();
            }
        }));
        assertTrue(millisSince(t0) < CANCEL_BOUND_MILLIS, "took " + millisSince(t0) + " ms: " + cancelled);
        assertFalse(store.dataset().isInTransaction());
        assertSampleStillAnswers();
        store.write(dsg -> dsg.add(org.apache.jena.sparql.core.Quad.create(store.iris().graph("scratch"),
                store.iris().entity("scratch"), org.papergraph.graph.PG.rdfType, org.papergraph.graph.PG.Entity)));
        store.write(dsg -> dsg.removeGraph(store.iris().graph("scratch")));
    }

    /** The same query with a timeout far away ends when another thread aborts it (what the watchdog does). */
    @Test
    void runawayPathEndsWhenAborted() throws Exception {
        QueryExec[] exec = new QueryExec[1];
        Throwable[] ended = new Throwable[1];
        java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
        Thread runner = new Thread(() -> {
            try {
                Txn.executeRead(store.dataset(), () -> {
                    // the dataset carries the server's timeout: this query sets a long one of its own
                    exec[0] = QueryExec.dataset(store.dataset()).query(RUNAWAY).timeout(10, TimeUnit.MINUTES).build();
                    started.countDown();
                    exec[0].select().hasNext();
                });
            } catch (Throwable t) {
                ended[0] = t;
            }
        }, "runaway-direct");
        runner.start();
        assertTrue(started.await(10, TimeUnit.SECONDS));
        runner.join(3 * TIMEOUT.toMillis());
        assertTrue(runner.isAlive(), "the query ended by itself: " + ended[0]);
        exec[0].abort();
        runner.join(CANCEL_BOUND_MILLIS);
        assertFalse(runner.isAlive(), "abort did not end the path evaluation");
        assertEquals(QueryCancelledException.class, ended[0].getClass(), String.valueOf(ended[0]));
        assertSampleStillAnswers();
    }

    /** Over HTTP the same query ends at the server's timeout: the client gets an error in bounded time, no thread runs it on. */
    @Test
    void runawayPathIsCancelledOverHttp() throws Exception {
        long runawaysBefore = server.watchdog().runaways();
        long t0 = System.nanoTime();
        HttpResponse<String> r = Http.query(server.sparqlUrl(), RUNAWAY, JSON);
        long took = millisSince(t0);
        assertEquals(503, r.statusCode(), r.body());
        assertTrue(took < CANCEL_BOUND_MILLIS, "took " + took + " ms");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while ((pathEvaluationThreads() > 0 || server.watchdog().running() > 0) && System.nanoTime() < deadline) Thread.sleep(100);
        assertEquals(0, pathEvaluationThreads(), "a thread still evaluates the path");
        assertEquals(0, server.watchdog().running());
        assertEquals(runawaysBefore, server.watchdog().runaways(), "the timeout alone ended it");
        assertSampleStillAnswers();
    }

    /**
     * Work that looks at no cancel signal and reads nothing from the store: java.util.regex backtracking over a
     * back-reference (exponential in the literal's length, about 8 s at 24 characters on this machine). The
     * watchdog cannot end it; it reports it as a runaway once it is two grace periods past the timeout, and the query
     * ends when the regex returns (the next row check sees the signal).
     */
    @Test
    void watchdogReportsARunawayItCannotEnd() throws Exception {
        long before = server.watchdog().runaways();
        String sparql = "SELECT * { BIND(REGEX(\"" + "a".repeat(24) + "!\", \"^((a+)\\\\2?)+$\") AS ?m) }";
        CompletableFuture<HttpResponse<String>> answer = Http.CLIENT.sendAsync(Http.queryRequest(server.sparqlUrl(), sparql, JSON).build(),
                HttpResponse.BodyHandlers.ofString());
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(CANCEL_BOUND_MILLIS);
        while (server.watchdog().runaways() == before && !answer.isDone() && System.nanoTime() < deadline) Thread.sleep(50);
        assertEquals(before + 1, server.watchdog().runaways(), () -> "not reported; answered: " + answer.isDone());
        HttpResponse<String> r = answer.get(120, TimeUnit.SECONDS);
        assertNotEquals(200, r.statusCode(), r.body());
        assertEquals(0, server.watchdog().running());
    }

    private static long pathEvaluationThreads() {
        return Thread.getAllStackTraces().values().stream()
                .filter(stack -> java.util.Arrays.stream(stack).anyMatch(f -> f.getClassName().startsWith("org.apache.jena.sparql.path.eval.")))
                .count();
    }

    @Test
    void rowCapCutsAndSaysSo() {
        HttpResponse<String> r = Http.query(server.sparqlUrl(), "SELECT ?s ?p ?o { ?s ?p ?o }", JSON);
        assertEquals(200, r.statusCode());
        assertEquals(MAX_ROWS, rows(r.body()));
        assertEquals("true", r.headers().firstValue(GuardedQueryService.TRUNCATED_HEADER).orElse(null));
        assertEquals(Long.toString(MAX_ROWS), r.headers().firstValue(GuardedQueryService.ROW_LIMIT_HEADER).orElse(null));
        String link = r.headers().firstValue("Link").orElseThrow();
        assertTrue(link.startsWith("</limits>; rel=\"help\""), link);
        HttpResponse<String> note = Http.send(HttpRequest.newBuilder(URI.create(server.url() + "limits")).build());
        assertEquals(200, note.statusCode());
        assertTrue(note.body().contains("result rows: " + MAX_ROWS), note.body());
    }

    @Test
    void rowCapAppliesToAnExplicitLargeLimitToo() {
        HttpResponse<String> r = Http.query(server.sparqlUrl(), "SELECT * { ?s ?p ?o } LIMIT 100000", "text/tab-separated-values");
        assertEquals(200, r.statusCode());
        assertEquals(MAX_ROWS + 1, r.body().lines().count(), "header line and the capped rows");
        assertEquals("true", r.headers().firstValue(GuardedQueryService.TRUNCATED_HEADER).orElse(null));
    }

    @Test
    void resultsWithinTheCapAreNotMarked() {
        HttpResponse<String> exact = Http.query(server.sparqlUrl(), "SELECT * { ?s ?p ?o } LIMIT " + MAX_ROWS, JSON);
        assertEquals(MAX_ROWS, rows(exact.body()));
        assertTrue(exact.headers().firstValue(GuardedQueryService.TRUNCATED_HEADER).isEmpty());
        assertTrue(exact.headers().firstValue(GuardedQueryService.ROW_LIMIT_HEADER).isEmpty());
        // no LIMIT but fewer rows than the cap: the cap applied (header) but cut nothing
        HttpResponse<String> few = Http.query(server.sparqlUrl(),
                "PREFIX pg: <https://w3id.org/papergraph/ontology#> SELECT ?p { ?p a pg:Paper }", JSON);
        assertEquals(26, rows(few.body()));
        assertTrue(few.headers().firstValue(GuardedQueryService.TRUNCATED_HEADER).isEmpty());
        assertEquals(Long.toString(MAX_ROWS), few.headers().firstValue(GuardedQueryService.ROW_LIMIT_HEADER).orElse(null));
    }

    @Test
    void constructIsCappedInSolutions() {
        HttpResponse<String> r = Http.query(server.sparqlUrl(), "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", "application/n-triples");
        assertEquals(200, r.statusCode());
        assertEquals(MAX_ROWS, r.body().lines().filter(l -> !l.isBlank()).count());
        assertEquals(Long.toString(MAX_ROWS), r.headers().firstValue(GuardedQueryService.ROW_LIMIT_HEADER).orElse(null));
    }

    private static long rows(String json) {
        ResultSet rs = ResultSetFactory.fromJSON(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        long n = 0;
        while (rs.hasNext()) {
            rs.next();
            n++;
        }
        return n;
    }

    @Test
    void oversizedBodyIsRefusedWith413() {
        String padded = "SELECT * { ?s ?p ?o } LIMIT 1\n#" + "x".repeat(8000);
        HttpResponse<String> r = Http.send(HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                .header("Content-Type", "application/sparql-query").header("Accept", JSON)
                .POST(HttpRequest.BodyPublishers.ofString(padded)).build());
        assertEquals(413, r.statusCode());
        HttpResponse<String> small = Http.send(HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                .header("Content-Type", "application/sparql-query").header("Accept", JSON)
                .POST(HttpRequest.BodyPublishers.ofString("SELECT * { ?s ?p ?o } LIMIT 1")).build());
        assertEquals(200, small.statusCode());
    }

    @Test
    void oversizedChunkedBodyIsRefused() {
        byte[] body = ("SELECT * { ?s ?p ?o } LIMIT 1\n#" + "x".repeat(8000)).getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> r;
        try {
            r = Http.send(HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                    .header("Content-Type", "application/sparql-query").header("Accept", JSON)
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build());
        } catch (RuntimeException dropped) {
            return;   // the server closed the connection on the oversized stream: refused
        }
        assertTrue(r.statusCode() >= 400, r.statusCode() + " " + r.body());
    }

    @Test
    void oversizedQueryStringIsRefusedWith414() {
        String query = "SELECT * { ?s ?p ?o } LIMIT 1 #" + "x".repeat(5000);
        HttpResponse<String> r = Http.send(HttpRequest.newBuilder(URI.create(server.sparqlUrl() + "?query="
                + java.net.URLEncoder.encode(query, StandardCharsets.UTF_8))).header("Accept", JSON).build());
        assertEquals(414, r.statusCode());
        HttpResponse<String> small = Http.send(HttpRequest.newBuilder(URI.create(server.sparqlUrl() + "?query="
                + java.net.URLEncoder.encode("SELECT * { ?s ?p ?o } LIMIT 1", StandardCharsets.UTF_8))).header("Accept", JSON).build());
        assertEquals(200, small.statusCode());
    }

    @Test
    void thirdConcurrentQueryFromOneClientGets429() throws Exception {
        String slow = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
        List<CompletableFuture<HttpResponse<String>>> running = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            running.add(Http.CLIENT.sendAsync(Http.queryRequest(server.sparqlUrl(), slow, JSON).build(), HttpResponse.BodyHandlers.ofString()));
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (server.watchdog().running() < 2 && System.nanoTime() < deadline) Thread.sleep(20);
        assertEquals(2, server.watchdog().running(), "both slow queries are running");
        HttpResponse<String> third = Http.query(server.sparqlUrl(), "SELECT * { ?s ?p ?o } LIMIT 1", JSON);
        assertEquals(429, third.statusCode());
        assertEquals("1", third.headers().firstValue("Retry-After").orElse(null));
        for (CompletableFuture<HttpResponse<String>> f : running) assertNotEquals(200, f.get().statusCode());
        // a slot is given back when the request's thread leaves the filter, just after the client has its answer
        deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (server.watchdog().running() > 0 && System.nanoTime() < deadline) Thread.sleep(20);
        HttpResponse<String> after = Http.query(server.sparqlUrl(), "SELECT * { ?s ?p ?o } LIMIT 1", JSON);
        for (int retry = 0; after.statusCode() == 429 && retry < 50; retry++) {
            Thread.sleep(20);
            after = Http.query(server.sparqlUrl(), "SELECT * { ?s ?p ?o } LIMIT 1", JSON);
        }
        assertEquals(200, after.statusCode(), "slots are given back");
    }

    @Test
    void serviceIsRefusedAndNothingIsFetched() throws Exception {
        try (java.net.ServerSocket target = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            target.setSoTimeout(1500);
            String sparql = "SELECT * { SERVICE <http://127.0.0.1:" + target.getLocalPort() + "/sparql> { ?s ?p ?o } }";
            HttpResponse<String> r = Http.query(server.sparqlUrl(), sparql, JSON);
            assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, r.statusCode() + " " + r.body());
            assertThrowsTimeout(target);
        }
    }

    static void assertThrowsTimeout(java.net.ServerSocket target) throws java.io.IOException {
        try (java.net.Socket s = target.accept()) {
            throw new AssertionError("the server connected to " + s.getLocalSocketAddress());
        } catch (java.net.SocketTimeoutException expected) {
            // nobody came
        }
    }

    @Test
    void everyResponseCarriesNosniff() {
        HttpResponse<String> r = Http.query(server.sparqlUrl(), "SELECT * { ?s ?p ?o } LIMIT 1", JSON);
        assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(null));
        assertNull(r.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
    }
}
