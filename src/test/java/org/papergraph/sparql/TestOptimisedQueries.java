package org.papergraph.sparql;

import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.junit.jupiter.api.Test;
import org.papergraph.bench.PlainQueries;
import org.papergraph.graph.CooccurrenceRanking;
import org.papergraph.store.TdbStore;
import org.papergraph.testing.SampleStore;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The named queries that read precomputed aggregates (statistics graph) answer exactly what their plain forms,
 * computed from the paper graphs alone, answer on the sample: same rows, and the same order of the sort key.
 */
public class TestOptimisedQueries {

    @Test
    void everyPlainFormHasItsNamedQuery() {
        List<NamedQuery> plain = PlainQueries.all();
        assertTrue(plain.size() >= 4, "plain forms of most-mentioned, co-occurring, papers-per-venue, entities-of-type");
        for (NamedQuery p : plain) assertTrue(NamedQueries.bundled().get(p.name()).isPresent(), p.name());
    }

    @Test
    void parameterlessAndDefaultAnswersAgree() {
        TdbStore store = SampleStore.get();
        for (NamedQuery plain : PlainQueries.all()) {
            QueryAnswers.assertAgree(store, plain, Map.of(), "papers");
        }
    }

    /** The first rows at a limit (ties at the cut decided alike), and the whole list at the ranked size. */
    @Test
    void coOccurrenceAgreesForEveryMentionedEntityAtEveryLimit() {
        TdbStore store = SampleStore.get();
        NamedQuery plain = plain("co-occurring");
        List<String> labels = mentionedLabels(store);
        assertTrue(labels.size() > 50, "the sample mentions many entities: " + labels.size());
        for (String limit : List.of("1", "3", Integer.toString(CooccurrenceRanking.SIZE))) {
            int nonEmpty = 0;
            for (String label : labels) {
                List<String> rows = QueryAnswers.assertAgree(store, plain, Map.of("concept", label, "limit", limit), "papers");
                if (!rows.isEmpty()) nonEmpty++;
            }
            assertTrue(nonEmpty > labels.size() / 2, "most entities co-occur with others: " + nonEmpty);
        }
    }

    @Test
    void entitiesOfEveryTypeAgree() {
        TdbStore store = SampleStore.get();
        for (String type : List.of("Method", "Dataset", "Model", "Task", "Metric", "Concept")) {
            QueryAnswers.assertAgree(store, plain("entities-of-type"), Map.of("type", type), "papers");
        }
    }

    @Test
    void mostMentionedAgreesWithAndWithoutALimit() {
        TdbStore store = SampleStore.get();
        for (String limit : List.of("5", "1000")) {
            List<String> rows = QueryAnswers.assertAgree(store, plain("most-mentioned"), Map.of("limit", limit), "papers");
            assertFalse(rows.isEmpty());
        }
    }

    private static NamedQuery plain(String name) {
        return PlainQueries.all().stream().filter(q -> q.name().equals(name)).findFirst().orElseThrow();
    }

    public static List<String> mentionedLabels(TdbStore store) {
        return store.read(dsg -> {
            TreeSet<String> out = new TreeSet<>();
            String q = "PREFIX pg: <https://w3id.org/papergraph/ontology#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
                    + "SELECT DISTINCT ?l { ?p pg:mentions ?e . ?e skos:prefLabel ?l }";
            try (QueryExec exec = QueryExec.dataset(dsg).query(QueryFactory.create(q)).build()) {
                exec.select().forEachRemaining(b -> out.add(b.get("l").getLiteralLexicalForm()));
            }
            return new ArrayList<>(out);
        });
    }
}
