package org.papergraph.cli;

import org.papergraph.ingest.ReadProblem;
import org.papergraph.nlp.CoreNlpExtractor;
import org.papergraph.nlp.Lexicon;
import org.papergraph.nlp.Vocabulary;
import org.papergraph.pipeline.IngestJob;
import org.papergraph.pipeline.IngestReport;
import org.papergraph.store.TdbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code papergraph ingest}: add or update papers from notes files (idempotent). */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Reads notes (notes digest .md/.txt, JSON Lines .jsonl, arXiv metadata .json; .gz too), extracts "
                + "entities with CoreNLP and writes one named graph per paper into the store.",
                "Re-running on unchanged files changes nothing; notes removed from a file are removed from the store.",
                "Bad records are reported as FILE:LINE: reason and skipped; exit code 3 says some were rejected."})
final class IngestCommand implements Callable<Integer> {

    @Mixin
    StoreOptions storeOptions;

    @Mixin
    IngestOptions ingestOptions;

    @Parameters(paramLabel = "FILE|DIR", arity = "1..*", description = "Notes files or directories.")
    List<String> inputs;

    @Override
    public Integer call() {
        try (TdbStore store = storeOptions.open()) {
            IngestReport report = ingestOptions.run(store, inputs, System.err);
            return report.rejected() > 0 ? Main.EXIT_REJECTED : Main.EXIT_OK;
        }
    }

    /** Ingest settings shared with {@code serve FILE...}. */
    static final class IngestOptions {

        @Option(names = "--threads", paramLabel = "N", description = "NLP worker threads (default: number of cores).")
        Integer threads;

        @Option(names = "--batch", paramLabel = "N", defaultValue = "1024",
                description = "Most notes written per store transaction (default: ${DEFAULT-VALUE}); the writer commits "
                        + "sooner (from 128 notes) whenever it has caught up with the NLP, so writing overlaps it.")
        int batch;

        @Option(names = "--link-threshold", paramLabel = "C", defaultValue = "0.5",
                description = "Confidence below which evidence is kept but no paper link is asserted (default: ${DEFAULT-VALUE}).")
        double linkThreshold;

        @Option(names = {"-q", "--quiet"}, description = "Print only problems and the summary line.")
        boolean quiet;

        @Option(names = "--log-commits", description = "Print one line per committed batch (for logs and supervisors).")
        boolean logCommits;

        IngestReport run(TdbStore store, List<String> inputs, PrintStream err) {
            Vocabulary vocabulary = Vocabulary.bundled();
            IngestJob.Builder job = IngestJob.builder().store(store).vocabulary(vocabulary)
                    .extractor(CoreNlpExtractor::shared, CoreNlpExtractor.identity(vocabulary, Lexicon.bundled()))
                    .batchSize(batch).linkThreshold(linkThreshold).progress(quiet ? null : err).commitLog(logCommits ? err : null);
            if (threads != null) job.threads(threads);
            IngestReport report = job.build().run(inputs);
            for (ReadProblem p : report.problems()) err.println(p);
            err.println("ingest: " + report.summary());
            return report;
        }
    }
}
