package org.papergraph.bench.jmh;

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
import org.papergraph.graph.ResourceIris;
import org.papergraph.nlp.Vocabulary;
import org.papergraph.store.PaperWriter;
import org.papergraph.store.TdbStore;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The store writer end to end: one batch of 64 new papers (mapping, entity descriptions, statistics, TDB2 write
 * transaction and commit) into a TDB2 store on disk that grows as the benchmark runs. Milliseconds per batch;
 * 64 / that is papers per second of writer time.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgs = "-Xmx2g")
public class WriterBenchmark {

    private Path dir;
    private TdbStore store;
    private PaperWriter writer;
    private SyntheticExtractions extractions;
    private long next;

    @Setup(Level.Trial)
    public void open() throws IOException {
        dir = Files.createTempDirectory("papergraph-jmh-writer");
        store = TdbStore.open(dir, ResourceIris.defaults());
        Vocabulary v = Vocabulary.bundled();
        writer = new PaperWriter(store, v, 0.5);
        extractions = new SyntheticExtractions(v);
        writer.write(new PaperWriter.Batch());   // reference graphs written once, outside the timing
    }

    @Benchmark
    public long writeBatchOf64() {
        PaperWriter.Batch batch = new PaperWriter.Batch();
        for (int i = 0; i < 64; i++) batch.add(extractions.paper(next++));
        writer.write(batch);
        return writer.quadsWritten();
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        store.close();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
