package org.papergraph.sparql;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
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
 */
public final class PapergraphServer implements AutoCloseable {

    /** Hosts that mean "this machine only". */
    public static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "::1");
    public static final String ALL_INTERFACES = "0.0.0.0";

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
                return new PapergraphServer(fuseki, loopback ? "127.0.0.1" : host, watchdog);
            } catch (RuntimeException e) {
                watchdog.close();
                throw e;
            }
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
