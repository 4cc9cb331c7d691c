package org.papergraph.graph;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphFactory;
import org.papergraph.Bundled;

/** Validates data against {@code ontology/shapes.ttl} with Jena SHACL. */
public final class ShapeValidation {

    private static volatile Shapes shapes;

    private ShapeValidation() {}

    public static Shapes shapes() {
        Shapes s = shapes;
        if (s == null) {
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.fromString(Bundled.read("ontology/shapes.ttl"), Lang.TURTLE).parse(g);
            s = shapes = Shapes.parse(g);
        }
        return s;
    }

    public static ValidationReport validate(Graph data) {
        return ShaclValidator.get().validate(shapes(), data);
    }
}
