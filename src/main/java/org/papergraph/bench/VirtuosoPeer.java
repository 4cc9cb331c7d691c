package org.papergraph.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A private OpenLink Virtuoso (Debian's {@code virtuoso-opensource}) to compare query times with: its own ini,
 * database directory and free ports, both bound to 127.0.0.1 (the packaged default listens on every interface with
 * the well-known dba password), loaded with the same N-Quads through Virtuoso's bulk loader, stopped and deleted
 * at the end. Its default graph is the union of the named graphs, as papergraph's is, so the same queries run.
 */
final class VirtuosoPeer implements AutoCloseable {

    private static final String SERVER = "/usr/bin/virtuoso-t";
    private static final String ISQL = "/usr/bin/isql-vt";

    private final Path dir;
    private final int sqlPort;
    private final int httpPort;
    private final Process process;

    private VirtuosoPeer(Path dir, int sqlPort, int httpPort, Process process) {
        this.dir = dir;
        this.sqlPort = sqlPort;
        this.httpPort = httpPort;
        this.process = process;
    }

    static boolean available() {
        return Files.isExecutable(Path.of(SERVER)) && Files.isExecutable(Path.of(ISQL));
    }

    /** Starts a fresh instance in {@code dir} (emptied first) and bulk-loads the N-Quads file into it. */
    static VirtuosoPeer start(Path where, Path nquads) {
        // absolute: Virtuoso runs in its own directory, and the ini, database and load paths must hold from there
        // whatever --work the bench was given
        Path dir = where.toAbsolutePath();
        try {
            Bench.deleteTree(dir);
            Files.createDirectories(dir);
            Path data = dir.resolve("load");
            Files.createDirectories(data);
            Files.copy(nquads, data.resolve("store.nq"));
            int sql = freePort(), http = freePort();
            Files.writeString(dir.resolve("virtuoso.ini"), ini(dir, data, sql, http), StandardCharsets.UTF_8);
            Process p = new ProcessBuilder(SERVER, "+foreground", "+configfile", dir.resolve("virtuoso.ini").toString())
                    .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(dir.resolve("server.out").toFile()).start();
            VirtuosoPeer peer = new VirtuosoPeer(dir, sql, http, p);
            peer.awaitPort(http, 120);
            peer.isql("ld_dir('" + data + "', 'store.nq', 'urn:papergraph:unused'); rdf_loader_run(); checkpoint;");
            return peer;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String sparqlUrl() {
        return "http://127.0.0.1:" + httpPort + "/sparql";
    }

    /** Quads Virtuoso holds (all graphs), to check the load. */
    String count() {
        return isql("SPARQL SELECT COUNT(*) WHERE { GRAPH ?g { ?s ?p ?o } };");
    }

    private String isql(String commands) {
        try {
            Process p = new ProcessBuilder(ISQL, "127.0.0.1:" + sqlPort, "dba", "dba", "exec=" + commands)
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(30, TimeUnit.MINUTES) || p.exitValue() != 0 || out.contains("*** Error")) {
                throw new IllegalStateException("virtuoso isql failed: " + out.strip());
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private void awaitPort(int port, int seconds) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) throw new IllegalStateException("virtuoso-t exited; see " + dir.resolve("server.out"));
            try (Socket s = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                try {
                    Thread.sleep(250);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted", e);
                }
            }
        }
        throw new IllegalStateException("virtuoso-t did not open port " + port + " within " + seconds + " s");
    }

    @Override
    public void close() {
        try {
            isql("shutdown;");
        } catch (RuntimeException alreadyDown) {
            // stopped below in any case
        }
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Bench.deleteTree(dir);
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    /** Settings as the packaged ini, but in our directory, on loopback ports, with buffers for a few GB of data. */
    private static String ini(Path dir, Path data, int sql, int http) {
        return String.join("\n", List.of(
                "[Database]",
                "DatabaseFile = " + dir.resolve("virtuoso.db"),
                "ErrorLogFile = " + dir.resolve("virtuoso.log"),
                "LockFile = " + dir.resolve("virtuoso.lck"),
                "TransactionFile = " + dir.resolve("virtuoso.trx"),
                "xa_persistent_file = " + dir.resolve("virtuoso.pxa"),
                "ErrorLogLevel = 7", "FileExtend = 200", "MaxCheckpointRemap = 2000", "Striping = 0", "TempStorage = TempDatabase",
                "[TempDatabase]",
                "DatabaseFile = " + dir.resolve("virtuoso-temp.db"),
                "TransactionFile = " + dir.resolve("virtuoso-temp.trx"),
                "MaxCheckpointRemap = 2000", "Striping = 0",
                "[Parameters]",
                "ServerPort = 127.0.0.1:" + sql,
                "LiteMode = 0", "DisableUnixSocket = 1", "DisableTcpSocket = 0", "MaxClientConnections = 10",
                "CheckpointInterval = 60", "O_DIRECT = 0", "CaseMode = 2", "MaxStaticCursorRows = 5000",
                "AllowOSCalls = 0", "DirsAllowed = ., " + data,
                "NumberOfBuffers = 170000", "MaxDirtyBuffers = 130000", "MaxQueryMem = 1G", "ThreadsPerQuery = 2",
                "[HTTPServer]",
                "ServerPort = 127.0.0.1:" + http,
                "ServerRoot = /var/lib/virtuoso-opensource-7/vsp",
                "MaxClientConnections = 10", "ServerThreads = 10", "EnabledDavVSP = 0", "HTTPProxyEnabled = 0",
                "Charset = UTF-8", "EnabledGzipContent = 0",
                "[SPARQL]",
                "ResultSetMaxRows = 1000000", "MaxQueryCostEstimationTime = 400", "MaxQueryExecutionTime = 120",
                ""));
    }
}
