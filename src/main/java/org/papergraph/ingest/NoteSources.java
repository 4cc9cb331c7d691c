package org.papergraph.ingest;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The input formats, found by file name or by name (compare RDF4J's RDFParserRegistry): callers never name a format
 * class, so a new format is one {@link #register} call. A later registration takes over the extensions it claims.
 */
public final class NoteSources {

    /** Compressed input: stripped before the format is looked up; {@link TextDecoder} decompresses. */
    static final String GZIP_EXTENSION = "gz";

    private final Map<String, NoteSource> byName = new LinkedHashMap<>();
    private final Map<String, NoteSource> byExtension = new LinkedHashMap<>();

    /** An empty registry. */
    public NoteSources() {}

    /** A new registry holding the digest, JSON Lines and arXiv sources, with default limits. */
    public static NoteSources standard() {
        return standard(RecordLimits.DEFAULT);
    }

    /** A new registry holding the digest, JSON Lines and arXiv sources, with the given limits. */
    public static NoteSources standard(RecordLimits limits) {
        return new NoteSources()
                .register(new DigestNoteSource(limits))
                .register(new JsonLinesNoteSource(limits))
                .register(new ArxivJsonNoteSource(limits));
    }

    /** Adds a format; returns this registry for chaining. */
    public NoteSources register(NoteSource source) {
        Objects.requireNonNull(source, "source");
        byName.put(source.name().toLowerCase(Locale.ROOT), source);
        // sorted, because a source's set may iterate in a different order on every run and messages list them
        for (String extension : new TreeSet<>(source.extensions())) {
            String key = extension.toLowerCase(Locale.ROOT);
            if (key.equals(GZIP_EXTENSION)) throw new IllegalArgumentException(GZIP_EXTENSION + " is not a format");
            byExtension.put(key, source);
        }
        return this;
    }

    /** The source for a file name by its extension, case-insensitive, after stripping a trailing {@code .gz}. */
    public Optional<NoteSource> forFileName(String fileName) {
        return extensionOf(fileName).map(byExtension::get);
    }

    /** The source with this name ({@code digest}, {@code jsonl}, {@code arxiv}), case-insensitive. */
    public Optional<NoteSource> forName(String name) {
        return Optional.ofNullable(byName.get(name.toLowerCase(Locale.ROOT)));
    }

    /** Every extension some source reads: sources in registration order, each one's extensions sorted. */
    public Set<String> extensions() {
        return Collections.unmodifiableSet(new LinkedHashSet<>(byExtension.keySet()));
    }

    /** Every registered source, in registration order. */
    public List<NoteSource> all() {
        return List.copyOf(byName.values());
    }

    /** {@code dir/Notes.MD.gz} → {@code md}; a name without an extension has none. */
    static Optional<String> extensionOf(String fileName) {
        String name = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1)
                .toLowerCase(Locale.ROOT);
        if (name.endsWith("." + GZIP_EXTENSION)) name = name.substring(0, name.length() - GZIP_EXTENSION.length() - 1);
        int dot = name.lastIndexOf('.');
        return dot <= 0 || dot == name.length() - 1 ? Optional.empty() : Optional.of(name.substring(dot + 1));
    }
}
