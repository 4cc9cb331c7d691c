package org.papergraph.testing;

import org.papergraph.graph.ResourceIris;
import org.papergraph.nlp.CoreNlpExtractor;
import org.papergraph.nlp.Lexicon;
import org.papergraph.nlp.Vocabulary;
import org.papergraph.pipeline.IngestJob;
import org.papergraph.pipeline.IngestReport;
import org.papergraph.store.TdbStore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The sample corpus ({@code ingest/iclr2026-pretraining.md}) ingested into a TDB2 store on disk, once per test JVM
 * (CoreNLP loads once, the ingest runs once). Tests read it and must not write to it; a test that writes makes
 * its own store.
 */
public final class SampleStore {

    public static final Path SAMPLE = Path.of("ingest", "iclr2026-pretraining.md");

    private static TdbStore store;
    private static IngestReport report;

    private SampleStore() {}

    public static synchronized TdbStore get() {
        if (store == null) {
            Path dir = TempDirs.create("papergraph-sample-store");
            store = TdbStore.open(dir, ResourceIris.defaults());
            report = ingest(store, List.of(SAMPLE.toString()));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                store.close();
                TempDirs.delete(dir);
            }));
        }
        return store;
    }

    /** What the one ingest of the sample reported. */
    public static synchronized IngestReport report() {
        get();
        return report;
    }

    /** Ingests files into a store with the JVM's shared extractor, 2 threads, the default settings. */
    public static IngestReport ingest(TdbStore target, List<String> inputs) {
        Vocabulary v = Vocabulary.bundled();
        return IngestJob.builder().store(target).vocabulary(v)
                .extractor(CoreNlpExtractor::shared, CoreNlpExtractor.identity(v, Lexicon.bundled()))
                .threads(2).build().run(inputs);
    }

    /** Temporary directories removed at JVM exit. */
    public static final class TempDirs {
        private TempDirs() {}

        public static Path create(String prefix) {
            try {
                return Files.createTempDirectory(prefix);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public static void delete(Path dir) {
            if (!Files.exists(dir)) return;
            try (var walk = Files.walk(dir)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // best effort at exit
            }
        }
    }
}
