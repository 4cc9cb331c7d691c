package org.papergraph.explore;

import java.util.List;

/**
 * A small graph around an entity: the entity, some papers that mention it and the entities those papers
 * mention most often with it. Drawn by cytoscape.js in the browser and as SVG by the server.
 */
public record Neighbourhood(List<GraphNode> nodes, List<GraphEdge> edges) {

    public enum Kind { CENTRE, PAPER, ENTITY }

    /** @param id unique within the graph; {@code type} is the entity type's name, or "Paper" */
    public record GraphNode(String id, String label, Kind kind, String type, String href) {}

    /** @param label the role for paper → entity edges */
    public record GraphEdge(String source, String target, String label) {}
}
