package org.papergraph.export.push;

import org.apache.jena.graph.Node;

/** Hears how a push goes (the command line draws its progress bar with it). */
public interface PushListener {

    /** Before the first graph: how many graphs will be sent. */
    default void started(int graphs) {}

    /** A graph reached the target (or, in a dry run, was read). */
    default void graphSent(Node graph, long triples, int graphsDone, int graphsTotal) {}

    /** A request failed and will be tried again after a pause. */
    default void retrying(Node graph, int attempt, String reason, long pauseMillis) {}

    PushListener NONE = new PushListener() {};
}
