package org.papergraph.store;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;

import java.util.LinkedHashMap;
import java.util.Map;

/** Counts of what a store holds, by SPARQL over its union graph. */
public record StoreStatistics(long papers, long notes, Map<String, Long> entitiesByType, Map<String, Long> linksByRole,
                              long relations, long quads) {

    private static final String PREFIX = "PREFIX pg: <https://w3id.org/papergraph/ontology#>\n";

    public static StoreStatistics of(TdbStore store) {
        return store.read(dsg -> {
            long papers = count(dsg, "SELECT (COUNT(?p) AS ?n) { ?p a pg:Paper }");
            long notes = count(dsg, "SELECT (COUNT(?n0) AS ?n) { ?n0 a pg:Note }");
            Map<String, Long> types = new LinkedHashMap<>();
            for (String t : new String[] {"Method", "Dataset", "Model", "Task", "Metric", "Concept"}) {
                types.put(t, count(dsg, "SELECT (COUNT(DISTINCT ?e) AS ?n) { ?e a pg:" + t + " . ?p pg:mentions ?e }"));
            }
            Map<String, Long> roles = new LinkedHashMap<>();
            for (String r : new String[] {"proposes", "evaluatesOn", "uses", "studies"}) {
                roles.put(r, count(dsg, "SELECT (COUNT(*) AS ?n) { ?p pg:" + r + " ?e }"));
            }
            long relations = count(dsg, "SELECT (COUNT(*) AS ?n) { VALUES ?r { pg:variantOf pg:outperforms pg:appliedTo } ?s ?r ?o }");
            long quads = dsg.stream().count();
            return new StoreStatistics(papers, notes, types, roles, relations, quads);
        });
    }

    private static long count(org.apache.jena.sparql.core.DatasetGraph dsg, String select) {
        Query q = QueryFactory.create(PREFIX + select);
        try (QueryExec exec = QueryExec.dataset(dsg).query(q).build()) {
            RowSet rows = exec.select();
            return rows.hasNext() ? Long.parseLong(rows.next().get("n").getLiteralLexicalForm()) : 0;
        }
    }

    public String render() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("papers   %d%nnotes    %d%n", papers, notes));
        long total = entitiesByType.values().stream().mapToLong(Long::longValue).sum();
        sb.append(String.format("entities %d linked:", total));
        entitiesByType.forEach((t, n) -> sb.append(String.format(" %s %d", t, n)));
        sb.append(String.format("%nlinks   "));
        linksByRole.forEach((r, n) -> sb.append(String.format(" %s %d", r, n)));
        sb.append(String.format("%nrelations %d (variantOf, outperforms, appliedTo)%nquads    %d%n", relations, quads));
        return sb.toString();
    }
}
