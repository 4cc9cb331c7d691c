package org.papergraph.explore;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.papergraph.graph.PG;
import org.papergraph.graph.ResourceIris;
import org.papergraph.nlp.Role;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads a {@link PaperView} from the paper's named graph (inside the caller's read transaction). */
public final class PaperViews {

    private static final List<String> ENTITY_RELATIONS = List.of("variantOf", "outperforms", "appliedTo");

    private final ResourceIris iris;

    public PaperViews(ResourceIris iris) {
        this.iris = iris;
    }

    /** The view of a paper, or null when the store has no graph for it. */
    public PaperView load(DatasetGraph dsg, CorpusIndex index, Node paper) {
        Graph g = dsg.getGraph(iris.paperGraphOf(paper));
        if (!g.contains(paper, PG.rdfType, PG.Paper)) return null;
        Graph union = dsg.getUnionGraph();
        String title = GraphReads.string(g, paper, PG.title);

        List<Node> noteNodes = GraphReads.objects(g, paper, PG.hasNote);
        List<PaperView.NoteView> notes = new ArrayList<>();
        for (Node note : noteNodes) {
            String text = GraphReads.string(g, note, PG.text);
            if (text == null) continue;
            notes.add(new PaperView.NoteView(note, text, GraphReads.string(g, note, PG.sourceFile),
                    GraphReads.integer(g, note, PG.sourceLine, 0), mentions(g, union, index, note, text)));
        }
        notes.sort(Comparator.comparing((PaperView.NoteView n) -> n.sourceFile() == null ? "" : n.sourceFile())
                .thenComparingLong(PaperView.NoteView::sourceLine).thenComparing(n -> n.iri().getURI()));

        Map<Node, Role> roles = new LinkedHashMap<>();
        for (Role r : Role.values()) {
            for (Node e : GraphReads.objects(g, paper, PG.pg(r.localName()))) roles.putIfAbsent(e, r);
        }
        List<PaperView.LinkedEntity> entities = new ArrayList<>();
        roles.forEach((e, r) -> entities.add(new PaperView.LinkedEntity(EntityViews.summary(union, index, e), r)));
        entities.sort(Comparator.comparing(PaperView.LinkedEntity::role)
                .thenComparing(l -> l.entity().label().toLowerCase(java.util.Locale.ROOT)));

        List<PaperView.Statement> statements = new ArrayList<>();
        for (String p : ENTITY_RELATIONS) {
            g.find(Node.ANY, PG.pg(p), Node.ANY).forEachRemaining(t -> {
                if (t.getSubject().isURI() && t.getObject().isURI()) {
                    statements.add(new PaperView.Statement(EntityViews.summary(union, index, t.getSubject()), p,
                            EntityViews.summary(union, index, t.getObject())));
                }
            });
        }
        statements.sort(Comparator.comparing((PaperView.Statement s) -> s.subject().label()).thenComparing(PaperView.Statement::property)
                .thenComparing(s -> s.object().label()));
        return new PaperView(paper, title != null ? title : CorpusIndex.localName(paper),
                GraphReads.strings(g, paper, PG.venue), GraphReads.strings(g, paper, PG.category),
                GraphReads.strings(g, paper, PG.year), GraphReads.strings(g, paper, PG.creator),
                GraphReads.strings(g, paper, PG.schemaUrl), notes, entities, statements);
    }

    /**
     * The mentions of a note, in text order; where two overlap the earlier (then the longer) is kept, so the
     * highlighted text reads once.
     */
    private static List<PaperView.Mention> mentions(Graph g, Graph union, CorpusIndex index, Node note, String text) {
        List<PaperView.Mention> all = new ArrayList<>();
        int cps = text.codePointCount(0, text.length());
        g.find(Node.ANY, PG.nifReferenceContext, note).forEachRemaining(t -> {
            Node ev = t.getSubject();
            if (!g.contains(ev, PG.rdfType, PG.Evidence)) return;
            Node entity = GraphReads.first(g, ev, PG.taIdentRef);
            long b = GraphReads.integer(g, ev, PG.nifBeginIndex, -1), e = GraphReads.integer(g, ev, PG.nifEndIndex, -1);
            if (entity == null || !entity.isURI() || b < 0 || e <= b || e > cps) return;
            int begin = text.offsetByCodePoints(0, (int) b), end = text.offsetByCodePoints(0, (int) e);
            all.add(new PaperView.Mention(begin, end, EntityViews.summary(union, index, entity),
                    EntityViews.roleOf(GraphReads.first(g, ev, PG.role)), g.contains(ev, PG.lowConfidence, Node.ANY)));
        });
        all.sort(Comparator.comparingInt(PaperView.Mention::begin).thenComparingInt(m -> -(m.end() - m.begin())));
        List<PaperView.Mention> kept = new ArrayList<>();
        int reached = 0;
        for (PaperView.Mention m : all) {
            if (m.begin() < reached) continue;
            kept.add(m);
            reached = m.end();
        }
        return kept;
    }
}
