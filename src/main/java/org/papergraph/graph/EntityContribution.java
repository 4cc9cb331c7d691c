package org.papergraph.graph;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One note's say about one entity: the labels it wrote it under, the type it gave it and how sure it was, and
 * whether some of its evidence is confident enough for the paper to link the entity ({@code pg:mentions}, as
 * {@link PaperDerivation} derives it). Read back from a note's evidence triples, so what a note added can be taken
 * away again.
 */
public record EntityContribution(Node entity, Node paper, Node note, Set<String> labels, Node type, double weight,
                                 boolean links) {

    /** The contributions of every note in a graph (a paper graph or one note's contribution). */
    public static List<EntityContribution> of(Graph g) {
        Map<String, Builder> byNoteEntity = new TreeMap<>();
        g.find(Node.ANY, PG.taIdentRef, Node.ANY).forEachRemaining(t -> {
            Node ev = t.getSubject();
            Node note = first(g, ev, PG.nifReferenceContext);
            Node paper = first(g, ev, PG.evidenceFor);
            Node type = first(g, ev, PG.taClassRef);
            Node anchor = first(g, ev, PG.nifAnchorOf);
            Node conf = first(g, ev, PG.taConfidence);
            if (note == null || paper == null || type == null) return;
            Builder b = byNoteEntity.computeIfAbsent(note.getURI() + " " + t.getObject().getURI(),
                    k -> new Builder(t.getObject(), paper, note, type));
            if (anchor != null) b.labels.add(anchor.getLiteralLexicalForm());
            if (conf != null) b.weight = Math.max(b.weight, Double.parseDouble(conf.getLiteralLexicalForm()));
            // the rule of PaperDerivation: confident evidence with a role links the paper to the entity
            if (!b.links && g.contains(ev, PG.rdfType, PG.Evidence) && first(g, ev, PG.role) != null
                    && !g.contains(ev, PG.lowConfidence, Node.ANY)) {
                b.links = true;
            }
        });
        List<EntityContribution> out = new ArrayList<>();
        for (Builder b : byNoteEntity.values()) out.add(new EntityContribution(b.entity, b.paper, b.note, b.labels, b.type, b.weight, b.links));
        return out;
    }

    private static Node first(Graph g, Node s, Node p) {
        var it = g.find(s, p, Node.ANY);
        try {
            return it.hasNext() ? it.next().getObject() : null;
        } finally {
            it.close();
        }
    }

    private static final class Builder {
        final Node entity, paper, note, type;
        final Set<String> labels = new TreeSet<>();
        double weight;
        boolean links;

        Builder(Node entity, Node paper, Node note, Node type) {
            this.entity = entity;
            this.paper = paper;
            this.note = note;
            this.type = type;
        }
    }
}
