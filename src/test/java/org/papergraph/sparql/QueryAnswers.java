package org.papergraph.sparql;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.papergraph.store.TdbStore;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A query's answer as comparable text: one line per row, the variables in order, each value as an RDF term. */
public final class QueryAnswers {

    private QueryAnswers() {}

    public static List<String> rows(TdbStore store, NamedQuery q, Map<String, String> params) {
        Query bound = new QueryBinder(store.iris()).bind(q, params);
        return store.read(dsg -> {
            List<String> out = new ArrayList<>();
            try (QueryExec exec = QueryExec.dataset(dsg).query(bound).build()) {
                RowSet rs = exec.select();
                List<org.apache.jena.sparql.core.Var> vars = rs.getResultVars();
                rs.forEachRemaining(b -> {
                    Map<String, String> row = new TreeMap<>();
                    StringBuilder sb = new StringBuilder();
                    for (var v : vars) {
                        var n = b.get(v);
                        sb.append(v.getVarName()).append('=').append(n == null ? "UNDEF" : n.toString()).append('\t');
                    }
                    out.add(sb.toString());
                });
            }
            return out;
        });
    }

    /** The values of one variable, row by row (to compare the order a query's ORDER BY gives). */
    public static List<String> column(List<String> rows, String var) {
        List<String> out = new ArrayList<>();
        for (String r : rows) {
            for (String cell : r.split("\t")) if (cell.startsWith(var + "=")) out.add(cell.substring(var.length() + 1));
        }
        return out;
    }

    /** The bundled named query of that name. */
    public static NamedQuery named(String name) {
        return NamedQueries.bundled().get(name).orElseThrow();
    }

    /** Same rows (as a multiset) and the same sequence of sort-key values; returns the rows. */
    public static List<String> assertAgree(TdbStore store, NamedQuery plain, Map<String, String> params, String sortKey) {
        NamedQuery named = NamedQueries.bundled().get(plain.name()).orElseThrow();
        List<String> fast = QueryAnswers.rows(store, named, params);
        List<String> slow = QueryAnswers.rows(store, plain, params);
        List<String> a = new ArrayList<>(fast), b = new ArrayList<>(slow);
        a.sort(null);
        b.sort(null);
        org.junit.jupiter.api.Assertions.assertEquals(b, a, plain.name() + " " + params + ": rows differ");
        org.junit.jupiter.api.Assertions.assertEquals(QueryAnswers.column(slow, sortKey), QueryAnswers.column(fast, sortKey), plain.name() + " " + params + ": order differs");
        return fast;
    }

}
