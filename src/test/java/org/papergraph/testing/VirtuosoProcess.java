package org.papergraph.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's Virtuoso Open Source 7 ({@code virtuoso-opensource}) started for a test: its own ini and database in a
 * directory under target/, both listeners (SQL and HTTP) bound to 127.0.0.1 on free ports, and the {@code dba}
 * password changed from the default {@code dba} as soon as the server is up. The packaged ini is never used: it
 * listens on every interface with the default password.
 *
 * <p>The SPARQL result cap is raised from Virtuoso's default of 10,000 rows ({@code ResultSetMaxRows}), so a large
 * result is not cut silently; the comparisons also check no result reaches the cap.
 */
public final class VirtuosoProcess extends ServerProcess {

    public static final String SERVER = "/usr/bin/virtuoso-t";
    public static final String ISQL = "/usr/bin/isql-vt";
    public static final int RESULT_ROW_CAP = 100_000;

    private final Path dir;
    private final int sqlPort;
    private final int httpPort;
    private final String password;

    private VirtuosoProcess(Path dir, int sqlPort, int httpPort, String password) {
        super("Virtuoso", dir.resolve("virtuoso-stdout.log"));
        this.dir = dir;
        this.sqlPort = sqlPort;
        this.httpPort = httpPort;
        this.password = password;
    }

    /** Fails (never skips) when Virtuoso is not installed: CI installs it (.ci/run), and so must a developer. */
    public static void requireInstalled() {
        if (!Files.isExecutable(Path.of(SERVER)) || !Files.isExecutable(Path.of(ISQL))) {
            throw new AssertionError(SERVER + " or " + ISQL + " is missing: install Debian's virtuoso-opensource "
                    + "(apt-get install virtuoso-opensource; .ci/run does it)");
        }
    }

    /**
     * Starts a server over the database in {@code dir} (created on first start); {@code password} becomes the dba
     * password on first start and is used on restarts.
     */
    public static VirtuosoProcess start(Path dir, int sqlPort, int httpPort, String password) throws IOException {
        requireInstalled();
        Files.createDirectories(dir);
        boolean fresh = !Files.exists(dir.resolve("virtuoso.db"));
        Files.writeString(dir.resolve("virtuoso.ini"), ini(dir.toAbsolutePath(), sqlPort, httpPort), StandardCharsets.UTF_8);
        VirtuosoProcess p = new VirtuosoProcess(dir, sqlPort, httpPort, password);
        String loginPassword = fresh ? "dba" : password;
        p.launch(List.of(SERVER, "-f", "-c", dir.resolve("virtuoso.ini").toAbsolutePath().toString()), dir,
                () -> p.isql(loginPassword, "select 1;") == 0, Duration.ofSeconds(120));
        if (fresh && p.isql("dba", "set password \"dba\" \"" + password + "\";") != 0) {
            p.stop();
            throw new IllegalStateException("could not change Virtuoso's dba password:\n" + p.tail());
        }
        return p;
    }

    private int isql(String pw, String sql) {
        try {
            Process isql = new ProcessBuilder(ISQL, "127.0.0.1:" + sqlPort, "dba", pw, "exec=" + sql)
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("isql.log").toFile())).start();
            if (!isql.waitFor(30, TimeUnit.SECONDS)) {
                isql.destroyForcibly();
                return -1;
            }
            return isql.exitValue();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static String ini(Path dir, int sqlPort, int httpPort) {
        return """
                ; written by papergraph's tests: loopback only, own database, no packaged defaults
                [Database]
                DatabaseFile       = %1$s/virtuoso.db
                ErrorLogFile       = %1$s/virtuoso.log
                LockFile           = %1$s/virtuoso.lck
                TransactionFile    = %1$s/virtuoso.trx
                xa_persistent_file = %1$s/virtuoso.pxa
                ErrorLogLevel      = 7
                FileExtend         = 200
                Striping           = 0
                TempStorage        = TempDatabase

                [TempDatabase]
                DatabaseFile       = %1$s/virtuoso-temp.db
                TransactionFile    = %1$s/virtuoso-temp.trx
                Striping           = 0

                [Parameters]
                ServerPort         = 127.0.0.1:%2$d
                DisableUnixSocket  = 1
                CaseMode           = 2
                DirsAllowed        = ., %1$s
                NumberOfBuffers    = 20000
                MaxDirtyBuffers    = 15000
                ThreadsPerQuery    = 2
                MaxClientConnections = 8
                CheckpointInterval = 60

                [HTTPServer]
                ServerPort         = 127.0.0.1:%3$d
                ServerRoot         = %1$s
                ServerThreads      = 6
                MaxClientConnections = 6
                EnabledDavVSP      = 0
                Charset            = UTF-8

                [SPARQL]
                ResultSetMaxRows   = %4$d
                MaxQueryExecutionTime = 120
                MaxQueryCostEstimationTime = 400
                """.formatted(dir, sqlPort, httpPort, RESULT_ROW_CAP);
    }

    public String password() {
        return password;
    }

    /** The public (read-only) SPARQL endpoint. */
    public String queryUrl() {
        return "http://127.0.0.1:" + httpPort + "/sparql";
    }

    /** Graph Store Protocol with Digest authentication. */
    public String gspUrl() {
        return "http://127.0.0.1:" + httpPort + "/sparql-graph-crud-auth";
    }

    /** SPARQL Update with Digest authentication. */
    public String updateUrl() {
        return "http://127.0.0.1:" + httpPort + "/sparql-auth";
    }
}
