package org.papergraph.export.push;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.http.auth.AuthEnv;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.http.GSP;
import org.apache.jena.sparql.exec.http.UpdateExecHTTP;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.modify.request.QuadDataAcc;
import org.apache.jena.sparql.modify.request.UpdateDataInsert;
import org.apache.jena.sparql.modify.request.UpdateDrop;
import org.apache.jena.update.UpdateRequest;
import org.papergraph.export.GraphSelection;
import org.papergraph.store.TdbStore;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Sends a store's graphs to another triplestore, one named graph per paper (and one each for the entities,
 * statistics, vocabulary and ontology), with Jena's HTTP clients.
 * <ul>
 * <li>{@link PushMode#GSP}: SPARQL 1.1 Graph Store Protocol, {@code PUT target?graph=G} with the graph as Turtle,
 *     one request per graph. PUT replaces the graph, so pushing twice leaves one copy. The dataset URL itself is
 *     never PUT to: in Fuseki that replaces the whole dataset.</li>
 * <li>{@link PushMode#UPDATE}: SPARQL 1.1 Update requests of {@code DROP SILENT GRAPH G ; INSERT DATA { GRAPH G
 *     {...} }} for a batch of graphs at a time (a large graph is split over several INSERT DATA requests after its
 *     DROP).</li>
 * </ul>
 * Graphs are read from the store a batch at a time, each batch in its own read transaction, so memory holds one
 * batch. A request that fails with a server error or no answer is tried again after a growing pause
 * ({@link Retry}); when the attempts run out, {@link PushException} names the graph. Credentials go to Jena's
 * {@link AuthEnv}, which answers both Basic and Digest challenges.
 */
public final class Pusher {

    private final TdbStore store;
    private final String target;
    private final PushMode mode;
    private final GraphSelection selection;
    private final int batchGraphs;
    private final int maxTriplesPerUpdate;
    private final Retry retry;
    private final Credentials credentials;
    private final boolean dryRun;
    private final PushListener listener;
    private final Duration connectTimeout;

    private int requests;
    private int retries;

    private Pusher(Builder b) {
        this.store = Objects.requireNonNull(b.store, "store");
        this.target = Objects.requireNonNull(b.target, "target");
        this.mode = b.mode;
        this.selection = b.selection;
        this.batchGraphs = b.batchGraphs;
        this.maxTriplesPerUpdate = b.maxTriplesPerUpdate;
        this.retry = b.retry;
        this.credentials = b.credentials;
        this.dryRun = b.dryRun;
        this.listener = b.listener;
        this.connectTimeout = b.connectTimeout;
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private TdbStore store;
        private String target;
        private PushMode mode = PushMode.GSP;
        private GraphSelection selection = GraphSelection.ALL;
        private int batchGraphs = 50;
        private int maxTriplesPerUpdate = 1_000;
        private Retry retry = Retry.defaults();
        private Credentials credentials;
        private boolean dryRun;
        private PushListener listener = PushListener.NONE;
        private Duration connectTimeout = Duration.ofSeconds(10);

        public Builder store(TdbStore s) { this.store = s; return this; }

        /** The Graph Store Protocol URL (GSP mode, e.g. {@code http://host:3030/ds/data}) or the update URL (update mode). */
        public Builder target(String url) {
            URI u = URI.create(url);
            if (!"http".equals(u.getScheme()) && !"https".equals(u.getScheme())) {
                throw new IllegalArgumentException("--to must be an http or https URL, not " + url);
            }
            if (u.getRawQuery() != null) throw new IllegalArgumentException("--to must not carry a query string (" + url + "): the graph is added per request");
            this.target = url;
            return this;
        }

        public Builder mode(PushMode m) { this.mode = m; return this; }
        public Builder graphs(GraphSelection s) { this.selection = s; return this; }
        /** Graphs read per transaction, and per request in update mode (default 50). */
        public Builder batchGraphs(int n) { if (n < 1) throw new IllegalArgumentException("batch must be at least 1"); this.batchGraphs = n; return this; }
        /**
         * Update mode: triples per request at most (default 1,000). Virtuoso 7 refuses a request whose SQL
         * translation exceeds 10,000 lines, which 2,000 triples of INSERT DATA already do.
         */
        public Builder maxTriplesPerUpdate(int n) { this.maxTriplesPerUpdate = n; return this; }
        public Builder retry(Retry r) { this.retry = r; return this; }
        public Builder credentials(Credentials c) { this.credentials = c; return this; }
        /** Read and count everything, send nothing. */
        public Builder dryRun(boolean d) { this.dryRun = d; return this; }
        public Builder listener(PushListener l) { this.listener = l == null ? PushListener.NONE : l; return this; }
        public Builder connectTimeout(Duration d) { this.connectTimeout = d; return this; }

        public Pusher build() {
            return new Pusher(this);
        }
    }

    /** Sends every selected graph; throws {@link PushException} naming the graph it stopped at. */
    public PushReport push() {
        long start = System.nanoTime();
        List<Node> graphs = store.read(dsg -> {
            Predicate<Node> wanted = selection.filter(store.iris());
            List<Node> g = new ArrayList<>();
            dsg.listGraphNodes().forEachRemaining(n -> { if (n.isURI() && wanted.test(n)) g.add(n); });
            g.sort(Comparator.comparing(Node::getURI));
            return g;
        });
        listener.started(graphs.size());
        HttpClient http = HttpClient.newBuilder().connectTimeout(connectTimeout).followRedirects(HttpClient.Redirect.NORMAL).build();
        URI authScope = URI.create(target);
        if (credentials != null && !dryRun) AuthEnv.get().registerUsernamePassword(authScope, credentials.user(), credentials.password());
        long triples = 0;
        int done = 0;
        try {
            for (int from = 0; from < graphs.size(); from += batchGraphs) {
                List<Node> names = graphs.subList(from, Math.min(graphs.size(), from + batchGraphs));
                List<GraphBatch> batch = store.read(dsg -> read(dsg, names));
                if (dryRun || mode == PushMode.GSP) {
                    for (GraphBatch g : batch) {
                        if (!dryRun) {
                            int sentSoFar = done;
                            send(g.name(), sentSoFar, graphs.size(), () -> GSP.service(target).httpClient(http)
                                    .graphName(g.name()).contentType(RDFFormat.TURTLE_BLOCKS).PUT(g.content()));
                        }
                        done++;
                        triples += g.triples();
                        listener.graphSent(g.name(), g.triples(), done, graphs.size());
                    }
                } else {
                    for (UpdateRequest request : updates(batch)) {
                        int sentSoFar = done;
                        send(batch.get(0).name(), sentSoFar, graphs.size(),
                                () -> UpdateExecHTTP.service(target).httpClient(http).update(request).execute());
                    }
                    for (GraphBatch g : batch) {
                        done++;
                        triples += g.triples();
                        listener.graphSent(g.name(), g.triples(), done, graphs.size());
                    }
                }
            }
        } finally {
            if (credentials != null && !dryRun) AuthEnv.get().unregisterUsernamePassword(authScope);
        }
        return new PushReport(done, triples, requests, retries, Duration.ofNanos(System.nanoTime() - start), dryRun);
    }

    private static List<GraphBatch> read(DatasetGraph dsg, List<Node> names) {
        List<GraphBatch> out = new ArrayList<>();
        for (Node name : names) {
            Graph g = GraphFactory.createDefaultGraph();
            dsg.find(name, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> g.add(q.asTriple()));
            out.add(new GraphBatch(name, g));
        }
        return out;
    }

    /**
     * The update requests of a batch: each graph dropped, then inserted, packed into requests of at most
     * {@code maxTriplesPerUpdate} triples; a graph larger than that spans several requests, its DROP in the first.
     */
    List<UpdateRequest> updates(List<GraphBatch> batch) {
        List<UpdateRequest> out = new ArrayList<>();
        UpdateRequest current = new UpdateRequest();
        long inCurrent = 0;
        for (GraphBatch g : batch) {
            current.add(new UpdateDrop(g.name(), true));
            QuadDataAcc data = new QuadDataAcc();
            for (Triple t : g.content().find().toList()) {
                if (inCurrent >= maxTriplesPerUpdate) {
                    if (!data.getQuads().isEmpty()) current.add(new UpdateDataInsert(data));
                    out.add(current);
                    current = new UpdateRequest();
                    data = new QuadDataAcc();
                    inCurrent = 0;
                }
                data.addQuad(Quad.create(g.name(), t));
                inCurrent++;
            }
            if (!data.getQuads().isEmpty()) current.add(new UpdateDataInsert(data));
        }
        if (!current.getOperations().isEmpty()) out.add(current);
        return out;
    }

    private void send(Node graph, int graphsSent, int graphsTotal, Runnable request) {
        for (int attempt = 1; ; attempt++) {
            try {
                requests++;
                request.run();
                return;
            } catch (RuntimeException e) {
                if (!Retry.retryable(e) || attempt >= retry.attempts()) {
                    throw new PushException(graph, graphsSent, graphsTotal, attempt, Retry.reason(e), e);
                }
                long pause = retry.pauseMillis(attempt + 1);
                retries++;
                listener.retrying(graph, attempt, Retry.reason(e), pause);
                try {
                    Thread.sleep(pause);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw new PushException(graph, graphsSent, graphsTotal, attempt, "interrupted", ie);
                }
            }
        }
    }
}
