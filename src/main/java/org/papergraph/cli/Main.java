package org.papergraph.cli;

import org.papergraph.Version;
import org.papergraph.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;

/**
 * {@code papergraph}: paper notes to a knowledge graph you can query. The command line only wires the stages
 * together; each subcommand is a class of this package.
 *
 * <p>Exit codes: 0 success; 1 error (one line on stderr says why); 2 bad usage; 3 the ingest completed but some
 * records were rejected (listed as {@code FILE:LINE: reason}).
 */
@Command(name = "papergraph", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
        description = "Turns summaries of machine-learning papers into a knowledge graph you can query with SPARQL.",
        subcommands = {IngestCommand.class, ServeCommand.class, QueryCommand.class, ExportCommand.class, PushCommand.class,
                StatsCommand.class, EvalCommand.class, ExploreCommand.class, GenerateCommand.class, BenchCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    public static final int EXIT_OK = 0;
    public static final int EXIT_ERROR = 1;
    public static final int EXIT_USAGE = 2;
    public static final int EXIT_REJECTED = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code (tests call this instead of {@link #main}). */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((ex, line, parseResult) -> {
            PrintWriter err = line.getErr();
            err.println("papergraph: error: " + message(ex));
            if (Boolean.getBoolean("papergraph.debug")) ex.printStackTrace(err);
            err.flush();
            return EXIT_ERROR;
        });
        return cl;
    }

    private static String message(Throwable ex) {
        if (ex instanceof StoreException || ex instanceof IllegalArgumentException || ex instanceof IllegalStateException) {
            return ex.getMessage();
        }
        Throwable root = ex;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"papergraph " + Version.get()};
        }
    }
}
