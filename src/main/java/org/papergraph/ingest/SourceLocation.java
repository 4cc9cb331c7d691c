package org.papergraph.ingest;

import java.util.Objects;

/**
 * Where a record was read: the file as the user named it (or relative to the directory they named)
 * and the 1-based line its record starts on. Printed as {@code FILE:LINE}, the form editors and CI logs link.
 */
public record SourceLocation(String file, int line) implements Comparable<SourceLocation> {

    public SourceLocation {
        Objects.requireNonNull(file, "file");
        if (line < 0) throw new IllegalArgumentException("line " + line);
    }

    /** A location for problems that concern the whole file rather than one line. */
    public static SourceLocation wholeFile(String file) {
        return new SourceLocation(file, 0);
    }

    @Override
    public int compareTo(SourceLocation o) {
        int c = file.compareTo(o.file);
        return c != 0 ? c : Integer.compare(line, o.line);
    }

    @Override
    public String toString() {
        return line == 0 ? file : file + ":" + line;
    }
}
