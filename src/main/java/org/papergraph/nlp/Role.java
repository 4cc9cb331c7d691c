package org.papergraph.nlp;

import java.util.Optional;

/**
 * The role a paper gives an entity. Order is strength: when a paper's mentions suggest several roles for
 * one entity, the strongest wins (a paper that proposes X and evaluates X proposes X).
 */
public enum Role {
    PROPOSES("proposes"), EVALUATES_ON("evaluatesOn"), STUDIES("studies"), USES("uses");

    private final String localName;

    Role(String localName) {
        this.localName = localName;
    }

    /** The property's local name in the {@code pg:} namespace. */
    public String localName() {
        return localName;
    }

    public boolean strongerThan(Role other) {
        return other == null || ordinal() < other.ordinal();
    }

    public static Optional<Role> fromName(String name) {
        for (Role r : values()) if (r.localName.equalsIgnoreCase(name)) return Optional.of(r);
        return Optional.empty();
    }
}
