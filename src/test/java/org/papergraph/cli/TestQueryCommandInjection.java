package org.papergraph.cli;

import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.graph.ResourceIris;
import org.papergraph.store.TdbStore;
import org.papergraph.testing.SampleStore;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code papergraph query NAME --param} with hostile values against a store holding hostile titles
 * ({@code bad/html-injection.*}): values are matched as data (a hostile title finds exactly its paper), never read
 * as SPARQL; every output format gives the titles back exactly (JSON, XML, CSV, TSV parse back to the same strings).
 */
class TestQueryCommandInjection {

    static final String SCRIPT_TITLE = "<script>alert(1)</script> Attention Is All You Need";
    static final String ATTRIBUTE_TITLE = "\"><img src=x onerror=alert(1)> Scaling Laws";
    static final String JSON_TITLE = "<script>alert(1)</script> in JSON";
    static final Set<String> TITLES = Set.of(SCRIPT_TITLE, ATTRIBUTE_TITLE, JSON_TITLE);

    @TempDir
    static Path tmp;
    static Path storeDir;
    static Path titleQuery;

    @BeforeAll
    static void ingestHostileTitles() throws Exception {
        storeDir = tmp.resolve("store");
        Path bad = Path.of(TestQueryCommandInjection.class.getResource("/bad/EXPECTED.tsv").toURI()).getParent();
        try (TdbStore store = TdbStore.open(storeDir, ResourceIris.defaults())) {
            SampleStore.ingest(store, List.of(bad.resolve("html-injection.md").toString(), bad.resolve("html-injection.jsonl").toString()));
        }
        titleQuery = tmp.resolve("titles.rq");
        Files.writeString(titleQuery, """
                # title: Papers by title
                # description: The paper with the given title (as a paper IRI) or whose title is the given string.
                # param: paper paper none
                # param: text string none
                PREFIX dcterms: <http://purl.org/dc/terms/>
                PREFIX pg: <https://w3id.org/papergraph/ontology#>
                SELECT ?title ?how WHERE {
                  { ?paper a pg:Paper ; dcterms:title ?title . BIND("iri" AS ?how) }
                  UNION
                  { ?p a pg:Paper ; dcterms:title ?text . BIND(?text AS ?title) BIND("string" AS ?how) }
                }
                ORDER BY ?how ?title
                """);
    }

    static CliRun query(String... args) {
        List<String> all = new ArrayList<>(List.of("query", "--store", storeDir.toString()));
        all.addAll(List.of(args));
        return CliRun.of(all.toArray(String[]::new));
    }

    static List<QuerySolution> json(String out) {
        ResultSet rs = ResultSetFactory.fromJSON(new ByteArrayInputStream(out.getBytes(StandardCharsets.UTF_8)));
        List<QuerySolution> rows = new ArrayList<>();
        rs.forEachRemaining(rows::add);
        return rows;
    }

    @Test
    void hostileTitleAsParameterFindsExactlyItsPaper() {
        for (String title : TITLES) {
            CliRun run = query(titleQuery.toString(), "--param", "paper=" + title, "--param", "text=" + title, "--format", "json");
            assertEquals(0, run.exitCode(), run.err());
            List<String> found = json(run.out()).stream().map(s -> s.get("how").toString() + " " + s.get("title").asLiteral().getString()).toList();
            assertEquals(List.of("iri " + title, "string " + title), found);
        }
    }

    @Test
    void hostileValuesMatchNothingAndBreakNothing() {
        for (String value : List.of("x\" } ; ?s ?p ?o #", "> } UNION { ?paper ?p ?title } #", "a\n} SELECT * { ?s ?p ?o }",
                "' } # ", "\\\" \\u0022 }")) {
            CliRun named = query("evidence", "--param", "concept=" + value, "--param", "paper=" + value, "--format", "json");
            assertEquals(0, named.exitCode(), named.err());
            assertEquals(List.of(), json(named.out()), "the value matched something: " + value);
            CliRun file = query(titleQuery.toString(), "--param", "paper=" + value, "--param", "text=" + value, "--format", "json");
            assertEquals(0, file.exitCode(), file.err());
            assertEquals(List.of(), json(file.out()), value);
        }
    }

    @Test
    void hostileLimitIsRefusedWithOneLine() {
        CliRun run = query("most-mentioned", "--param", "limit=1 } LIMIT 99");
        assertEquals(Main.EXIT_ERROR, run.exitCode());
        assertEquals("papergraph: error: --param limit: not a non-negative integer: '1 } LIMIT 99'", run.err().strip());
        assertEquals("", run.out());
    }

    static final String ALL_TITLES = "PREFIX dcterms: <http://purl.org/dc/terms/> PREFIX pg: <https://w3id.org/papergraph/ontology#> "
            + "SELECT ?title { ?p a pg:Paper ; dcterms:title ?title } ORDER BY ?title";

    @Test
    void everyMachineFormatGivesTheTitlesBackExactly() {
        for (String format : List.of("json", "xml", "csv", "tsv")) {
            CliRun run = query("-e", ALL_TITLES, "--format", format);
            assertEquals(0, run.exitCode(), run.err());
            ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(run.out().getBytes(StandardCharsets.UTF_8)), switch (format) {
                case "json" -> ResultSetLang.RS_JSON;
                case "xml" -> ResultSetLang.RS_XML;
                case "csv" -> ResultSetLang.RS_CSV;
                default -> ResultSetLang.RS_TSV;
            });
            Set<String> titles = new TreeSet<>();
            rs.forEachRemaining(s -> titles.add(s.get("title").asLiteral().getLexicalForm()));
            assertEquals(new TreeSet<>(TITLES), titles, format + ":\n" + run.out());
        }
    }

    @Test
    void textTableShowsTitlesAsWrittenWithoutControlCharacters() {
        CliRun run = query("-e", ALL_TITLES, "--format", "text");
        assertEquals(0, run.exitCode(), run.err());
        for (String t : TITLES) assertTrue(run.out().contains(t.replace("\"", "\\\"")) || run.out().contains(t), run.out());
        assertTrue(run.out().chars().noneMatch(c -> c < 0x20 && c != '\n' && c != '\r'), "control characters reach the terminal");
    }
}
