package org.papergraph.graph;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.papergraph.nlp.Role;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The paper-level triples of a paper graph, derived from the note contributions it holds: the paper and its
 * notes, one title (the earliest note's, by source file and line), venue, category and year as the notes give
 * them, one role link per entity (the strongest role among its confident evidence, plus {@code pg:mentions}),
 * the entity → entity statements of confident relation evidence, and the stated quantities. Deriving them again
 * after a note is added or removed keeps a paper graph exactly what its notes say.
 */
public final class PaperDerivation {

    private PaperDerivation() {}

    /** Removes every triple not about a note of the paper, then adds the derived ones. */
    public static void rederive(Graph g, Node paper) {
        String notePrefix = paper.getURI() + "/note/";
        List<Triple> derived = new ArrayList<>();
        g.find().forEachRemaining(t -> {
            if (!(t.getSubject().isURI() && t.getSubject().getURI().startsWith(notePrefix))) derived.add(t);
        });
        derived.forEach(g::delete);
        if (!g.find(Node.ANY, PG.rdfType, PG.Note).hasNext()) return;   // no notes: the paper is gone

        List<Triple> add = new ArrayList<>();
        add.add(Triple.create(paper, PG.rdfType, PG.Paper));
        Node title = null;
        String titleSource = null;
        for (Node note : subjects(g, PG.rdfType, PG.Note)) {
            add.add(Triple.create(paper, PG.hasNote, note));
            String source = sortableSource(g, note);
            if (titleSource == null || source.compareTo(titleSource) < 0) {
                titleSource = source;
                title = object(g, note, PG.title);
            }
            for (Node p : List.of(PG.venue, PG.category, PG.year, PG.creator, PG.schemaUrl, PG.identifier)) {
                g.find(note, p, Node.ANY).forEachRemaining(t -> add.add(Triple.create(paper, p, t.getObject())));
            }
        }
        if (title != null) add.add(Triple.create(paper, PG.title, title));

        Map<Node, Role> roles = new TreeMap<>(Comparator.comparing(Node::getURI));
        g.find(Node.ANY, PG.rdfType, PG.Evidence).forEachRemaining(t -> {
            Node ev = t.getSubject();
            if (g.contains(ev, PG.lowConfidence, Node.ANY)) return;
            Node entity = object(g, ev, PG.taIdentRef);
            Node roleNode = object(g, ev, PG.role);
            if (entity == null || roleNode == null) return;
            Role r = Role.fromName(roleNode.getURI().substring(PG.NS.length())).orElse(Role.USES);
            roles.merge(entity, r, (a, b) -> a.strongerThan(b) ? a : b);
        });
        roles.forEach((entity, r) -> {
            add.add(Triple.create(paper, PG.pg(r.localName()), entity));
            add.add(Triple.create(paper, PG.mentions, entity));
        });

        g.find(Node.ANY, PG.rdfType, PG.RelationEvidence).forEachRemaining(t -> {
            Node st = t.getSubject();
            if (g.contains(st, PG.lowConfidence, Node.ANY)) return;
            Node s = object(g, st, PG.rdfSubject), p = object(g, st, PG.rdfPredicate), o = object(g, st, PG.rdfObject);
            if (s != null && p != null && o != null) add.add(Triple.create(s, p, o));
        });
        for (Node q : subjects(g, PG.rdfType, PG.Quantity)) add.add(Triple.create(paper, PG.statesQuantity, q));
        add.forEach(g::add);
    }

    /** Entities a paper graph links with a role (for statistics and entity descriptions). */
    public static Map<Node, Role> links(Graph g, Node paper) {
        Map<Node, Role> out = new HashMap<>();
        for (Role r : Role.values()) {
            g.find(paper, PG.pg(r.localName()), Node.ANY).forEachRemaining(t -> out.put(t.getObject(), r));
        }
        return out;
    }

    private static List<Node> subjects(Graph g, Node p, Node o) {
        List<Node> out = new ArrayList<>();
        g.find(Node.ANY, p, o).forEachRemaining(t -> out.add(t.getSubject()));
        out.sort(Comparator.comparing(Node::getURI));
        return out;
    }

    private static Node object(Graph g, Node s, Node p) {
        var it = g.find(s, p, Node.ANY);
        try {
            return it.hasNext() ? it.next().getObject() : null;
        } finally {
            it.close();
        }
    }

    private static String sortableSource(Graph g, Node note) {
        Node file = object(g, note, PG.sourceFile), line = object(g, note, PG.sourceLine);
        String f = file == null ? "" : file.getLiteralLexicalForm();
        long l = line == null ? 0 : Long.parseLong(line.getLiteralLexicalForm());
        return f + "\u0000" + String.format("%012d", l) + "\u0000" + note.getURI();
    }
}
