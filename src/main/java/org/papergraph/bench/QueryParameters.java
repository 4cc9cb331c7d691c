package org.papergraph.bench;

import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.papergraph.sparql.NamedQuery;
import org.papergraph.store.TdbStore;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Parameters that make the named queries work hard on a given store: the most-mentioned entity (its label) for
 * concept parameters, and a paper that mentions it for paper parameters. The defaults name sample papers a
 * generated corpus does not hold, which would time empty answers.
 */
record QueryParameters(String topEntityLabel, long topEntityPapers, String paperTitle) {

    private static final String TOP = """
            PREFIX pg: <https://w3id.org/papergraph/ontology#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            SELECT ?label ?n ?title {
              { SELECT ?e ?n { ?e pg:mentionCount ?n } ORDER BY DESC(?n) ?e LIMIT 1 }
              ?e skos:prefLabel ?label .
              { SELECT ?e (MIN(?t) AS ?title) { ?p pg:mentions ?e ; dcterms:title ?t } GROUP BY ?e }
            }""";

    static QueryParameters of(TdbStore store) {
        return store.read(dsg -> {
            try (QueryExec exec = QueryExec.dataset(dsg).query(QueryFactory.create(TOP)).build()) {
                RowSet rows = exec.select();
                if (!rows.hasNext()) throw new IllegalStateException("the store holds no mentioned entity to query for");
                var b = rows.next();
                return new QueryParameters(b.get("label").getLiteralLexicalForm(),
                        Long.parseLong(b.get("n").getLiteralLexicalForm()), b.get("title").getLiteralLexicalForm());
            }
        });
    }

    /** Values for a named query's parameters: concept and paper parameters from this store, the others default. */
    Map<String, String> valuesFor(NamedQuery q) {
        Map<String, String> values = new LinkedHashMap<>();
        for (NamedQuery.Parameter p : q.parameters()) {
            switch (p.kind()) {
                case LABEL -> values.put(p.name(), topEntityLabel);
                case PAPER -> values.put(p.name(), paperTitle);
                default -> { }
            }
        }
        return values;
    }
}
