package org.papergraph.testing;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.papergraph.graph.PG;
import org.papergraph.graph.ResourceIris;
import org.papergraph.graph.ShapeValidation;
import org.papergraph.store.TdbStore;

import java.util.ArrayList;
import java.util.List;

/** Checks of a whole store: no partial paper, SHACL-valid, and its content as sorted N-Quads lines. */
public final class StoreAudit {

    private StoreAudit() {}

    /**
     * Problems with the store's paper graphs (empty if none): each holds its paper with exactly one title and at
     * least one note, each note has its text, source and extractor, each piece of evidence points into a note of
     * the same graph; and the union graph is SHACL-valid.
     */
    public static List<String> problems(TdbStore store) {
        ResourceIris iris = store.iris();
        return store.read(dsg -> {
            List<String> out = new ArrayList<>();
            List<Node> graphs = new ArrayList<>();
            dsg.listGraphNodes().forEachRemaining(g -> { if (iris.isPaperGraph(g)) graphs.add(g); });
            for (Node g : graphs) out.addAll(paperProblems(dsg, iris, g));
            ValidationReport report = validateUnion(dsg);
            if (!report.conforms()) {
                ShLib.printReport(report);
                out.add("SHACL: " + report.getEntries().size() + " violations");
            }
            return out;
        });
    }

    /**
     * SHACL validation of the union of all graphs, copied into memory first: the shapes' class and SPARQL checks
     * make many small lookups, which TDB2's union view (a distinct over all graphs) makes about three times slower.
     * Call inside a read transaction.
     */
    public static ValidationReport validateUnion(DatasetGraph dsg) {
        Graph union = GraphFactory.createDefaultGraph();
        dsg.getUnionGraph().find().forEachRemaining(union::add);
        return ShapeValidation.validate(union);
    }

    private static List<String> paperProblems(DatasetGraph dsg, ResourceIris iris, Node graphName) {
        List<String> out = new ArrayList<>();
        Graph g = dsg.getGraph(graphName);
        Node paper = iris.paperOfGraph(graphName);
        String p = paper.getURI();
        if (!g.contains(paper, PG.rdfType, PG.Paper)) out.add(p + ": not typed pg:Paper");
        if (g.find(paper, PG.title, Node.ANY).toList().size() != 1) out.add(p + ": not exactly one title");
        List<Node> notes = g.find(paper, PG.hasNote, Node.ANY).mapWith(t -> t.getObject()).toList();
        if (notes.isEmpty()) out.add(p + ": no note");
        for (Node note : notes) {
            for (Node prop : List.of(PG.text, PG.sourceFile, PG.sourceLine, PG.extractor, PG.contentHash)) {
                if (!g.find(note, prop, Node.ANY).hasNext()) out.add(p + ": note " + note.getURI() + " lacks " + prop.getLocalName());
            }
        }
        g.find(Node.ANY, PG.rdfType, PG.Evidence).forEachRemaining(t -> {
            var ctx = g.find(t.getSubject(), PG.nifReferenceContext, Node.ANY).toList();
            if (ctx.size() != 1 || !notes.contains(ctx.get(0).getObject())) out.add(p + ": evidence " + t.getSubject() + " outside its notes");
        });
        return out;
    }

    /** Every quad, as N-Quads lines, sorted. */
    public static List<String> sortedNQuads(TdbStore store) {
        return store.read(dsg -> {
            List<String> lines = new ArrayList<>();
            dsg.find().forEachRemaining(q -> lines.add(NodeFmtLib.str(q) + " ."));
            lines.sort(null);
            return lines;
        });
    }

    /** The first few lines that differ, for a readable assertion message. */
    public static String diff(List<String> expected, List<String> actual) {
        List<String> missing = new ArrayList<>(expected);
        missing.removeAll(new java.util.HashSet<>(actual));
        List<String> extra = new ArrayList<>(actual);
        extra.removeAll(new java.util.HashSet<>(expected));
        return "missing " + missing.size() + ": " + missing.subList(0, Math.min(5, missing.size()))
                + "\nextra " + extra.size() + ": " + extra.subList(0, Math.min(5, extra.size()));
    }
}
