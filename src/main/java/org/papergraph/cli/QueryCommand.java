package org.papergraph.cli;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.papergraph.sparql.NamedQueries;
import org.papergraph.sparql.NamedQuery;
import org.papergraph.sparql.QueryBinder;
import org.papergraph.sparql.QueryRunner;
import org.papergraph.store.TdbStore;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code papergraph query}: run a named query, a query file or a query given inline. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Runs a SPARQL query against the store: a named query of sparql/ (see --list), a .rq file, or -e TEXT.",
                "Parameters are bound as RDF terms, never pasted into the query."})
final class QueryCommand implements Callable<Integer> {

    @Mixin
    StoreOptions storeOptions;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    static final class Source {
        @Parameters(paramLabel = "NAME|FILE.rq", description = "A named query or a query file.")
        String nameOrFile;

        @Option(names = {"-e", "--expression"}, paramLabel = "SPARQL", description = "The query text.")
        String text;

        @Option(names = "--list", description = "List the named queries and their parameters.")
        boolean list;
    }

    @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE", description = "A parameter of the named query.")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "text, json, xml, csv or tsv (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "Cancel the query after this long (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    @Override
    public Integer call() throws Exception {
        if (source.list) {
            for (NamedQuery q : NamedQueries.bundled().all()) {
                StringBuilder line = new StringBuilder(String.format("%-26s %s", q.name(), q.title()));
                for (NamedQuery.Parameter p : q.parameters()) {
                    line.append(String.format("%n%29s--param %s=%s  (%s)", "", p.name(),
                            p.defaultValue() == null ? "" : p.defaultValue(), p.kind().name().toLowerCase()));
                }
                System.out.println(line);
            }
            return Main.EXIT_OK;
        }
        QueryRunner.Format fmt = QueryRunner.format(format);
        try (TdbStore store = storeOptions.openExisting()) {
            Query query = query(store);
            new QueryRunner(store, timeoutSeconds * 1000).run(query, fmt, System.out);
            System.out.flush();
        }
        return Main.EXIT_OK;
    }

    private Query query(TdbStore store) throws Exception {
        if (source.text != null) {
            if (!params.isEmpty()) throw new IllegalArgumentException("--param applies to named queries and .rq files only");
            return QueryFactory.create(source.text);
        }
        NamedQuery named;
        Path file = Path.of(source.nameOrFile);
        if (source.nameOrFile.endsWith(".rq") && Files.exists(file)) {
            named = NamedQueries.fromFile(file);
        } else {
            named = NamedQueries.bundled().get(source.nameOrFile).orElseThrow(() -> new IllegalArgumentException(
                    "no named query '" + source.nameOrFile + "' (papergraph query --list shows them)"));
        }
        return new QueryBinder(store.iris()).bind(named, params);
    }
}
