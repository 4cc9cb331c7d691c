package org.papergraph.export;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.papergraph.Bundled;
import org.papergraph.graph.PG;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** The published context must follow the ontology: a term per class and property, coerced by the property's kind. */
class TestJsonLdContext {

    @Test
    void everyOntologyTermHasATermOfItsKind() {
        Graph ontology = GraphFactory.createDefaultGraph();
        RDFParser.fromString(Bundled.read("ontology/papergraph.ttl"), Lang.TURTLE).parse(ontology);
        JsonObject context = JsonLdContext.context();
        Node objectProperty = NodeFactory.createURI(PG.OWL + "ObjectProperty");
        Node datatypeProperty = NodeFactory.createURI(PG.OWL + "DatatypeProperty");
        Node owlClass = NodeFactory.createURI(PG.OWL + "Class");
        Node range = NodeFactory.createURI(PG.RDFS + "range");
        int checked = 0;
        for (var t : ontology.find(Node.ANY, PG.rdfType, Node.ANY).toList()) {
            Node term = t.getSubject();
            if (!term.isURI() || !term.getURI().startsWith(PG.NS)) continue;
            String local = term.getURI().substring(PG.NS.length());
            JsonValue def = context.get(local);
            if (t.getObject().equals(owlClass)) {
                assertEquals("\"pg:" + local + "\"", String.valueOf(def), local);
                checked++;
            } else if (t.getObject().equals(objectProperty) || t.getObject().equals(datatypeProperty)) {
                assertNotNull(def, "no term for pg:" + local);
                JsonObject d = def.asJsonObject();
                assertEquals("pg:" + local, d.getString("@id"));
                if (t.getObject().equals(objectProperty)) {
                    assertEquals("@id", d.getString("@type"), local);
                } else {
                    var r = ontology.find(term, range, Node.ANY).nextOptional();
                    String expected = r.map(x -> x.getObject().getURI()).filter(u -> !u.equals(PG.XSD + "string"))
                            .map(u -> "xsd:" + u.substring(PG.XSD.length())).orElse(null);
                    assertEquals(expected, d.containsKey("@type") ? d.getString("@type") : null, local);
                }
                checked++;
            }
        }
        assertEquals(true, checked > 30, "checked " + checked);
    }
}
