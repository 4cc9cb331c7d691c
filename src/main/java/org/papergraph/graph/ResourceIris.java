package org.papergraph.graph;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.papergraph.ingest.TitleKey;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Every IRI papergraph mints, under one configurable base (default {@value PG#DEFAULT_BASE}):
 * <pre>
 *   {base}paper/{slug}                      a paper (slug of its title key)
 *   {base}paper/{slug}/note/{hash}          a note (hash of title key and summary)
 *   {base}paper/{slug}/note/{hash}#char=b,e a sentence or a mention in it (NIF offsets, code points)
 *   {base}entity/{slug}                     an entity (slug of its canonical name; vocabulary ids are such slugs)
 *   {base}graph/paper/{slug}                the named graph of a paper
 *   {base}graph/{entities|vocabulary|ontology|statistics|void}  the other named graphs
 * </pre>
 * The same input gives the same IRIs on every machine.
 */
public final class ResourceIris {

    private final String base;

    /**
     * @param base an absolute http(s) IRI; a '/' is added unless it ends with '/' or '#'
     * @throws IllegalArgumentException if the base is not one: everything papergraph mints starts with it, and the
     *                                  rest of each IRI is only [a-z0-9-], hex digits and numbers, so a valid base
     *                                  makes every minted IRI valid
     */
    public ResourceIris(String base) {
        checkBase(base);
        if (!base.endsWith("/") && !base.endsWith("#")) base = base + "/";
        this.base = base;
    }

    private static void checkBase(String base) {
        String why = null;
        try {
            IRIx.create(base);   // RFC 3987 syntax: no spaces, no <>"{}|\\^`
            URI uri = new URI(base);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!uri.isAbsolute() || !(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                why = "not an absolute http(s) IRI";
            } else if (uri.getRawQuery() != null) {
                why = "has a query part";
            } else if (uri.getRawFragment() != null && !uri.getRawFragment().isEmpty()) {
                why = "has a fragment";
            }
        } catch (IRIException | URISyntaxException e) {
            why = "not a valid IRI";
        }
        if (why != null) throw new IllegalArgumentException("--base '" + base + "': " + why);
    }

    public static ResourceIris defaults() {
        return new ResourceIris(PG.DEFAULT_BASE);
    }

    public String base() {
        return base;
    }

    public String paperSlug(String title) {
        return Slugs.of(TitleKey.of(title));
    }

    public Node paper(String title) {
        return NodeFactory.createURI(base + "paper/" + paperSlug(title));
    }

    public Node paperGraph(String title) {
        return NodeFactory.createURI(base + "graph/paper/" + paperSlug(title));
    }

    /** The paper graph name for a paper IRI minted by {@link #paper}. */
    public Node paperGraphOf(Node paper) {
        String iri = paper.getURI();
        return NodeFactory.createURI(base + "graph/" + iri.substring(base.length()));
    }

    /** The note's identity: its paper and a hash of what it says (title key and summary). */
    public Node note(String title, String summary) {
        return NodeFactory.createURI(paper(title).getURI() + "/note/" + noteHash(title, summary).substring(0, 16));
    }

    public static String noteHash(String title, String summary) {
        return Slugs.hash(TitleKey.of(title) + "\n" + summary, 64);
    }

    /** A character span of a note, in NIF's RFC 5147 style (offsets in code points). */
    public static Node span(Node note, int begin, int end) {
        return NodeFactory.createURI(note.getURI() + "#char=" + begin + "," + end);
    }

    public static Node relationEvidence(Node note, int ordinal) {
        return NodeFactory.createURI(note.getURI() + "#relation-" + ordinal);
    }

    public static Node quantity(Node note, int begin, int end) {
        return NodeFactory.createURI(note.getURI() + "#quantity=" + begin + "," + end);
    }

    public Node entity(String slug) {
        return NodeFactory.createURI(base + "entity/" + slug);
    }

    public String entityNamespace() {
        return base + "entity/";
    }

    public Node graph(String name) {
        return NodeFactory.createURI(base + "graph/" + name);
    }

    public Node entitiesGraph() { return graph("entities"); }
    public Node vocabularyGraph() { return graph("vocabulary"); }
    public Node ontologyGraph() { return graph("ontology"); }
    public Node statisticsGraph() { return graph("statistics"); }

    /** True for the named graph of a paper. */
    public boolean isPaperGraph(Node graph) {
        return graph.isURI() && graph.getURI().startsWith(base + "graph/paper/");
    }

    /** The paper IRI a paper graph describes. */
    public Node paperOfGraph(Node graph) {
        return NodeFactory.createURI(base + graph.getURI().substring((base + "graph/").length()));
    }

    /** Rewrites an IRI written in the default namespace (the vocabulary files) into this base. */
    public String rebase(String iri) {
        if (base.equals(PG.DEFAULT_BASE) || !iri.startsWith(PG.DEFAULT_BASE)) return iri;
        return base + iri.substring(PG.DEFAULT_BASE.length());
    }
}
