package org.papergraph.export;

import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.eclipse.rdf4j.model.BNode;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.query.BindingSet;
import org.eclipse.rdf4j.query.TupleQueryResult;
import org.eclipse.rdf4j.repository.RepositoryConnection;
import org.eclipse.rdf4j.repository.sail.SailRepository;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.sail.memory.MemoryStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.papergraph.testing.NamedQueryCases;
import org.papergraph.testing.NormalisedResults;
import org.papergraph.testing.SampleStore;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Every export syntax read back by Eclipse RDF4J 5.2 (Rio) and by Jena: the same statements; and every named
 * query, bound once by papergraph and run as the same text, gives the same answers in RDF4J's MemoryStore (default
 * graph = union of the contexts) as in Jena over the union of the export, and as in papergraph's own store.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TestExportInteropIT {

    Path dir;
    Map<String, List<Map<String, String>>> storeAnswers = new TreeMap<>();

    @BeforeAll
    void exportAndAskTheStore() throws IOException {
        dir = Files.createTempDirectory("papergraph-interop");
        for (NamedQueryCases c : NamedQueryCases.all()) {
            storeAnswers.put(c.name(), SampleStore.get().read(c::onDataset));
        }
    }

    @AfterAll
    void clean() {
        SampleStore.TempDirs.delete(dir);
    }

    static RDFFormat rdf4jFormat(ExportFormat f) {
        return switch (f) {
            case TTL -> RDFFormat.TURTLE;
            case NT -> RDFFormat.NTRIPLES;
            case NQ -> RDFFormat.NQUADS;
            case TRIG -> RDFFormat.TRIG;
            case JSONLD -> RDFFormat.JSONLD;
            case RDFXML -> RDFFormat.RDFXML;
        };
    }

    /** A statement as text both libraries agree on (no blank nodes in papergraph's data). */
    static String key(Node s, Node p, Node o, Node g) {
        return s + " " + p + " " + o.toString() + " " + (g == null ? "" : g.toString());
    }

    static Node jena(Value v) {
        if (v instanceof IRI iri) return NodeFactory.createURI(iri.stringValue());
        if (v instanceof BNode b) return NodeFactory.createBlankNode(b.getID());
        Literal l = (Literal) v;
        if (l.getLanguage().isPresent()) return NodeFactory.createLiteralLang(l.getLabel(), l.getLanguage().get());
        return NodeFactory.createLiteralDT(l.getLabel(), TypeMapper.getInstance().getSafeTypeByName(l.getDatatype().stringValue()));
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void rdf4jReadsTheSameStatementsAndAnswersTheNamedQueriesAlike(ExportFormat f) throws IOException {
        Path file = dir.resolve("sample." + f.extension);
        Exporter.builder().store(SampleStore.get()).format(f).created(Instant.parse("2026-01-31T12:00:00Z")).build().export(file);

        DatasetGraph jena = DatasetGraphFactory.createGeneral();
        RDFParser.source(file).lang(f.lang).parse(jena);
        Set<String> jenaStatements = new HashSet<>();
        jena.find().forEachRemaining(q -> jenaStatements.add(key(q.getSubject(), q.getPredicate(), q.getObject(), q.isDefaultGraph() ? null : q.getGraph())));

        Model model;
        try (InputStream in = Files.newInputStream(file)) {
            model = Rio.parse(in, "", rdf4jFormat(f));
        }
        Set<String> rdf4jStatements = new HashSet<>();
        for (Statement st : model) {
            rdf4jStatements.add(key(jena(st.getSubject()), jena(st.getPredicate()), jena(st.getObject()),
                    st.getContext() == null ? null : jena(st.getContext())));
        }
        assertFalse(jenaStatements.isEmpty());
        assertEquals(jenaStatements, rdf4jStatements, f + ": Jena and RDF4J read different statements");

        // Jena: the union of the graphs as the default graph, as in papergraph's store
        DatasetGraph union = DatasetGraphFactory.wrap(jena.getUnionGraph());
        SailRepository repo = new SailRepository(new MemoryStore());
        try (RepositoryConnection conn = repo.getConnection()) {
            conn.add(model);
            List<String> differences = new ArrayList<>();
            for (NamedQueryCases c : NamedQueryCases.all()) {
                List<Map<String, String>> fromJena = c.onDataset(f.quads ? union : jena);
                List<Map<String, String>> fromRdf4j = rdf4j(conn, c);
                if (!fromJena.equals(fromRdf4j)) differences.add(c.name() + ": Jena " + fromJena + "\n  RDF4J " + fromRdf4j);
                if (!storeAnswers.get(c.name()).equals(fromJena)) differences.add(c.name() + ": store " + storeAnswers.get(c.name()) + "\n  export " + fromJena);
                assertFalse(fromJena.isEmpty(), c.name() + " answers nothing: a vacuous comparison");
            }
            assertEquals(List.of(), differences, f + ": answers differ");
        } finally {
            repo.shutDown();
        }
    }

    static List<Map<String, String>> rdf4j(RepositoryConnection conn, NamedQueryCases c) {
        Map<String, String> concat = NormalisedResults.concatColumns(c.query());
        List<Map<String, String>> rows = new ArrayList<>();
        try (TupleQueryResult result = conn.prepareTupleQuery(c.text()).evaluate()) {
            for (BindingSet b : result) {
                Map<String, String> row = new TreeMap<>();
                for (String v : c.query().getResultVars()) {
                    Value value = b.getValue(v);
                    row.put(v, value == null ? "UNBOUND" : NormalisedResults.normalise(jena(value), concat.get(v)));
                }
                rows.add(row);
            }
        }
        return NormalisedResults.sorted(rows);
    }
}
