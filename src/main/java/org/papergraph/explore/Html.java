package org.papergraph.explore;

import org.owasp.encoder.Encode;

import java.util.List;

/**
 * The explorer's HTML: the page shell and the escaping every piece of data goes through. Text from notes, labels,
 * titles and IRIs is written only through {@link #text} (element content) and {@link #attr} (quoted attribute
 * values), both the OWASP encoder's, so a note holding {@code <script>} or {@code "><img onerror=…>} shows as
 * the characters it is.
 */
final class Html {

    private Html() {}

    /** Escaped for element content. */
    static String text(String s) {
        return s == null ? "" : Encode.forHtml(s);
    }

    /** Escaped for a double-quoted attribute value. */
    static String attr(String s) {
        return s == null ? "" : Encode.forHtmlAttribute(s);
    }

    /** Escaped for one component of a URL (a query parameter value). */
    static String uriComponent(String s) {
        return s == null ? "" : Encode.forUriComponent(s);
    }

    /** {@code <a href="…" class="…">text</a>}, or the text alone when there is no target. */
    static String link(String href, String text, String cssClass) {
        if (href == null) return cssClass == null ? text(text) : "<span class=\"" + attr(cssClass) + "\">" + text(text) + "</span>";
        return "<a href=\"" + attr(href) + "\"" + (cssClass == null ? "" : " class=\"" + attr(cssClass) + "\"") + ">" + text(text) + "</a>";
    }

    /** A link to an entity, coloured by its type, with the number of papers after it when asked. */
    static String entityLink(ResourcePaths paths, EntitySummary e, boolean withCount) {
        String a = link(paths.href(e.iri()), e.label(), "entity t-" + e.typeName());
        return withCount ? a + " <span class=\"count\">" + papers(e.papers()) + "</span>" : a;
    }

    static String papers(long n) {
        return n == 1 ? "1 paper" : n + " papers";
    }

    /** Where a page sits in the site (for the navigation's current-page mark). */
    enum Section { LANDING, EXPLORE, SPARQL }

    /**
     * The page shell: header with the search box (autocomplete when scripts run, a plain form otherwise), the
     * body, and the scripts the page needs, all from this server.
     */
    static String page(String title, Section section, String body, List<String> scripts, List<String> styles) {
        StringBuilder sb = new StringBuilder(body.length() + 2048);
        sb.append("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(text(title)).append(" · papergraph</title>")
                .append("<link rel=\"icon\" href=\"data:,\">")   // no favicon request
                .append("<link rel=\"stylesheet\" href=\"/static/explorer.css\">");
        for (String s : styles) sb.append("<link rel=\"stylesheet\" href=\"").append(attr(s)).append("\">");
        sb.append("</head><body>\n<header class=\"site\"><a class=\"brand\" href=\"/\">papergraph</a>")
                .append("<nav><a href=\"/\"").append(section != Section.SPARQL ? " aria-current=\"page\"" : "").append(">Explore</a>")
                .append("<a href=\"/sparql\"").append(section == Section.SPARQL ? " aria-current=\"page\"" : "").append(">SPARQL</a></nav>")
                .append(section == Section.LANDING ? "" : searchForm("site-search", ""))
                .append("</header>\n<main>\n").append(body).append("\n</main>\n")
                .append("<footer class=\"site\">papergraph · read-only · SPARQL endpoint <a href=\"/kg/sparql\">/kg/sparql</a></footer>\n")
                .append("<script src=\"/static/explorer.js\"></script>");
        for (String s : scripts) sb.append("<script src=\"").append(attr(s)).append("\"></script>");
        return sb.append("</body></html>\n").toString();
    }

    static String page(String title, Section section, String body) {
        return page(title, section, body, List.of(), List.of());
    }

    /** A search box; with scripts, explorer.js turns it into an autocomplete (the list below it). */
    static String searchForm(String id, String value) {
        return "<form class=\"search\" action=\"/search\" method=\"get\" role=\"search\">"
                + "<input id=\"" + attr(id) + "\" name=\"q\" type=\"search\" value=\"" + attr(value) + "\""
                + " placeholder=\"Search methods, datasets, models, tasks…\" autocomplete=\"off\" spellcheck=\"false\""
                + " aria-label=\"Search entities\" role=\"combobox\" aria-expanded=\"false\" aria-autocomplete=\"list\""
                + " aria-controls=\"" + attr(id) + "-list\" data-autocomplete>"
                + "<ul id=\"" + attr(id) + "-list\" class=\"completions\" role=\"listbox\" hidden></ul>"
                + "<button type=\"submit\">Search</button></form>";
    }

    /** "Turtle · N-Triples · JSON-LD" links to the resource's RDF (the same as asking with an Accept header). */
    static String formats(String href, String iri) {
        StringBuilder sb = new StringBuilder("<p class=\"iri\"><span class=\"label\">IRI</span> <code>")
                .append(text(iri)).append("</code>");
        if (href != null) {
            String base = href.contains("#") ? href.substring(0, href.indexOf('#')) : href;
            for (RdfFormat f : RdfFormat.values()) {
                sb.append(" · <a rel=\"alternate\" type=\"").append(attr(f.mediaType())).append("\" href=\"")
                        .append(attr(base + "?format=" + f.shortName())).append("\">").append(text(f.label())).append("</a>");
            }
        }
        return sb.append("</p>").toString();
    }
}
