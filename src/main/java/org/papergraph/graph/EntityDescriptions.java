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
 */
public final class EntityDescriptions {

    private final ResourceIris iris;
    private final Vocabulary vocabulary;
    private final Map<Node, EntityTally> tallies = new HashMap<>();

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

    public void add(List<EntityContribution> contributions) {
        for (EntityContribution c : contributions) tallies.computeIfAbsent(c.entity(), k -> new EntityTally()).apply(c, +1);
    }

    public void remove(List<EntityContribution> contributions) {
        for (EntityContribution c : contributions) {
            EntityTally t = tallies.get(c.entity());
            if (t != null) t.apply(c, -1);
        }
    }

    /** Forgets cached tallies (after a failed write, the store is the truth again). */
    public void invalidate(Collection<Node> entities) {
        entities.forEach(tallies::remove);
    }

    /**
     * Brings the descriptions and statistics of these entities in the store up to date, inside the caller's write
     * transaction. Only the quads that differ are deleted and added: most touched entities keep their description
     * from batch to batch, and in TDB2 a read is far cheaper than a delete and re-insert into six indexes.
     * Returns the number of quads added.
     */
    public long write(DatasetGraph dsg, Collection<Node> entities) {
        Node entitiesGraph = iris.entitiesGraph();
        Node statsGraph = iris.statisticsGraph();
        long added = 0;
        for (Node e : sortable(new HashSet<>(entities))) {
            EntityTally t = tallies.get(e);
            boolean present = t != null && !t.isEmpty();
            Set<Triple> description = present ? new HashSet<>(describe(e, t)) : Set.of();
            // the ontology's "number of papers that mention the entity": papers with a pg:mentions link, so the
            // count agrees with COUNT(DISTINCT ?paper) over pg:mentions (low-confidence evidence alone links none)
            Set<Triple> statistics = present && t.linkedPapers() > 0
                    ? Set.of(Triple.create(e, PG.mentionCount, Literals.integer(t.linkedPapers()))) : Set.of();
            added += replace(dsg, entitiesGraph, e, description);
            added += replace(dsg, statsGraph, e, statistics);
        }
        return added;
    }

    /** Makes the triples of {@code subject} in {@code graph} exactly {@code wanted}; returns the number added. */
    private static long replace(DatasetGraph dsg, Node graph, Node subject, Set<Triple> wanted) {
        List<Quad> stale = new ArrayList<>();
        Set<Triple> present = new HashSet<>();
        dsg.find(graph, subject, Node.ANY, Node.ANY).forEachRemaining(q -> {
            Triple t = q.asTriple();
            if (wanted.contains(t)) present.add(t);
            else stale.add(q);
        });
        stale.forEach(dsg::delete);
        long added = 0;
        for (Triple t : wanted) {
            if (present.contains(t)) continue;
            dsg.add(Quad.create(graph, t));
            added++;
        }
        return added;
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
                String k = LabelKeys.key(l);
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
            keys.add(LabelKeys.key(l));
        }
        for (String k : keys) out.add(Triple.create(e, PG.searchKey, Literals.string(k)));
        return out;
    }
}
