package org.papergraph.pipeline;

import org.apache.jena.graph.Node;
import org.papergraph.graph.NoteGraphMapper;
import org.papergraph.graph.ResourceIris;
import org.papergraph.ingest.CorpusReader;
import org.papergraph.ingest.NoteSink;
import org.papergraph.ingest.PaperNote;
import org.papergraph.ingest.ReadProblem;
import org.papergraph.ingest.SourceLocation;
import org.papergraph.nlp.Extraction;
import org.papergraph.nlp.Extractor;
import org.papergraph.nlp.Vocabulary;
import org.papergraph.store.PaperWriter;
import org.papergraph.store.TdbStore;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * One ingest run: notes are read as a stream; a note already in the store as it is now is skipped without NLP;
 * the others are extracted by a pool of workers and written, in input order, by a single writer that commits a
 * batch at a time, one transaction each: what it holds whenever it has caught up with the NLP, at most
 * {@code batchSize} notes (see {@link #DEFAULT_GROUP_MINIMUM}). Where the batches fall depends on thread timing; the
 * store's content does not, and a killed run loses at most the batch in flight. A bounded queue between the two
 * keeps memory flat. At the end, notes the store holds for the files
 * read but that the files no longer contain are removed. Build one with {@link #builder()}.
 */
public final class IngestJob {

    /**
     * The writer's commit policy (group commit). The NLP is the slow stage (≈ 31 ms of CPU per generated note against
     * ≈ 7–10 ms to write it), so a writer that waited for a full batch of {@code --batch} notes wrote a
     * 1,000-note corpus only after all its NLP, serially, and left the last batch's write as a serial tail at any size.
     * Now the writer commits what it holds whenever no finished extraction is waiting for it: the write overlaps the
     * NLP (on the second core with one NLP thread, in the NLP's gaps with two) and what follows the last extraction is
     * the last, small group plus the final co-occurrence flush.
     *
     * <p>Committing as soon as it catches up would mean one transaction per note, so a group has a minimum. Each
     * transaction costs little CPU here (the writer's CPU time was the same within noise for minimums of 32 to 1,024
     * at 1,000 papers), but TDB2 copies every index page a transaction touches and frees nothing before compaction:
     * the 1,000-paper store took 389 MB on disk after ingest with one transaction, 415 MB with a minimum of 512,
     * 490 MB with 128 and 700 MB with 32 (381 MB compacted, all the same content), and the pages a transaction touches
     * grow with the store. So the minimum grows with the run: at least {@link #DEFAULT_GROUP_MINIMUM} notes and at least
     * 1/{@code GROUP_SHARE} of what the run has committed so far, at most {@code --batch}. A run of n notes then makes
     * about as many transactions as n / 128 while small, and O(log) more than fixed batches of {@code --batch} once
     * larger (≈ 20 more at 10,000 notes, all while the store is small), and the last group, the serial tail, stays
     * under an eighth of the run and under one batch. Measured: BENCHMARKS.md, 2026-12-02, "the writer overlaps the NLP".
     */
    static final int DEFAULT_GROUP_MINIMUM = 128;
    static final int GROUP_SHARE = 8;

    private final TdbStore store;
    private final Supplier<Extractor> extractorSupplier;
    private final String extractorIdentity;
    private final Vocabulary vocabulary;
    private final int threads;
    private final int batchSize;
    private final int groupMinimum;
    private final double linkThreshold;
    private final PrintStream progress;
    private final PrintStream commitLog;

    private IngestJob(Builder b) {
        this.store = Objects.requireNonNull(b.store, "store");
        this.extractorSupplier = Objects.requireNonNull(b.extractor, "extractor");
        this.extractorIdentity = Objects.requireNonNull(b.extractorIdentity, "extractorIdentity");
        this.vocabulary = Objects.requireNonNull(b.vocabulary, "vocabulary");
        this.threads = b.threads;
        this.batchSize = b.batchSize;
        this.groupMinimum = b.groupMinimum;
        this.linkThreshold = b.linkThreshold;
        this.progress = b.progress;
        this.commitLog = b.commitLog;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Settings of an ingest; safe defaults. */
    public static final class Builder {
        private TdbStore store;
        private Supplier<Extractor> extractor;
        private String extractorIdentity;
        private Vocabulary vocabulary;
        private int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        private int batchSize = 1024;
        private int groupMinimum = DEFAULT_GROUP_MINIMUM;
        private double linkThreshold = NoteGraphMapper.DEFAULT_LINK_THRESHOLD;
        private PrintStream progress;
        private PrintStream commitLog;

        public Builder store(TdbStore s) { this.store = s; return this; }

        /**
         * The extractor, built only if some note needs extraction (so an unchanged corpus never loads CoreNLP),
         * and the identity it will report.
         */
        public Builder extractor(Supplier<Extractor> e, String identity) { this.extractor = e; this.extractorIdentity = identity; return this; }
        public Builder vocabulary(Vocabulary v) { this.vocabulary = v; return this; }
        public Builder threads(int n) { this.threads = Math.max(1, n); return this; }
        /** The most notes one transaction holds (the writer commits earlier when it would otherwise wait). */
        public Builder batchSize(int n) { this.batchSize = Math.max(1, n); return this; }
        /**
         * The fewest notes the writer commits early, when no finished extraction is waiting for it (capped at the
         * batch size; 1 commits whenever the writer catches up with the NLP).
         */
        public Builder groupMinimum(int n) { this.groupMinimum = Math.max(1, n); return this; }
        public Builder linkThreshold(double t) { this.linkThreshold = t; return this; }
        /** Where to print progress lines (null: silent). */
        public Builder progress(PrintStream p) { this.progress = p; return this; }
        /** Where to print one line per committed batch, for logs and supervisors (null: nothing). */
        public Builder commitLog(PrintStream p) { this.commitLog = p; return this; }
        public IngestJob build() { return new IngestJob(this); }
    }

    private record Work(PaperNote note, CompletableFuture<Extraction> extraction) {}

    private static final Work END = new Work(null, null);

    public IngestReport run(List<String> inputs) {
        long start = System.nanoTime();
        ResourceIris iris = store.iris();
        StoredNotes stored = new StoredNotes(store);
        PaperWriter writer = new PaperWriter(store, vocabulary, linkThreshold);
        List<ReadProblem> problems = Collections.synchronizedList(new ArrayList<>());
        Set<String> seen = new HashSet<>();
        Set<String> filesRead = new HashSet<>();
        Map<Node, SourceLocation> moved = new HashMap<>();
        AtomicLong read = new AtomicLong(), unchanged = new AtomicLong(), duplicates = new AtomicLong(),
                extracted = new AtomicLong(), failed = new AtomicLong(), movedCount = new AtomicLong(),
                nlpNanos = new AtomicLong(), writeNanos = new AtomicLong(), nlpCpuNanos = new AtomicLong(),
                writeCpuNanos = new AtomicLong(), lastExtracted = new AtomicLong(start);
        ProgressMeter meter = progress == null ? null
                : new ProgressMeter(progress, countNotes(inputs), System.console() != null, System::nanoTime);
        // notes done: extracted (handed to the writer), failed, or settled without NLP (unchanged, moved, duplicate)
        Runnable report = meter == null ? () -> {}
                : () -> meter.update(extracted.get() + failed.get() + unchanged.get() + movedCount.get() + duplicates.get(),
                        extracted.get(), unchanged.get());

        // room for a batch's worth of extractions, so the NLP workers keep going while the writer commits one
        BlockingQueue<Work> queue = new ArrayBlockingQueue<>(Math.max(threads * 8, batchSize));
        ExecutorService workers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "papergraph-nlp");
            t.setDaemon(true);
            return t;
        });
        Extractor[] extractor = new Extractor[1];
        CompletableFuture<Void> writing = CompletableFuture.runAsync(() -> {
            PaperWriter.Batch batch = new PaperWriter.Batch();
            long committed = 0;   // notes this run has committed so far
            try {
                while (true) {
                    // Group commit: when no finished extraction is waiting, commit what the writer holds instead of
                    // holding it while it waits, so the writing overlaps the NLP (see GROUP_SHARE for the minimum).
                    if (batch.size() >= groupMinimum(committed) && !nextIsReady(queue)) {
                        committed += batch.size();
                        commit(writer, batch, writeNanos, writeCpuNanos, extracted.get());
                    }
                    Work w = queue.take();
                    if (w == END) break;
                    try {
                        Extraction e = w.extraction().get();
                        batch.add(e);
                        extracted.incrementAndGet();
                    } catch (ExecutionException ex) {
                        problems.add(ReadProblem.rejected(w.note().source(), "extraction failed: " + rootMessage(ex)));
                        failed.incrementAndGet();
                    }
                    if (batch.size() >= batchSize) {
                        committed += batch.size();
                        commit(writer, batch, writeNanos, writeCpuNanos, extracted.get());
                    }
                    // per note, not per commit: a batch is a thousand notes, and the meter prints at most every so often
                    report.run();
                }
                if (!batch.isEmpty()) commit(writer, batch, writeNanos, writeCpuNanos, extracted.get());
            } catch (InterruptedException ie) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("ingest interrupted", ie);
            }
        }, Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "papergraph-writer");
            t.setDaemon(true);
            return t;
        }));

        NoteSink sink = new NoteSink() {
            @Override
            public void note(PaperNote note) {
                read.incrementAndGet();
                filesRead.add(note.source().file());
                Node noteIri = iris.note(note.title(), note.summary());
                if (!seen.add(noteIri.getURI())) {
                    duplicates.incrementAndGet();
                    return;
                }
                StoredNotes.Stored s = stored.get(noteIri);
                if (s != null && s.extractor().equals(extractorIdentity)) {
                    if (!s.source().equals(note.source())) {
                        moved.put(noteIri, note.source());
                        movedCount.incrementAndGet();
                    } else {
                        unchanged.incrementAndGet();
                    }
                    if ((unchanged.get() & 1023) == 0) report.run();
                    return;
                }
                if (extractor[0] == null) extractor[0] = extractorSupplier.get();
                Extractor x = extractor[0];
                CompletableFuture<Extraction> f = CompletableFuture.supplyAsync(() -> {
                    long t0 = System.nanoTime(), c0 = threadCpu();
                    try {
                        return x.extract(note);
                    } finally {
                        long t1 = System.nanoTime();
                        nlpNanos.addAndGet(t1 - t0);
                        nlpCpuNanos.addAndGet(threadCpu() - c0);
                        lastExtracted.accumulateAndGet(t1, Math::max);
                    }
                }, workers);
                put(queue, new Work(note, f), writing);
            }

            @Override
            public void problem(ReadProblem problem) {
                problems.add(problem);
                if (problem.where() != null) filesRead.add(problem.where().file());
            }
        };
        boolean finished = false;
        long removed = 0;
        try {
            try {
                new CorpusReader().read(inputs, sink);
            } finally {
                put(queue, END, writing);
            }
            joinWriter(writing);
            workers.shutdownNow();

            PaperWriter.Batch last = new PaperWriter.Batch();
            moved.forEach(last::move);
            for (Map.Entry<String, StoredNotes.Stored> e : stored.all().entrySet()) {
                if (!seen.contains(e.getKey()) && filesRead.contains(e.getValue().source().file())) {
                    last.remove(org.apache.jena.graph.NodeFactory.createURI(e.getKey()));
                    removed++;
                }
            }
            // the last batch with every pending co-occurrence count: the statistics are exact again
            timed(writeNanos, writeCpuNanos, () -> writer.finish(last));
            finished = true;
        } finally {
            if (!finished) finishAfterFailure(writing, workers, writer);
        }
        if (meter != null) {
            meter.finish(extracted.get() + failed.get() + unchanged.get() + movedCount.get() + duplicates.get(),
                    extracted.get(), unchanged.get());
        }
        problems.sort((a, b) -> a.where() == null || b.where() == null ? 0 : a.where().compareTo(b.where()));
        return new IngestReport(read.get(), extracted.get(), unchanged.get(), moved.size(), removed, duplicates.get(),
                writer.papersWritten(), List.copyOf(problems), (System.nanoTime() - start) / 1_000_000,
                nlpNanos.get() / 1_000_000, writeNanos.get() / 1_000_000, writer.mapNanos() / 1_000_000, writer.quadsWritten(),
                nlpCpuNanos.get() / 1_000_000, writeCpuNanos.get() / 1_000_000, (System.nanoTime() - lastExtracted.get()) / 1_000_000);
    }

    /**
     * The notes the inputs hold, for the progress bar's total: a first pass of the readers alone (no store, no NLP;
     * reading is a small fraction of an ingest).
     */
    static long countNotes(List<String> inputs) {
        AtomicLong notes = new AtomicLong();
        new CorpusReader().read(inputs, new NoteSink() {
            @Override
            public void note(PaperNote note) {
                notes.incrementAndGet();
            }

            @Override
            public void problem(ReadProblem problem) {
                // reported by the real pass
            }
        });
        return notes.get();
    }

    /**
     * The fewest notes the writer commits early: an eighth of what this run has committed so far, at least the
     * builder's minimum, at most the batch size. Why: {@link #DEFAULT_GROUP_MINIMUM}.
     */
    private int groupMinimum(long committed) {
        return (int) Math.min(batchSize, Math.max(groupMinimum, committed / GROUP_SHARE));
    }

    /** True if the writer can go on without waiting: the next extraction has finished (or the input has ended). */
    private static boolean nextIsReady(BlockingQueue<Work> queue) {
        Work next = queue.peek();
        return next != null && (next == END || next.extraction().isDone());
    }

    private static void put(BlockingQueue<Work> queue, Work w, CompletableFuture<Void> writing) {
        try {
            while (!queue.offer(w, 200, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                if (writing.isDone()) return;   // the writer failed: stop feeding it; joinWriter reports why
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("ingest interrupted", e);
        }
    }

    /**
     * The run failed (reading, extraction or a batch): once the writer thread has stopped, the co-occurrence counts
     * of the batches that did commit are written, so the store is exact for what it holds. If even that fails, the
     * store stays marked and its next open rebuilds the statistics.
     */
    private static void finishAfterFailure(CompletableFuture<Void> writing, ExecutorService workers, PaperWriter writer) {
        workers.shutdownNow();
        try {
            writing.handle((v, e) -> null).get();
            writer.finish(new PaperWriter.Batch());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | RuntimeException e) {
            // the original failure is what the caller reports; the next open repairs the statistics
        }
    }

    private static void joinWriter(CompletableFuture<Void> writing) {
        try {
            writing.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("ingest interrupted", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException re) throw re;
            throw new IllegalStateException(c);
        }
    }

    private long commits;

    /** Writes a batch in one transaction and, once it is committed, says so on the commit log. */
    private void commit(PaperWriter writer, PaperWriter.Batch batch, AtomicLong writeNanos, AtomicLong writeCpuNanos, long extractedSoFar) {
        int size = batch.size();
        timed(writeNanos, writeCpuNanos, () -> writer.write(batch));
        batch.clearAfterWrite();
        commits++;
        if (commitLog != null) {
            commitLog.printf("ingest: committed batch %d (%d notes, %d extracted so far)%n", commits, size, extractedSoFar);
            commitLog.flush();
        }
    }

    private static void timed(AtomicLong nanos, AtomicLong cpuNanos, Runnable r) {
        long t0 = System.nanoTime(), c0 = threadCpu();
        try {
            r.run();
        } finally {
            nanos.addAndGet(System.nanoTime() - t0);
            cpuNanos.addAndGet(threadCpu() - c0);
        }
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** CPU time of the calling thread (0 where the JVM cannot measure it): separates work from waiting for a core. */
    private static long threadCpu() {
        return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : 0;
    }

    private static String rootMessage(Throwable t) {
        while (t.getCause() != null) t = t.getCause();
        return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
    }
}
