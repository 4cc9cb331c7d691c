package org.papergraph.explore;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import org.papergraph.nlp.Role;

import java.util.List;
import java.util.Locale;

/** The page of one entity (see {@link EntityView}). */
final class EntityPage {

    // Gson escapes <, >, &, = and ' as \\u00XX by default, so the JSON cannot close the script element it sits in
    private static final Gson GSON = new GsonBuilder().create();

    private EntityPage() {}

    static String render(EntityView v, ResourcePaths paths) {
        String href = paths.href(v.iri());
        StringBuilder b = new StringBuilder(16_384);
        b.append("<article class=\"entity-page\" data-entity=\"").append(Html.attr(v.iri().getURI())).append("\">");
        hierarchyTrail(b, v, paths);
        b.append("<h1><span class=\"badge t-").append(v.typeName()).append("\">").append(v.typeName())
                .append("</span> <span class=\"name\">").append(Html.text(v.label())).append("</span></h1>");
        b.append(Html.formats(href, v.iri().getURI()));
        if (!v.altLabels().isEmpty()) {
            b.append("<p class=\"alt-labels\"><span class=\"label\">Also</span> ");
            for (int i = 0; i < v.altLabels().size(); i++) {
                if (i > 0) b.append(", ");
                b.append("<span class=\"alt\">").append(Html.text(v.altLabels().get(i))).append("</span>");
            }
            b.append("</p>");
        }
        if (v.definition() != null) b.append("<p class=\"definition\">").append(Html.text(v.definition())).append("</p>");
        b.append("<p class=\"provenance\">").append(v.discovered() ? "Found in the notes by the extraction rules."
                : "From the papergraph vocabulary.").append(" Mentioned by ").append(Html.papers(v.paperCount())).append(".</p>");

        b.append("<div class=\"entity-grid\"><div class=\"main-column\">");
        papers(b, v, paths, href);
        b.append("</div><aside class=\"side-column\">");
        hierarchy(b, v, paths);
        variants(b, v, paths);
        related(b, v, paths);
        b.append("</aside></div>");
        neighbourhood(b, v);
        b.append("</article>");
        return Html.page(v.label(), Html.Section.EXPLORE, b.toString(),
                List.of("/webjars/cytoscape/dist/cytoscape.min.js", "/static/neighbourhood.js"), List.of());
    }

    /** The first chain of broader concepts as a breadcrumb trail above the title. */
    private static void hierarchyTrail(StringBuilder b, EntityView v, ResourcePaths paths) {
        if (v.ancestry().isEmpty()) return;
        b.append("<nav class=\"trail\" aria-label=\"Broader concepts\">");
        for (EntitySummary e : v.ancestry().get(0)) b.append(Html.entityLink(paths, e, false)).append(" <span class=\"sep\">›</span> ");
        b.append("<span class=\"current\">").append(Html.text(v.label())).append("</span></nav>");
    }

    private static void papers(StringBuilder b, EntityView v, ResourcePaths paths, String href) {
        b.append("<section id=\"papers\"><h2>Papers <span class=\"count\">").append(v.paperCount()).append("</span></h2>");
        if (v.papers().isEmpty()) {
            b.append("<p class=\"empty\">No paper in the store mentions this entity.</p></section>");
            return;
        }
        b.append("<ol class=\"papers\" start=\"").append(v.page() * v.pageSize() + 1).append("\">");
        for (EntityView.PaperMention p : v.papers()) {
            b.append("<li class=\"paper\">");
            role(b, p.role());
            b.append(' ').append(Html.link(paths.href(p.paper()), p.title(), "paper-title"));
            String meta = String.join(" · ", java.util.stream.Stream.of(p.venue(), p.category())
                    .filter(s -> s != null && !s.isBlank()).toList());
            if (!meta.isEmpty()) b.append(" <span class=\"meta\">").append(Html.text(meta)).append("</span>");
            for (EntityView.EvidenceSentence s : p.evidence()) {
                b.append("<blockquote class=\"evidence").append(s.lowConfidence() ? " low" : "").append("\">")
                        .append(highlighted(s.sentence(), s.mentions()))
                        .append("<footer>").append(s.role() == null ? "" : Html.text(s.role().localName()))
                        .append(s.rule() == null ? "" : " · rule " + Html.text(s.rule()))
                        .append(String.format(Locale.ROOT, " · confidence %.2f", s.confidence()))
                        .append(s.lowConfidence() ? " · below the link threshold" : "").append("</footer></blockquote>");
            }
            b.append("</li>");
        }
        b.append("</ol>");
        if (v.pageCount() > 1 && href != null) {
            b.append("<nav class=\"pager\">");
            if (v.page() > 0) b.append("<a rel=\"prev\" href=\"").append(Html.attr(href + "?page=" + v.page())).append("\">‹ previous</a> ");
            b.append("page ").append(v.page() + 1).append(" of ").append(v.pageCount());
            if (v.page() + 1 < v.pageCount()) b.append(" <a rel=\"next\" href=\"").append(Html.attr(href + "?page=" + (v.page() + 2))).append("\">next ›</a>");
            b.append("</nav>");
        }
        b.append("</section>");
    }

    static void role(StringBuilder b, Role r) {
        String name = r == null ? "mentions" : r.localName();
        b.append("<span class=\"role role-").append(name).append("\">").append(name).append("</span>");
    }

    /** The sentence, escaped, with each mention in a mark element. */
    static String highlighted(String sentence, List<EntityView.Span> spans) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (EntityView.Span s : spans) {
            if (s.begin() < at || s.end() > sentence.length()) continue;
            out.append(Html.text(sentence.substring(at, s.begin()))).append("<mark class=\"mention\">")
                    .append(Html.text(sentence.substring(s.begin(), s.end()))).append("</mark>");
            at = s.end();
        }
        return out.append(Html.text(sentence.substring(at))).toString();
    }

    /** Broader chains down to this entity, then its narrower concepts: the hierarchy opened at this concept. */
    private static void hierarchy(StringBuilder b, EntityView v, ResourcePaths paths) {
        if (v.ancestry().isEmpty() && v.narrower().isEmpty()) return;
        b.append("<section id=\"hierarchy\"><h2>Hierarchy</h2>");
        List<List<EntitySummary>> chains = v.ancestry().isEmpty() ? List.of(List.of()) : v.ancestry();
        for (List<EntitySummary> chain : chains) {
            b.append("<ul class=\"tree\">");
            for (EntitySummary e : chain) b.append("<li>").append(Html.entityLink(paths, e, false)).append("<ul>");
            b.append("<li class=\"current\"><strong>").append(Html.text(v.label())).append("</strong>");
            if (!v.narrower().isEmpty()) {
                b.append("<ul class=\"narrower\">");
                for (EntitySummary n : v.narrower()) b.append("<li>").append(Html.entityLink(paths, n, n.papers() > 0)).append("</li>");
                b.append("</ul>");
            }
            b.append("</li>");
            b.append("</ul></li>".repeat(chain.size()));
            b.append("</ul>");
        }
        b.append("</section>");
    }

    private static void variants(StringBuilder b, EntityView v, ResourcePaths paths) {
        if (v.variantOf().isEmpty() && v.variants().isEmpty() && v.relations().isEmpty()) return;
        b.append("<section id=\"variants\"><h2>Variants and relations</h2><dl>");
        list(b, "Variant of", v.variantOf(), paths);
        list(b, "Variants", v.variants(), paths);
        for (EntityView.RelationLink r : v.relations()) {
            String term = switch (r.property()) {
                case "outperforms" -> r.outgoing() ? "Outperforms" : "Outperformed by";
                case "appliedTo" -> r.outgoing() ? "Applied to" : "Has applied";
                default -> r.property();
            };
            b.append("<dt>").append(Html.text(term)).append("</dt><dd>").append(Html.entityLink(paths, r.other(), false)).append("</dd>");
        }
        b.append("</dl></section>");
    }

    private static void list(StringBuilder b, String term, List<EntitySummary> entities, ResourcePaths paths) {
        if (entities.isEmpty()) return;
        b.append("<dt>").append(Html.text(term)).append("</dt>");
        for (EntitySummary e : entities) b.append("<dd>").append(Html.entityLink(paths, e, false)).append("</dd>");
    }

    private static void related(StringBuilder b, EntityView v, ResourcePaths paths) {
        if (v.related().isEmpty()) return;
        b.append("<section id=\"related\"><h2>Co-occurring entities</h2><ol class=\"related\">");
        for (CorpusIndex.Cooccurrence c : v.related()) {
            b.append("<li>").append(Html.entityLink(paths, c.entity(), false)).append(" <span class=\"count\">")
                    .append(c.sharedPapers()).append(c.sharedPapers() == 1 ? " shared paper" : " shared papers").append("</span></li>");
        }
        b.append("</ol></section>");
    }

    /** The SVG drawing (readable without scripts), and the same graph as JSON for cytoscape.js to take over. */
    private static void neighbourhood(StringBuilder b, EntityView v) {
        if (v.neighbourhood().nodes().size() < 2) return;
        b.append("<section id=\"neighbourhood\"><h2>Neighbourhood</h2>")
                .append("<p class=\"hint\">Papers that mention ").append(Html.text(v.label()))
                .append(" and the entities they name with it. Click a node to open its page.</p>")
                .append("<div id=\"neighbourhood-graph\" class=\"graph\">")
                .append(NeighbourhoodSvg.render(v.neighbourhood()))
                .append("</div><script type=\"application/json\" id=\"neighbourhood-data\">")
                .append(GSON.toJson(v.neighbourhood()))
                .append("</script></section>");
    }
}
