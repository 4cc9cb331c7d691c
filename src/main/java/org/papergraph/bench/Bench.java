package org.papergraph.bench;

import org.papergraph.generate.CorpusGenerator;
import org.papergraph.graph.ResourceIris;
import org.papergraph.ingest.CorpusReader;
import org.papergraph.ingest.NoteSink;
import org.papergraph.ingest.PaperNote;
import org.papergraph.ingest.ReadProblem;
import org.papergraph.nlp.CoreNlpExtractor;
import org.papergraph.nlp.Extractor;
import org.papergraph.nlp.Lexicon;
import org.papergraph.nlp.NlpPipeline;
import org.papergraph.nlp.Vocabulary;
import org.papergraph.pipeline.IngestJob;
import org.papergraph.pipeline.IngestReport;
import org.papergraph.sparql.NamedQueries;
import org.papergraph.sparql.NamedQuery;
import org.papergraph.sparql.PapergraphServer;
import org.papergraph.sparql.QueryBinder;
import org.papergraph.store.TdbStore;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * papergraph's benchmark at one corpus size, every figure measured side by side in one JVM run:
 * <ol>
 * <li>the corpus: generated deterministically (or reused from an earlier run of the same size and seed);</li>
 * <li>per thread count: bare CoreNLP over the notes (the baseline), then a full ingest into a fresh store;</li>
 * <li>the NLP stage split into CoreNLP and papergraph's rules on a sample of notes;</li>
 * <li>a re-ingest of the unchanged corpus with an extractor that refuses to be built (so no NLP can happen);</li>
 * <li>store size on disk, before and after compaction;</li>
 * <li>store writing against {@code tdb2.tdbloader --loader=sequential} on the same quads;</li>
 * <li>every named query, in-process and over HTTP, p50 and p99; the plain forms of the queries that read
 *     precomputed aggregates, for comparison; the same queries over HTTP on a private Virtuoso loaded with the
 *     same quads, when Virtuoso is installed ({@link VirtuosoPeer}).</li>
 * </ol>
 * With {@link Builder#synthetic} the notes get synthetic extractions instead of CoreNLP's, for store and query
 * figures at sizes NLP cannot reach in one run.
 * Results go to the given stream as Markdown. Build one with {@link #builder()}.
 */
public final class Bench {

    private final Path work;
    private final long seed;
    private final List<Integer> threads;
    private final int queryRuns;
    private final boolean baseline;
    private final boolean loader;
    private final boolean http;
    private final boolean virtuoso;
    private final boolean synthetic;
    private final boolean queries;
    private final int batchSize;
    private final int splitSample;
    private final PrintStream out;

    private Bench(Builder b) {
        this.work = Objects.requireNonNull(b.work, "work");
        this.seed = b.seed;
        this.threads = List.copyOf(b.threads);
        this.queryRuns = b.queryRuns;
        this.baseline = b.baseline;
        this.loader = b.loader;
        this.http = b.http;
        this.virtuoso = b.virtuoso;
        this.synthetic = b.synthetic;
        this.queries = b.queries;
        this.batchSize = b.batchSize;
        this.splitSample = b.splitSample;
        this.out = Objects.requireNonNull(b.out, "out");
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Settings of a benchmark run; defaults are the figures of BENCHMARKS.md. */
    public static final class Builder {
        private Path work = Path.of("bench-work");
        private long seed = 1;
        private List<Integer> threads = List.of(1, 2);
        private int queryRuns = 30;
        private boolean baseline = true;
        private boolean loader = true;
        private boolean http = true;
        private boolean virtuoso = true;
        private boolean synthetic;
        private boolean queries = true;
        private int batchSize = 1024;
        private int splitSample = 200;
        private PrintStream out = System.out;

        public Builder work(Path p) { this.work = p; return this; }
        public Builder seed(long s) { this.seed = s; return this; }
        /** Thread counts to ingest with, in order; the last one's store is the one queried. */
        public Builder threads(List<Integer> t) { this.threads = t.isEmpty() ? List.of(2) : t; return this; }
        public Builder queryRuns(int n) { this.queryRuns = Math.max(1, n); return this; }
        public Builder baseline(boolean b) { this.baseline = b; return this; }
        public Builder loader(boolean b) { this.loader = b; return this; }
        public Builder http(boolean b) { this.http = b; return this; }
        /** Also time the queries on a private Virtuoso loaded with the same quads, if Virtuoso is installed. */
        public Builder virtuoso(boolean b) { this.virtuoso = b; return this; }
        /**
         * Store and query figures only: notes get synthetic extractions ({@link SyntheticExtractor}, no CoreNLP), so
         * sizes NLP cannot reach in a bench run can be measured; no baseline, no NLP split.
         */
        public Builder synthetic(boolean b) { this.synthetic = b; return this; }
        public Builder queries(boolean b) { this.queries = b; return this; }
        /** Notes per write transaction of the ingests (IngestJob's batch size). */
        public Builder batchSize(int n) { this.batchSize = Math.max(1, n); return this; }
        public Builder splitSample(int n) { this.splitSample = Math.max(0, n); return this; }
        public Builder out(PrintStream p) { this.out = p; return this; }
        public Bench build() { return new Bench(this); }
    }

    /** Runs the benchmark at {@code papers} papers. */
    public void run(int papers) {
        Path dir = work.resolve("papers-" + papers + "-seed-" + seed);
        Path corpus = dir.resolve("corpus");
        if (synthetic) dir = work.resolve("papers-" + papers + "-seed-" + seed + "-synthetic");
        Vocabulary vocabulary = Vocabulary.bundled();
        out.printf(Locale.ROOT, "%n## %,d papers (seed %d)%s, %d notes per write transaction%n%n", papers, seed,
                synthetic ? ", synthetic extractions (no NLP): store and query figures only" : "", batchSize);
        out.printf(Locale.ROOT, "JVM: %s, max heap %d MB, %d cores; load average at start %.2f%n%n", System.getProperty("java.version"),
                HeapPeak.maxBytes() >> 20, Runtime.getRuntime().availableProcessors(), loadAverage());
        if (!Files.isDirectory(corpus)) {
            CorpusGenerator.builder().papers(papers).seed(seed).vocabulary(vocabulary).build().write(corpus);
        }
        List<PaperNote> notes = readNotes(corpus);
        out.printf(Locale.ROOT, "Corpus: %s, %,d notes, %.1f MB%n%n", corpus, notes.size(), bytes(corpus) / 1e6);

        NlpPipeline pipeline = null;
        Extractor extractor;
        if (synthetic) {
            extractor = new SyntheticExtractor(vocabulary, seed);
        } else {
            pipeline = NlpPipeline.shared();   // loaded before any timing starts
            extractor = new CoreNlpExtractor(pipeline, Lexicon.bundled());
            warmUp(pipeline, extractor, notes);
        }

        out.println("### Ingest\n");
        out.println("| threads | bare CoreNLP s | ingest s | ingest / CoreNLP | notes/s | sentences/s (CoreNLP) | NLP worker s (CPU s) "
                + "| writer s (CPU s; RDF mapping) | after the last extraction s | peak heap MB |");
        out.println("|---|---|---|---|---|---|---|---|---|---|");
        List<long[]> walls = new ArrayList<>();
        IngestReport last = null;
        TdbStore store = null;
        Path storeDir = null;
        for (int t : threads) {
            BareCoreNlp.Result bare = baseline && pipeline != null ? BareCoreNlp.run(pipeline, notes, t) : null;
            if (store != null) store.close();
            storeDir = dir.resolve("store-" + t + "-threads");
            deleteTree(storeDir);
            store = TdbStore.open(storeDir, ResourceIris.defaults());
            HeapPeak.reset();
            long t0 = System.nanoTime();
            last = IngestJob.builder().store(store).vocabulary(vocabulary)
                    .extractor(() -> extractor, extractor.identity()).threads(t).batchSize(batchSize).build()
                    .run(List.of(corpus.toString()));
            long wall = (System.nanoTime() - t0) / 1_000_000;
            long heap = HeapPeak.peakBytes();
            walls.add(new long[] {t, wall});
            out.printf(Locale.ROOT, "| %d | %s | %.1f | %s | %.1f | %s | %.1f (%.1f) | %.1f (%.1f; %.1f) | %.1f | %d |%n", t,
                    bare == null ? "–" : String.format(Locale.ROOT, "%.1f", bare.wallMillis() / 1000.0), wall / 1000.0,
                    bare == null ? "–" : String.format(Locale.ROOT, "%.2f", wall / (double) bare.wallMillis()),
                    last.notesExtracted() / (wall / 1000.0),
                    bare == null ? "–" : String.format(Locale.ROOT, "%.0f", bare.sentences() / (bare.wallMillis() / 1000.0)),
                    last.nlpMillis() / 1000.0, last.nlpCpuMillis() / 1000.0, last.writeMillis() / 1000.0, last.writeCpuMillis() / 1000.0,
                    last.mapMillis() / 1000.0, last.tailMillis() / 1000.0, heap >> 20);
            if (last.rejected() > 0) out.printf(Locale.ROOT, "%n(%d notes rejected: %s)%n", last.rejected(), last.problems().get(0));
        }
        if (walls.size() >= 2) {
            long[] first = walls.get(0), lastWall = walls.get(walls.size() - 1);
            out.printf(Locale.ROOT, "%nScaling: %d threads are %.2f × as fast as %d.%n", lastWall[0], first[1] / (double) lastWall[1], first[0]);
        }

        if (splitSample > 0 && pipeline != null) {
            StageSplit.Result split = StageSplit.run(pipeline, extractor, notes.subList(0, Math.min(splitSample, notes.size())));
            long writer = last.writeMillis(), map = last.mapMillis();
            out.println("\n### Where the time goes\n");
            out.printf(Locale.ROOT, "NLP stage on %d notes, one thread, paired per note: CoreNLP annotation %.1f s, whole extraction %.1f s, "
                    + "so papergraph's rules take %.1f s (%.0f%% of extraction).%n", split.notes(), split.annotateMillis() / 1000.0,
                    split.extractMillis() / 1000.0, split.rulesMillis() / 1000.0, split.rulesShare() * 100);
            double nlp = last.nlpMillis();
            out.printf(Locale.ROOT, "Last ingest (%d threads), time summed over threads: CoreNLP ≈ %.1f s, rules ≈ %.1f s, RDF mapping %.1f s, "
                    + "store write %.1f s (%,d quads written: %.0f quads/s of writer time, %.0f quads/s of store time).%n",
                    threads.get(threads.size() - 1), nlp * (1 - split.rulesShare()) / 1000.0, nlp * split.rulesShare() / 1000.0,
                    map / 1000.0, (writer - map) / 1000.0, last.quadsWritten(), last.quadsWritten() / Math.max(writer / 1000.0, 1e-3),
                    last.quadsWritten() / Math.max((writer - map) / 1000.0, 1e-3));
        }

        IngestReport again;
        long reWall;
        {
            long t0 = System.nanoTime();
            again = IngestJob.builder().store(store).vocabulary(vocabulary)
                    .extractor(() -> { throw new IllegalStateException("re-ingest of an unchanged corpus tried to build the extractor"); },
                            extractor.identity())
                    .threads(threads.get(threads.size() - 1)).build().run(List.of(corpus.toString()));
            reWall = (System.nanoTime() - t0) / 1_000_000;
        }
        out.printf(Locale.ROOT, "%n### Re-ingest unchanged%n%n%.1f s for %,d notes (%,d unchanged, %,d extracted; the extractor was never built).%n",
                reWall / 1000.0, again.notesRead(), again.notesUnchanged(), again.notesExtracted());

        long before = bytes(storeDir);
        store.compact();
        long after = bytes(storeDir);
        out.printf(Locale.ROOT, "%n### Store%n%nOn disk: %.0f MB after ingest, %.0f MB after compaction (`TdbStore.compact`).%n",
                before / 1e6, after / 1e6);

        Path nq = dir.resolve("store.nq");
        long quads = 0;
        if (loader || useVirtuoso()) {
            store.close();
            quads = LoaderComparison.export(storeDir, nq, dir, heapSetting());
            store = TdbStore.open(storeDir, ResourceIris.defaults());
        }
        if (loader) {
            LoaderComparison.Result l = LoaderComparison.run(nq, quads, dir, heapSetting());
            double ours = last.quadsWritten() / Math.max((last.writeMillis() - last.mapMillis()) / 1000.0, 1e-3);
            out.printf(Locale.ROOT, "%ntdb2.tdbloader --loader=sequential on the store's %,d quads: %.0f quads/s (%s; %.1f s wall with JVM start). "
                    + "papergraph's store writes: %.0f quads/s, %.2f × the loader.%n", l.quads(), l.loaderQuadsPerSecond(),
                    l.loaderLine().isEmpty() ? "from wall time" : "its own figure", l.wallMillis() / 1000.0, ours, ours / l.loaderQuadsPerSecond());
        }

        if (!queries) {
            store.close();
            return;
        }
        VirtuosoPeer peer = null;
        if (useVirtuoso()) {
            long t0 = System.nanoTime();
            peer = VirtuosoPeer.start(dir.resolve("virtuoso"), nq);
            out.printf(Locale.ROOT, "%nVirtuoso (Debian virtuoso-opensource 7.2, private instance on loopback): %,d quads bulk-loaded in %.1f s.%n",
                    quads, (System.nanoTime() - t0) / 1e9);
        }
        try {
            queries(store, peer);
        } finally {
            if (peer != null) peer.close();
            try {
                Files.deleteIfExists(nq);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        store.close();
    }

    private boolean useVirtuoso() {
        return virtuoso && http && VirtuosoPeer.available();
    }

    private void queries(TdbStore store, VirtuosoPeer peer) {
        QueryParameters params = QueryParameters.of(store);
        out.printf(Locale.ROOT, "%n### Named queries%n%nParameters: concept = \"%s\" (the most-mentioned entity, %,d papers), paper = \"%s\" "
                + "(a paper that names it); for evaluated-on, concept = \"%s\" (the entity most papers evaluate on, %,d). %d timed runs "
                + "after %d warm-up runs.%n%n", params.topEntityLabel(), params.topEntityPapers(), params.paperTitle(),
                params.topEvaluatedLabel(), params.topEvaluatedPapers(), queryRuns, QueryTimer.WARMUP);
        out.println("| query | rows | in-process p50 ms | p99 ms | HTTP p50 ms | p99 ms | Virtuoso HTTP p50 ms | p99 ms | Virtuoso rows |");
        out.println("|---|---|---|---|---|---|---|---|---|");
        QueryBinder binder = new QueryBinder(store.iris());
        PapergraphServer server = http ? PapergraphServer.builder().store(store).port(0).queryTimeout(Duration.ofSeconds(120)).build().start() : null;
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        try {
            List<NamedQuery> all = new ArrayList<>(NamedQueries.bundled().all());
            for (NamedQuery q : all) row(store, binder, server, peer, client, q, q.name(), params);
            for (NamedQuery q : PlainQueries.all()) row(store, binder, server, peer, client, q, q.name() + " (plain form)", params);
        } finally {
            if (server != null) server.close();
        }
    }

    private void row(TdbStore store, QueryBinder binder, PapergraphServer server, VirtuosoPeer peer, HttpClient client, NamedQuery q,
                     String label, QueryParameters params) {
        var bound = binder.bind(q, params.valuesFor(q));
        QueryTimer.Timing in = QueryTimer.inProcess(store, bound, queryRuns, 120_000);
        String httpCols = "– | –";
        if (server != null) {
            QueryTimer.Timing h = QueryTimer.http(client, server.sparqlUrl(), bound.serialize(), queryRuns);
            httpCols = String.format(Locale.ROOT, "%.1f | %.1f", h.percentiles().p50Millis(), h.percentiles().p99Millis());
        }
        String peerCols = "– | – | –";
        if (peer != null) {
            try {
                QueryTimer.Timing v = QueryTimer.http(client, peer.sparqlUrl(), bound.serialize(), queryRuns);
                peerCols = String.format(Locale.ROOT, "%.1f | %.1f | %d", v.percentiles().p50Millis(), v.percentiles().p99Millis(), v.size());
            } catch (RuntimeException e) {
                peerCols = "error: " + e.getMessage().replace('|', '/').replace('\n', ' ') + " | – | –";
            }
        }
        out.printf(Locale.ROOT, "| %s | %d | %.1f | %.1f | %s | %s |%n", label, in.size(), in.percentiles().p50Millis(),
                in.percentiles().p99Millis(), httpCols, peerCols);
    }

    private void warmUp(NlpPipeline pipeline, Extractor extractor, List<PaperNote> notes) {
        for (PaperNote n : notes.subList(0, Math.min(30, notes.size()))) {
            pipeline.annotate(n.summary());
            extractor.extract(n);
        }
    }

    static List<PaperNote> readNotes(Path corpus) {
        List<PaperNote> notes = new ArrayList<>();
        new CorpusReader().read(List.of(corpus.toString()), new NoteSink() {
            @Override
            public void note(PaperNote note) {
                notes.add(note);
            }

            @Override
            public void problem(ReadProblem problem) {
                if (problem.severity() == ReadProblem.Severity.REJECTED) throw new IllegalStateException("corpus problem: " + problem);
            }
        });
        return notes;
    }

    private static String heapSetting() {
        return (HeapPeak.maxBytes() >> 20) + "m";
    }

    private static double loadAverage() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    static long bytes(Path dir) {
        if (!Files.exists(dir)) return 0;
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) return;
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir + ": " + e.getMessage(), e);
        }
    }
}
