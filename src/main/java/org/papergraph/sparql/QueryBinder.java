package org.papergraph.sparql;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.papergraph.graph.Literals;
import org.papergraph.graph.PG;
import org.papergraph.graph.ResourceIris;
import org.papergraph.nlp.EntityType;
import org.papergraph.nlp.LabelKeys;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * Binds a named query's parameters. Values become RDF terms that replace the query's variables in its syntax
 * tree (Jena's {@link QueryTransformOps}); nothing is pasted into query text, so no value can change the query's
 * shape. A parameter named {@code limit} sets the query's LIMIT, one named {@code offset} its OFFSET.
 */
public final class QueryBinder {

    private final ResourceIris iris;

    public QueryBinder(ResourceIris iris) {
        this.iris = iris;
    }

    /** The query with every parameter bound: given values, else the defaults. */
    public Query bind(NamedQuery query, Map<String, String> values) {
        for (String given : values.keySet()) {
            if (query.parameter(given).isEmpty()) {
                TreeSet<String> known = new TreeSet<>();
                query.parameters().forEach(p -> known.add(p.name()));
                throw new IllegalArgumentException("query '" + query.name() + "' has no parameter '" + given + "'"
                        + (known.isEmpty() ? " (it takes none)" : " (known: " + String.join(", ", known) + ")"));
            }
        }
        Query parsed = QueryFactory.create(query.sparql());
        Map<Var, Node> substitutions = new LinkedHashMap<>();
        Long limit = null, offset = null;
        for (NamedQuery.Parameter p : query.parameters()) {
            String value = values.getOrDefault(p.name(), p.defaultValue());
            if (value == null) throw new IllegalArgumentException("query '" + query.name() + "' needs --param " + p.name() + "=VALUE");
            // a "limit" caps the rows, and a query may also read it ("FILTER(?rank <= ?limit)") to cut its work early
            if (p.name().equals("limit")) limit = parseInteger(p, value);
            if (p.name().equals("offset")) offset = parseInteger(p, value);
            terms(p, value).forEach((var, node) -> substitutions.put(Var.alloc(var), node));
        }
        Query bound = substitutions.isEmpty() ? parsed : QueryTransformOps.transform(parsed, substitutions);
        if (limit != null) bound.setLimit(limit);
        if (offset != null) bound.setOffset(offset);
        return bound;
    }

    private Map<String, Node> terms(NamedQuery.Parameter p, String value) {
        Map<String, Node> out = new HashMap<>();
        switch (p.kind()) {
            case LABEL -> {
                out.put(p.name(), Literals.string(value));
                out.put(p.name() + "_key", Literals.string(LabelKeys.key(value)));
            }
            case PAPER -> out.put(p.name(), iris.paper(value));
            case TYPE -> out.put(p.name(), NodeFactory.createURI(PG.NS + EntityType.fromName(value)
                    .orElseThrow(() -> new IllegalArgumentException("--param " + p.name() + ": not a type: '" + value
                            + "' (Method, Dataset, Model, Task, Metric or Concept)")).localName()));
            case STRING -> out.put(p.name(), Literals.string(value));
            case INTEGER -> out.put(p.name(), Literals.integer(parseInteger(p, value)));
        }
        return out;
    }

    private static long parseInteger(NamedQuery.Parameter p, String value) {
        try {
            long n = Long.parseLong(value.strip());
            if (n < 0) throw new NumberFormatException();
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--param " + p.name() + ": not a non-negative integer: '" + value + "'");
        }
    }
}
