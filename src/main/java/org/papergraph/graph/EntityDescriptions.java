package org.papergraph.graph;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.papergraph.nlp.LabelKeys;
import org.papergraph.nlp.Vocabulary;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Descriptions of entities derived from everything the notes say about them. A discovered entity gets the type
 * most of its notes give it (weighted by confidence), its most used label as {@code skos:prefLabel} (ties: the
 * longer, so a long form beats its acronym) and the others as {@code skos:altLabel}; a vocabulary entity keeps the
 * vocabulary's description and gains the labels notes learned it under. An entity no note mentions any more
 * loses its description. Tallies are read from the store the first time an entity is touched and then kept
 * up to date by the writer.
 *
 * <p>The writer is the store's only writer, so once a transaction that wrote an entity has committed, the store holds
 * exactly the description of the entity's tally. Later batches diff against that description, computed from the tally
 * before the batch changes it, instead of reading it back: a popular entity is touched by every batch, and reading
 * its description each time made a batch's cost grow with the store.
 */
public final class EntityDescriptions {

    private final ResourceIris iris;
    private final Vocabulary vocabulary;
    private final Map<Node, EntityTally> tallies = new HashMap<>();
    /** Entities whose description in the store is the one of their tally: written by a committed transaction. */
    private final Set<Node> written = new HashSet<>();
    /** Entities the open transaction writes; they join {@link #written} when it commits. */
    private final Set<Node> writing = new HashSet<>();
    /** Entities whose preferred label the last {@link #write} replaced by another. */
    private final Set<Node> relabelled = new HashSet<>();

    public EntityDescriptions(ResourceIris iris, Vocabulary vocabulary) {
        this.iris = iris;
        this.vocabulary = vocabulary;
    }

    /** Reads the tallies of the given entities from the store's paper graphs, for those not yet known. */
    public void ensureLoaded(DatasetGraph dsg, Collection<Node> entities) {
        for (Node e : entities) {
            if (tallies.containsKey(e)) continue;
            EntityTally tally = new EntityTally();
            Map<Node, Graph> graphs = new HashMap<>();
            Set<Node> notesSeen = new HashSet<>();
            dsg.find(Node.ANY, Node.ANY, PG.taIdentRef, e).forEachRemaining(q -> graphs.putIfAbsent(q.getGraph(), dsg.getGraph(q.getGraph())));
            for (Graph g : graphs.values()) {
                for (EntityContribution c : EntityContribution.of(g)) {
                    if (c.entity().equals(e) && notesSeen.add(c.note())) tally.apply(c, +1);
                }
            }
            tallies.put(e, tally);
        }
    }

    /**
     * Applies the notes' contributions that left ({@code removed}) and arrived ({@code added}) to the tallies, and
     * brings the descriptions and statistics of the touched entities (every entity of those contributions) in the
     * store up to date, inside the caller's write transaction. Only the quads that differ are deleted and added:
     * most touched entities keep most of their description from batch to batch. Returns the number of quads added.
     * Call {@link #committed} once the transaction has committed, or {@link #invalidate} if it failed.
     */
    public long write(DatasetGraph dsg, List<EntityContribution> removed, List<EntityContribution> added) {
        Set<Node> touched = new HashSet<>();
        removed.forEach(c -> touched.add(c.entity()));
        added.forEach(c -> touched.add(c.entity()));
        Map<Node, Set<Quad>> before = new HashMap<>();
        for (Node e : touched) if (written.contains(e)) before.put(e, quads(e));

        for (EntityContribution c : removed) {
            EntityTally t = tallies.get(c.entity());
            if (t != null) t.apply(c, -1);
        }
        for (EntityContribution c : added) tallies.computeIfAbsent(c.entity(), k -> new EntityTally()).apply(c, +1);

        long quads = 0;
        relabelled.clear();
        for (Node e : sortable(touched)) {
            Set<Quad> now = quads(e);
            Set<Quad> was = before.containsKey(e) ? before.get(e) : read(dsg, e);
            if (labelReplaced(was, now)) relabelled.add(e);
            for (Quad q : was) if (!now.contains(q)) dsg.delete(q);
            for (Quad q : now) {
                if (was.contains(q)) continue;
                dsg.add(q);
                quads++;
            }
        }
        writing.addAll(touched);
        return quads;
    }

    /**
     * The entities whose {@code skos:prefLabel} the last {@link #write} replaced by another: labels order other
     * entities' co-occurrence lists ({@link CooccurrenceRanking}). A first label or a last one does not count: an
     * entity new to the store or gone from it comes or goes with its pairs, which re-rank its partners anyway.
     */
    public Set<Node> relabelled() {
        return Set.copyOf(relabelled);
    }

    private static boolean labelReplaced(Set<Quad> was, Set<Quad> now) {
        Set<Node> before = prefLabels(was), after = prefLabels(now);
        return !before.isEmpty() && !after.isEmpty() && !before.equals(after);
    }

    private static Set<Node> prefLabels(Set<Quad> quads) {
        Set<Node> out = new HashSet<>();
        for (Quad q : quads) if (q.getPredicate().equals(PG.prefLabel)) out.add(q.getObject());
        return out;
    }

    /** The transaction of the last {@link #write} committed: the store holds what it wrote. */
    public void committed() {
        written.addAll(writing);
        writing.clear();
    }

    /** Forgets cached tallies (after a failed write, the store is the truth again). */
    public void invalidate(Collection<Node> entities) {
        entities.forEach(tallies::remove);
        entities.forEach(written::remove);
        writing.clear();
    }

    /**
     * The quads of an entity's tally: its description in the entities graph and its {@code pg:mentionCount} in the
     * statistics graph. What the store holds about the entity once they are written.
     */
    private Set<Quad> quads(Node e) {
        EntityTally t = tallies.get(e);
        if (t == null || t.isEmpty()) return Set.of();
        Set<Quad> out = new HashSet<>();
        for (Triple d : describe(e, t)) out.add(Quad.create(iris.entitiesGraph(), d));
        // the ontology's "number of papers that mention the entity": papers with a pg:mentions link, so the
        // count agrees with COUNT(DISTINCT ?paper) over pg:mentions (low-confidence evidence alone links none)
        if (t.linkedPapers() > 0) out.add(Quad.create(iris.statisticsGraph(), e, PG.mentionCount, Literals.integer(t.linkedPapers())));
        return out;
    }

    /**
     * What the store holds about an entity this writer has not written yet: what {@link #quads} gives, and nothing
     * else (its {@code pg:mentionRank} is the {@link MentionRanking}'s).
     */
    private Set<Quad> read(DatasetGraph dsg, Node e) {
        Set<Quad> out = new HashSet<>();
        dsg.find(iris.entitiesGraph(), e, Node.ANY, Node.ANY).forEachRemaining(out::add);
        dsg.find(iris.statisticsGraph(), e, PG.mentionCount, Node.ANY).forEachRemaining(out::add);
        return out;
    }

    private static Collection<Node> sortable(Collection<Node> nodes) {
        List<Node> l = new ArrayList<>(nodes);
        l.sort(Comparator.comparing(Node::getURI));
        return l;
    }

    private List<Triple> describe(Node e, EntityTally t) {
        List<Triple> out = new ArrayList<>();
        String ns = iris.entityNamespace();
        String id = e.getURI().startsWith(ns) ? e.getURI().substring(ns.length()) : null;
        Vocabulary.Entry entry = id == null ? null : vocabulary.byId(id).orElse(null);
        if (entry != null) {
            Set<String> known = new HashSet<>();
            for (String l : entry.labels()) known.add(LabelKeys.key(l));
            for (String l : new TreeSet<>(t.labelNotes.keySet())) {
                String k = t.key(l);
                if (known.add(k)) {
                    out.add(Triple.create(e, PG.altLabel, Literals.english(l)));
                    out.add(Triple.create(e, PG.searchKey, Literals.string(k)));
                }
            }
            return out;
        }
        Node type = t.typeWeights.entrySet().stream()
                .max(Map.Entry.<Node, Double>comparingByValue().thenComparing(en -> en.getKey().getURI(), Comparator.reverseOrder()))
                .map(Map.Entry::getKey).orElse(PG.pg("Method"));
        String pref = t.labelNotes.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(en -> en.getKey().length())
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(Map.Entry::getKey).orElseThrow();
        out.add(Triple.create(e, PG.rdfType, PG.Entity));
        out.add(Triple.create(e, PG.rdfType, PG.skosConcept));
        out.add(Triple.create(e, PG.rdfType, type));
        out.add(Triple.create(e, PG.prefLabel, Literals.english(pref)));
        out.add(Triple.create(e, PG.discovered, Literals.bool(true)));
        Set<String> keys = new TreeSet<>();
        for (String l : new TreeSet<>(t.labelNotes.keySet())) {
            if (!l.equals(pref)) out.add(Triple.create(e, PG.altLabel, Literals.english(l)));
            keys.add(t.key(l));
        }
        for (String k : keys) out.add(Triple.create(e, PG.searchKey, Literals.string(k)));
        return out;
    }
}
