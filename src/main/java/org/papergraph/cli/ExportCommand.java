package org.papergraph.cli;

import org.papergraph.export.ExportFormat;
import org.papergraph.export.Exporter;
import org.papergraph.export.GraphSelection;
import org.papergraph.store.TdbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;

/** {@code papergraph export}: write the store as RDF. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes the store in a standard RDF syntax, streaming (the graph is never held in memory).",
                "Quad syntaxes (nq, trig, jsonld) keep one named graph per paper; triple syntaxes (ttl, nt, rdfxml) write the",
                "union of the graphs. N-Triples and N-Quads come out sorted: the same store gives the same bytes.",
                "A VoID/DCAT description of the export goes with the data in the graph {base}graph/void.",
                "A file name ending in .gz is gzip-compressed."})
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

    @Option(names = "--no-description", negatable = false,
            description = "Leave out the VoID/DCAT description graph.")
    boolean noDescription;

    @Option(names = "--created", paramLabel = "TIME",
            description = "Creation time the description states (ISO-8601, e.g. 2026-01-31T12:00:00Z; default: SOURCE_DATE_EPOCH if set, else now).")
    String created;

    @Option(names = "--license", paramLabel = "IRI",
            description = "Licence the description states (default: the licence stated in the ontology).")
    String license;

    @Option(names = "--temp-dir", paramLabel = "DIR",
            description = "Where the sort spills its runs (default: the system temporary directory).")
    Path tempDir;

    @Override
    public Integer call() {
        ExportFormat fmt = ExportFormat.named(format);
        GraphSelection selection = GraphSelection.named(graphs);
        Exporter.Builder b = Exporter.builder().format(fmt).graphs(selection).describe(!noDescription).license(license).tempDir(tempDir);
        if (created != null) {
            try {
                b.created(Instant.parse(created));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("--created: not an ISO-8601 instant: '" + created + "'");
            }
        }
        try (TdbStore store = storeOptions.openExisting()) {
            Exporter exporter = b.store(store).build();
            Exporter.Report r = output == null ? exporter.export(System.out) : exporter.export(output);
            if (output != null) {
                System.err.printf("export: %,d %s from %d graphs written to %s%n", r.statements(), fmt.quads ? "quads" : "triples",
                        r.graphs(), output);
            }
        }
        return Main.EXIT_OK;
    }
}
