package org.papergraph.export.push;

import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.papergraph.sparql.PapergraphServer;
import org.papergraph.testing.NamedQueryCases;
import org.papergraph.testing.SampleStore;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What the push tests share: papergraph's own answers, and counts at a target. */
final class PushTargets {
    private PushTargets() {}

    /** The named queries' answers from papergraph's own endpoint (embedded Fuseki over the sample store). */
    static Map<String, List<Map<String, String>>> papergraphAnswers() {
        Map<String, List<Map<String, String>>> out = new TreeMap<>();
        try (PapergraphServer server = PapergraphServer.builder().store(SampleStore.get()).port(0).build().start()) {
            for (NamedQueryCases c : NamedQueryCases.all()) out.put(c.name(), c.onEndpoint(server.sparqlUrl()));
        }
        return out;
    }

    /** Differences between papergraph's answers and an endpoint's, one entry per query that differs. */
    static List<String> differences(Map<String, List<Map<String, String>>> expected, String endpoint, int rowCap) {
        List<String> diffs = new ArrayList<>();
        for (NamedQueryCases c : NamedQueryCases.all()) {
            List<Map<String, String>> got;
            try {
                got = c.onEndpoint(endpoint);
            } catch (RuntimeException e) {
                diffs.add(c.name() + ": failed: " + e.getMessage());
                continue;
            }
            if (got.size() >= rowCap) diffs.add(c.name() + ": " + got.size() + " rows reach the store's row cap: the answer may be cut");
            if (expected.get(c.name()).isEmpty()) diffs.add(c.name() + ": papergraph answers nothing: a vacuous comparison");
            if (!expected.get(c.name()).equals(got)) diffs.add(c.name() + ":\n  papergraph " + expected.get(c.name()) + "\n  target     " + got);
        }
        return diffs;
    }

    /** Quads in the papergraph graphs of a target (other graphs, such as Virtuoso's own, are left out). */
    static long quads(String endpoint) {
        String q = "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), \"https://w3id.org/papergraph/\")) }";
        try (QueryExecHTTP exec = QueryExecHTTP.service(endpoint).query(q).build()) {
            return Long.parseLong(exec.select().next().get("n").getLiteralLexicalForm());
        }
    }

    static long storeQuads() {
        return SampleStore.get().read(dsg -> dsg.stream().filter(q -> !q.isDefaultGraph()).count());
    }
}
