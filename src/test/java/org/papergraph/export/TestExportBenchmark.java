package org.papergraph.export;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.papergraph.export.push.PushReport;
import org.papergraph.export.push.Pusher;
import org.papergraph.graph.ResourceIris;
import org.papergraph.store.TdbStore;
import org.papergraph.testing.FreePort;
import org.papergraph.testing.FusekiServerProcess;
import org.papergraph.testing.SampleStore;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Export and push figures on a large synthetic store: the sample's paper graphs copied under new graph and
 * resource names until the store holds {@code papergraph.bench.triples} quads (default 1,000,000), plus the
 * sample's vocabulary and ontology. Prints, per syntax, the time, quads/s and the peak heap in use (sampled every
 * 20 ms), then the push throughput into a standalone Fuseki server (GSP and update) from a smaller store of
 * {@code papergraph.bench.pushTriples} quads (default 100,000). Bounded: one export per syntax, two pushes.
 *
 * <p>Run (tagged slow: not part of the default run; it needs target/fuseki-server, which {@code mvn verify} copies):
 * {@code mvn -o verify -Dtest=TestExportBenchmark -Dgroups=slow -Dit.test=none -Dfailsafe.failIfNoSpecifiedTests=false
 * -Dpapergraph.bench.triples=1000000}. It prints lines starting {@code bench:}; the stores stay in
 * target/bench-N for reruns.
 */
@Tag("slow")
class TestExportBenchmark {

    @Test
    void exportAndPushALargeStore() throws Exception {
        long target = Long.getLong("papergraph.bench.triples", 1_000_000);
        Path dir = Path.of("target", "bench-" + target);
        Path storeDir = dir.resolve("store");
        boolean fresh = !Files.exists(storeDir);
        try (TdbStore big = TdbStore.open(storeDir, ResourceIris.defaults())) {
            if (fresh) build(big, target);
            long quads = big.read(d -> d.stream().count());
            System.out.printf("bench: store of %,d quads in %d graphs%n", quads, big.read(d -> { int n = 0; var it = d.listGraphNodes(); while (it.hasNext()) { it.next(); n++; } return n; }));
            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            for (ExportFormat f : ExportFormat.values()) {
                System.gc();
                long base = memory.getHeapMemoryUsage().getUsed();
                AtomicLong peak = new AtomicLong(base);
                Thread sampler = new Thread(() -> {
                    while (!Thread.currentThread().isInterrupted()) {
                        peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                        try { Thread.sleep(20); } catch (InterruptedException e) { return; }
                    }
                });
                sampler.start();
                long t0 = System.nanoTime();
                Exporter.Report r = Exporter.builder().store(big).format(f).build().export(OutputStream.nullOutputStream());
                double s = (System.nanoTime() - t0) / 1e9;
                sampler.interrupt();
                sampler.join();
                System.out.printf("bench: export %-6s %,10d statements %6.1f s %,9.0f statements/s  heap peak %,5d MB (before %,d MB), %d sort runs%n",
                        f.extension, r.statements(), s, r.statements() / s, peak.get() >> 20, base >> 20, r.sortRuns());
                assertTrue(r.statements() >= quads / 2);
            }
        }
        // the push goes to a server that writes every graph in a TDB2 transaction: a smaller store keeps it bounded
        long pushTarget = Long.getLong("papergraph.bench.pushTriples", 100_000);
        Path pushStore = Path.of("target", "bench-" + pushTarget, "store");
        boolean freshPush = !Files.exists(pushStore);
        try (TdbStore small = TdbStore.open(pushStore, ResourceIris.defaults())) {
            if (freshPush) build(small, pushTarget);
            try (FusekiServerProcess fuseki = FusekiServerProcess.start(Files.createDirectories(dir.resolve("fuseki-" + System.nanoTime())), FreePort.find(), null)) {
                PushReport gsp = Pusher.builder().store(small).target(fuseki.gspUrl()).build().push();
                System.out.println("bench: push GSP to Fuseki: " + gsp.summary());
                PushReport update = Pusher.builder().store(small).target(fuseki.updateUrl()).mode(org.papergraph.export.push.PushMode.UPDATE).build().push();
                System.out.println("bench: push update to Fuseki: " + update.summary());
            }
        }
    }

    /** Copies every sample paper graph under new names (graph, paper, note and evidence IRIs) until the target is reached. */
    static void build(TdbStore big, long target) {
        ResourceIris iris = ResourceIris.defaults();
        List<Quad> sample = SampleStore.get().read(d -> {
            List<Quad> all = new ArrayList<>();
            d.find().forEachRemaining(all::add);
            return all;
        });
        String paperBase = iris.base() + "paper/";
        String graphBase = iris.base() + "graph/paper/";
        big.write(d -> sample.forEach(q -> { if (!iris.isPaperGraph(q.getGraph())) d.add(q); }));
        long written = big.read(d -> d.stream().count());
        for (int copy = 1; written < target; copy++) {
            String suffix = "-copy" + copy;
            List<Quad> batch = new ArrayList<>();
            for (Quad q : sample) {
                if (!iris.isPaperGraph(q.getGraph())) continue;
                batch.add(Quad.create(rename(q.getGraph(), graphBase, suffix), rename(q.getSubject(), paperBase, suffix),
                        q.getPredicate(), rename(q.getObject(), paperBase, suffix)));
            }
            big.write(d -> batch.forEach(d::add));
            written += batch.size();
        }
    }

    /** {base}paper/SLUG/rest becomes {base}paper/SLUG-copyN/rest (and likewise for graph names). */
    static Node rename(Node n, String prefix, String suffix) {
        if (!n.isURI() || !n.getURI().startsWith(prefix)) return n;
        String rest = n.getURI().substring(prefix.length());
        int cut = rest.indexOf('/');
        int hash = rest.indexOf('#');
        int end = cut < 0 ? (hash < 0 ? rest.length() : hash) : (hash < 0 ? cut : Math.min(cut, hash));
        return NodeFactory.createURI(prefix + rest.substring(0, end) + suffix + rest.substring(end));
    }
}
