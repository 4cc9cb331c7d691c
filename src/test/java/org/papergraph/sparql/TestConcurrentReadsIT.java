package org.papergraph.sparql;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.graph.ResourceIris;
import org.papergraph.nlp.CoreNlpExtractor;
import org.papergraph.nlp.Lexicon;
import org.papergraph.nlp.Vocabulary;
import org.papergraph.pipeline.IngestJob;
import org.papergraph.pipeline.IngestReport;
import org.papergraph.store.TdbStore;
import org.papergraph.testing.Http;
import org.papergraph.testing.StoreAudit;
import org.papergraph.testing.SyntheticNotes;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Readers querying the endpoint over HTTP while an ingest writes to the same TDB2 store: no request fails, and
 * every paper a reader sees is whole, exactly as it is once the ingest is over (its title, its note with its text,
 * all its evidence), and readers see whole batches only (the number of papers is always a multiple of the batch).
 */
class TestConcurrentReadsIT {

    static final int NOTES = 60;
    static final int BATCH = 4;
    static final int READERS = 4;
    static final String PER_PAPER = """
            PREFIX pg: <https://w3id.org/papergraph/ontology#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            SELECT ?paper (COUNT(DISTINCT ?t) AS ?titles) (SAMPLE(?t) AS ?title) (COUNT(DISTINCT ?note) AS ?notes)
                   (COUNT(DISTINCT ?text) AS ?texts) (COUNT(DISTINCT ?ev) AS ?evidence)
            WHERE {
              ?paper a pg:Paper .
              OPTIONAL { ?paper dcterms:title ?t }
              OPTIONAL { ?paper pg:hasNote ?note OPTIONAL { ?note pg:text ?text } }
              OPTIONAL { ?ev pg:evidenceFor ?paper }
            }
            GROUP BY ?paper
            """;

    @TempDir
    Path tmp;

    record PaperView(long titles, String title, long notes, long texts, long evidence) {}

    static Map<String, PaperView> read(String endpoint) {
        HttpResponse<String> r = Http.query(endpoint, PER_PAPER, "application/sparql-results+json");
        if (r.statusCode() != 200) throw new AssertionError("HTTP " + r.statusCode() + ": " + r.body());
        ResultSet rs = ResultSetFactory.fromJSON(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)));
        Map<String, PaperView> out = new HashMap<>();
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            out.put(s.getResource("paper").getURI(), new PaperView(s.getLiteral("titles").getLong(),
                    s.contains("title") ? s.getLiteral("title").getString() : null, s.getLiteral("notes").getLong(),
                    s.getLiteral("texts").getLong(), s.getLiteral("evidence").getLong()));
        }
        return out;
    }

    @Test
    void readersNeverSeeAHalfWrittenPaper() throws Exception {
        Path corpus = SyntheticNotes.write(tmp.resolve("notes.jsonl"), NOTES);
        CoreNlpExtractor.shared();   // load the models first, so that the readers overlap the writes, not the loading
        try (TdbStore store = TdbStore.open(tmp.resolve("store"), ResourceIris.defaults());
             PapergraphServer server = PapergraphServer.builder().store(store).port(0).maxConcurrentPerClient(READERS + 2).build().start()) {
            AtomicBoolean writing = new AtomicBoolean(true);
            ConcurrentLinkedQueue<Map<String, PaperView>> snapshots = new ConcurrentLinkedQueue<>();
            ConcurrentLinkedQueue<Throwable> errors = new ConcurrentLinkedQueue<>();
            AtomicLong reads = new AtomicLong();
            List<CompletableFuture<Void>> readers = new ArrayList<>();
            for (int i = 0; i < READERS; i++) {
                readers.add(CompletableFuture.runAsync(() -> {
                    while (writing.get()) {
                        try {
                            snapshots.add(read(server.sparqlUrl()));
                            reads.incrementAndGet();
                            Thread.sleep(10);   // leave the writer some of the two cores
                        } catch (Throwable t) {
                            errors.add(t);
                            return;
                        }
                    }
                }));
            }
            Vocabulary v = Vocabulary.bundled();
            IngestReport report;
            try {
                report = IngestJob.builder().store(store).vocabulary(v)
                        .extractor(CoreNlpExtractor::shared, CoreNlpExtractor.identity(v, Lexicon.bundled()))
                        .threads(1).batchSize(BATCH).build().run(List.of(corpus.toString()));
            } finally {
                writing.set(false);
            }
            for (CompletableFuture<Void> r : readers) r.get();
            assertEquals(List.of(), errors.stream().map(Throwable::toString).toList());
            assertEquals(NOTES, report.notesExtracted());

            Map<String, PaperView> last = read(server.sparqlUrl());
            assertEquals(NOTES, last.size());
            for (PaperView p : last.values()) {
                assertEquals(1, p.titles());
                assertEquals(1, p.notes());
                assertEquals(1, p.texts());
                assertTrue(p.evidence() > 0, "a synthetic note names known methods and benchmarks: " + p);
            }
            long partialSnapshots = 0;
            for (Map<String, PaperView> snapshot : snapshots) {
                assertTrue(snapshot.size() % BATCH == 0, "a reader saw " + snapshot.size() + " papers: not whole batches");
                if (snapshot.size() > 0 && snapshot.size() < NOTES) partialSnapshots++;
                snapshot.forEach((paper, seen) -> assertEquals(last.get(paper), seen, "half-written paper " + paper));
            }
            assertTrue(partialSnapshots > 0, "no reader ran while the ingest was half done");
            assertEquals(List.of(), StoreAudit.problems(store));
            System.out.printf("concurrent reads: %d reads by %d readers during an ingest of %d notes in batches of %d; "
                    + "%d saw a partial corpus; no error, no half-written paper%n", reads.get(), READERS, NOTES, BATCH, partialSnapshots);
        }
    }
}
