package org.papergraph.explore;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.graph.Literals;
import org.papergraph.graph.PG;
import org.papergraph.graph.ResourceIris;
import org.papergraph.sparql.PapergraphServer;
import org.papergraph.store.TdbStore;
import org.papergraph.testing.SampleStore;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.papergraph.explore.SampleFacts.KL_PAPER;
import static org.papergraph.explore.SampleFacts.KL_SHAMPOO;
import static org.papergraph.explore.SampleFacts.SHAMPOO;

/** Dereferencing resource IRIs over HTTP, as curl and Linked Data clients do. */
class TestLinkedDataIT {

    static PapergraphServer server;
    static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void start() {
        server = PapergraphServer.builder().store(SampleStore.get()).port(0).build().start();
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    static HttpResponse<String> get(String url, String accept) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).GET();
        if (accept != null) b.header("Accept", accept);
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String local(Node iri) {
        return server.url() + "resource/" + iri.getURI().substring(SampleFacts.IRIS.base().length());
    }

    static Graph parse(String body, Lang lang, String base) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(body, lang).base(base).parse(g);
        return g;
    }

    @Test
    void turtleByAcceptHeaderHtmlWithout() throws Exception {
        HttpResponse<String> ttl = get(local(KL_SHAMPOO), "text/turtle");
        assertEquals(200, ttl.statusCode());
        assertTrue(ttl.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        assertTrue(ttl.headers().allValues("Vary").contains("Accept"));
        Graph g = parse(ttl.body(), Lang.TURTLE, local(KL_SHAMPOO));
        assertTrue(g.contains(KL_SHAMPOO, PG.prefLabel, Literals.english("KL-Shampoo")));
        assertTrue(g.contains(KL_SHAMPOO, PG.pg("variantOf"), SHAMPOO));

        HttpResponse<String> html = get(local(KL_SHAMPOO), null);
        assertEquals(200, html.statusCode());
        assertTrue(html.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(html.headers().allValues("Vary").contains("Accept"));
        assertTrue(html.body().contains("<span class=\"name\">KL-Shampoo</span>"));
        assertTrue(get(local(KL_SHAMPOO), "*/*").body().startsWith("<!doctype html>"), "curl's default Accept");
    }

    @Test
    void nTriplesJsonLdAndRdfXmlParseToTheSameGraph() throws Exception {
        Graph ttl = parse(get(local(KL_SHAMPOO), "text/turtle").body(), Lang.TURTLE, null);
        Graph nt = parse(get(local(KL_SHAMPOO), "application/n-triples").body(), Lang.NTRIPLES, null);
        Graph jsonld = parse(get(local(KL_SHAMPOO), "application/ld+json").body(), Lang.JSONLD, null);
        Graph xml = parse(get(local(KL_SHAMPOO) + "?format=rdf", null).body(), Lang.RDFXML, null);
        assertTrue(ttl.isIsomorphicWith(nt));
        assertTrue(ttl.isIsomorphicWith(jsonld));
        assertTrue(ttl.isIsomorphicWith(xml));
    }

    @Test
    void aPaperIsItsPaperGraphANoteRedirectsBrowsersToItsPaper() throws Exception {
        HttpResponse<String> paper = get(local(KL_PAPER), "text/turtle");
        assertEquals(200, paper.statusCode());
        Graph g = parse(paper.body(), Lang.TURTLE, null);
        assertTrue(g.contains(KL_PAPER, PG.pg("proposes"), KL_SHAMPOO));
        Node note = g.find(KL_PAPER, PG.hasNote, Node.ANY).next().getObject();

        HttpResponse<String> page = get(local(note), "text/html");
        assertEquals(303, page.statusCode());
        String location = page.headers().firstValue("Location").orElseThrow();
        assertTrue(location.startsWith("/resource/paper/") && location.contains("#note-"), location);
        Graph noteGraph = parse(get(local(note), "application/n-triples").body(), Lang.NTRIPLES, null);
        assertTrue(noteGraph.contains(note, PG.text, Node.ANY));
    }

    @Test
    void unknownResourcesAndUnacceptableTypes() throws Exception {
        assertEquals(404, get(server.url() + "resource/entity/no-such-entity-anywhere", "text/turtle").statusCode());
        assertEquals(404, get(server.url() + "resource/entity/no-such-entity-anywhere", null).statusCode());
        HttpResponse<String> png = get(local(KL_SHAMPOO), "image/png");
        assertEquals(406, png.statusCode());
        assertTrue(png.headers().allValues("Vary").contains("Accept"));
    }

    @Test
    void thePagesAreReadOnly() throws Exception {
        HttpResponse<String> post = HTTP.send(HttpRequest.newBuilder(URI.create(local(KL_SHAMPOO)))
                .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(405, post.statusCode());
    }

    @Test
    void theServerAnswersAtTheIriItselfWhenTheBasePointsAtIt(@TempDir Path dir) throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        ResourceIris iris = new ResourceIris("http://127.0.0.1:" + port + "/resource/");
        try (TdbStore store = TdbStore.open(dir, iris)) {
            SampleStore.ingest(store, List.of("src/test/resources/explore/two-notes.md"));
            try (PapergraphServer local = PapergraphServer.builder().store(store).port(port).build().start()) {
                Node entity = iris.entity("kl-shampoo");
                HttpResponse<String> ttl = get(entity.getURI(), "text/turtle");
                assertEquals(200, ttl.statusCode(), entity.getURI());
                Graph g = parse(ttl.body(), Lang.TURTLE, null);
                assertTrue(g.contains(entity, PG.prefLabel, Literals.english("KL-Shampoo")));
                assertTrue(g.contains(entity, PG.pg("variantOf"), iris.entity("shampoo")));
                assertFalse(g.contains(NodeFactory.createURI(PG.DEFAULT_BASE + "entity/kl-shampoo"), Node.ANY, Node.ANY));

                HttpResponse<String> page = get(entity.getURI(), null);
                assertEquals(200, page.statusCode());
                assertTrue(page.body().contains("href=\"/resource/paper/understanding-and-improving-shampoo-and-soap-via-kullback-leibler-minimization\""),
                        "links stay on the server");
            }
        }
    }
}
