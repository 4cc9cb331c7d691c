package org.papergraph.sparql;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.graph.Literals;
import org.papergraph.graph.PG;
import org.papergraph.store.TdbStore;
import org.papergraph.testing.Http;
import org.papergraph.testing.SampleStore;
import org.papergraph.testing.SyntheticStore;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hostile labels through the endpoint: a paper whose title and a label carry script tags, attribute breakers,
 * quotes, newlines and SPARQL/Turtle syntax come back exactly as stored in every results format (JSON, XML, CSV,
 * TSV) and every graph format of the Graph Store read (Turtle, N-Triples, JSON-LD, RDF/XML), each parsed back;
 * no answer is ever served as HTML, whatever the client accepts, and every one carries nosniff.
 */
class TestEndpointOutputEscapingIT {

    static final List<String> LABELS = List.of("<script>alert(1)</script> Attention", "\"><img src=x onerror=alert(1)> Scaling",
            "line one\nline two\r\n\ttabbed", "quote \" and ' and ` and \\ backslash", "} . <http://evil.example/> ?s ?p ?o #",
            "]]></literal><script>x</script>", "a,b;\"c\"\td", "&amp; &lt;b&gt; &#x27;", "\u202eevil 日本語 👨‍👩‍👧‍👦");

    @TempDir
    static Path tmp;
    static TdbStore store;
    static PapergraphServer server;
    static Node graph;

    @BeforeAll
    static void start() {
        store = SyntheticStore.copyOf(SampleStore.get(), tmp.resolve("store"));
        graph = store.iris().graph("paper/hostile-labels");
        Node paper = store.iris().paperOfGraph(graph);
        store.write(dsg -> {
            for (String label : LABELS) dsg.add(Quad.create(graph, paper, PG.title, Literals.string(label)));
            dsg.add(Quad.create(graph, paper, PG.rdfType, PG.Paper));
        });
        server = PapergraphServer.builder().store(store).port(0).build().start();
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
        if (store != null) store.close();
    }

    static final String TITLES = "SELECT ?t { <" + "https://w3id.org/papergraph/resource/paper/hostile-labels" + "> <http://purl.org/dc/terms/title> ?t }";

    @Test
    void everyResultsFormatGivesTheLabelsBackExactly() {
        Map<String, Lang> formats = Map.of("application/sparql-results+json", ResultSetLang.RS_JSON,
                "application/sparql-results+xml", ResultSetLang.RS_XML, "text/csv", ResultSetLang.RS_CSV,
                "text/tab-separated-values", ResultSetLang.RS_TSV);
        formats.forEach((accept, lang) -> {
            HttpResponse<String> r = Http.query(server.sparqlUrl(), TITLES, accept);
            assertEquals(200, r.statusCode());
            ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)), lang);
            Set<String> got = new TreeSet<>();
            rs.forEachRemaining(s -> got.add(s.get("t").asLiteral().getLexicalForm()));
            assertEquals(new TreeSet<>(LABELS), got, accept + ":\n" + r.body());
            assertHeaders(r);
        });
    }

    @Test
    void everyGraphFormatGivesTheLabelsBackExactly() {
        Map<String, Lang> formats = Map.of("text/turtle", Lang.TURTLE, "application/n-triples", Lang.NTRIPLES,
                "application/ld+json", Lang.JSONLD, "application/rdf+xml", Lang.RDFXML);
        String url = server.url() + "kg/data?graph=" + URLEncoder.encode(graph.getURI(), StandardCharsets.UTF_8);
        formats.forEach((accept, lang) -> {
            HttpResponse<String> r = Http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).build());
            assertEquals(200, r.statusCode(), r.body());
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.fromString(r.body(), lang).parse(g);
            Set<String> got = new TreeSet<>();
            g.find(Node.ANY, PG.title, Node.ANY).mapWith(Triple::getObject).forEachRemaining(o -> got.add(o.getLiteralLexicalForm()));
            assertEquals(new TreeSet<>(LABELS), got, accept + ":\n" + r.body());
            assertHeaders(r);
        });
    }

    @Test
    void noAnswerIsServedAsHtml() {
        for (String accept : List.of("text/html", "text/html,application/xhtml+xml,*/*;q=0.8", "*/*", "application/xhtml+xml")) {
            HttpResponse<String> q = Http.query(server.sparqlUrl(), TITLES, accept);
            assertHeaders(q);
            HttpResponse<String> gsp = Http.send(HttpRequest.newBuilder(URI.create(server.url() + "kg/data?graph="
                    + URLEncoder.encode(graph.getURI(), StandardCharsets.UTF_8))).header("Accept", accept).build());
            assertHeaders(gsp);
        }
    }

    private static void assertHeaders(HttpResponse<String> r) {
        String type = r.headers().firstValue("Content-Type").orElse("");
        assertFalse(type.contains("html"), "served as " + type);
        assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(null));
        assertTrue(r.statusCode() == 200 || r.statusCode() == 406 || r.statusCode() == 400, r.statusCode() + " " + r.body());
    }
}
