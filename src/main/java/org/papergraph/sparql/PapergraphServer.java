package org.papergraph.sparql;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.papergraph.explore.Explorer;
import org.papergraph.store.TdbStore;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * papergraph's SPARQL endpoint: embedded Fuseki over the store, safe by default.
 * <ul>
 * <li>bound to the loopback interface unless told otherwise;</li>
 * <li>read-only: SPARQL 1.1 Protocol at {@code /kg/sparql} (and {@code /kg/query}), Graph Store Protocol read at
 *     {@code /kg/data} (and {@code /kg/get}); no update, upload or GSP write operation exists;</li>
 * <li>a server-side query timeout (a client's {@code timeout} can only lower it), backed by a watchdog;</li>
 * <li>{@code SERVICE} refused: Jena allows federated queries by default, which would let any client make the
 *     server fetch URLs;</li>
 * <li>result rows, request bodies and concurrent requests per client capped; CORS off unless origins are listed
 *     (see {@link EndpointSafety} and SECURITY.md).</li>
 * </ul>
 * Jetty's response buffer is set back to Jetty's own default size ({@link #RESPONSE_BUFFER_BYTES}), see
 * {@link #useSmallResponseBuffers}.
 */
public final class PapergraphServer implements AutoCloseable {

    /** Hosts that mean "this machine only". */
    public static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "::1");
    public static final String ALL_INTERFACES = "0.0.0.0";

    /**
     * Size of each response's output buffer: Jetty's own default (32 KiB, aggregating writes below 8 KiB), small
     * enough for Jetty's buffer pool to keep and reuse (it pools buffers up to 64 KiB).
     */
    static final int RESPONSE_BUFFER_BYTES = 32 * 1024;

    private final FusekiServer fuseki;
    private final String host;
    private final QueryWatchdog watchdog;

    private PapergraphServer(FusekiServer fuseki, String host, QueryWatchdog watchdog) {
        this.fuseki = fuseki;
        this.host = host;
        this.watchdog = watchdog;
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private TdbStore store;
        private String host = "127.0.0.1";
        private int port = 3030;
        private Duration queryTimeout = Duration.ofSeconds(30);
        private Duration watchdogGrace;
        private long maxRows = EndpointSafety.Settings.DEFAULT_MAX_ROWS;
        private long maxRequestBytes = EndpointSafety.Settings.DEFAULT_MAX_REQUEST_BYTES;
        private int maxConcurrentPerClient = EndpointSafety.Settings.DEFAULT_MAX_CONCURRENT_PER_CLIENT;
        private List<String> corsOrigins = List.of();

        public Builder store(TdbStore s) { this.store = s; return this; }

        /** 127.0.0.1 / localhost (default) or 0.0.0.0 for every interface. */
        public Builder host(String h) { this.host = h; return this; }

        /** 0 picks a free port. */
        public Builder port(int p) { this.port = p; return this; }
        public Builder queryTimeout(Duration d) { this.queryTimeout = d; return this; }
        /** Time past the timeout before the watchdog aborts a query, and again before it reports the query as a runaway (default: a fifth of the timeout, 1-10 s). */
        public Builder watchdogGrace(Duration d) { this.watchdogGrace = d; return this; }
        /** Result rows a query may return (default 10,000); more are cut, and the response says so. */
        public Builder maxRows(long n) { this.maxRows = n; return this; }
        /** Largest request body (default 256 KiB). */
        public Builder maxRequestBytes(long n) { this.maxRequestBytes = n; return this; }
        /** Requests one client address may have running at once (default 4); HTTP 429 beyond. */
        public Builder maxConcurrentPerClient(int n) { this.maxConcurrentPerClient = n; return this; }
        /** Origins (scheme://host[:port]) whose pages may read responses; none by default (CORS off). */
        public Builder corsOrigins(List<String> origins) { this.corsOrigins = List.copyOf(origins); return this; }

        public PapergraphServer build() {
            Objects.requireNonNull(store, "store");
            boolean loopback = LOOPBACK.contains(host);
            if (!loopback && !ALL_INTERFACES.equals(host)) {
                throw new IllegalArgumentException("--host must be 127.0.0.1, localhost or 0.0.0.0 (all interfaces), not " + host);
            }
            EndpointSafety.Settings safety = new EndpointSafety.Settings(queryTimeout,
                    watchdogGrace != null ? watchdogGrace : EndpointSafety.Settings.defaultGrace(queryTimeout),
                    maxRows, maxRequestBytes, maxConcurrentPerClient, corsOrigins);
            EndpointSafety.configure(store.dataset().getContext(), safety);

            DataService.Builder kg = DataService.newBuilder(store.dataset())
                    .addEndpoint(Operation.Query, "sparql")
                    .addEndpoint(Operation.Query, "query")
                    .addEndpoint(Operation.GSP_R, "data")
                    .addEndpoint(Operation.GSP_R, "get");
            FusekiServer.Builder server = FusekiServer.create()
                    .port(port)
                    .loopback(loopback)
                    .enablePing(true)
                    .add("/kg", kg);
            QueryWatchdog watchdog = new QueryWatchdog(safety.queryTimeout(), safety.watchdogGrace());
            try {
                EndpointSafety.install(server, safety, watchdog);
                Explorer.install(server, store);
                FusekiServer fuseki = server.build();
                useSmallResponseBuffers(fuseki.getJettyServer());
                return new PapergraphServer(fuseki, loopback ? "127.0.0.1" : host, watchdog);
            } catch (RuntimeException e) {
                watchdog.close();
                throw e;
            }
        }
    }

    /**
     * Fuseki 5.6 ({@code JettyLib.httpConfiguration}) gives every response a 5 MiB output buffer. Jetty's
     * {@code ArrayByteBufferPool} pools buffers up to 64 KiB only, so each response that writes through the servlet
     * output stream (every query answer, {@code /$/ping}) allocated a new 5 MiB direct buffer: malloc, zeroing and
     * first-touch page faults of 1,280 pages: ~2-4 ms of CPU per request on the development VM, ~20 ms in some runs
     * (the "HTTP floor" of BENCHMARKS.md), and hundreds of MB of native memory waiting for
     * a GC to run the buffers' cleaners (a System.gc() when it reaches -XX:MaxDirectMemorySize). A 32 KiB buffer
     * comes from the pool. The only difference a client can see: an answer over 32 KiB is committed (status and
     * headers sent) once its first 32 KiB are written instead of its first 5 MiB, so a failure later in the writing
     * cuts the stream instead of becoming an error status; a timeout during result writing already answered 200
     * with Fuseki's buffer (Fuseki: "200 may have already been sent").
     */
    static void useSmallResponseBuffers(Server jetty) {
        for (Connector connector : jetty.getConnectors()) {
            HttpConnectionFactory http = connector.getConnectionFactory(HttpConnectionFactory.class);
            if (http == null) continue;
            HttpConfiguration config = http.getHttpConfiguration();
            config.setOutputBufferSize(RESPONSE_BUFFER_BYTES);   // also sets the aggregation size to a quarter of it
        }
    }

    public PapergraphServer start() {
        fuseki.start();
        return this;
    }

    public int port() {
        return fuseki.getHttpPort();
    }

    /** The server's root URL, e.g. {@code http://127.0.0.1:3030/}. */
    public String url() {
        return "http://" + (host.equals(ALL_INTERFACES) ? "127.0.0.1" : host) + ":" + port() + "/";
    }

    public String sparqlUrl() {
        return url() + "kg/sparql";
    }

    /** The watchdog behind the query timeout (its counters show what it had to do). */
    public QueryWatchdog watchdog() {
        return watchdog;
    }

    public void join() {
        fuseki.join();
    }

    @Override
    public void close() {
        try {
            fuseki.stop();
        } finally {
            watchdog.close();
        }
    }
}
