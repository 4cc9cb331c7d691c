package org.papergraph.sparql;

import org.apache.jena.query.Query;
import org.junit.jupiter.api.Test;
import org.papergraph.graph.ResourceIris;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Parameter values are RDF terms in the syntax tree: hostile values cannot change a query. */
class TestQueryBinder {

    private final QueryBinder binder = new QueryBinder(ResourceIris.defaults());
    private final NamedQuery query = NamedQueries.bundled().get("papers-mentioning").orElseThrow();

    @Test
    void hostileValuesStayOneLiteral() {
        Query plain = binder.bind(query, Map.of("concept", "RoPE"));
        for (String hostile : new String[] {"x\" } ; DROP ALL ; #", "a> <b", "}\nSELECT * WHERE { ?s ?p ?o", "# comment", "'\\\"\n"}) {
            Query bound = binder.bind(query, Map.of("concept", hostile));
            // same shape: only the literal differs
            assertEquals(plain.toString().replace("\"RoPE\"", "X").replace("\"rope\"", "K").lines().count(),
                    bound.toString().lines().count(), hostile);
            assertEquals(plain.getProjectVars(), bound.getProjectVars());
            assertEquals(plain.getQueryPattern().toString().split("\n").length, bound.getQueryPattern().toString().split("\n").length, hostile);
        }
    }

    @Test
    void unknownOrBadParametersAreRefusedWithTheReason() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> binder.bind(query, Map.of("nope", "x")));
        assertTrue(e.getMessage().contains("known: concept"), e.getMessage());
        NamedQuery limited = NamedQueries.bundled().get("most-mentioned").orElseThrow();
        assertThrows(IllegalArgumentException.class, () -> binder.bind(limited, Map.of("limit", "10; DROP")));
        NamedQuery typed = NamedQueries.bundled().get("entities-of-type").orElseThrow();
        assertThrows(IllegalArgumentException.class, () -> binder.bind(typed, Map.of("type", "Person")));
    }

    @Test
    void aLabelAlsoBindsItsSearchKey() {
        String bound = binder.bind(query, Map.of("concept", "Positional Encodings")).toString();
        assertTrue(bound.contains("\"positionalencoding\""), bound);
    }
}
