package org.papergraph.export;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.papergraph.graph.PG;
import org.papergraph.graph.ResourceIris;
import org.papergraph.store.TdbStore;
import org.papergraph.testing.SampleStore;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TestExporter {

    static final Instant CREATED = Instant.parse("2026-01-31T12:00:00Z");

    @TempDir
    Path dir;

    static Exporter.Builder exporter(ExportFormat f) {
        return Exporter.builder().store(SampleStore.get()).format(f).created(CREATED);
    }

    static DatasetGraph read(Path file, ExportFormat f) throws IOException {
        DatasetGraph dsg = DatasetGraphFactory.createGeneral();
        try (InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(Files.newInputStream(file)) : Files.newInputStream(file)) {
            RDFParser.source(in).lang(f.lang).parse(dsg);
        }
        return dsg;
    }

    /** Every quad of the store, as the set of N-Quads lines. */
    static Set<String> storeQuads(TdbStore store) {
        StatementLines lines = new StatementLines();
        return store.read(dsg -> {
            Set<String> out = new HashSet<>();
            dsg.find().forEachRemaining(q -> { if (!q.isDefaultGraph()) out.add(lines.quad(q)); });
            return out;
        });
    }

    static Set<String> quadsOf(DatasetGraph dsg) {
        StatementLines lines = new StatementLines();
        Set<String> out = new HashSet<>();
        dsg.find().forEachRemaining(q -> out.add(q.isDefaultGraph() ? lines.triple(q.asTriple()) : lines.quad(q)));
        return out;
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void everySyntaxReadsBackAsTheStoreAndItsDescription(ExportFormat f) throws IOException {
        Path file = dir.resolve("out." + f.extension + (f == ExportFormat.TRIG ? ".gz" : ""));
        Exporter.Report report = exporter(f).build().export(file);
        DatasetGraph back = read(file, f);
        Node voidGraph = DatasetDescription.graphName(ResourceIris.defaults());
        Set<String> expected = storeQuads(SampleStore.get());
        StatementLines lines = new StatementLines();
        Set<String> description = new HashSet<>();
        if (f.quads) {
            back.find(voidGraph, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> description.add(lines.quad(q)));
            assertFalse(description.isEmpty(), "the description graph is exported");
            expected.addAll(description);
            assertEquals(expected, quadsOf(back), f + ": the quads read back are the store's plus the description");
            assertEquals(expected.size(), report.statements());
        } else {
            Set<String> union = new HashSet<>();
            for (String q : expected) union.add(StatementLines.tripleOf(q));
            Set<String> got = quadsOf(back);
            assertTrue(got.containsAll(union), f + ": every triple of the store is exported");
            got.removeAll(union);
            assertTrue(got.stream().anyMatch(t -> t.contains("rdfs.org/ns/void#triples")), "the description is merged in");
            assertEquals(union.size() + got.size(), report.statements());
        }
    }

    @Test
    void nTriplesAndNQuadsAreSortedAndTheSameBytesEveryTime() throws IOException {
        for (ExportFormat f : List.of(ExportFormat.NT, ExportFormat.NQ)) {
            Path a = dir.resolve("a." + f.extension), b = dir.resolve("b." + f.extension);
            exporter(f).build().export(a);
            // a tiny sort budget forces dozens of runs: the merge must give the same bytes
            Exporter.Report r = exporter(f).sortBudgetChars(200_000).build().export(b);
            assertTrue(r.sortRuns() > 5, "many runs spilled: " + r.sortRuns());
            assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b), f + " differs between two exports");
            List<String> lines = Files.readAllLines(a, StandardCharsets.UTF_8);
            for (int i = 1; i < lines.size(); i++) {
                assertTrue(ExternalSort.compareCodePoints(lines.get(i - 1), lines.get(i)) < 0, f + ": line " + (i + 1) + " out of order or repeated");
            }
        }
    }

    @Test
    void theDescriptionCountsWhatIsExported() throws IOException {
        Path nq = dir.resolve("d.nq");
        exporter(ExportFormat.NQ).license("https://creativecommons.org/licenses/by/4.0/").build().export(nq);
        DatasetGraph back = read(nq, ExportFormat.NQ);
        ResourceIris iris = ResourceIris.defaults();
        Node voidGraph = DatasetDescription.graphName(iris);
        Set<String> distinctTriples = new TreeSet<>();
        long mentions = 0;
        Set<Node> papers = new HashSet<>();
        StatementLines lines = new StatementLines();
        for (Quad q : org.apache.jena.atlas.iterator.Iter.toList(back.find())) {
            if (q.getGraph().equals(voidGraph)) continue;
            if (distinctTriples.add(lines.triple(q.asTriple()))) {
                if (q.getPredicate().equals(PG.mentions)) mentions++;
                if (q.getPredicate().equals(PG.rdfType) && q.getObject().equals(PG.Paper)) papers.add(q.getSubject());
            }
        }
        Node ds = NodeFactory.createURI(iris.base() + "dataset");
        assertEquals(distinctTriples.size(), number(back, voidGraph, ds, PG.VOID + "triples"));
        assertEquals(papers.size(), partition(back, voidGraph, "class", PG.Paper, "entities"));
        assertEquals(SampleStore.get().paperCount(), papers.size());
        assertEquals(mentions, partition(back, voidGraph, "property", PG.mentions, "triples"));
        assertTrue(back.contains(voidGraph, ds, NodeFactory.createURI(PG.DCTERMS + "license"),
                NodeFactory.createURI("https://creativecommons.org/licenses/by/4.0/")));
        assertEquals("2026-01-31T12:00:00Z", back.find(voidGraph, ds, NodeFactory.createURI(PG.DCTERMS + "created"), Node.ANY)
                .next().getObject().getLiteralLexicalForm());
        assertTrue(back.find(voidGraph, ds, NodeFactory.createURI(DatasetDescription.PAV + "createdWith"), Node.ANY).hasNext());
    }

    static long number(DatasetGraph dsg, Node g, Node s, String property) {
        return Long.parseLong(dsg.find(g, s, NodeFactory.createURI(property), Node.ANY).next().getObject().getLiteralLexicalForm());
    }

    /** The count a class or property partition of the description states. */
    static long partition(DatasetGraph dsg, Node g, String kind, Node member, String countProperty) {
        Node part = dsg.find(g, Node.ANY, NodeFactory.createURI(PG.VOID + kind), member).next().getSubject();
        return number(dsg, g, part, PG.VOID + countProperty);
    }

    @Test
    void theLicenceDefaultsToTheOntologys() throws IOException {
        Path ttl = dir.resolve("l.nq");
        exporter(ExportFormat.NQ).graphs(GraphSelection.ONTOLOGY).build().export(ttl);
        DatasetGraph back = read(ttl, ExportFormat.NQ);
        assertTrue(back.find(Node.ANY, Node.ANY, NodeFactory.createURI(PG.DCTERMS + "license"),
                NodeFactory.createURI("https://www.apache.org/licenses/LICENSE-2.0")).hasNext());
    }

    @Test
    void graphSelectionsKeepTheirGraphsOnly() throws IOException {
        ResourceIris iris = ResourceIris.defaults();
        Path papers = dir.resolve("p.nq");
        exporter(ExportFormat.NQ).graphs(GraphSelection.PAPERS).describe(false).build().export(papers);
        Set<Node> graphs = new HashSet<>();
        read(papers, ExportFormat.NQ).listGraphNodes().forEachRemaining(graphs::add);
        assertTrue(graphs.contains(iris.entitiesGraph()));
        assertFalse(graphs.contains(iris.ontologyGraph()));
        assertFalse(graphs.contains(iris.vocabularyGraph()));
        assertFalse(graphs.contains(DatasetDescription.graphName(iris)), "--no-description leaves the description out");
        assertEquals(SampleStore.get().paperCount(), graphs.stream().filter(iris::isPaperGraph).count());

        Path vocabulary = dir.resolve("v.trig");
        exporter(ExportFormat.TRIG).graphs(GraphSelection.VOCABULARY).build().export(vocabulary);
        Set<Node> v = new HashSet<>();
        read(vocabulary, ExportFormat.TRIG).listGraphNodes().forEachRemaining(v::add);
        assertEquals(Set.of(iris.vocabularyGraph(), DatasetDescription.graphName(iris)), v);
    }

    @Test
    void jsonLdCarriesThePublishedContext() throws IOException {
        Path file = dir.resolve("c.jsonld");
        exporter(ExportFormat.JSONLD).graphs(GraphSelection.PAPERS).jsonLdChunk(100).build().export(file);
        JsonObject doc;
        try (var r = Json.createReader(new StringReader(Files.readString(file)))) {
            doc = r.readObject();
        }
        assertEquals(JsonLdContext.context(), doc.getJsonObject("@context"));
        String text = Files.readString(file);
        assertTrue(text.contains("\"prefLabel\""), "terms of the context are used");
        assertTrue(text.contains("\"taIdentRef\""), "terms of the context are used");
    }
}
