package org.papergraph.bench.jmh;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.papergraph.graph.CorpusStatistics;
import org.papergraph.graph.EntityDirectory;
import org.papergraph.graph.NoteGraphMapper;
import org.papergraph.graph.PaperDerivation;
import org.papergraph.graph.ResourceIris;
import org.papergraph.nlp.Extraction;
import org.papergraph.nlp.Vocabulary;
import org.papergraph.store.TdbStore;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The share of the writer's time the precomputed aggregates take: counting and writing the venue/category and
 * co-occurrence counts of 64 new papers in one TDB2 write transaction, alone. Compare with
 * {@link WriterBenchmark#writeBatchOf64} (everything the writer does for the same 64 papers).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgs = "-Xmx2g")
public class StatisticsBenchmark {

    private final ResourceIris iris = ResourceIris.defaults();
    private Path dir;
    private TdbStore store;
    private SyntheticExtractions extractions;
    private EntityDirectory directory;
    private NoteGraphMapper mapper;
    private long next;

    @Setup(Level.Trial)
    public void open() throws IOException {
        dir = Files.createTempDirectory("papergraph-jmh-statistics");
        store = TdbStore.open(dir, iris);
        Vocabulary v = Vocabulary.bundled();
        extractions = new SyntheticExtractions(v);
        directory = new EntityDirectory(iris, v);
        mapper = new NoteGraphMapper(iris, NoteGraphMapper.DEFAULT_LINK_THRESHOLD);
    }

    @Benchmark
    public void countAndWriteBatchOf64() {
        List<Graph> graphs = new ArrayList<>();
        List<Node> papers = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            Extraction e = extractions.paper(next++);
            List<Node> entityIris = new ArrayList<>();
            for (Extraction.NoteEntity ne : e.entities()) entityIris.add(directory.resolve(ne));
            Graph g = mapper.map(e, entityIris);
            Node paper = iris.paper(e.note().title());
            PaperDerivation.rederive(g, paper);
            graphs.add(g);
            papers.add(paper);
        }
        CorpusStatistics statistics = new CorpusStatistics(iris);
        for (int i = 0; i < graphs.size(); i++) statistics.add(graphs.get(i), papers.get(i));
        store.write(statistics::write);
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        store.close();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
