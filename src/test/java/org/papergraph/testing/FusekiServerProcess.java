package org.papergraph.testing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The standalone Fuseki server ({@code jena-fuseki-server} 5.6.0, copied to target/fuseki-server by the build) in
 * its own JVM: a TDB2 dataset {@code /ds} in a directory, updates on, bound to 127.0.0.1 on a free port.
 * {@code --set tdb:unionDefaultGraph=true} makes the default graph the union of the named graphs (as in
 * papergraph, Virtuoso and RDF4J); it works with {@code --tdb2} (the symbol is shared by TDB1 and TDB2).
 */
public final class FusekiServerProcess extends ServerProcess {

    public static final Path JAR = Path.of("target", "fuseki-server", "jena-fuseki-server.jar");

    private final int port;

    private FusekiServerProcess(Path dir, int port) {
        super("Fuseki server", dir.resolve("fuseki.log"));
        this.port = port;
    }

    /** Starts (or restarts, keeping the data) a server over the TDB2 database in {@code dir}/db. */
    public static FusekiServerProcess start(Path dir, int port, Path passwordFile) throws Exception {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR + " is missing: the build copies it in pre-integration-test (run mvn verify)");
        }
        Path db = dir.resolve("db");
        Files.createDirectories(db);
        FusekiServerProcess p = new FusekiServerProcess(dir, port);
        List<String> cmd = new ArrayList<>(List.of(javaBinary(), "-Xmx512m", "-jar", JAR.toAbsolutePath().toString(),
                "--tdb2", "--loc=" + db.toAbsolutePath(), "--update", "--localhost", "--port=" + port,
                "--set", "tdb:unionDefaultGraph=true"));
        if (passwordFile != null) {
            cmd.add("--passwd=" + passwordFile.toAbsolutePath());
            cmd.add("--auth=basic");
        }
        cmd.add("/ds");
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        p.launch(cmd, dir, () -> {
            try {
                HttpRequest ask = HttpRequest.newBuilder(URI.create(p.url() + "sparql?query=ASK%7B%7D")).timeout(Duration.ofSeconds(5)).build();
                int status = http.send(ask, HttpResponse.BodyHandlers.discarding()).statusCode();
                return status == 200 || status == 401;
            } catch (Exception e) {
                return false;
            }
        }, Duration.ofSeconds(90));
        return p;
    }

    /** The dataset's base URL, {@code http://127.0.0.1:PORT/ds/}. */
    public String url() {
        return "http://127.0.0.1:" + port + "/ds/";
    }

    public String gspUrl() {
        return url() + "data";
    }

    public String updateUrl() {
        return url() + "update";
    }

    public String queryUrl() {
        return url() + "sparql";
    }

    static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
