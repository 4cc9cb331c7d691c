package org.papergraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Splits an author list written as one string, the way JSON notes and arXiv's {@code authors} field give it. */
final class AuthorNames {

    /** Commas, optionally followed by "and" (the Oxford comma), and a free-standing "and". */
    private static final Pattern SEPARATOR = Pattern.compile("\\s*,\\s*(?:and\\s+)?|\\s+and\\s+");

    private AuthorNames() {}

    /** {@code "A. Smith, B. Jones and C. Wu"} → {@code [A. Smith, B. Jones, C. Wu]}; blanks dropped. */
    static List<String> split(String authors) {
        List<String> names = new ArrayList<>();
        if (authors == null) return names;
        for (String name : SEPARATOR.split(authors.strip())) {
            if (!name.isBlank()) names.add(name.strip());
        }
        return names;
    }
}
