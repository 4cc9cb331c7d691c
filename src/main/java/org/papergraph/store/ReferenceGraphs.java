package org.papergraph.store;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.papergraph.Bundled;
import org.papergraph.Version;
import org.papergraph.graph.Literals;
import org.papergraph.graph.PG;
import org.papergraph.graph.ResourceIris;
import org.papergraph.nlp.EntityType;
import org.papergraph.nlp.LabelKeys;
import org.papergraph.nlp.Vocabulary;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The graphs a store holds besides papers: the ontology (so queries can read labels and the class hierarchy) and
 * the vocabulary, rebased to the store's resource base, with {@code pg:Entity}/{@code skos:Concept} types and
 * search keys materialised so that queries need no reasoner. A small dataset description records the base and
 * the fingerprints; the graphs are rewritten only when the bundled data changed.
 */
public final class ReferenceGraphs {

    public static final Node RESOURCE_BASE = PG.pg("resourceBase");
    private static final Node DATA_FINGERPRINT = PG.pg("referenceDataFingerprint");
    private static final Node SOFTWARE_VERSION = PG.pg("softwareVersion");

    private ReferenceGraphs() {}

    /**
     * Brings the ontology and vocabulary graphs up to date, inside the caller's write transaction. Returns whether
     * they were rewritten (the vocabulary's labels may have changed).
     */
    public static boolean ensureCurrent(DatasetGraph dsg, ResourceIris iris, Vocabulary vocabulary) {
        String ontology = Bundled.read("ontology/papergraph.ttl");
        String fingerprint = org.papergraph.graph.Slugs.hash(ontology, 12) + "/" + vocabulary.fingerprint();
        Node dataset = datasetNode(iris);
        Node meta = iris.graph("dataset");
        if (dsg.contains(meta, dataset, DATA_FINGERPRINT, Literals.string(fingerprint))) return false;

        replaceGraph(dsg, iris.ontologyGraph(), parse(ontology));
        replaceGraph(dsg, iris.vocabularyGraph(), vocabularyGraph(iris, vocabulary));
        dsg.deleteAny(meta, Node.ANY, Node.ANY, Node.ANY);
        dsg.add(Quad.create(meta, dataset, PG.rdfType, NodeFactory.createURI(PG.VOID + "Dataset")));
        dsg.add(Quad.create(meta, dataset, RESOURCE_BASE, Literals.string(iris.base())));
        dsg.add(Quad.create(meta, dataset, DATA_FINGERPRINT, Literals.string(fingerprint)));
        dsg.add(Quad.create(meta, dataset, SOFTWARE_VERSION, Literals.string("papergraph " + Version.get())));
        return true;
    }

    public static Node datasetNode(ResourceIris iris) {
        return NodeFactory.createURI(iris.base() + "dataset");
    }

    private static Graph parse(String turtle) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(turtle, Lang.TURTLE).parse(g);
        return g;
    }

    /** The vocabulary files, rebased, with the types and keys a query should not have to infer. */
    static Graph vocabularyGraph(ResourceIris iris, Vocabulary vocabulary) {
        Graph g = GraphFactory.createDefaultGraph();
        for (Map.Entry<String, String> f : Vocabulary.bundledFiles().entrySet()) {
            for (Triple t : parse(f.getValue()).find().toList()) g.add(Triple.create(rebase(iris, t.getSubject()), t.getPredicate(), rebase(iris, t.getObject())));
        }
        for (Vocabulary.Entry e : vocabulary.entries()) {
            Node n = iris.entity(e.id());
            g.add(Triple.create(n, PG.rdfType, PG.Entity));
            g.add(Triple.create(n, PG.rdfType, PG.skosConcept));
            List<String> keys = new ArrayList<>();
            for (String l : e.labels()) {
                String k = LabelKeys.key(l);
                if (!keys.contains(k)) keys.add(k);
            }
            for (String k : keys) g.add(Triple.create(n, PG.searchKey, Literals.string(k)));
        }
        return g;
    }

    private static Node rebase(ResourceIris iris, Node n) {
        return n.isURI() ? NodeFactory.createURI(iris.rebase(n.getURI())) : n;
    }

    private static void replaceGraph(DatasetGraph dsg, Node name, Graph content) {
        dsg.removeGraph(name);
        content.find().forEachRemaining(t -> dsg.add(Quad.create(name, t)));
    }

    /** Class IRI of an entity type. */
    public static Node typeNode(EntityType t) {
        return PG.pg(t.localName());
    }
}
