package org.papergraph.explore;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.papergraph.graph.PG;
import org.papergraph.nlp.EntityType;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** Small reads on a Jena graph the explorer repeats: first object, literal values, the entity type. */
final class GraphReads {

    private GraphReads() {}

    static Node first(Graph g, Node s, Node p) {
        ExtendedIterator<Triple> it = g.find(s, p, Node.ANY);
        try {
            return it.hasNext() ? it.next().getObject() : null;
        } finally {
            it.close();
        }
    }

    static String string(Graph g, Node s, Node p) {
        Node o = first(g, s, p);
        return o != null && o.isLiteral() ? o.getLiteralLexicalForm() : null;
    }

    /** Every literal value, sorted and without duplicates (several graphs may state the same label). */
    static List<String> strings(Graph g, Node s, Node p) {
        TreeSet<String> out = new TreeSet<>();
        g.find(s, p, Node.ANY).forEachRemaining(t -> {
            if (t.getObject().isLiteral()) out.add(t.getObject().getLiteralLexicalForm());
        });
        return new ArrayList<>(out);
    }

    static long integer(Graph g, Node s, Node p, long fallback) {
        String v = string(g, s, p);
        if (v == null) return fallback;
        try {
            return Long.parseLong(v.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    static double decimal(Graph g, Node s, Node p, double fallback) {
        String v = string(g, s, p);
        if (v == null) return fallback;
        try {
            return Double.parseDouble(v.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    static List<Node> objects(Graph g, Node s, Node p) {
        List<Node> out = new ArrayList<>();
        g.find(s, p, Node.ANY).forEachRemaining(t -> out.add(t.getObject()));
        return out;
    }

    static List<Node> subjects(Graph g, Node p, Node o) {
        List<Node> out = new ArrayList<>();
        g.find(Node.ANY, p, o).forEachRemaining(t -> out.add(t.getSubject()));
        return out;
    }

    /** The first of the six entity classes the node is typed with, or null. */
    static EntityType entityType(Graph g, Node entity) {
        EntityType found = null;
        ExtendedIterator<Triple> it = g.find(entity, PG.rdfType, Node.ANY);
        try {
            while (it.hasNext()) {
                EntityType t = typeOfClass(it.next().getObject());
                if (t != null && (found == null || t.ordinal() < found.ordinal())) found = t;
            }
        } finally {
            it.close();
        }
        return found;
    }

    static EntityType typeOfClass(Node cls) {
        if (!cls.isURI() || !cls.getURI().startsWith(PG.NS)) return null;
        String local = cls.getURI().substring(PG.NS.length());
        for (EntityType t : EntityType.values()) if (t.localName().equals(local)) return t;
        return null;
    }
}
