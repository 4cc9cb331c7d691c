package org.papergraph.testing;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.papergraph.graph.ResourceIris;
import org.papergraph.sparql.NamedQueries;
import org.papergraph.sparql.NamedQuery;
import org.papergraph.sparql.QueryBinder;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The named queries of sparql/, each bound with its default parameter values (see {@link #SAMPLE_VALUES}) by papergraph's own
 * {@link QueryBinder}; {@link #text()} is the bound query serialised by Jena, the text every other store runs, so
 * all stores answer the very same query.
 */
public record NamedQueryCases(String name, Query query, String text) {

    /**
     * Values that differ from a query's defaults. None: every default answers on the sample (TestNamedQueries checks
     * it), so no comparison is vacuous.
     */
    static final Map<String, Map<String, String>> SAMPLE_VALUES = Map.of();

    public static List<NamedQueryCases> all() {
        QueryBinder binder = new QueryBinder(ResourceIris.defaults());
        List<NamedQueryCases> out = new ArrayList<>();
        for (NamedQuery q : NamedQueries.bundled().all()) {
            Query bound = binder.bind(q, SAMPLE_VALUES.getOrDefault(q.name(), Map.of()));
            out.add(new NamedQueryCases(q.name(), bound, bound.serialize()));
        }
        return out;
    }

    public static NamedQueryCases named(String name) {
        return all().stream().filter(c -> c.name.equals(name)).findFirst().orElseThrow();
    }

    /** The normalised answer of a local dataset (its default graph as the query sees it). */
    public List<Map<String, String>> onDataset(DatasetGraph dsg) {
        try (QueryExec exec = QueryExec.dataset(dsg).query(text).build()) {
            return NormalisedResults.of(exec.select(), query);
        }
    }

    /** The normalised answer of a SPARQL endpoint. */
    public List<Map<String, String>> onEndpoint(String url) {
        try (QueryExecHTTP exec = QueryExecHTTP.service(url).query(text).build()) {
            RowSet rows = exec.select();
            return NormalisedResults.of(rows, query);
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
