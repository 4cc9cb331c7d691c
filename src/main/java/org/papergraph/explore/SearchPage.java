package org.papergraph.explore;

import java.util.List;

/** Search results without scripts: the entities whose labels contain the query. */
final class SearchPage {

    private SearchPage() {}

    static String render(String query, List<LabelIndex.Completion> results, ResourcePaths paths) {
        StringBuilder body = new StringBuilder();
        body.append("<h1>Search</h1>").append(Html.searchForm("q", query));
        if (query.isBlank()) {
            body.append("<p>Type part of a name: <code>shamp</code> finds Shampoo and KL-Shampoo.</p>");
        } else if (results.isEmpty()) {
            body.append("<p class=\"empty\">No entity has a label containing “").append(Html.text(query)).append("”.</p>");
        } else {
            body.append("<p>").append(results.size()).append(results.size() == 1 ? " entity" : " entities")
                    .append(" for “").append(Html.text(query)).append("”:</p><ol class=\"results\">");
            for (LabelIndex.Completion c : results) {
                body.append("<li>").append(Html.entityLink(paths, c.entity(), false))
                        .append(" <span class=\"badge t-").append(c.entity().typeName()).append("\">")
                        .append(c.entity().typeName()).append("</span> <span class=\"count\">")
                        .append(Html.papers(c.entity().papers())).append("</span>");
                if (c.altLabel()) body.append(" <span class=\"via\">as “").append(Html.text(c.matchedLabel())).append("”</span>");
                body.append("</li>");
            }
            body.append("</ol>");
        }
        return Html.page("Search", Html.Section.EXPLORE, body.toString());
    }
}
