package org.papergraph.sparql;

import org.apache.jena.query.Query;
import org.junit.jupiter.api.Test;
import org.papergraph.store.TdbStore;
import org.papergraph.testing.SampleStore;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every named query answers on the sample, and the competency questions get the right answers. */
class TestNamedQueries {

    private final TdbStore store = SampleStore.get();
    private final NamedQueries catalogue = NamedQueries.bundled();

    private String run(String name, Map<String, String> params) {
        Query q = new QueryBinder(store.iris()).bind(catalogue.get(name).orElseThrow(), params);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new QueryRunner(store, 30_000).run(q, QueryRunner.Format.CSV, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static long rows(String csv) {
        return csv.lines().count() - 1;
    }

    @Test
    void atLeastTenQueriesEachDocumentedAndNonEmptyOnTheSample() {
        assertTrue(catalogue.all().size() >= 10, "named queries: " + catalogue.all().size());
        for (NamedQuery q : catalogue.all()) {
            assertFalse(q.title().equals(q.name()), q.name() + " has no title");
            assertFalse(q.description().isBlank(), q.name() + " has no description");
            assertTrue(rows(run(q.name(), Map.of())) > 0, q.name() + " is empty on the sample");
        }
    }

    @Test
    void papersMentioningAConceptByAnyOfItsNames() {
        String rope = run("papers-mentioning", Map.of("concept", "RoPE"));
        assertTrue(rope.contains("Deconstructing Positional Information"), rope);
        String byLongForm = run("papers-mentioning", Map.of("concept", "rotary position embedding"));
        assertTrue(byLongForm.contains("Deconstructing Positional Information"), byLongForm);
        String shampoo = run("papers-mentioning", Map.of("concept", "Shampoo"));
        assertTrue(shampoo.contains("Understanding and Improving Shampoo and SOAP"), shampoo);
        String grokking = run("papers-mentioning", Map.of("concept", "grokking"));
        assertTrue(grokking.contains("Explaining Grokking and Information Bottleneck"), grokking);
        assertTrue(grokking.contains("studies"), grokking);
    }

    @Test
    void whatAPaperProposesAndTheVariantsOfAMethod() {
        String proposes = run("paper-proposes", Map.of());
        assertTrue(proposes.contains("KL-Shampoo") && proposes.contains("KL-SOAP"), proposes);
        String variants = run("variants-of", Map.of("concept", "Shampoo"));
        assertTrue(variants.contains("KL-Shampoo"), variants);
        assertTrue(variants.contains("KL-Shampoo and KL-SOAP"), "the evidence sentence: " + variants);
    }

    @Test
    void datasetsProposedInTheCorpus() {
        String datasets = run("datasets-proposed", Map.of());
        for (String d : new String[] {"CHAMMI-75", "Common Corpus", "FictionalQA"}) assertTrue(datasets.contains(d), d + " in " + datasets);
    }

    @Test
    void evidenceSentenceForAPaperEntityLink() {
        String evidence = run("evidence", Map.of("concept", "KL-Shampoo"));
        assertTrue(evidence.contains("proposes two practical methods"), evidence);
        assertTrue(evidence.contains("proposes"), evidence);
    }

    @Test
    void papersPerVenueCountsTheSample() {
        assertTrue(run("papers-per-venue", Map.of()).contains("ICLR2026,Pretraining,26"));
    }

    @Test
    void theLimitParameterLimits() {
        assertTrue(rows(run("most-mentioned", Map.of("limit", "3"))) == 3);
    }
}
