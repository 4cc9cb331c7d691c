package org.papergraph.sparql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A competency query from {@code sparql/NAME.rq}: its title, description and typed parameters read from the
 * header comment (see sparql/README.md), and its SPARQL text.
 */
public record NamedQuery(String name, String title, String description, List<Parameter> parameters, String sparql) {

    /** Kinds of parameter and how a value becomes an RDF term. */
    public enum Kind { LABEL, PAPER, TYPE, STRING, INTEGER }

    public record Parameter(String name, Kind kind, String defaultValue) {}

    public NamedQuery {
        parameters = List.copyOf(parameters);
    }

    public Optional<Parameter> parameter(String name) {
        return parameters.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** Parses a query file: {@code # title:}, {@code # description:} (may continue on indented comment lines), {@code # param:}. */
    public static NamedQuery parse(String name, String text) {
        String title = name, description = "";
        List<Parameter> params = new ArrayList<>();
        String last = null;
        for (String line : text.split("\n")) {
            if (!line.startsWith("#")) {
                if (!line.isBlank()) break;
                continue;
            }
            String body = line.substring(1);
            String trimmed = body.strip();
            if (trimmed.startsWith("title:")) {
                title = trimmed.substring(6).strip();
                last = "title";
            } else if (trimmed.startsWith("description:")) {
                description = trimmed.substring(12).strip();
                last = "description";
            } else if (trimmed.startsWith("param:")) {
                String[] p = trimmed.substring(6).strip().split("\\s+", 3);
                if (p.length < 2) throw new IllegalArgumentException(name + ".rq: param needs a name and a kind: " + line);
                Kind kind;
                try {
                    kind = Kind.valueOf(p[1].toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(name + ".rq: unknown parameter kind '" + p[1] + "'");
                }
                params.add(new Parameter(p[0], kind, p.length > 2 ? p[2].strip() : null));
                last = "param";
            } else if ("description".equals(last) && body.startsWith("   ")) {
                description = description + " " + trimmed;
            }
        }
        return new NamedQuery(name, title, description, params, text);
    }
}
