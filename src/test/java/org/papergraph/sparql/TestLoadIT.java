package org.papergraph.sparql;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.papergraph.store.TdbStore;
import org.papergraph.testing.Http;
import org.papergraph.testing.SampleStore;
import org.papergraph.testing.SyntheticStore;

import java.lang.management.ManagementFactory;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Load on the endpoint, loopback only, bounded in time: 32 clients (one connection each, no think time) run the
 * named queries (default parameters, round robin) for 60 s, three times over, against the sample store and against
 * a synthetic store of 10,010 papers (the sample's 26 paper graphs copied 385 times under new IRIs by
 * {@link SyntheticStore#multiply}, no NLP). Asserts zero errors (every answer 200 with a result), and that the heap
 * after a full GC does not grow from the first repeat to the third. Prints p50/p99 latency and throughput per
 * repeat and per query.
 *
 * <p>Slow (about 8 minutes plus building the synthetic store), so tagged {@code slow}: {@code .ci/run} runs it;
 * by hand: {@code mvn verify -Dit.test=TestLoadIT -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false
 * -Dgroups=slow -Dpapergraph.load.seconds=60 -Dpapergraph.load.repeats=3}.
 */
@Tag("slow")
class TestLoadIT {

    static final int CLIENTS = 32;
    static final int SECONDS = Integer.getInteger("papergraph.load.seconds", 60);
    static final int REPEATS = Integer.getInteger("papergraph.load.repeats", 3);
    static final int TARGET_PAPERS = 10_000;

    static Path dir;
    static List<NamedQuery> queries;
    static Map<String, String> bound = new LinkedHashMap<>();

    @BeforeAll
    static void prepare() {
        dir = SampleStore.TempDirs.create("papergraph-load");
        queries = new ArrayList<>(NamedQueries.bundled().all());
        QueryBinder binder = new QueryBinder(SampleStore.get().iris());
        for (NamedQuery q : queries) bound.put(q.name(), binder.bind(q, Map.of()).serialize());
    }

    @AfterAll
    static void cleanUp() {
        SampleStore.TempDirs.delete(dir);
    }

    @Test
    void sampleStoreHoldsUnderLoad() throws Exception {
        try (TdbStore store = SyntheticStore.copyOf(SampleStore.get(), dir.resolve("sample"))) {
            runLoad("sample (26 papers)", store);
        }
    }

    @Test
    void tenThousandPaperStoreHoldsUnderLoad() throws Exception {
        int copies = (TARGET_PAPERS + 25) / 26;
        long t0 = System.nanoTime();
        try (TdbStore store = SyntheticStore.multiply(SampleStore.get(), dir.resolve("synthetic"), copies)) {
            long papers = store.paperCount();
            long quads = store.read(d -> d.stream().count());
            System.out.printf("load: synthetic store of %d papers, %d quads built in %.0f s (%d copies of the sample's paper graphs)%n",
                    papers, quads, (System.nanoTime() - t0) / 1e9, copies);
            assertTrue(papers >= TARGET_PAPERS, "papers: " + papers);
            runLoad("synthetic (" + papers + " papers)", store);
        }
    }

    private void runLoad(String label, TdbStore store) throws Exception {
        try (PapergraphServer server = PapergraphServer.builder().store(store).port(0).maxConcurrentPerClient(CLIENTS).build().start()) {
            for (String name : bound.keySet()) {   // warm up, and the latency of each query alone
                long t0 = System.nanoTime();
                HttpResponse<String> r = Http.query(server.sparqlUrl(), bound.get(name), "application/sparql-results+json");
                assertEquals(200, r.statusCode(), name + ": " + r.body());
                System.out.printf("load: %s: %-24s alone %6.0f ms%n", label, name, (System.nanoTime() - t0) / 1e6);
            }
            List<Long> heap = new ArrayList<>();
            for (int repeat = 1; repeat <= REPEATS; repeat++) {
                Result result = oneRun(server.sparqlUrl());
                heap.add(usedHeapAfterGc());
                System.out.printf("load: %s: repeat %d: %d clients, %d s: %d requests, %.1f req/s, p50 %.0f ms, p99 %.0f ms, max %.0f ms, "
                                + "%d errors; heap after GC %d MB%n", label, repeat, CLIENTS, SECONDS, result.count(),
                        result.count() / (double) SECONDS, result.percentile(50), result.percentile(99), result.percentile(100),
                        result.errors.size(), heap.get(heap.size() - 1) >> 20);
                result.perQuery().forEach((name, r) -> System.out.printf("load: %s:   %-24s %6d requests, p50 %6.0f ms, p99 %6.0f ms%n",
                        label, name, r.count(), r.percentile(50), r.percentile(99)));
                assertEquals(List.of(), result.errors.stream().limit(5).toList(), "errors under load");
            }
            assertTrue(heap.get(heap.size() - 1) <= heap.get(0) * 5 / 4 + (64L << 20), "heap grew across repeats: " + heap);
        }
    }

    record Latencies(long[] nanos) {
        long count() { return nanos.length; }
        double percentile(int p) {
            if (nanos.length == 0) return Double.NaN;
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
        }
    }

    record Sample(String query, long nanos) {}

    static final class Result {
        final ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();
        final ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
        long count() { return samples.size(); }
        double percentile(int p) { return new Latencies(samples.stream().mapToLong(Sample::nanos).toArray()).percentile(p); }
        Map<String, Latencies> perQuery() {
            Map<String, Latencies> out = new LinkedHashMap<>();
            for (String name : bound.keySet()) {
                out.put(name, new Latencies(samples.stream().filter(s -> s.query().equals(name)).mapToLong(Sample::nanos).toArray()));
            }
            return out;
        }
    }

    private Result oneRun(String endpoint) throws InterruptedException {
        Result result = new Result();
        List<String> names = new ArrayList<>(bound.keySet());
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(SECONDS);
        CountDownLatch done = new CountDownLatch(CLIENTS);
        AtomicLong next = new AtomicLong();
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            Thread t = new Thread(() -> {
                try {
                    for (int i = client; System.nanoTime() < end; i++) {
                        String name = names.get(i % names.size());
                        HttpRequest request = Http.queryRequest(endpoint, bound.get(name), "application/sparql-results+json")
                                .timeout(Duration.ofSeconds(90)).build();
                        long t0 = System.nanoTime();
                        try {
                            HttpResponse<String> r = Http.send(request);
                            long took = System.nanoTime() - t0;
                            if (r.statusCode() != 200 || !r.body().contains("\"results\"")) {
                                result.errors.add(name + ": HTTP " + r.statusCode() + " " + r.body().substring(0, Math.min(200, r.body().length())));
                            } else {
                                result.samples.add(new Sample(name, took));
                            }
                        } catch (RuntimeException e) {
                            result.errors.add(name + ": " + e);
                        }
                        next.incrementAndGet();
                    }
                } finally {
                    done.countDown();
                }
            }, "load-client-" + c);
            t.start();
        }
        assertTrue(done.await(SECONDS + 180L, TimeUnit.SECONDS), "clients did not finish");
        return result;
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(300);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
