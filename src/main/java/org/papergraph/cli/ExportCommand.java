package org.papergraph.cli;

import org.papergraph.export.ExportFormat;
import org.papergraph.export.Exporter;
import org.papergraph.export.GraphSelection;
import org.papergraph.store.TdbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code papergraph export}: write the store as RDF. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes the store in a standard RDF syntax. Quad syntaxes (nq, trig, jsonld) keep one named graph per paper;",
                "triple syntaxes (ttl, nt, rdfxml) write the union of the graphs. A file name ending in .gz is gzip-compressed."})
final class ExportCommand implements Callable<Integer> {

    @Mixin
    StoreOptions storeOptions;

    @Option(names = {"-f", "--format"}, required = true, paramLabel = "FORMAT", description = "ttl, nt, nq, trig, jsonld or rdfxml.")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Output file (default: standard output).")
    Path output;

    @Option(names = "--graphs", paramLabel = "WHICH", defaultValue = "all",
            description = "papers (papers, entities, statistics), ontology, vocabulary or all (default: ${DEFAULT-VALUE}).")
    String graphs;

    @Override
    public Integer call() {
        ExportFormat fmt = ExportFormat.named(format);
        GraphSelection selection = GraphSelection.named(graphs);
        try (TdbStore store = storeOptions.openExisting()) {
            Exporter exporter = new Exporter(store);
            long n = output == null ? exporter.export(fmt, selection, System.out) : exporter.export(fmt, selection, output);
            if (output != null) System.err.printf("export: %d statements written to %s%n", n, output);
        }
        return Main.EXIT_OK;
    }
}
