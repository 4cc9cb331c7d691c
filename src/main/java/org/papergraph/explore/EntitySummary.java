package org.papergraph.explore;

import org.apache.jena.graph.Node;
import org.papergraph.nlp.EntityType;

/**
 * What a link to an entity shows: its IRI, preferred label, type (null when the store gives it none of the six)
 * and the number of papers that mention it.
 */
public record EntitySummary(Node iri, String label, EntityType type, long papers) {

    /** The type's name as the ontology spells it, or "Entity". */
    public String typeName() {
        return type == null ? "Entity" : type.localName();
    }
}
