package org.papergraph.cli;

import org.papergraph.sparql.PapergraphServer;
import org.papergraph.store.TdbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code papergraph serve}: ingest (if files are given), then serve the store over HTTP. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Ingests the given files (if any), then serves the store: SPARQL 1.1 at /kg/sparql (read-only), "
                + "Graph Store Protocol read at /kg/data, the explorer at / (resource IRIs at /resource/…).",
                "Binds to 127.0.0.1 unless --host 0.0.0.0 is given. Stop with Ctrl-C."})
final class ServeCommand implements Callable<Integer> {

    @Mixin
    StoreOptions storeOptions;

    @Mixin
    IngestCommand.IngestOptions ingestOptions;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1",
            description = "127.0.0.1 (default, this machine only) or 0.0.0.0 (every interface).")
    String host;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "3030", description = "HTTP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--query-timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "Server-side limit on a query's run time (default: ${DEFAULT-VALUE}).")
    long queryTimeoutSeconds;

    @Option(names = "--max-rows", paramLabel = "N", defaultValue = "10000",
            description = "Result rows a query may return; more are cut and the response says so (default: ${DEFAULT-VALUE}).")
    long maxRows;

    @Option(names = "--max-concurrent", paramLabel = "N", defaultValue = "4",
            description = "Requests one client address may have running at once; HTTP 429 beyond (default: ${DEFAULT-VALUE}).")
    int maxConcurrent;

    @Option(names = "--max-body", paramLabel = "BYTES", defaultValue = "262144",
            description = "Largest request body (HTTP 413 beyond) and query string (414 beyond) (default: ${DEFAULT-VALUE}).")
    long maxBody;

    @Option(names = "--cors-origin", paramLabel = "ORIGIN",
            description = "An origin (scheme://host[:port]) whose web pages may read the endpoint's answers; repeatable. "
                    + "None by default: CORS is off. '*' is refused.")
    List<String> corsOrigins = List.of();

    @Parameters(paramLabel = "FILE|DIR", arity = "0..*", description = "Notes to ingest before serving.")
    List<String> inputs = List.of();

    @Override
    public Integer call() {
        try (TdbStore store = storeOptions.open()) {
            int code = Main.EXIT_OK;
            if (!inputs.isEmpty()) {
                code = ingestOptions.run(store, inputs, System.err).rejected() > 0 ? Main.EXIT_REJECTED : Main.EXIT_OK;
            }
            try (PapergraphServer server = PapergraphServer.builder().store(store).host(host).port(port)
                    .queryTimeout(Duration.ofSeconds(queryTimeoutSeconds)).maxRows(maxRows)
                    .maxConcurrentPerClient(maxConcurrent).maxRequestBytes(maxBody).corsOrigins(corsOrigins)
                    .build().start()) {
                if (!PapergraphServer.LOOPBACK.contains(host)) {
                    System.err.println("serve: WARNING: listening on every interface without authentication; the endpoint is "
                            + "read-only but anyone who can reach this machine can query it. See SECURITY.md before exposing it.");
                }
                System.err.println("serve: explorer " + server.url() + ", SPARQL endpoint " + server.sparqlUrl()
                        + " (read-only); Ctrl-C stops.");
                server.join();
            }
            return code;
        }
    }
}
