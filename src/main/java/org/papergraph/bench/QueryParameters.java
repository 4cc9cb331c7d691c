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
 * generated corpus does not hold, which would time empty answers. {@code evaluated-on} gets the entity most papers
 * evaluate on instead: the most-mentioned one is a method no paper evaluates on, which timed an empty answer.
 */
record QueryParameters(String topEntityLabel, long topEntityPapers, String paperTitle, String topEvaluatedLabel, long topEvaluatedPapers) {

    private static final String TOP = """
            PREFIX pg: <https://w3id.org/papergraph/ontology#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            SELECT ?label ?n ?title {
              { SELECT ?e ?n { ?e pg:mentionCount ?n } ORDER BY DESC(?n) ?e LIMIT 1 }
              ?e skos:prefLabel ?label .
              { SELECT ?e (MIN(?t) AS ?title) { ?p pg:mentions ?e ; dcterms:title ?t } GROUP BY ?e }
            }""";

    private static final String TOP_EVALUATED = """
            PREFIX pg: <https://w3id.org/papergraph/ontology#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            SELECT ?label ?n {
              { SELECT ?e (COUNT(?p) AS ?n) { ?p pg:evaluatesOn ?e } GROUP BY ?e ORDER BY DESC(?n) ?e LIMIT 1 }
              ?e skos:prefLabel ?label .
            }""";

    static QueryParameters of(TdbStore store) {
        return store.read(dsg -> {
            String[] evaluated = {null, "0"};
            try (QueryExec exec = QueryExec.dataset(dsg).query(QueryFactory.create(TOP_EVALUATED)).build()) {
                RowSet rows = exec.select();
                if (rows.hasNext()) {
                    var b = rows.next();
                    evaluated = new String[] {b.get("label").getLiteralLexicalForm(), b.get("n").getLiteralLexicalForm()};
                }
            }
            try (QueryExec exec = QueryExec.dataset(dsg).query(QueryFactory.create(TOP)).build()) {
                RowSet rows = exec.select();
                if (!rows.hasNext()) throw new IllegalStateException("the store holds no mentioned entity to query for");
                var b = rows.next();
                String label = b.get("label").getLiteralLexicalForm();
                return new QueryParameters(label, Long.parseLong(b.get("n").getLiteralLexicalForm()), b.get("title").getLiteralLexicalForm(),
                        evaluated[0] == null ? label : evaluated[0], Long.parseLong(evaluated[1]));
            }
        });
    }

    /** Values for a named query's parameters: concept and paper parameters from this store, the others default. */
    Map<String, String> valuesFor(NamedQuery q) {
        Map<String, String> values = new LinkedHashMap<>();
        for (NamedQuery.Parameter p : q.parameters()) {
            switch (p.kind()) {
                case LABEL -> values.put(p.name(), q.name().equals("evaluated-on") ? topEvaluatedLabel : topEntityLabel);
                case PAPER -> values.put(p.name(), paperTitle);
                default -> { }
            }
        }
        return values;
    }
}
