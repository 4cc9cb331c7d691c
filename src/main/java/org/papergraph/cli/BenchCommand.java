package org.papergraph.cli;

import org.papergraph.bench.Bench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code papergraph bench}: the performance figures of BENCHMARKS.md, measured side by side in one run. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Generates corpora of the given sizes (or reuses them) and measures, side by side: bare CoreNLP and ingest "
                + "per thread count, the split of time by stage, re-ingest of the unchanged corpus, store size, store writing "
                + "against tdb2.tdbloader --loader=sequential, and every named query in-process and over HTTP (p50, p99).",
                "Prints Markdown. Long: a thousand papers take minutes, a hundred thousand hours."})
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--papers", paramLabel = "N[,N...]", split = ",", defaultValue = "1000",
            description = "Corpus sizes (default: ${DEFAULT-VALUE}).")
    List<Integer> papers;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Corpus seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--threads", paramLabel = "N[,N...]", split = ",", defaultValue = "1,2",
            description = "Ingest thread counts, in order; the last one's store is queried (default: ${DEFAULT-VALUE}).")
    List<Integer> threads;

    @Option(names = "--work", paramLabel = "DIR", defaultValue = "bench-work",
            description = "Where corpora and stores go (default: ${DEFAULT-VALUE}).")
    Path work;

    @Option(names = "--query-runs", paramLabel = "N", defaultValue = "30", description = "Timed runs per query (default: ${DEFAULT-VALUE}).")
    int queryRuns;

    @Option(names = "--split-sample", paramLabel = "N", defaultValue = "200",
            description = "Notes timed one by one to split NLP time into CoreNLP and rules; 0 skips (default: ${DEFAULT-VALUE}).")
    int splitSample;

    @Option(names = "--no-baseline", description = "Skip the bare-CoreNLP baseline.")
    boolean noBaseline;

    @Option(names = "--no-loader", description = "Skip the tdb2.tdbloader comparison.")
    boolean noLoader;

    @Option(names = "--no-http", description = "Skip the queries over HTTP (and Virtuoso).")
    boolean noHttp;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "1024",
            description = "Most notes per write transaction of the ingests (default: ${DEFAULT-VALUE}, as papergraph ingest).")
    int batch;

    @Option(names = "--no-queries", description = "Skip the named queries (and Virtuoso).")
    boolean noQueries;

    @Option(names = "--synthetic", description = "Store and query figures only: synthetic extractions instead of CoreNLP "
            + "(for sizes NLP cannot reach in one run); no baseline, no NLP split.")
    boolean synthetic;

    @Option(names = "--no-virtuoso", description = "Skip the comparison with a private Virtuoso (run when virtuoso-opensource is installed).")
    boolean noVirtuoso;

    @Override
    public Integer call() {
        Bench bench = Bench.builder().work(work).seed(seed).threads(threads).queryRuns(queryRuns).splitSample(splitSample)
                .baseline(!noBaseline).loader(!noLoader).http(!noHttp).virtuoso(!noVirtuoso).synthetic(synthetic).queries(!noQueries)
                .batchSize(batch).out(System.out).build();
        System.out.println("# papergraph bench");
        for (int n : papers) {
            bench.run(n);
            System.out.flush();
        }
        return Main.EXIT_OK;
    }
}
