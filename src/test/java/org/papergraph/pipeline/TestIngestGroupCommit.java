package org.papergraph.pipeline;

import com.google.gson.JsonObject;
import org.apache.jena.graph.Node;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.bench.SyntheticExtractor;
import org.papergraph.generate.CorpusGenerator;
import org.papergraph.graph.PG;
import org.papergraph.graph.ResourceIris;
import org.papergraph.ingest.CorpusReader;
import org.papergraph.ingest.NoteSink;
import org.papergraph.ingest.PaperNote;
import org.papergraph.ingest.ReadProblem;
import org.papergraph.nlp.Extraction;
import org.papergraph.nlp.Extractor;
import org.papergraph.nlp.Vocabulary;
import org.papergraph.store.TdbStore;
import org.papergraph.testing.StoreAudit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The writer's group commit: it commits the notes it holds when no finished extraction is waiting for it (and it
 * holds at least the group minimum), or when it holds {@code --batch} notes. So writing overlaps the NLP, a
 * transaction never holds more than the batch size, and, since where the batches fall depends on thread timing,
 * the store must not depend on it: the same notes written one per transaction, all in one, or as the timing of the
 * run falls, give the same quads. No CoreNLP: synthetic extractions (realistic in number and shape, entities
 * shared between papers), and a stub that holds back extractions on a latch, not on time.
 */
class TestIngestGroupCommit {

    private static final Pattern COMMIT = Pattern.compile("ingest: committed batch (\\d+) \\((\\d+) notes, (\\d+) extracted so far\\)");

    @TempDir
    Path tmp;

    private final Vocabulary vocabulary = Vocabulary.bundled();
    private final SyntheticExtractor synthetic = new SyntheticExtractor(vocabulary, 7);

    /**
     * Forty generated papers, then a file with a second note for every fourth of them (same title, another
     * summary), so some paper graphs are rebuilt from notes that a batch boundary may or may not separate.
     */
    private List<String> corpus() throws IOException {
        Path dir = tmp.resolve("corpus");
        CorpusGenerator.builder().papers(40).seed(3).vocabulary(vocabulary).build().write(dir);
        List<PaperNote> notes = read(List.of(dir.toString()));
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < notes.size(); i += 4) {
            JsonObject o = new JsonObject();
            o.addProperty("title", notes.get(i).title());
            o.addProperty("summary", notes.get((i + 21) % notes.size()).summary());
            o.addProperty("venue", "SECOND2026");
            lines.add(o.toString());
        }
        Path more = Files.write(tmp.resolve("second-notes.jsonl"), lines, StandardCharsets.UTF_8);
        return List.of(dir.toString(), more.toString());
    }

    private static List<PaperNote> read(List<String> inputs) {
        List<PaperNote> out = new ArrayList<>();
        new CorpusReader().read(inputs, new NoteSink() {
            @Override
            public void note(PaperNote note) {
                out.add(note);
            }

            @Override
            public void problem(ReadProblem problem) {
                if (problem.severity() == ReadProblem.Severity.REJECTED) throw new AssertionError(problem.toString());
            }
        });
        return out;
    }

    private IngestJob.Builder job(TdbStore store, Extractor extractor) {
        return IngestJob.builder().store(store).vocabulary(vocabulary).extractor(() -> extractor, extractor.identity());
    }

    /** Ingests into a fresh store; returns its sorted N-Quads and the commit log's batch sizes. */
    private List<String> ingest(String name, List<String> inputs, Extractor extractor, Consumer<IngestJob.Builder> settings,
                                List<Integer> batchSizes) {
        CommitLog log = new CommitLog();
        try (TdbStore store = TdbStore.open(tmp.resolve(name), ResourceIris.defaults())) {
            IngestJob.Builder b = job(store, extractor).commitLog(log.stream());
            settings.accept(b);
            IngestReport report = b.build().run(inputs);
            assertEquals(0, report.rejected(), report.summary());
            assertEquals(List.of(), StoreAudit.problems(store));
            for (String line : log.lines()) batchSizes.add(Integer.parseInt(parse(line).group(2)));
            return StoreAudit.sortedNQuads(store);
        }
    }

    @Test
    void batchBoundariesAndTimingDoNotChangeTheStore() throws IOException {
        List<String> inputs = corpus();
        int notes = read(inputs).size();
        List<Integer> perNote = new ArrayList<>(), whole = new ArrayList<>(), grouped = new ArrayList<>(), threads = new ArrayList<>();

        List<String> onePerTransaction = ingest("one-per-transaction", inputs, synthetic, b -> b.threads(1).batchSize(1), perNote);
        List<String> oneTransaction = ingest("one-transaction", inputs, synthetic, b -> b.threads(1).batchSize(4096).groupMinimum(4096), whole);
        // commits whenever the writer catches up, wherever that falls; the extractor takes turns with the writer
        List<String> groupCommit = ingest("group-commit", inputs, new Yielding(synthetic), b -> b.threads(1).batchSize(16).groupMinimum(1), grouped);
        List<String> twoThreads = ingest("two-threads", inputs, new Yielding(synthetic), b -> b.threads(2).batchSize(64).groupMinimum(3), threads);

        assertEquals(notes, perNote.size(), "batch size 1: one transaction per note " + perNote);
        assertEquals(List.of(notes), whole, "one transaction for the whole input");
        assertTrue(grouped.stream().allMatch(n -> n >= 1 && n <= 16), "no transaction above the batch size: " + grouped);
        assertTrue(threads.stream().allMatch(n -> n <= 64), "no transaction above the batch size: " + threads);
        assertEquals(notes, grouped.stream().mapToInt(Integer::intValue).sum());
        assertEquals(notes, threads.stream().mapToInt(Integer::intValue).sum());

        assertTrue(oneTransaction.size() > notes * 20, "store too small to mean anything: " + oneTransaction.size());
        assertEquals(oneTransaction, onePerTransaction, () -> StoreAudit.diff(oneTransaction, onePerTransaction));
        assertEquals(oneTransaction, groupCommit, () -> StoreAudit.diff(oneTransaction, groupCommit));
        assertEquals(oneTransaction, twoThreads, () -> StoreAudit.diff(oneTransaction, twoThreads));
    }

    @Test
    void theWriterCommitsWhileLaterNotesAreStillBeingExtracted() throws Exception {
        List<String> inputs = corpus();
        List<PaperNote> notes = read(inputs);
        int free = 6;   // the first six notes extract at once; every later one waits for the latch
        Set<String> held = new HashSet<>();
        for (PaperNote n : notes.subList(free, notes.size())) held.add(n.title() + "\u0000" + n.summary());
        CountDownLatch release = new CountDownLatch(1);
        Extractor gated = new Extractor() {
            @Override
            public Extraction extract(PaperNote note) {
                if (held.contains(note.title() + "\u0000" + note.summary())) {
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException(e);
                    }
                }
                return synthetic.extract(note);
            }

            @Override
            public String identity() {
                return synthetic.identity();
            }
        };
        CommitLog log = new CommitLog();
        try (TdbStore store = TdbStore.open(tmp.resolve("store"), ResourceIris.defaults())) {
            CompletableFuture<IngestReport> run = CompletableFuture.supplyAsync(() ->
                    job(store, gated).commitLog(log.stream()).threads(2).batchSize(1024).groupMinimum(4).build().run(inputs));
            try {
                // only a guard against hanging: nothing here depends on how long anything takes
                String first = log.next(120);
                assertNotNull(first, "no commit while the later extractions were held back");
                assertEquals(1, release.getCount(), "the held-back extractions are still pending");
                assertFalse(run.isDone());
                int committed = Integer.parseInt(parse(first).group(3));
                assertTrue(committed >= 4 && committed <= free, "committed " + committed + " of the " + free + " free notes");
                // the commit is visible to readers while the run goes on: exactly the first notes of the input
                Set<String> stored = store.read(dsg -> {
                    Set<String> out = new HashSet<>();
                    dsg.find(Node.ANY, Node.ANY, PG.rdfType, PG.Note).forEachRemaining(q -> out.add(q.getSubject().getURI()));
                    return out;
                });
                Set<String> prefix = new HashSet<>();
                for (PaperNote n : notes.subList(0, committed)) prefix.add(store.iris().note(n.title(), n.summary()).getURI());
                assertEquals(prefix, stored);
            } finally {
                release.countDown();
            }
            IngestReport report = run.get(300, TimeUnit.SECONDS);
            assertEquals(notes.size(), report.notesExtracted(), report.summary());
            assertEquals(notes.size(), log.lines().stream().mapToInt(l -> Integer.parseInt(parse(l).group(2))).sum(),
                    "every note committed once: " + log.lines());
            assertEquals(List.of(), StoreAudit.problems(store));
        }
    }

    @Test
    void aTransactionNeverHoldsMoreThanTheBatchSize() throws IOException {
        List<String> inputs = corpus();
        int notes = read(inputs).size();
        List<Integer> sizes = new ArrayList<>();
        // a writer that never waits (extractions finish long before it gets to them) commits full batches only
        Extractor instant = synthetic;
        ingest("store", inputs, instant, b -> b.threads(2).batchSize(7), sizes);
        assertTrue(sizes.stream().allMatch(n -> n <= 7), sizes.toString());
        assertEquals(notes, sizes.stream().mapToInt(Integer::intValue).sum());
    }

    private static Matcher parse(String line) {
        Matcher m = COMMIT.matcher(line);
        assertTrue(m.matches(), line);
        return m;
    }

    /** Hands the core to the writer before each extraction, so commits fall between notes in no fixed way. */
    private record Yielding(Extractor inner) implements Extractor {
        @Override
        public Extraction extract(PaperNote note) {
            Thread.yield();
            return inner.extract(note);
        }

        @Override
        public String identity() {
            return inner.identity();
        }
    }

    /** A commit log that tests can read line by line as the writer prints it. */
    private static final class CommitLog {
        private final BlockingQueue<String> pending = new LinkedBlockingQueue<>();
        private final List<String> all = new ArrayList<>();
        private final ByteArrayOutputStream line = new ByteArrayOutputStream();
        private final PrintStream stream = new PrintStream(new OutputStream() {
            @Override
            public void write(int b) {
                synchronized (CommitLog.this) {
                    if (b == '\n') {
                        String s = line.toString(StandardCharsets.UTF_8);
                        line.reset();
                        all.add(s);
                        pending.add(s);
                    } else {
                        line.write(b);
                    }
                }
            }
        }, true, StandardCharsets.UTF_8);

        PrintStream stream() {
            return stream;
        }

        String next(long seconds) throws InterruptedException {
            return pending.poll(seconds, TimeUnit.SECONDS);
        }

        synchronized List<String> lines() {
            return List.copyOf(all);
        }
    }
}
