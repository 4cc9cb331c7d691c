package org.papergraph.export;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.papergraph.graph.PG;

import java.util.Map;
import java.util.TreeMap;

/**
 * What a dataset description counts, gathered while the distinct triples go by once in sorted order: the number of
 * quads and of distinct triples, entities per class (distinct {@code rdf:type} triples) and triples per property.
 * Memory grows with the number of classes and properties only.
 */
public final class DatasetTally {

    private long quads;
    private long triples;
    private final Map<String, Long> entitiesByClass = new TreeMap<>();
    private final Map<String, Long> triplesByProperty = new TreeMap<>();

    void quad() {
        quads++;
    }

    /** Counts one distinct triple. */
    void triple(Triple t) {
        triples++;
        Node p = t.getPredicate();
        triplesByProperty.merge(p.getURI(), 1L, Long::sum);
        if (p.equals(PG.rdfType) && t.getObject().isURI()) entitiesByClass.merge(t.getObject().getURI(), 1L, Long::sum);
    }

    public long quads() {
        return quads;
    }

    public long distinctTriples() {
        return triples;
    }

    /** Class IRI to the number of distinct resources of that type, in IRI order. */
    public Map<String, Long> entitiesByClass() {
        return entitiesByClass;
    }

    /** Property IRI to the number of distinct triples that use it, in IRI order. */
    public Map<String, Long> triplesByProperty() {
        return triplesByProperty;
    }
}
