package org.papergraph.nlp;

import java.util.Locale;
import java.util.Optional;

/** The six entity classes of the ontology contract ({@code pg:Method} … {@code pg:Concept}). */
public enum EntityType {
    METHOD("Method"), DATASET("Dataset"), MODEL("Model"), TASK("Task"), METRIC("Metric"), CONCEPT("Concept");

    private final String localName;

    EntityType(String localName) {
        this.localName = localName;
    }

    /** The class's local name in the {@code pg:} namespace. */
    public String localName() {
        return localName;
    }

    public static Optional<EntityType> fromName(String name) {
        for (EntityType t : values()) {
            if (t.localName.equalsIgnoreCase(name) || t.name().equals(name.toUpperCase(Locale.ROOT))) return Optional.of(t);
        }
        return Optional.empty();
    }
}
