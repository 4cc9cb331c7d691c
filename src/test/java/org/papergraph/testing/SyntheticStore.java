package org.papergraph.testing;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.papergraph.graph.PG;
import org.papergraph.graph.ResourceIris;
import org.papergraph.store.TdbStore;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Stores built without NLP from a store that was ingested for real (the sample): {@link #copyOf} copies it quad for
 * quad (for tests that reconfigure or write to a store and must not touch the shared sample); {@link #multiply}
 * copies its paper graphs {@code copies} times under new IRIs, for corpora too large to run through CoreNLP on
 * two cores.
 *
 * <p>A copy of paper graph {@code graph/paper/SLUG} is {@code graph/paper/SLUG-copy-K}: every IRI of the paper,
 * its notes and their evidence ({@code paper/SLUG}, {@code paper/SLUG/...}) gets the suffix, and every title
 * ({@code dcterms:title} of paper and notes) gets {@code " (copy K)"}. Entities, vocabulary, ontology and the
 * other graphs are copied once, so copies mention the same entities as their originals; the entities'
 * precomputed statistics ({@code pg:mentionCount}) still count the originals only. The copy is loaded with
 * TDB2's sequential bulk loader.
 */
public final class SyntheticStore {

    private SyntheticStore() {}

    /** A quad-for-quad copy of the store at {@code dir}. */
    public static TdbStore copyOf(TdbStore source, Path dir) {
        return multiply(source, dir, 1);
    }

    /**
     * The store's non-paper graphs once and its paper graphs {@code copies} times (copy 0 keeps the original IRIs),
     * so the result holds {@code copies × papers(source)} papers.
     */
    public static TdbStore multiply(TdbStore source, Path dir, int copies) {
        ResourceIris iris = source.iris();
        TdbStore target = TdbStore.open(dir, iris);
        DatasetGraph dsg = target.dataset();
        DataLoader loader = LoaderFactory.sequentialLoader(dsg, (fmt, args) -> {});
        loader.startBulk();
        try {
            StreamRDF out = loader.stream();
            source.read(src -> {
                List<Node> graphs = new ArrayList<>();
                src.listGraphNodes().forEachRemaining(graphs::add);
                for (Node g : graphs) {
                    if (!iris.isPaperGraph(g)) {
                        src.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(out::quad);
                        continue;
                    }
                    List<Quad> quads = new ArrayList<>();
                    src.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(quads::add);
                    String paperPrefix = iris.paperOfGraph(g).getURI();
                    for (int k = 0; k < copies; k++) {
                        for (Quad q : quads) out.quad(k == 0 ? q : rename(q, paperPrefix, k));
                    }
                }
                return null;
            });
            loader.finishBulk();
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw e;
        }
        return target;
    }

    private static Quad rename(Quad q, String paperPrefix, int k) {
        Node o = q.getObject();
        if (q.getPredicate().equals(PG.title) && o.isLiteral()) o = NodeFactory.createLiteralString(o.getLiteralLexicalForm() + " (copy " + k + ")");
        else o = rename(o, paperPrefix, k);
        return Quad.create(renameGraph(q.getGraph(), k), rename(q.getSubject(), paperPrefix, k), q.getPredicate(), o);
    }

    private static Node renameGraph(Node graph, int k) {
        return NodeFactory.createURI(graph.getURI() + "-copy-" + k);
    }

    private static Node rename(Node n, String paperPrefix, int k) {
        if (!n.isURI()) return n;
        String iri = n.getURI();
        if (iri.equals(paperPrefix)) return NodeFactory.createURI(paperPrefix + "-copy-" + k);
        if (iri.startsWith(paperPrefix + "/")) return NodeFactory.createURI(paperPrefix + "-copy-" + k + iri.substring(paperPrefix.length()));
        return n;
    }
}
