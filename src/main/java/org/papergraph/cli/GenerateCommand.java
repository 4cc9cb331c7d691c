package org.papergraph.cli;

import org.papergraph.generate.CorpusGenerator;
import org.papergraph.nlp.Vocabulary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code papergraph generate}: write a deterministic synthetic corpus for scale tests and benchmarks. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Writes a synthetic notes-digest corpus shaped like the sample (acronym definitions, names with digits "
                + "and hyphens, 'evaluated on A, B and C', 'outperforms Y'), names drawn from the vocabulary plus invented ones.",
                "The same --papers, --seed and vocabulary give the same bytes."})
final class GenerateCommand implements Callable<Integer> {

    @Option(names = "--papers", paramLabel = "N", required = true, description = "Number of papers.")
    int papers;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--per-file", paramLabel = "N", defaultValue = "500", description = "Papers per file (default: ${DEFAULT-VALUE}).")
    int perFile;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "Output directory (default: generated-N-S).")
    Path output;

    @Override
    public Integer call() {
        Path dir = output != null ? output : Path.of("generated-" + papers + "-" + seed);
        CorpusGenerator.Result r = CorpusGenerator.builder().papers(papers).seed(seed).papersPerFile(perFile)
                .vocabulary(Vocabulary.bundled()).build().write(dir);
        System.err.printf("generate: %d papers in %d files, %.1f MB, in %s%n", r.papers(), r.files().size(), r.bytes() / 1e6, dir);
        return Main.EXIT_OK;
    }
}
