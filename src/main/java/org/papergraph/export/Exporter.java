package org.papergraph.export;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.papergraph.graph.PG;
import org.papergraph.graph.Prefixes;
import org.papergraph.store.TdbStore;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.zip.GZIPOutputStream;

/**
 * Writes a store's graphs in a standard RDF syntax without holding the graph in memory.
 *
 * <p>Every export first reads the selected graphs once, as N-Quads lines, into an {@link ExternalSort} (sorted runs
 * spilled to temporary files). One merge of the runs counts what the dataset description needs (distinct triples,
 * entities per class, triples per property); a second produces the output:
 * <ul>
 * <li>N-Triples (the distinct triples of the union) and N-Quads: the sorted lines themselves, so the same store
 *     gives the same bytes;</li>
 * <li>Turtle (Jena's streaming blocks writer) and RDF/XML ({@link RdfXmlStreamWriter}) from the sorted distinct
 *     triples: one block per subject;</li>
 * <li>TriG (Jena's streaming blocks writer) and JSON-LD ({@link JsonLdStreamWriter}, a chunk at a time) graph by
 *     graph from the store, graphs in IRI order.</li>
 * </ul>
 * The description ({@link DatasetDescription}) is exported with the data in its own graph, {@code {base}graph/void}.
 * Triple syntaxes merge the graphs into one; quad syntaxes keep them apart.
 */
public final class Exporter {

    private final TdbStore store;
    private final ExportFormat format;
    private final GraphSelection selection;
    private final boolean describe;
    private final Instant created;
    private final String license;
    private final Path tempDir;
    private final long sortBudgetChars;
    private final int jsonLdChunk;

    /** What an export wrote. */
    public record Report(ExportFormat format, int graphs, long statements, DatasetTally tally, int sortRuns) {}

    private Exporter(Builder b) {
        this.store = Objects.requireNonNull(b.store, "store");
        this.format = Objects.requireNonNull(b.format, "format");
        this.selection = b.selection;
        this.describe = b.describe;
        this.created = b.created;
        this.license = b.license;
        this.tempDir = b.tempDir;
        this.sortBudgetChars = b.sortBudgetChars;
        this.jsonLdChunk = b.jsonLdChunk;
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private TdbStore store;
        private ExportFormat format;
        private GraphSelection selection = GraphSelection.ALL;
        private boolean describe = true;
        private Instant created;
        private String license;
        private Path tempDir;
        private long sortBudgetChars = 16L << 20;
        private int jsonLdChunk = 2_000;

        public Builder store(TdbStore s) { this.store = s; return this; }
        public Builder format(ExportFormat f) { this.format = f; return this; }
        public Builder graphs(GraphSelection s) { this.selection = s; return this; }
        /** Export the VoID/DCAT description with the data (default true). */
        public Builder describe(boolean d) { this.describe = d; return this; }
        /** The creation time the description states (default: {@code SOURCE_DATE_EPOCH} if set, else now). */
        public Builder created(Instant t) { this.created = t; return this; }
        /** The licence IRI the description states (default: the licence the ontology graph states). */
        public Builder license(String iri) { this.license = iri; return this; }
        /** Where sort runs go (default: a new directory under java.io.tmpdir, removed afterwards). */
        public Builder tempDir(Path dir) { this.tempDir = dir; return this; }
        /** Characters of N-Quads held in memory before a sorted run is spilled (default 16 M, about 50 MB of heap). */
        public Builder sortBudgetChars(long n) { this.sortBudgetChars = n; return this; }
        /** Quads compacted at once by the JSON-LD writer (default 2,000). */
        public Builder jsonLdChunk(int n) { this.jsonLdChunk = n; return this; }

        public Exporter build() {
            return new Exporter(this);
        }
    }

    /** Writes to a file; a name ending in {@code .gz} is gzip-compressed. */
    public Report export(Path file) {
        try {
            if (file.toAbsolutePath().getParent() != null) Files.createDirectories(file.toAbsolutePath().getParent());
            try (OutputStream raw = Files.newOutputStream(file);
                 OutputStream out = file.toString().endsWith(".gz") ? new GZIPOutputStream(raw, 1 << 16) : new BufferedOutputStream(raw, 1 << 16)) {
                return export(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** Writes to a stream (flushed, not closed). */
    public Report export(OutputStream out) {
        Path dir = tempDir;
        boolean ownDir = dir == null;
        try {
            if (ownDir) dir = Files.createTempDirectory("papergraph-export");
            Path runs = dir;
            Report r = store.read(dsg -> write(dsg, out, runs));
            out.flush();
            return r;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (ownDir && dir != null) deleteQuietly(dir);
        }
    }

    private Report write(DatasetGraph dsg, OutputStream out, Path runDir) {
        List<Node> graphs = selectedGraphs(dsg);
        boolean sortedOutput = !(format == ExportFormat.TRIG || format == ExportFormat.JSONLD);
        try (ExternalSort sort = new ExternalSort(runDir, sortBudgetChars)) {
            StatementLines lines = new StatementLines();
            DatasetTally tally = new DatasetTally();
            List<String> descriptionLines = new ArrayList<>();
            Graph description = null;
            if (sortedOutput || describe) {
                for (Node g : graphs) dsg.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> sort.add(lines.quad(q)));
                try (ExternalSort.MergedLines merged = sort.merge(List.of())) {
                    distinct(merged, line -> tally.quad(), line -> tally.triple(StatementLines.toTriple(line)));
                }
            }
            if (describe) {
                description = DatasetDescription.build(store.iris(), tally, format, selection, license(dsg), createdTime());
                Node name = DatasetDescription.graphName(store.iris());
                description.find().forEachRemaining(t -> descriptionLines.add(lines.quad(Quad.create(name, t))));
            }
            long written = switch (format) {
                case NT -> writeLines(sort.merge(descriptionLines), out, false);
                case NQ -> writeLines(sort.merge(descriptionLines), out, true);
                case TTL -> streamTriples(sort.merge(descriptionLines), StreamRDFWriter.getWriterStream(out, RDFFormat.TURTLE_BLOCKS));
                case RDFXML -> streamTriples(sort.merge(descriptionLines), new RdfXmlStreamWriter(utf8(out), prefixes()));
                case TRIG -> streamGraphs(dsg, graphs, description, StreamRDFWriter.getWriterStream(out, RDFFormat.TRIG_BLOCKS));
                case JSONLD -> streamGraphs(dsg, graphs, description, new JsonLdStreamWriter(out, jsonLdChunk));
            };
            return new Report(format, graphs.size() + (describe ? 1 : 0), written, tally, sort.runs());
        }
    }

    private List<Node> selectedGraphs(DatasetGraph dsg) {
        Predicate<Node> wanted = selection.filter(store.iris());
        Node descriptionGraph = DatasetDescription.graphName(store.iris());
        List<Node> graphs = new ArrayList<>();
        // a description graph left in a store by hand would clash with the one the export makes
        dsg.listGraphNodes().forEachRemaining(g -> { if (wanted.test(g) && !g.equals(descriptionGraph)) graphs.add(g); });
        graphs.sort(Comparator.comparing(Node::toString));
        return graphs;
    }

    /** Walks merged quad lines: every line to {@code eachQuad}, the first line of each distinct triple to {@code eachTriple}. */
    private static void distinct(Iterator<String> merged, Consumer<String> eachQuad, Consumer<String> eachTriple) {
        String previous = null;
        while (merged.hasNext()) {
            String line = merged.next();
            eachQuad.accept(line);
            String triple = StatementLines.tripleOf(line);
            if (!triple.equals(previous)) eachTriple.accept(triple);
            previous = triple;
        }
    }

    private static long writeLines(ExternalSort.MergedLines merged, OutputStream out, boolean quads) {
        long[] n = {0};
        try (merged) {
            Writer w = utf8(out);
            distinct(merged, quads ? line -> {
                write(w, line);
                n[0]++;
            } : line -> {}, quads ? line -> {} : line -> {
                write(w, line);
                n[0]++;
            });
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return n[0];
    }

    private long streamTriples(ExternalSort.MergedLines merged, StreamRDF sink) {
        long[] n = {0};
        try (merged) {
            sink.start();
            prefixes().forEach(sink::prefix);
            distinct(merged, line -> {}, line -> {
                sink.triple(StatementLines.toTriple(line));
                n[0]++;
            });
            sink.finish();
        }
        return n[0];
    }

    private long streamGraphs(DatasetGraph dsg, List<Node> graphs, Graph description, StreamRDF sink) {
        long n = 0;
        sink.start();
        prefixes().forEach(sink::prefix);
        for (Node g : graphs) {
            var it = dsg.find(g, Node.ANY, Node.ANY, Node.ANY);
            while (it.hasNext()) {
                sink.quad(it.next());
                n++;
            }
        }
        if (description != null) {
            Node name = DatasetDescription.graphName(store.iris());
            // in a fixed order, so two exports of one store differ only in the creation time
            StatementLines lines = new StatementLines();
            List<Triple> triples = new ArrayList<>(description.find().toList());
            triples.sort(Comparator.comparing(lines::triple, ExternalSort.CODE_POINT_ORDER));
            for (Triple t : triples) {
                sink.quad(Quad.create(name, t));
                n++;
            }
        }
        sink.finish();
        return n;
    }

    private Map<String, String> prefixes() {
        Map<String, String> m = Prefixes.forStore(store.iris());
        m.put("pav", DatasetDescription.PAV);
        return m;
    }

    private String license(DatasetGraph dsg) {
        if (license != null) return license;
        var it = dsg.find(store.iris().ontologyGraph(), org.apache.jena.graph.NodeFactory.createURI(PG.ONTOLOGY_IRI),
                org.apache.jena.graph.NodeFactory.createURI(PG.DCTERMS + "license"), Node.ANY);
        return it.hasNext() ? it.next().getObject().toString() : null;
    }

    private Instant createdTime() {
        if (created != null) return created;
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        if (epoch != null && epoch.strip().matches("\\d+")) return Instant.ofEpochSecond(Long.parseLong(epoch.strip()));
        return Instant.now();
    }

    private static Writer utf8(OutputStream out) {
        return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    }

    private static void write(Writer w, String line) {
        try {
            w.write(line);
            w.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (var walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // temporary files only
        }
    }
}
