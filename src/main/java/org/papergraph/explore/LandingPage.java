package org.papergraph.explore;

import org.papergraph.nlp.EntityType;

import java.util.List;
import java.util.Map;

/** The root page: the search box, what the store holds, and the most-mentioned entities of each type. */
final class LandingPage {

    static final int PER_TYPE = 10;

    private LandingPage() {}

    static String render(CorpusIndex index, ResourcePaths paths) {
        StringBuilder body = new StringBuilder();
        body.append("<section class=\"hero\"><h1>Explore the papers' concepts</h1>")
                .append("<p class=\"lead\">Methods, datasets, models, tasks, metrics and concepts found in paper notes, "
                        + "each link with the sentence that supports it.</p>")
                .append(Html.searchForm("q", ""))
                .append("<ul class=\"stats\">")
                .append("<li><strong id=\"stat-papers\">").append(index.paperCount()).append("</strong> papers</li>")
                .append("<li><strong id=\"stat-entities\">").append(index.entityCount()).append("</strong> entities</li>")
                .append("<li><strong id=\"stat-links\">").append(index.linkCount()).append("</strong> links</li>")
                .append("</ul></section>\n");
        body.append("<section class=\"top-entities\"><h2>Most mentioned</h2><div class=\"columns\">");
        Map<EntityType, List<EntitySummary>> top = index.mostMentioned(PER_TYPE);
        for (EntityType t : EntityType.values()) {
            List<EntitySummary> list = top.get(t);
            if (list.isEmpty()) continue;
            body.append("<div class=\"type-column\" id=\"top-").append(t.localName()).append("\"><h3><span class=\"badge t-")
                    .append(t.localName()).append("\">").append(t.localName()).append("</span></h3><ol>");
            for (EntitySummary e : list) body.append("<li>").append(Html.entityLink(paths, e, true)).append("</li>");
            body.append("</ol></div>");
        }
        body.append("</div></section>\n<section class=\"more\"><p>Ask your own questions in the "
                + "<a href=\"/sparql\">SPARQL editor</a>, with the named queries as examples.</p></section>");
        return Html.page("Explore", Html.Section.LANDING, body.toString());
    }
}
