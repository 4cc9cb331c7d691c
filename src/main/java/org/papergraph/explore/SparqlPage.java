package org.papergraph.explore;

import org.apache.jena.query.Query;
import org.papergraph.graph.Prefixes;
import org.papergraph.graph.ResourceIris;
import org.papergraph.sparql.NamedQueries;
import org.papergraph.sparql.NamedQuery;
import org.papergraph.sparql.QueryBinder;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The query page: YASGUI pointed at this server's endpoint, with the store's prefixes in the starting query and
 * the named queries of {@code sparql/} as examples, their parameters bound to their default values. The examples
 * are rendered on the server (readable without scripts); sparql.js loads one into the editor and runs it.
 */
final class SparqlPage {

    /** A named query ready to run: its header and its text with the defaults bound. */
    record Example(String name, String title, String description, String sparql) {}

    private SparqlPage() {}

    /** Binds every named query's defaults; a query whose defaults do not bind is offered as written. */
    static List<Example> examples(NamedQueries queries, ResourceIris iris) {
        QueryBinder binder = new QueryBinder(iris);
        List<Example> out = new ArrayList<>();
        for (NamedQuery q : queries.all()) {
            String text;
            try {
                Query bound = binder.bind(q, Map.of());
                text = bound.serialize();
            } catch (RuntimeException noDefaults) {
                text = q.sparql();
            }
            out.add(new Example(q.name(), q.title(), q.description(), text));
        }
        return out;
    }

    static String defaultQuery(ResourceIris iris) {
        StringBuilder sb = new StringBuilder();
        Prefixes.forStore(iris).forEach((p, ns) -> sb.append("PREFIX ").append(p).append(": <").append(ns).append(">\n"));
        return sb.append("\nSELECT ?entity ?label ?papers WHERE {\n  ?entity pg:mentionCount ?papers ;\n")
                .append("          skos:prefLabel ?label .\n}\nORDER BY DESC(?papers) ?label\nLIMIT 20\n").toString();
    }

    static String render(List<Example> examples, ResourceIris iris) {
        StringBuilder b = new StringBuilder();
        b.append("<article class=\"sparql-page\"><h1>SPARQL</h1><p>The endpoint <code>/kg/sparql</code> answers SPARQL 1.1 "
                + "queries (read-only, with a time limit). The default graph is the union of all graphs. "
                + "Pick a named query to load and run it, or write your own.</p>");
        b.append("<div class=\"sparql-layout\"><aside class=\"examples\"><h2>Named queries</h2><ul>");
        for (Example e : examples) {
            b.append("<li class=\"named-query\" id=\"query-").append(Html.attr(e.name())).append("\">")
                    .append("<button type=\"button\" class=\"run-example\" data-query=\"").append(Html.attr(e.name())).append("\">")
                    .append(Html.text(e.title())).append("</button>");
            if (!e.description().isBlank()) b.append("<p class=\"description\">").append(Html.text(e.description())).append("</p>");
            b.append("<details><summary>").append(Html.text(e.name())).append(".rq</summary><pre class=\"query-text\">")
                    .append(Html.text(e.sparql())).append("</pre></details></li>");
        }
        b.append("</ul></aside><div class=\"editor\"><div id=\"yasgui\" data-endpoint=\"/kg/sparql\"></div>")
                .append("<noscript><p>The editor needs JavaScript; the queries at the left can be sent to "
                        + "<code>/kg/sparql</code> with any SPARQL client.</p></noscript>")
                .append("<pre id=\"default-query\" hidden>").append(Html.text(defaultQuery(iris))).append("</pre></div></div></article>");
        return Html.page("SPARQL", Html.Section.SPARQL, b.toString(),
                List.of("/webjars/zazuko__yasgui/build/yasgui.min.js", "/static/sparql.js"),
                List.of("/webjars/zazuko__yasgui/build/yasgui.min.css"));
    }
}
