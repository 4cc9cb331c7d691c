package org.papergraph.explore;

import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;
import org.papergraph.nlp.EntityType;
import org.papergraph.sparql.PapergraphServer;
import org.papergraph.testing.SampleStore;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * A benchmark, not a check of speed: prints p50/p99 latency per page kind, measured over HTTP on loopback against
 * the sample store (after a warm-up), and the autocomplete's lookup time over a synthetic index the size 100k
 * papers would give. Bounded (a few seconds). Rerun alone with
 * {@code mvn -o verify -Dit.test=TestPageLatencyIT -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false}; the
 * figures are printed to the console and written to target/page-latency.txt.
 */
class TestPageLatencyIT {

    static final int WARMUP = 30;
    static final int ROUNDS = 200;

    @Test
    void pageLatencyOnTheSample() throws Exception {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("landing", "");
        pages.put("autocomplete", "api/complete?q=shamp");
        pages.put("search", "search?q=shamp");
        pages.put("entity KL-Shampoo", "resource/entity/kl-shampoo");
        pages.put("entity most-mentioned", null);
        pages.put("paper", "resource/paper/" + SampleFacts.IRIS.paperSlug(SampleFacts.KL_TITLE));
        pages.put("sparql page", "sparql");
        pages.put("entity as Turtle", "resource/entity/kl-shampoo?format=ttl");
        pages.put("paper as JSON-LD", "resource/paper/" + SampleFacts.IRIS.paperSlug(SampleFacts.KL_TITLE) + "?format=jsonld");

        StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
                "Explorer page latency, sample store (%d papers), %d requests each after %d warm-up, one client on loopback%n",
                SampleStore.get().paperCount(), ROUNDS, WARMUP));
        try (PapergraphServer server = PapergraphServer.builder().store(SampleStore.get()).port(0).build().start()) {
            CorpusIndex index = new LiveCorpusIndex(SampleStore.get()).get();
            EntitySummary top = index.mostMentioned(1).values().stream().flatMap(List::stream)
                    .max(java.util.Comparator.comparingLong(EntitySummary::papers)).orElseThrow();
            pages.put("entity most-mentioned", new ResourcePaths(SampleFacts.IRIS).href(top.iri()).substring(1));
            HttpClient http = HttpClient.newHttpClient();
            for (Map.Entry<String, String> page : pages.entrySet()) {
                URI uri = URI.create(server.url() + page.getValue());
                long[] nanos = new long[ROUNDS];
                for (int i = -WARMUP; i < ROUNDS; i++) {
                    long t0 = System.nanoTime();
                    HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofByteArray());
                    long t = System.nanoTime() - t0;
                    assertEquals(200, r.statusCode(), uri.toString());
                    if (i >= 0) nanos[i] = t;
                }
                report.append(line(page.getKey(), nanos));
            }
        }
        report.append(autocompleteAtScale());
        System.out.print(report);
        java.nio.file.Files.writeString(java.nio.file.Path.of("target", "page-latency.txt"), report);
    }

    /** The label index alone, over 300,000 synthetic labels of 150,000 entities (what ~100k papers would hold). */
    private static String autocompleteAtScale() {
        Random random = new Random(42);
        String[] words = {"attention", "shampoo", "adam", "sparse", "graph", "neural", "diffusion", "kernel", "policy",
                "gradient", "transformer", "token", "vision", "language", "reward", "contrastive", "bayes", "flow"};
        int entities = 150_000;
        List<EntitySummary> summaries = new ArrayList<>(entities);
        List<LabelIndex.Label> labels = new ArrayList<>(2 * entities);
        for (int i = 0; i < entities; i++) {
            String label = words[random.nextInt(words.length)] + "-" + words[random.nextInt(words.length)] + " " + Integer.toString(i, 36);
            summaries.add(new EntitySummary(NodeFactory.createURI("urn:x:e" + i), label, EntityType.METHOD, 1 + random.nextInt(50)));
            labels.add(new LabelIndex.Label(i, label, false));
            labels.add(new LabelIndex.Label(i, label.toUpperCase(Locale.ROOT).replace('-', ' ') + " v" + i, true));
        }
        long b0 = System.nanoTime();
        LabelIndex index = new LabelIndex(summaries, labels);
        long build = System.nanoTime() - b0;
        String[] queries = {"shamp", "att", "a", "graph neu", "zz9", "kernel", "tion", "bayes fl"};
        long[] nanos = new long[ROUNDS * queries.length];
        int n = 0;
        for (int i = -WARMUP; i < ROUNDS; i++) {
            for (String q : queries) {
                long t0 = System.nanoTime();
                List<LabelIndex.Completion> found = index.complete(q, 10);
                long t = System.nanoTime() - t0;
                if (i >= 0) nanos[n++] = t;
                if (!q.equals("zz9")) assertFalse(found.isEmpty(), q);
            }
        }
        return String.format(Locale.ROOT, "label index, %,d labels: built in %d ms;%n", index.labelCount(), build / 1_000_000)
                + line("  complete(q, 10), mixed queries", nanos);
    }

    private static String line(String name, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return String.format(Locale.ROOT, "  %-32s p50 %7.2f ms   p99 %7.2f ms   max %7.2f ms%n", name,
                sorted[sorted.length / 2] / 1e6, sorted[(int) Math.ceil(sorted.length * 0.99) - 1] / 1e6, sorted[sorted.length - 1] / 1e6);
    }
}
