package org.papergraph.explore;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The neighbourhood drawn on the server, as inline SVG: the entity in the middle, its papers on an inner ring,
 * the co-occurring entities on an outer ring, every node a link. It is what a browser without scripts shows;
 * with scripts, cytoscape.js draws the same graph interactively in its place.
 */
final class NeighbourhoodSvg {

    static final int WIDTH = 880, HEIGHT = 560;
    private static final int LABEL_CHARS = 30;

    private NeighbourhoodSvg() {}

    static String render(Neighbourhood n) {
        Map<String, double[]> at = layout(n.nodes());
        StringBuilder sb = new StringBuilder();
        sb.append("<svg class=\"neighbourhood-svg\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" role=\"img\" aria-label=\"Neighbourhood graph\" xmlns=\"http://www.w3.org/2000/svg\">");
        sb.append("<g class=\"edges\">");
        for (Neighbourhood.GraphEdge e : n.edges()) {
            double[] s = at.get(e.source()), t = at.get(e.target());
            if (s == null || t == null) continue;
            sb.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" class=\"edge%s\"/>",
                    s[0], s[1], t[0], t[1], e.label().isEmpty() ? "" : " role-" + Html.attr(e.label())));
        }
        sb.append("</g><g class=\"nodes\">");
        for (Neighbourhood.GraphNode node : n.nodes()) {
            double[] p = at.get(node.id());
            String kind = node.kind().name().toLowerCase(Locale.ROOT);
            if (node.href() != null) sb.append("<a href=\"").append(Html.attr(node.href())).append("\">");
            sb.append("<g class=\"node ").append(kind).append(" t-").append(Html.attr(node.type())).append("\">")
                    .append("<title>").append(Html.text(node.label())).append("</title>");
            if (node.kind() == Neighbourhood.Kind.PAPER) {
                sb.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"14\" height=\"14\" rx=\"2\"/>", p[0] - 7, p[1] - 7));
            } else {
                sb.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%d\"/>", p[0], p[1],
                        node.kind() == Neighbourhood.Kind.CENTRE ? 14 : 9));
            }
            sb.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">", p[0],
                    p[1] + (node.kind() == Neighbourhood.Kind.CENTRE ? 30 : 22)))
                    .append(Html.text(shorten(node.label()))).append("</text></g>");
            if (node.href() != null) sb.append("</a>");
        }
        return sb.append("</g></svg>").toString();
    }

    /** The centre in the middle, papers evenly on an inner ellipse, entities on an outer one, offset by half a step. */
    static Map<String, double[]> layout(List<Neighbourhood.GraphNode> nodes) {
        Map<String, double[]> at = new HashMap<>();
        double cx = WIDTH / 2.0, cy = HEIGHT / 2.0;
        List<Neighbourhood.GraphNode> papers = nodes.stream().filter(x -> x.kind() == Neighbourhood.Kind.PAPER).toList();
        List<Neighbourhood.GraphNode> entities = nodes.stream().filter(x -> x.kind() == Neighbourhood.Kind.ENTITY).toList();
        for (Neighbourhood.GraphNode x : nodes) if (x.kind() == Neighbourhood.Kind.CENTRE) at.put(x.id(), new double[] {cx, cy});
        ring(papers, at, cx, cy, 200, 130, 0);
        ring(entities, at, cx, cy, 380, 235, 0.5);
        return at;
    }

    private static void ring(List<Neighbourhood.GraphNode> nodes, Map<String, double[]> at, double cx, double cy,
                             double rx, double ry, double offset) {
        for (int i = 0; i < nodes.size(); i++) {
            double angle = 2 * Math.PI * (i + offset) / nodes.size() - Math.PI / 2;
            at.put(nodes.get(i).id(), new double[] {cx + rx * Math.cos(angle), cy + ry * Math.sin(angle)});
        }
    }

    static String shorten(String label) {
        if (label.codePointCount(0, label.length()) <= LABEL_CHARS) return label;
        return label.substring(0, label.offsetByCodePoints(0, LABEL_CHARS - 1)).stripTrailing() + "…";
    }
}
