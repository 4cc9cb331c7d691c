package org.papergraph.sparql;

import org.papergraph.Bundled;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The catalogue of named queries shipped in {@code sparql/}. */
public final class NamedQueries {

    private final Map<String, NamedQuery> byName;

    private NamedQueries(Map<String, NamedQuery> byName) {
        this.byName = Collections.unmodifiableMap(byName);
    }

    public static NamedQueries bundled() {
        Map<String, NamedQuery> m = new TreeMap<>();
        for (String path : Bundled.list("sparql", ".rq")) {
            String name = path.substring(path.lastIndexOf('/') + 1, path.length() - 3);
            m.put(name, NamedQuery.parse(name, Bundled.read(path)));
        }
        return new NamedQueries(m);
    }

    /** A query from a file the user names (its header is read the same way). */
    public static NamedQuery fromFile(Path file) {
        try {
            String name = file.getFileName().toString().replaceFirst("\\.rq$", "");
            return NamedQuery.parse(name, Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }

    public Optional<NamedQuery> get(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public Collection<NamedQuery> all() {
        return byName.values();
    }
}
