package org.papergraph.explore;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.papergraph.graph.PG;
import org.papergraph.graph.Prefixes;
import org.papergraph.graph.ResourceIris;

import java.util.Set;

/**
 * The RDF description of a resource, as its IRI is dereferenced: a paper is described by its paper graph (the
 * paper, its notes, their sentences and evidence); a note by its own triples and those of its fragments
 * ({@code note#char=…}, which a client can only fetch through the note); anything else by every triple about
 * it across all graphs, plus the triples that point at it, leaving out the evidence nodes (they belong to the
 * papers' descriptions).
 */
public final class ResourceDescriptions {

    /** Predicates of evidence and reified statements, left out of the incoming triples of a description. */
    private static final Set<Node> EVIDENCE_LINKS = Set.of(PG.taIdentRef, PG.rdfSubject, PG.rdfObject, PG.qualifies,
            PG.nifReferenceContext, PG.nifSentence, PG.evidenceFor);

    private final ResourcePaths paths;
    private final ResourceIris iris;

    public ResourceDescriptions(ResourcePaths paths) {
        this.paths = paths;
        this.iris = paths.iris();
    }

    /** The description; empty when the store knows nothing about the IRI. Call inside a read transaction. */
    public Graph describe(DatasetGraph dsg, Node iri) {
        Graph out = GraphFactory.createDefaultGraph();
        out.getPrefixMapping().setNsPrefixes(Prefixes.forStore(iris));
        if (paths.isPaper(iri)) {
            dsg.getGraph(iris.paperGraphOf(iri)).find().forEachRemaining(out::add);
            if (!out.isEmpty()) return out;
        } else if (paths.isNote(iri)) {
            String fragments = iri.getURI() + "#";
            dsg.getGraph(iris.paperGraphOf(paths.paperOfNote(iri))).find().forEachRemaining(t -> {
                Node s = t.getSubject();
                if (s.equals(iri) || (s.isURI() && s.getURI().startsWith(fragments))) out.add(t);
            });
            return out;
        }
        Graph union = dsg.getUnionGraph();
        union.find(iri, Node.ANY, Node.ANY).forEachRemaining(out::add);
        union.find(Node.ANY, Node.ANY, iri).forEachRemaining(t -> {
            if (!EVIDENCE_LINKS.contains(t.getPredicate())) out.add(t);
        });
        return out;
    }
}
