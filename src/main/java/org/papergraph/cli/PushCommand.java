package org.papergraph.cli;

import org.papergraph.export.GraphSelection;
import org.papergraph.export.push.Credentials;
import org.papergraph.export.push.PushMode;
import org.papergraph.export.push.PushReport;
import org.papergraph.export.push.Pusher;
import org.papergraph.export.push.Retry;
import org.papergraph.store.TdbStore;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;

/** {@code papergraph push}: send the store's graphs to another triplestore. */
@Command(name = "push", mixinStandardHelpOptions = true,
        description = {"Sends the store to another triplestore, one named graph per paper.",
                "gsp mode (default): SPARQL 1.1 Graph Store Protocol, PUT URL?graph=G per graph (PUT replaces the graph, so",
                "  pushing again is safe). URL is the store's GSP endpoint: Fuseki http://HOST:3030/DATASET/data,",
                "  Virtuoso http://HOST:8890/sparql-graph-crud-auth, RDF4J http://HOST/rdf4j-server/repositories/ID/rdf-graphs/service.",
                "update mode: SPARQL 1.1 Update (DROP SILENT GRAPH + INSERT DATA) to the update endpoint URL.",
                "Failed requests are retried with growing pauses on server errors and lost connections.",
                "The password comes from --password-file or --password-env, never from the command line."})
final class PushCommand implements Callable<Integer> {

    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--to", required = true, paramLabel = "URL", description = "The target's GSP endpoint (gsp mode) or update endpoint (update mode).")
    String to;

    @Option(names = "--mode", paramLabel = "MODE", defaultValue = "gsp", description = "gsp or update (default: ${DEFAULT-VALUE}).")
    String mode;

    @Option(names = "--graphs", paramLabel = "WHICH", defaultValue = "all",
            description = "papers (papers, entities, statistics), ontology, vocabulary or all (default: ${DEFAULT-VALUE}).")
    String graphs;

    @Option(names = "--user", paramLabel = "USER", description = "User name for Basic or Digest authentication.")
    String user;

    @ArgGroup(exclusive = true)
    PasswordSource password;

    static final class PasswordSource {
        @Option(names = "--password-file", paramLabel = "FILE", description = "A file whose first line is the password.")
        Path file;

        @Option(names = "--password-env", paramLabel = "VAR", description = "An environment variable that holds the password.")
        String env;
    }

    @Option(names = "--batch", paramLabel = "N", defaultValue = "50",
            description = "Graphs read per transaction and sent per update request (default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--max-update-triples", paramLabel = "N", defaultValue = "1000",
            description = "update mode: triples per request at most (default: ${DEFAULT-VALUE}; Virtuoso refuses much larger requests).")
    int maxUpdateTriples;

    @Option(names = "--retries", paramLabel = "N", defaultValue = "5",
            description = "Tries again this many times after a server error or lost connection (default: ${DEFAULT-VALUE}).")
    int retries;

    @Option(names = "--retry-pause", paramLabel = "MS", defaultValue = "500",
            description = "First pause before a retry, doubled each time up to 30 s (default: ${DEFAULT-VALUE} ms).")
    long retryPauseMillis;

    @Option(names = "--dry-run", description = "Read and count what would be sent; send nothing.")
    boolean dryRun;

    @Override
    public Integer call() {
        Credentials credentials = credentials();
        Retry retry = new Retry(retries + 1, Duration.ofMillis(retryPauseMillis), Duration.ofSeconds(30));
        try (TdbStore store = storeOptions.openExisting()) {
            PushReport report = Pusher.builder().store(store).target(to).mode(PushMode.named(mode))
                    .graphs(GraphSelection.named(graphs)).batchGraphs(batch).maxTriplesPerUpdate(maxUpdateTriples).retry(retry).credentials(credentials)
                    .dryRun(dryRun).listener(new PushProgress(System.err, System.console() != null)).build().push();
            System.err.println("push: " + report.summary() + (dryRun ? "" : " to " + to));
        }
        return Main.EXIT_OK;
    }

    private Credentials credentials() {
        if (password == null) {
            if (user != null) throw new IllegalArgumentException("--user needs --password-file or --password-env");
            return null;
        }
        if (user == null) throw new IllegalArgumentException("--password-file and --password-env need --user");
        return password.file != null ? Credentials.fromFile(user, password.file) : Credentials.fromEnvironment(user, password.env, System.getenv());
    }
}
