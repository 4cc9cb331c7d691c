package org.papergraph.export;

import org.apache.jena.graph.Node;
import org.papergraph.graph.ResourceIris;

import java.util.Locale;
import java.util.function.Predicate;

/** Which named graphs an export or push covers. */
public enum GraphSelection {
    /** Paper graphs, entity descriptions and statistics: what the notes say. */
    PAPERS,
    ONTOLOGY,
    VOCABULARY,
    ALL;

    public static GraphSelection named(String name) {
        try {
            return valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown graph selection '" + name + "' (papers, ontology, vocabulary or all)");
        }
    }

    public Predicate<Node> filter(ResourceIris iris) {
        return g -> switch (this) {
            case ALL -> true;
            case ONTOLOGY -> g.equals(iris.ontologyGraph());
            case VOCABULARY -> g.equals(iris.vocabularyGraph());
            case PAPERS -> iris.isPaperGraph(g) || g.equals(iris.entitiesGraph()) || g.equals(iris.statisticsGraph());
        };
    }
}
