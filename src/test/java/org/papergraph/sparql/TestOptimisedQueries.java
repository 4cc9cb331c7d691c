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
        assertTrue(plain.size() >= 7, "plain forms of most-mentioned, co-occurring, papers-per-venue, entities-of-type, papers-mentioning, evaluated-on, outperforms");
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

    /** Every mentioned entity's papers, and those it is evaluated on, page by page (first page, a later one, all). */
    @Test
    void paperListsAgreeForEveryMentionedEntityOnEveryPage() {
        TdbStore store = SampleStore.get();
        List<String> labels = mentionedLabels(store);
        int evaluated = 0;
        for (String label : labels) {
            for (String[] page : PAGES) {
                Map<String, String> p = Map.of("concept", label, "limit", page[0], "offset", page[1]);
                assertFalse(QueryAnswers.assertAgree(store, plain("papers-mentioning"), p, "title").isEmpty() && page[1].equals("0"), label);
                if (!QueryAnswers.assertAgree(store, plain("evaluated-on"), p, "title").isEmpty()) evaluated++;
            }
        }
        assertTrue(evaluated > 10, "the sample evaluates on some entities: " + evaluated);
    }

    @Test
    void outperformsAgreesOnEveryPage() {
        TdbStore store = SampleStore.get();
        List<String> all = QueryAnswers.assertAgree(store, plain("outperforms"), Map.of("limit", "1000"), "title");
        assertTrue(all.size() > 1, "the sample states comparisons: " + all.size());
        for (String[] page : PAGES) QueryAnswers.assertAgree(store, plain("outperforms"), Map.of("limit", page[0], "offset", page[1]), "title");
        QueryAnswers.assertAgree(store, plain("outperforms"), Map.of("limit", "2", "offset", Integer.toString(all.size() - 1)), "title");
    }

    /** Limit and offset: the first row, a page after it, a page that ends past the answer. */
    private static final String[][] PAGES = {{"1", "0"}, {"2", "1"}, {"3", "2"}, {"100", "0"}};

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
