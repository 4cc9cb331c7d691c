package org.papergraph.store;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.papergraph.graph.CorpusStatistics;
import org.papergraph.graph.EntityContribution;
import org.papergraph.graph.EntityDescriptions;
import org.papergraph.graph.EntityDirectory;
import org.papergraph.graph.Literals;
import org.papergraph.graph.MentionRanking;
import org.papergraph.graph.NoteGraphMapper;
import org.papergraph.graph.PG;
import org.papergraph.graph.PaperDerivation;
import org.papergraph.graph.ResourceIris;
import org.papergraph.ingest.SourceLocation;
import org.papergraph.nlp.Extraction;
import org.papergraph.nlp.Vocabulary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The store's only writer. A {@link Batch} of note changes (notes added or re-extracted, notes removed, notes
 * that moved in their file) is applied in one TDB2 write transaction: each affected paper graph is rebuilt from
 * its notes, entities are resolved across papers, and the descriptions and statistics of every touched entity
 * are rewritten. Either the whole batch lands or none of it.
 */
public final class PaperWriter {

    /** Changes to apply together. */
    public static final class Batch {
        final List<Extraction> added = new ArrayList<>();
        final List<Node> removed = new ArrayList<>();
        final Map<Node, SourceLocation> moved = new LinkedHashMap<>();

        public void add(Extraction e) { added.add(e); }
        public void remove(Node note) { removed.add(note); }
        public void move(Node note, SourceLocation to) { moved.put(note, to); }
        public int size() { return added.size() + removed.size() + moved.size(); }
        public boolean isEmpty() { return size() == 0; }
        /** Empties the batch once it has been written, so the caller can reuse it. */
        public void clearAfterWrite() { added.clear(); removed.clear(); moved.clear(); }
    }

    private final TdbStore store;
    private final ResourceIris iris;
    private final Vocabulary vocabulary;
    private final NoteGraphMapper mapper;
    /** Built on the first note to write: a re-ingest that changes nothing never pays for indexing every label. */
    private EntityDirectory directory;
    private final EntityDescriptions descriptions;
    private final CorpusStatistics statistics;
    private boolean referencesChecked;
    private long papersWritten;
    private long quadsWritten;
    private long mapNanos;

    public PaperWriter(TdbStore store, Vocabulary vocabulary, double linkThreshold) {
        this.store = store;
        this.iris = store.iris();
        this.vocabulary = vocabulary;
        this.mapper = new NoteGraphMapper(iris, linkThreshold);
        this.descriptions = new EntityDescriptions(iris, vocabulary);
        this.statistics = new CorpusStatistics(iris);
    }

    /** Inside the writer's transaction: the directory of the vocabulary's and the store's entity labels. */
    private EntityDirectory directory(DatasetGraph dsg) {
        if (directory == null) {
            EntityDirectory d = new EntityDirectory(iris, vocabulary);
            d.load(dsg.getGraph(iris.entitiesGraph()));
            directory = d;
        }
        return directory;
    }

    /** Papers whose graph was rewritten (or removed) so far. */
    public long papersWritten() {
        return papersWritten;
    }

    /** Quads added to the store so far (paper graphs, entity descriptions, statistics), for write-rate figures. */
    public long quadsWritten() {
        return quadsWritten;
    }

    /**
     * Time spent so far building RDF in memory (entity resolution, mapping notes to graphs, re-deriving paper
     * graphs, counting aggregates), as opposed to reading and writing the store: the "RDF mapping" stage of the
     * benchmark's split.
     */
    public long mapNanos() {
        return mapNanos;
    }

    /** Writes a batch; co-occurrence counts may stay pending until {@link #finish} or a later batch. */
    public void write(Batch batch) {
        write(batch, false);
    }

    /**
     * Writes a batch and every pending co-occurrence count in one transaction, and marks the statistics graph
     * current: the end of an ingest. Without it the store is left marked for a statistics rebuild on its next
     * open, which is what a killed run gets.
     */
    public void finish(Batch batch) {
        try {
            write(batch, true);
        } finally {
            store.statisticsDeferred(false);
        }
    }

    private void write(Batch batch, boolean flush) {
        boolean flushPairs = flush || statistics.pendingPairCount() >= PAIR_FLUSH_LIMIT;
        if (batch.isEmpty() && referencesChecked && !(flushPairs && statistics.deferredPending())) return;
        Set<Node> touched = new HashSet<>();
        boolean[] deferredWritten = {false};
        // registered before the transaction takes the marker off, so no open in this JVM rebuilds under the writer
        if (!flushPairs) store.statisticsDeferred(true);
        try {
            store.write(dsg -> {
                if (!referencesChecked) {
                    if (ReferenceGraphs.ensureCurrent(dsg, iris, vocabulary)) statistics.labelsReplaced();
                    StatisticsRebuild.ensureCurrent(dsg, iris);
                }
                apply(dsg, batch, touched);
                Quad current = CorpusStatistics.versionMarker(iris);
                if (flushPairs) {
                    quadsWritten += statistics.writePairs(dsg);   // and the co-occurrence ranks
                    quadsWritten += MentionRanking.write(dsg, iris);   // after apply() wrote this batch's counts
                    dsg.add(current);
                    deferredWritten[0] = true;
                } else if (statistics.deferredPending()) {
                    dsg.delete(current);   // until pairs and ranks land: a killed run is repaired on the next open
                }
            });
            referencesChecked = true;
            descriptions.committed();
        } catch (RuntimeException e) {
            descriptions.invalidate(touched);
            statistics.batchFailed();
            store.statisticsDeferred(statistics.deferredPending());
            throw e;
        }
        if (deferredWritten[0]) statistics.deferredWritten();
        else statistics.batchCommitted();
        store.statisticsDeferred(statistics.deferredPending());
    }

    /**
     * Pending pair counts that force a flush with the next batch: about 100 bytes of heap each, so at most ~100 MB
     * held, while a corpus of 100,000 papers still writes its pairs in a handful of transactions.
     */
    static final int PAIR_FLUSH_LIMIT = 1_000_000;

    private void apply(DatasetGraph dsg, Batch batch, Set<Node> touched) {
        Map<Node, Graph> working = new LinkedHashMap<>();   // paper IRI -> its graph being rebuilt
        Map<Node, Set<Triple>> stored = new HashMap<>();    // paper IRI -> its graph as the store holds it
        Set<Node> leaving = new HashSet<>(batch.removed);
        for (Extraction e : batch.added) leaving.add(iris.note(e.note().title(), e.note().summary()));
        for (Node note : leaving) working.computeIfAbsent(paperOf(note), p -> load(dsg, p, stored));
        for (Node note : batch.moved.keySet()) working.computeIfAbsent(paperOf(note), p -> load(dsg, p, stored));

        List<Graph> noteGraphs = new ArrayList<>();
        for (Extraction e : batch.added) {
            long t0 = System.nanoTime();
            List<Node> entityIris = new ArrayList<>();
            for (Extraction.NoteEntity ne : e.entities()) entityIris.add(directory(dsg).resolve(ne));
            Graph ng = mapper.map(e, entityIris);
            noteGraphs.add(ng);
            mapNanos += System.nanoTime() - t0;
            working.computeIfAbsent(iris.paper(e.note().title()), p -> load(dsg, p, stored));
        }

        List<EntityContribution> old = new ArrayList<>();
        for (Graph g : working.values()) {
            for (EntityContribution c : EntityContribution.of(g)) if (leaving.contains(c.note())) old.add(c);
        }
        List<EntityContribution> fresh = new ArrayList<>();
        for (Graph ng : noteGraphs) fresh.addAll(EntityContribution.of(ng));
        old.forEach(c -> touched.add(c.entity()));
        fresh.forEach(c -> touched.add(c.entity()));
        descriptions.ensureLoaded(dsg, touched);
        working.forEach((paper, g) -> statistics.remove(g, paper));   // as stored, before this batch changes them

        for (Map.Entry<Node, Graph> w : working.entrySet()) removeNotes(w.getValue(), leaving);
        for (int i = 0; i < noteGraphs.size(); i++) {
            Graph target = working.get(iris.paper(batch.added.get(i).note().title()));
            noteGraphs.get(i).find().forEachRemaining(target::add);
        }
        batch.moved.forEach((note, to) -> {
            Graph g = working.get(paperOf(note));
            g.remove(note, PG.sourceFile, Node.ANY);
            g.remove(note, PG.sourceLine, Node.ANY);
            g.add(Triple.create(note, PG.sourceFile, Literals.string(to.file())));
            g.add(Triple.create(note, PG.sourceLine, Literals.positive(Math.max(1, to.line()))));
        });

        List<Node> papers = new ArrayList<>(working.keySet());
        papers.sort(Comparator.comparing(Node::getURI));
        for (Node paper : papers) {
            Graph g = working.get(paper);
            long t0 = System.nanoTime();
            PaperDerivation.rederive(g, paper);
            statistics.add(g, paper);
            mapNanos += System.nanoTime() - t0;
            quadsWritten += replaceGraph(dsg, iris.paperGraphOf(paper), stored.get(paper), g);
            papersWritten++;
        }
        quadsWritten += descriptions.write(dsg, old, fresh);
        statistics.relabelled(descriptions.relabelled());
        quadsWritten += statistics.writeCells(dsg);
    }

    private Node paperOf(Node note) {
        String iri = note.getURI();
        return NodeFactory.createURI(iri.substring(0, iri.indexOf("/note/")));
    }

    /** A working copy of a paper graph; what the store holds is remembered in {@code stored} for the diff. */
    private Graph load(DatasetGraph dsg, Node paper, Map<Node, Set<Triple>> stored) {
        Graph copy = GraphFactory.createDefaultGraph();
        Set<Triple> held = new HashSet<>();
        dsg.find(iris.paperGraphOf(paper), Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> held.add(q.asTriple()));
        held.forEach(copy::add);
        stored.put(paper, held);
        return copy;
    }

    /**
     * Writes a rebuilt paper graph as the difference to what the store holds: a re-extracted note rewrites only
     * its own triples and the derived ones that changed, not the whole graph. Returns the number of quads added.
     */
    private static long replaceGraph(DatasetGraph dsg, Node name, Set<Triple> before, Graph after) {
        for (Triple t : before) if (!after.contains(t)) dsg.delete(Quad.create(name, t));
        long added = 0;
        for (var it = after.find(); it.hasNext(); ) {
            Triple t = it.next();
            if (before.contains(t)) continue;
            dsg.add(Quad.create(name, t));
            added++;
        }
        return added;
    }

    /** Drops every triple of these notes: their subjects are the note IRI and its fragments. */
    private static void removeNotes(Graph g, Set<Node> notes) {
        if (notes.isEmpty()) return;
        List<Triple> drop = new ArrayList<>();
        g.find().forEachRemaining(t -> {
            Node s = t.getSubject();
            if (!s.isURI()) return;
            String iri = s.getURI();
            int hash = iri.indexOf('#');
            Node owner = hash < 0 ? s : NodeFactory.createURI(iri.substring(0, hash));
            if (notes.contains(owner)) drop.add(t);
        });
        drop.forEach(g::delete);
    }
}
