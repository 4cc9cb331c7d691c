package org.papergraph.testing;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * {@code papergraph} as a separate JVM: the packaged jar when {@code mvn package} has built it (failsafe runs after
 * it), else the test class path. Its standard error is read line by line as it comes, so a test can act on
 * progress lines (and kill the process at a chosen point).
 */
public final class ChildProcess implements AutoCloseable {

    private final Process process;
    private final LinkedBlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final List<String> allLines = java.util.Collections.synchronizedList(new ArrayList<>());
    private static final String EOF = "\u0000EOF";

    private ChildProcess(Process process) {
        this.process = process;
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    allLines.add(line);
                    lines.add(line);
                }
            } catch (IOException ignored) {
                // the process was killed
            } finally {
                lines.add(EOF);
            }
        }, "child-stderr");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts {@code papergraph ARGS...} with a 1 GB heap; standard output is discarded. */
    public static ChildProcess papergraph(String... args) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g"));
        Path jar = Path.of("target", "papergraph.jar");
        if (Files.isRegularFile(jar) && Files.isDirectory(Path.of("target", "lib"))) {
            cmd.addAll(List.of("-jar", jar.toString()));
        } else {
            String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
            cmd.addAll(List.of("-cp", cp + File.pathSeparator + Path.of("target", "classes"), "org.papergraph.cli.Main"));
        }
        cmd.addAll(List.of(args));
        try {
            return new ChildProcess(new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD).start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The next line of standard error, or null once the process has closed it (or after the timeout). */
    public String nextLine(long timeoutSeconds) throws InterruptedException {
        String line = lines.poll(timeoutSeconds, TimeUnit.SECONDS);
        return line == null || line.equals(EOF) ? null : line;
    }

    /** The next line of standard error if one comes within the time given, else null. */
    public String pollLine(long timeoutMillis) throws InterruptedException {
        String line = lines.poll(timeoutMillis, TimeUnit.MILLISECONDS);
        if (EOF.equals(line)) {
            lines.add(EOF);   // keep reporting the end
            Thread.sleep(timeoutMillis);
            return null;
        }
        return line;
    }

    /** SIGKILL: the JVM gets no chance to run shutdown hooks, finish a transaction or flush anything. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    public int waitFor(long timeoutSeconds) throws InterruptedException {
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("papergraph did not end within " + timeoutSeconds + " s: " + String.join("\n", allLines));
        }
        return process.exitValue();
    }

    public String stderr() {
        synchronized (allLines) {
            return String.join("\n", allLines);
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) kill();
    }
}
