package org.papergraph.export.push;

import java.util.Locale;

/** How graphs reach the target. */
public enum PushMode {
    /** SPARQL 1.1 Graph Store Protocol: one {@code PUT ?graph=G} per graph, which replaces the graph. */
    GSP,
    /** SPARQL 1.1 Update: {@code DROP SILENT GRAPH} and {@code INSERT DATA} requests, for stores whose GSP is limited. */
    UPDATE;

    public static PushMode named(String name) {
        try {
            return valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown push mode '" + name + "' (gsp or update)");
        }
    }
}
