package org.papergraph.explore;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.papergraph.graph.ResourceIris;

/**
 * Where the explorer answers for a resource IRI: {@code {base}{path}} is served at {@code /resource/{path}},
 * whatever the base, so links between pages stay on the server the user browses.
 */
public final class ResourcePaths {

    /** The servlet prefix every resource is answered at. */
    public static final String PREFIX = "/resource/";

    private final ResourceIris iris;

    public ResourcePaths(ResourceIris iris) {
        this.iris = iris;
    }

    public ResourceIris iris() {
        return iris;
    }

    /** The server path of a resource IRI minted under the base, or null for any other IRI. */
    public String href(Node iri) {
        if (iri == null || !iri.isURI()) return null;
        String s = iri.getURI();
        int hash = s.indexOf('#');
        String fragment = hash < 0 ? "" : s.substring(hash);
        if (hash >= 0) s = s.substring(0, hash);
        if (!s.startsWith(iris.base()) || s.length() == iris.base().length()) return null;
        return PREFIX + s.substring(iris.base().length()) + fragment;
    }

    /** The IRI a path under the base names ({@code entity/kl-shampoo} → {@code {base}entity/kl-shampoo}). */
    public Node iri(String pathUnderBase) {
        return NodeFactory.createURI(iris.base() + pathUnderBase);
    }

    public boolean isEntity(Node iri) {
        return iri.isURI() && iri.getURI().startsWith(iris.entityNamespace());
    }

    /** A paper IRI: {@code {base}paper/{slug}} with nothing after the slug. */
    public boolean isPaper(Node iri) {
        if (!iri.isURI()) return false;
        String prefix = iris.base() + "paper/";
        String s = iri.getURI();
        return s.startsWith(prefix) && s.length() > prefix.length() && s.indexOf('/', prefix.length()) < 0;
    }

    /** A note IRI: {@code {base}paper/{slug}/note/{hash}}. */
    public boolean isNote(Node iri) {
        if (!iri.isURI()) return false;
        String prefix = iris.base() + "paper/";
        String s = iri.getURI();
        int note = s.indexOf("/note/", prefix.length());
        return s.startsWith(prefix) && note > prefix.length() && s.indexOf('/', note + 6) < 0 && s.indexOf('#') < 0;
    }

    /** The paper a note IRI belongs to. */
    public Node paperOfNote(Node note) {
        String s = note.getURI();
        return NodeFactory.createURI(s.substring(0, s.indexOf("/note/", (iris.base() + "paper/").length())));
    }
}
