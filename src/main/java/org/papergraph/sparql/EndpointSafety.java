package org.papergraph.sparql;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.util.Context;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The endpoint's protections, in one place (see SECURITY.md):
 * <ul>
 * <li>a server-side query timeout in the dataset context (a client's {@code timeout} can only lower it), and a
 *     {@link QueryWatchdog} as the second mechanism for queries that do not heed it (Jena issues #3044, #3535);</li>
 * <li>no {@code SERVICE} federation (Jena executes SERVICE to any URL by default, which would let any client make
 *     the server fetch URLs);</li>
 * <li>a cap on result rows that says so ({@link GuardedQueryService});</li>
 * <li>a cap on request bodies ({@link RequestBodyLimit}) and on concurrent requests per client, HTTP 429 beyond
 *     ({@link ClientConcurrencyLimit});</li>
 * <li>CORS off unless origins are listed ({@link CorsPolicy}), never {@code *} by default; {@code nosniff} on
 *     every response.</li>
 * </ul>
 */
public final class EndpointSafety {

    /** Where the limits are described to clients (linked from the row-cap headers). */
    public static final String LIMITS_PATH = "/limits";

    private EndpointSafety() {}

    /**
     * Settings of the endpoint's protections.
     *
     * @param queryTimeout           server-side limit on a query's run time
     * @param watchdogGrace          how long past the timeout the watchdog waits before aborting a query again, and
     *                               again before reporting it as a runaway
     * @param maxRows                result rows (SELECT) or solutions (CONSTRUCT, DESCRIBE) a query may return
     * @param maxRequestBytes        largest request body accepted
     * @param maxConcurrentPerClient requests one client address may have running at once
     * @param corsOrigins            origins allowed to read responses from a browser (empty: CORS off)
     */
    public record Settings(Duration queryTimeout, Duration watchdogGrace, long maxRows, long maxRequestBytes,
                           int maxConcurrentPerClient, List<String> corsOrigins) {

        public static final long DEFAULT_MAX_ROWS = 10_000;
        public static final long DEFAULT_MAX_REQUEST_BYTES = 256 * 1024;
        public static final int DEFAULT_MAX_CONCURRENT_PER_CLIENT = 4;

        public Settings {
            Objects.requireNonNull(queryTimeout, "queryTimeout");
            Objects.requireNonNull(watchdogGrace, "watchdogGrace");
            if (queryTimeout.isNegative() || queryTimeout.isZero()) throw new IllegalArgumentException("query timeout must be positive");
            if (watchdogGrace.isNegative() || watchdogGrace.isZero()) throw new IllegalArgumentException("watchdog grace must be positive");
            if (maxRows < 1) throw new IllegalArgumentException("max rows must be at least 1");
            if (maxRequestBytes < 1024) throw new IllegalArgumentException("max request size must be at least 1024 bytes");
            if (maxConcurrentPerClient < 1) throw new IllegalArgumentException("max concurrent requests per client must be at least 1");
            corsOrigins = CorsPolicy.checkOrigins(corsOrigins == null ? List.of() : corsOrigins);
        }

        /** The defaults with the given query timeout (kept for callers written before the other limits existed). */
        public Settings(Duration queryTimeout) {
            this(queryTimeout, defaultGrace(queryTimeout), DEFAULT_MAX_ROWS, DEFAULT_MAX_REQUEST_BYTES,
                    DEFAULT_MAX_CONCURRENT_PER_CLIENT, List.of());
        }

        public static Settings defaults() {
            return new Settings(Duration.ofSeconds(30));
        }

        /** A fifth of the timeout, between one and ten seconds. */
        public static Duration defaultGrace(Duration queryTimeout) {
            long millis = Math.max(1000, Math.min(10_000, queryTimeout.toMillis() / 5));
            return Duration.ofMillis(millis);
        }
    }

    /** Applies the query-execution limits to the dataset's context. */
    public static void configure(Context datasetContext, Settings settings) {
        datasetContext.set(ARQ.queryTimeout, Long.toString(settings.queryTimeout().toMillis()));
        datasetContext.set(ARQ.httpServiceAllowed, false);
    }

    /**
     * Installs the HTTP-level protections on the server being built: the guarded query operation, the filters and
     * the limits page. The watchdog is started by the caller and stopped when the server stops.
     */
    public static void install(FusekiServer.Builder server, Settings settings, QueryWatchdog watchdog) {
        server.enableCors(false, null);
        server.enableStats(false);
        server.registerOperation(Operation.Query, new GuardedQueryService(settings, watchdog));
        server.addFilter("/*", new SecurityHeaders());
        server.addFilter("/*", new CorsPolicy(settings.corsOrigins()));
        server.addFilter("/*", new RequestBodyLimit(settings.maxRequestBytes()));
        server.addFilter("/kg/*", new ClientConcurrencyLimit(settings.maxConcurrentPerClient()));
        server.addServlet(LIMITS_PATH, new LimitsPage(settings));
    }
}
