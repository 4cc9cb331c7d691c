package org.papergraph.store;

import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.bench.PlainQueries;
import org.papergraph.graph.CooccurrenceRanking;
import org.papergraph.graph.Literals;
import org.papergraph.graph.PG;
import org.papergraph.graph.ResourceIris;
import org.papergraph.nlp.Extraction;
import org.papergraph.nlp.Vocabulary;
import org.papergraph.sparql.NamedQueries;
import org.papergraph.sparql.NamedQuery;
import org.papergraph.sparql.QueryAnswers;
import org.papergraph.testing.ComparedNames;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.papergraph.store.RankRebuild.assertRebuildWritesAlike;
import static org.papergraph.store.RankRebuild.batch;

/**
 * The co-occurrence ranks the writer keeps incrementally, over several ingests (a paper changed, an entity
 * relabelled by notes that name it alone), are exactly what a rebuild from the paper graphs writes; and
 * {@code co-occurring} lists at most {@link CooccurrenceRanking#SIZE} rows per entity, the plain form's first ones.
 */
class TestCooccurrenceRanks {

    @TempDir
    Path tmp;

    private final Vocabulary vocabulary = Vocabulary.bundled();

    @Test
    void incrementalRanksEqualARebuild() {
        ResourceIris iris = ResourceIris.defaults();
        Node alpha = iris.entity("alpha-net"), beta = iris.entity("beta-loss"), gamma = iris.entity("gamma-set"),
                delta = iris.entity("delta-metric"), epsilon = iris.entity("epsilon-task");
        try (TdbStore store = TdbStore.open(tmp.resolve("store"), iris)) {
            Extraction paper2 = note(2, "Alpha-Net", "Gamma-Set", "Delta-Metric");
            PaperWriter first = new PaperWriter(store, vocabulary, 0.5);
            first.write(batch(note(1, "Alpha-Net", "Beta-Loss", "Gamma-Set"), paper2));
            first.finish(batch(note(3, "Beta-Loss", "Gamma-Set", "Delta-Metric"), note(4, "Alpha-Net", "Beta-Loss", "Epsilon-Task")));
            // Beta-Loss shares two papers with Alpha-Net (1, 4) and with Gamma-Set (1, 3): the labels decide
            assertEquals(List.of(alpha, gamma, delta, epsilon), list(store, beta));

            // a later run: paper 2 names Epsilon-Task instead of Delta-Metric; four notes call Alpha-Net "Zulu-Net" and
            // name nothing else. Beta-Loss's pairs do not change.
            PaperWriter second = new PaperWriter(store, vocabulary, 0.5);
            PaperWriter.Batch changed = batch(note(2, "Alpha-Net", "Gamma-Set", "Epsilon-Task"));
            changed.remove(iris.note(paper2.note().title(), paper2.note().summary()));
            second.write(changed);
            List<Extraction> relabelling = new ArrayList<>();
            for (int n = 5; n <= 8; n++) relabelling.add(note(n, "Alpha-Net=Zulu-Net"));
            second.finish(batch(relabelling.toArray(Extraction[]::new)));
            boolean relabelled = store.read(d -> d.contains(iris.entitiesGraph(), alpha, PG.prefLabel, Literals.english("Zulu-Net")));
            assertTrue(relabelled, "four notes of Zulu-Net against three of Alpha-Net");
            // Alpha-Net's new label sorts after Gamma-Set
            assertEquals(List.of(gamma, alpha, delta, epsilon), list(store, beta));
            // Gamma-Set: Alpha-Net (1, 2) and Beta-Loss (1, 3), Delta-Metric (3) and Epsilon-Task (2)
            assertEquals(List.of(beta, alpha, delta, epsilon), list(store, gamma));
            assertRebuildWritesAlike(store, List.of("rankedFor", "cooccurrenceRank", "rankedPair"));
        }
    }

    @Test
    void aNewVocabularyReRanksTheListsItsLabelsOrder() {
        ResourceIris iris = ResourceIris.defaults();
        Node decay = iris.entity("weight-decay"), beta = iris.entity("beta-loss"), gamma = iris.entity("gamma-set");
        try (TdbStore store = TdbStore.open(tmp.resolve("store"), iris)) {
            new PaperWriter(store, vocabulary, 0.5).finish(new PaperWriter.Batch());   // writes the reference graphs
            // the vocabulary of an older release, which called weight decay "Aardvark"
            store.write(d -> {
                d.deleteAny(iris.vocabularyGraph(), decay, PG.prefLabel, Node.ANY);
                d.add(iris.vocabularyGraph(), decay, PG.prefLabel, Literals.english("Aardvark"));
            });
            new PaperWriter(store, vocabulary, 0.5).finish(batch(note(1, "weight-decay:weight decay", "Beta-Loss", "Gamma-Set")));
            assertEquals(List.of(decay, gamma), list(store, beta), "one shared paper each: \"Aardvark\" first");

            // this release's vocabulary replaces it on the next write; the paper written then names other entities
            store.write(d -> d.deleteAny(iris.graph("dataset"), ReferenceGraphs.datasetNode(iris), PG.pg("referenceDataFingerprint"), Node.ANY));
            new PaperWriter(store, vocabulary, 0.5).finish(batch(note(2, "Delta-Metric", "Epsilon-Task")));
            assertEquals(List.of(gamma, decay), list(store, beta), "\"Gamma-Set\" before \"weight decay\"");
            assertRebuildWritesAlike(store, List.of("rankedFor", "cooccurrenceRank", "rankedPair"));
        }
    }

    @Test
    void namedQueryListsAtMostTheRankedPartnersThePlainFormsFirst() {
        int partners = CooccurrenceRanking.SIZE + 20;
        List<Extraction> notes = new ArrayList<>();
        for (int i = 0; i < partners; i++) notes.add(note(i, "Hub-Net", String.format("Part-%03d", i)));
        for (int i = 0; i < 30; i++) notes.add(note(1000 + i, "Hub-Net", String.format("Part-%03d", i * 2)));   // a second paper for some
        try (TdbStore store = TdbStore.open(tmp.resolve("hub"), ResourceIris.defaults())) {
            new PaperWriter(store, vocabulary, 0.5).finish(batch(notes.toArray(Extraction[]::new)));
            NamedQuery named = NamedQueries.bundled().get("co-occurring").orElseThrow();
            NamedQuery plain = PlainQueries.all().stream().filter(q -> q.name().equals("co-occurring")).findFirst().orElseThrow();

            List<String> capped = QueryAnswers.rows(store, named, params(partners + 50));
            assertEquals(CooccurrenceRanking.SIZE, capped.size(), "a limit above the ranked size lists the ranked partners");
            assertEquals(QueryAnswers.rows(store, plain, params(CooccurrenceRanking.SIZE)), capped);
            assertEquals(partners, QueryAnswers.rows(store, plain, params(partners + 50)).size(), "the plain form has no cap");
            assertEquals(QueryAnswers.rows(store, plain, params(7)), QueryAnswers.rows(store, named, params(7)));
        }
    }

    private static Map<String, String> params(int limit) {
        return Map.of("concept", "Hub-Net", "limit", Integer.toString(limit));
    }

    /** The entity's stored co-occurrence list: its partners by rank. */
    private static List<Node> list(TdbStore store, Node entity) {
        String e = "<" + entity.getURI() + ">";
        String q = "PREFIX pg: <" + PG.NS + "> SELECT ?other { GRAPH ?g { ?place pg:rankedFor " + e + " ; pg:cooccurrenceRank ?r ;"
                + " pg:rankedPair ?pair . ?pair pg:cooccurring ?other FILTER(?other != " + e + ") } } ORDER BY ?r";
        return store.read(d -> {
            List<Node> out = new ArrayList<>();
            try (QueryExec exec = QueryExec.dataset(d).query(QueryFactory.create(q)).build()) {
                exec.select().forEachRemaining(b -> out.add(b.get("other")));
            }
            return out;
        });
    }

    private static Extraction note(int n, String... names) {
        return ComparedNames.note(n, names);
    }
}
