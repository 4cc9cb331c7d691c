package org.papergraph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The data papergraph ships in its jar: the ontology, vocabulary, extraction rules and named queries, kept
 * at the top of the source tree ({@code ontology/}, {@code sparql/}) and copied by the build under
 * {@code papergraph/}. Reading them from the class path makes the tool independent of the working directory.
 */
public final class Bundled {

    private static final String ROOT = "papergraph/";

    private Bundled() {}

    /** Opens one bundled file, e.g. {@code ontology/papergraph.ttl}. */
    public static InputStream open(String path) {
        InputStream in = Bundled.class.getClassLoader().getResourceAsStream(ROOT + path);
        if (in == null) throw new IllegalStateException("bundled file missing from the class path: " + ROOT + path);
        return in;
    }

    public static String read(String path) {
        try (InputStream in = open(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lines of a bundled text file without comments ({@code #}) and blank lines. */
    public static List<String> dataLines(String path) {
        List<String> out = new ArrayList<>();
        for (String line : read(path).split("\n")) {
            String t = line.strip();
            if (!t.isEmpty() && !t.startsWith("#")) out.add(t);
        }
        return out;
    }

    /** Names (relative to the bundle root, sorted) of the bundled files in a folder that end with a suffix. */
    public static List<String> list(String dir, String suffix) {
        URL url = Bundled.class.getClassLoader().getResource(ROOT + dir);
        if (url == null) return List.of();
        try {
            if ("jar".equals(url.getProtocol())) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(url.toURI(), Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(url.toURI());
                }
                return listIn(fs.getPath(ROOT + dir), dir, suffix);
            }
            return listIn(Path.of(url.toURI()), dir, suffix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> listIn(Path folder, String dir, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(suffix))
                    .sorted()
                    .map(n -> (dir.endsWith("/") ? dir : dir + "/") + n)
                    .toList();
        }
    }
}
