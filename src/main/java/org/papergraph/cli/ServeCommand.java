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
                    .queryTimeout(Duration.ofSeconds(queryTimeoutSeconds)).build().start()) {
                if (!PapergraphServer.LOOPBACK.contains(host)) {
                    System.err.println("serve: WARNING: listening on every interface; the endpoint is read-only but anyone who can reach this machine can query it.");
                }
                System.err.println("serve: explorer " + server.url() + ", SPARQL endpoint " + server.sparqlUrl()
                        + " (read-only); Ctrl-C stops.");
                server.join();
            }
            return code;
        }
    }
}
