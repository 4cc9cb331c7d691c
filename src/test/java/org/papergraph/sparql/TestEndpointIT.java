package org.papergraph.sparql;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.papergraph.testing.SampleStore;

import java.lang.management.BufferPoolMXBean;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The SPARQL endpoint over real HTTP on loopback: answers, formats, and what it refuses. */
class TestEndpointIT {

    private static final String PREFIXES = "PREFIX pg: <https://w3id.org/papergraph/ontology#> "
            + "PREFIX dcterms: <http://purl.org/dc/terms/> ";
    private static PapergraphServer server;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        server = PapergraphServer.builder().store(SampleStore.get()).port(0).build().start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<String> get(String query, String accept) throws Exception {
        String url = server.sparqlUrl() + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String papersMentioning(String key) throws Exception {
        HttpResponse<String> r = get(PREFIXES + "SELECT ?t { ?e pg:searchKey \"" + key + "\" . ?p pg:mentions ?e ; dcterms:title ?t } ORDER BY ?t",
                "text/csv");
        assertEquals(200, r.statusCode(), r.body());
        return r.body();
    }

    @Test
    void answersWhichPapersMentionRopeShampooAndGrokking() throws Exception {
        assertEquals("t\r\nDeconstructing Positional Information: From Attention Logits to Training Biases\r\n", papersMentioning("rope"));
        assertTrue(papersMentioning("shampoo").contains("Understanding and Improving Shampoo and SOAP via Kullback-Leibler Minimization"));
        assertEquals("t\r\nExplaining Grokking and Information Bottleneck through Neural Collapse Emergence\r\n", papersMentioning("grokking"));
    }

    @Test
    void speaksTheW3CResultFormatsOverGetAndPost() throws Exception {
        String q = PREFIXES + "SELECT (COUNT(?p) AS ?n) { ?p a pg:Paper }";
        assertTrue(get(q, "application/sparql-results+json").body().contains("\"26\""));
        assertTrue(get(q, "application/sparql-results+xml").body().contains(">26</literal>"));
        assertTrue(get(q, "text/csv").body().contains("26"));
        assertTrue(get(q, "text/tab-separated-values").body().contains("26"));
        HttpResponse<String> posted = HTTP.send(HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                .header("Content-Type", "application/sparql-query").header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString(q)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, posted.statusCode());
        assertTrue(posted.body().contains("\"26\""));
    }

    @Test
    void constructAnswersInTurtleAndJsonLd() throws Exception {
        String q = PREFIXES + "CONSTRUCT { ?e ?p ?o } WHERE { ?e pg:searchKey \"klshampoo\" ; ?p ?o }";
        HttpResponse<String> ttl = get(q, "text/turtle");
        assertEquals(200, ttl.statusCode());
        var g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(ttl.body(), Lang.TURTLE).parse(g);
        assertTrue(g.size() >= 5, ttl.body());
        HttpResponse<String> jsonld = get(q, "application/ld+json");
        assertTrue(jsonld.headers().firstValue("Content-Type").orElse("").startsWith("application/ld+json"));
        assertTrue(jsonld.body().contains("KL-Shampoo"));
    }

    @Test
    void refusesServiceFederation() throws Exception {
        HttpResponse<String> r = get("SELECT * { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }", "application/sparql-results+json");
        assertNotEquals(200, r.statusCode());
        assertTrue(r.body().contains("SERVICE"), r.body());
    }

    @Test
    void refusesEveryWrite() throws Exception {
        String base = server.url() + "kg/";
        assertTrue(refusedWrite("POST", server.sparqlUrl(), "application/sparql-update", "DROP ALL").statusCode() >= 400);
        assertTrue(refusedWrite("POST", base + "update", "application/sparql-update", "DROP ALL").statusCode() >= 400);
        assertTrue(refusedWrite("POST", base, "application/sparql-update", "DROP ALL").statusCode() >= 400);
        assertTrue(refusedWrite("POST", base + "data?default", "text/turtle", "<a:b> <a:c> <a:d> .").statusCode() >= 400);
        assertTrue(refusedWrite("PUT", base + "data?default", "text/turtle", "<a:b> <a:c> <a:d> .").statusCode() >= 400);
        assertEquals(26L, SampleStore.get().paperCount());
    }

    /**
     * A write on a connection of its own: after refusing a write whose body it did not read, the server may close the
     * connection, and a pooled client that reuses it gets a broken pipe instead of an answer (seen once in this test;
     * TestEndpointAccessIT does the same).
     */
    private static HttpResponse<String> refusedWrite(String method, String url, String contentType, String body) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * A small answer costs a small buffer. Fuseki configures Jetty with a 5 MiB output buffer per response, larger
     * than Jetty's pool keeps, so each answer allocated (and zeroed) 5 MiB of native memory, freed only by a later GC:
     * the ~20 ms "HTTP floor" of BENCHMARKS.md. The server shares this JVM, so the direct memory that twenty small
     * answers allocate is seen here (summed per request, so a GC freeing older buffers in between cannot hide it).
     */
    @Test
    void smallAnswersDoNotEachAllocateMegabytesOfBuffer() throws Exception {
        BufferPoolMXBean direct = ManagementFactory.getPlatformMXBeans(BufferPoolMXBean.class).stream()
                .filter(b -> b.getName().equals("direct")).findFirst().orElseThrow();
        String q = PREFIXES + "ASK { ?p a pg:Paper }";
        assertEquals(200, get(q, "application/sparql-results+json").statusCode());   // the pool's first buffers
        long grown = 0;
        for (int i = 0; i < 20; i++) {
            long before = direct.getTotalCapacity();
            HttpResponse<String> r = get(q, "application/sparql-results+json");
            assertEquals(200, r.statusCode());
            assertTrue(r.body().contains("true"), r.body());
            grown += Math.max(0, direct.getTotalCapacity() - before);
        }
        assertTrue(grown < 4L * 1024 * 1024, "20 small answers allocated " + grown + " bytes of direct buffers");
    }

    @Test
    void servesGraphsOverTheGraphStoreProtocol() throws Exception {
        String graph = SampleStore.get().iris().paperGraphOf(SampleStore.get().iris().paper("Block-Sample MAC-Bayes Generalization Bounds")).getURI();
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + "kg/data?graph=" + URLEncoder.encode(graph, StandardCharsets.UTF_8)))
                .header("Accept", "application/n-triples").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("Block-Sample MAC-Bayes Generalization Bounds"));
    }

    @Test
    void listensOnLoopbackOnly() throws Exception {
        java.net.InetAddress external = null;
        for (var nic : java.util.Collections.list(java.net.NetworkInterface.getNetworkInterfaces())) {
            for (var a : java.util.Collections.list(nic.getInetAddresses())) {
                if (!a.isLoopbackAddress() && a instanceof java.net.Inet4Address) external = a;
            }
        }
        try (var s = new java.net.Socket("127.0.0.1", server.port())) {
            assertTrue(s.isConnected());
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(external != null, "this machine has no non-loopback address to try");
        java.net.InetAddress target = external;
        org.junit.jupiter.api.Assertions.assertThrows(java.net.ConnectException.class, () -> {
            try (var s = new java.net.Socket()) {
                s.connect(new java.net.InetSocketAddress(target, server.port()), 2000);
            }
        });
    }
}
