package org.papergraph.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The yardstick for store writing: the store's own quads, exported as N-Quads, loaded into an empty TDB2 database by
 * Jena's {@code tdb2.tdbloader --loader=sequential} (jena-cmds, on papergraph's class path) in a separate JVM with
 * the same heap. The loader's own reported rate is used when it prints one (it excludes JVM start-up).
 */
final class LoaderComparison {

    record Result(long quads, long wallMillis, double loaderQuadsPerSecond, String loaderLine) {}

    private static final Pattern RATE = Pattern.compile("Rate:\\s*([\\d,.]+)\\s*per second", Pattern.CASE_INSENSITIVE);

    private LoaderComparison() {}

    /**
     * Exports every graph of the store as N-Quads with {@code papergraph export} in a JVM of its own, as a user would
     * run it: the bench's own heap (the ingest's writer state, TDB2's caches) stays out of it, and the command is
     * exercised at the bench's sizes (it is how the line writer's overflow past 2^31 characters was found). The store
     * must be closed (TDB2 lets one process open a location). Returns the number of quads written.
     */
    static long export(Path storeDir, Path nq, Path work, String heap) {
        // the store's own quads only: the description an export adds is not part of what the loader is compared on
        List<String> cmd = List.of(java(), "-Xmx" + heap, "-cp", System.getProperty("java.class.path"), "org.papergraph.cli.Main",
                "export", "--store", storeDir.toString(), "--format", "nq", "--graphs", "all", "--no-description",
                "--temp-dir", work.toString(), "-o", nq.toString());
        Path log = work.resolve("export.log");
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            int code = p.waitFor();
            if (code != 0) throw new IllegalStateException("papergraph export exited " + code + ": " + Files.readString(log, StandardCharsets.UTF_8).strip());
            try (var lines = Files.lines(nq, StandardCharsets.UTF_8)) {
                return lines.filter(l -> !l.isBlank()).count();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static Result run(Path nq, long quads, Path work, String heap) {
        try {
            Path db = work.resolve("tdbloader-db");
            Bench.deleteTree(db);
            List<String> cmd = new ArrayList<>(List.of(java(), "-Xmx" + heap, "-cp", System.getProperty("java.class.path"), "tdb2.tdbloader", "--loader=sequential",
                    "--loc", db.toString(), nq.toString()));
            Path log = work.resolve("tdbloader.log");
            long t0 = System.nanoTime();
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            int code = p.waitFor();
            long wall = (System.nanoTime() - t0) / 1_000_000;
            String out = Files.readString(log, StandardCharsets.UTF_8);
            if (code != 0) throw new IllegalStateException("tdb2.tdbloader exited " + code + ": " + out.strip());
            double rate = quads / Math.max(wall / 1000.0, 1e-3);
            String line = "";
            Matcher m = RATE.matcher(out);
            while (m.find()) {   // the last rate the loader prints is its overall one
                rate = Double.parseDouble(m.group(1).replace(",", ""));
                line = m.group();
            }
            Bench.deleteTree(db);
            return new Result(quads, wall, rate, line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
