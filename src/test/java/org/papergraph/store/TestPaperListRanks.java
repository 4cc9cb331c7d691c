package org.papergraph.store;

import org.apache.jena.graph.Node;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.bench.PlainQueries;
import org.papergraph.graph.Literals;
import org.papergraph.graph.PG;
import org.papergraph.graph.ResourceIris;
import org.papergraph.ingest.SourceLocation;
import org.papergraph.nlp.Extraction;
import org.papergraph.nlp.Vocabulary;
import org.papergraph.sparql.NamedQuery;
import org.papergraph.sparql.QueryAnswers;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.papergraph.store.RankRebuild.assertRebuildWritesAlike;
import static org.papergraph.store.RankRebuild.batch;
import static org.papergraph.testing.ComparedNames.comparing;

/**
 * The paper lists ({@code papers-mentioning}, {@code evaluated-on}) and the outperforms ranks the writer keeps
 * incrementally, over several ingests (a paper changed, a paper retitled by an earlier note, an entity relabelled, a
 * new vocabulary), answer the named queries as their plain forms do and are exactly what a rebuild from the paper
 * graphs writes; past the ranked size the named queries stop and the plain forms go on.
 */
class TestPaperListRanks {

    /** The statistics terms of the paper lists and the outperforms ranks (by name: they are this change's terms). */
    private static final List<String> RANK_TERMS = List.of("paperListOf", "paperListRole", "inPaperList", "paperRank",
            "rankedPaper", "outperformsRank");

    @TempDir
    Path tmp;

    private final Vocabulary vocabulary = Vocabulary.bundled();

    @Test
    void incrementalListsAndRanksEqualARebuild() {
        ResourceIris iris = ResourceIris.defaults();
        try (TdbStore store = TdbStore.open(tmp.resolve("store"), iris)) {
            Extraction paper2 = comparing("Paper 2", at(2), "Beta-Loss", "Gamma-Set");
            PaperWriter first = new PaperWriter(store, vocabulary, 0.5);
            first.write(batch(comparing("Paper 1", at(1), "Alpha-Net", "Gamma-Set"), paper2));
            first.finish(batch(comparing("Paper 3", at(3), "Alpha-Net", "Beta-Loss", "Gamma-Set")));
            assertEquals(List.of("Paper 1", "Paper 2", "Paper 3"), titles(store, "evaluated-on", "Gamma-Set"));
            assertEquals(List.of("Paper 1", "Paper 3"), titles(store, "papers-mentioning", "Alpha-Net"));
            assertEquals(List.of("Alpha-Net>Beta-Loss", "Alpha-Net>Gamma-Set", "Beta-Loss>Gamma-Set"), claims(store));

            // a later run: paper 2 compares Beta-Loss with Delta-Metric instead; an earlier note titles paper 3 "PAPER 3";
            // four notes call Alpha-Net "Zulu-Net" and name nothing else
            PaperWriter second = new PaperWriter(store, vocabulary, 0.5);
            PaperWriter.Batch changed = batch(comparing("Paper 2", at(2), "Beta-Loss", "Delta-Metric"),
                    comparing("PAPER 3", new SourceLocation("a.md", 1), "Epsilon-Task"));
            changed.remove(iris.note(paper2.note().title(), paper2.note().summary()));
            second.write(changed);
            List<Extraction> relabelling = new ArrayList<>();
            for (int n = 5; n <= 8; n++) relabelling.add(comparing("Paper " + n, at(n), "Alpha-Net=Zulu-Net"));
            second.finish(batch(relabelling.toArray(Extraction[]::new)));
            boolean relabelled = store.read(d -> d.contains(iris.entitiesGraph(), iris.entity("alpha-net"), PG.prefLabel, Literals.english("Zulu-Net")));
            assertTrue(relabelled, "four notes of Zulu-Net against two of Alpha-Net");

            assertEquals(List.of("PAPER 3", "Paper 1"), titles(store, "evaluated-on", "Gamma-Set"), "paper 2 left, paper 3 retitled");
            assertEquals(List.of("PAPER 3", "Paper 1", "Paper 5", "Paper 6", "Paper 7", "Paper 8"), titles(store, "papers-mentioning", "Zulu-Net"));
            assertEquals(List.of("Paper 2"), titles(store, "papers-mentioning", "Delta-Metric"));
            assertEquals(List.of("Beta-Loss>Delta-Metric", "Zulu-Net>Beta-Loss", "Zulu-Net>Gamma-Set"), claims(store));
            assertAgreeWithPlainForms(store, List.of("Zulu-Net", "Beta-Loss", "Gamma-Set", "Delta-Metric", "Epsilon-Task"));
            assertRebuildWritesAlike(store, RANK_TERMS);
        }
    }

    @Test
    void aNewVocabularyReordersTheStatementsItsLabelsOrder() {
        ResourceIris iris = ResourceIris.defaults();
        Node decay = iris.entity("weight-decay");
        try (TdbStore store = TdbStore.open(tmp.resolve("store"), iris)) {
            new PaperWriter(store, vocabulary, 0.5).finish(new PaperWriter.Batch());   // writes the reference graphs
            // the vocabulary of an older release, which called weight decay "Aardvark"
            store.write(d -> {
                d.deleteAny(iris.vocabularyGraph(), decay, PG.prefLabel, Node.ANY);
                d.add(iris.vocabularyGraph(), decay, PG.prefLabel, Literals.english("Aardvark"));
            });
            new PaperWriter(store, vocabulary, 0.5).finish(batch(comparing("Paper 1", at(1), "weight-decay:weight decay", "Beta-Loss"),
                    comparing("Paper 2", at(2), "Omega-Net", "Beta-Loss")));
            assertEquals(List.of("Aardvark>Beta-Loss", "Omega-Net>Beta-Loss"), claims(store));

            // this release's vocabulary replaces it on the next write; the paper written then compares nothing
            store.write(d -> d.deleteAny(iris.graph("dataset"), ReferenceGraphs.datasetNode(iris), PG.pg("referenceDataFingerprint"), Node.ANY));
            new PaperWriter(store, vocabulary, 0.5).finish(batch(comparing("Paper 3", at(3), "Delta-Metric")));
            assertEquals(List.of("Omega-Net>Beta-Loss", "weight decay>Beta-Loss"), claims(store));
            assertEquals(List.of("Omega-Net>Beta-Loss"), claims(store, 1), "the first page follows the new label");
            assertRebuildWritesAlike(store, RANK_TERMS);
        }
    }

    @Test
    void namedQueriesPageThroughTheRankedPapersThePlainFormsThroughAll() {
        int size = org.papergraph.graph.PaperLists.SIZE, papers = size + 20;
        List<Extraction> notes = new ArrayList<>();
        for (int i = 0; i < papers; i++) notes.add(comparing(String.format("Paper %04d", i), at(i + 1), "Hub-Set", String.format("Part-%04d", i % 7)));
        try (TdbStore store = TdbStore.open(tmp.resolve("hub"), ResourceIris.defaults())) {
            new PaperWriter(store, vocabulary, 0.5).finish(batch(notes.toArray(Extraction[]::new)));
            for (String name : List.of("evaluated-on", "papers-mentioning")) {
                NamedQuery named = QueryAnswers.named(name), plain = plain(name);
                assertEquals(size, QueryAnswers.rows(store, named, page(papers + 50, 0)).size(), name + ": the ranked papers");
                assertEquals(papers, QueryAnswers.rows(store, plain, page(papers + 50, 0)).size(), name + ": the plain form has no cap");
                assertEquals(QueryAnswers.rows(store, plain, page(5, size - 5)), QueryAnswers.rows(store, named, page(10, size - 5)),
                        name + ": the last page stops at the ranked size");
                for (int offset : List.of(0, 1, 37, size - 10)) {
                    assertEquals(QueryAnswers.rows(store, plain, page(10, offset)), QueryAnswers.rows(store, named, page(10, offset)), name + " " + offset);
                }
            }
            assertEquals(QueryAnswers.rows(store, plain("outperforms"), Map.of("limit", "10", "offset", Integer.toString(size - 5))).subList(0, 5),
                    QueryAnswers.rows(store, QueryAnswers.named("outperforms"), Map.of("limit", "10", "offset", Integer.toString(size - 5))));
        }
    }

    private static Map<String, String> page(int limit, int offset) {
        return Map.of("concept", "Hub-Set", "limit", Integer.toString(limit), "offset", Integer.toString(offset));
    }

    private static void assertAgreeWithPlainForms(TdbStore store, List<String> concepts) {
        for (String c : concepts) {
            for (String[] page : new String[][] {{"1", "0"}, {"2", "1"}, {"100", "0"}}) {
                Map<String, String> p = Map.of("concept", c, "limit", page[0], "offset", page[1]);
                QueryAnswers.assertAgree(store, plain("papers-mentioning"), p, "title");
                QueryAnswers.assertAgree(store, plain("evaluated-on"), p, "title");
            }
        }
        for (String[] page : new String[][] {{"1", "0"}, {"2", "1"}, {"100", "0"}}) {
            QueryAnswers.assertAgree(store, plain("outperforms"), Map.of("limit", page[0], "offset", page[1]), "title");
        }
    }

    private static List<String> titles(TdbStore store, String query, String concept) {
        return QueryAnswers.column(QueryAnswers.rows(store, QueryAnswers.named(query), Map.of("concept", concept)), "title").stream()
                .map(t -> t.substring(1, t.lastIndexOf('"'))).toList();
    }

    private static List<String> claims(TdbStore store) {
        return claims(store, 100);
    }

    /** The first outperforms rows as "winner>baseline", in the query's order. */
    private static List<String> claims(TdbStore store, int limit) {
        List<String> rows = QueryAnswers.rows(store, QueryAnswers.named("outperforms"), Map.of("limit", Integer.toString(limit)));
        List<String> w = QueryAnswers.column(rows, "winner"), b = QueryAnswers.column(rows, "baseline");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) out.add(w.get(i).substring(1, w.get(i).lastIndexOf('"')) + ">" + b.get(i).substring(1, b.get(i).lastIndexOf('"')));
        return out;
    }

    private static NamedQuery plain(String name) {
        return PlainQueries.all().stream().filter(q -> q.name().equals(name)).findFirst().orElseThrow();
    }

    private static SourceLocation at(int line) {
        return new SourceLocation("notes.md", line);
    }
}
