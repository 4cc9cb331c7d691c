package org.papergraph.sparql;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.util.Context;

import java.time.Duration;

/**
 * The endpoint's protections, in one place: a server-side query timeout (a client's {@code timeout} can only
 * lower it) and no {@code SERVICE} federation (Jena executes SERVICE to any URL by default, which would let any
 * client make the server fetch URLs). CORS stays off unless origins are configured.
 */
public final class EndpointSafety {

    private EndpointSafety() {}

    /** Settings of the endpoint's protections. */
    public record Settings(Duration queryTimeout) {
        public static Settings defaults() {
            return new Settings(Duration.ofSeconds(30));
        }
    }

    /** Applies the query-execution limits to the dataset's context. */
    public static void configure(Context datasetContext, Settings settings) {
        datasetContext.set(ARQ.queryTimeout, Long.toString(settings.queryTimeout().toMillis()));
        datasetContext.set(ARQ.httpServiceAllowed, false);
    }

    /** Installs the HTTP-level protections on the server being built. */
    public static void install(FusekiServer.Builder server, Settings settings) {
        server.enableCors(false, null);
        server.enableStats(false);
    }
}
