package org.papergraph.explore;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.shared.PrefixMapping;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Any other resource under the base (a named graph, the dataset description, a sentence): its description as a
 * table of properties and values, as Pubby and LodView show one, with links for the IRIs this server answers.
 */
final class ResourcePage {

    private static final int MAX_ROWS = 2000;

    private ResourcePage() {}

    static String render(Node iri, Graph description, ResourcePaths paths) {
        PrefixMapping prefixes = description.getPrefixMapping();
        StringBuilder b = new StringBuilder();
        b.append("<article class=\"resource-page\"><h1>").append(Html.text(prefixes.shortForm(iri.getURI()))).append("</h1>")
                .append(Html.formats(paths.href(iri), iri.getURI()));
        List<Triple> out = sorted(description.find(iri, Node.ANY, Node.ANY).toList());
        List<Triple> in = sorted(description.find(Node.ANY, Node.ANY, iri).toList());
        table(b, "Properties", out, true, prefixes, paths);
        table(b, "Referenced by", in, false, prefixes, paths);
        b.append("</article>");
        return Html.page(prefixes.shortForm(iri.getURI()), Html.Section.EXPLORE, b.toString());
    }

    private static List<Triple> sorted(List<Triple> triples) {
        List<Triple> l = new ArrayList<>(triples);
        l.sort(Comparator.comparing((Triple t) -> t.getPredicate().getURI()).thenComparing(t -> t.getObject().toString())
                .thenComparing(t -> t.getSubject().toString()));
        return l;
    }

    private static void table(StringBuilder b, String title, List<Triple> triples, boolean outgoing,
                              PrefixMapping prefixes, ResourcePaths paths) {
        if (triples.isEmpty()) return;
        b.append("<section><h2>").append(Html.text(title)).append("</h2><table class=\"triples\"><tbody>");
        int rows = 0;
        for (Triple t : triples) {
            if (++rows > MAX_ROWS) {
                b.append("<tr><td colspan=\"2\">… ").append(triples.size() - MAX_ROWS)
                        .append(" more; ask for the RDF to get them all.</td></tr>");
                break;
            }
            Node other = outgoing ? t.getObject() : t.getSubject();
            b.append("<tr><th>").append(outgoing ? "" : "is ").append(term(t.getPredicate(), prefixes, paths))
                    .append(outgoing ? "" : " of").append("</th><td>").append(term(other, prefixes, paths)).append("</td></tr>");
        }
        b.append("</tbody></table></section>");
    }

    static String term(Node n, PrefixMapping prefixes, ResourcePaths paths) {
        if (n.isURI()) return Html.link(paths.href(n), prefixes.shortForm(n.getURI()), "iri");
        if (n.isLiteral()) {
            String lang = n.getLiteralLanguage();
            return "<span class=\"literal\">" + Html.text(n.getLiteralLexicalForm()) + "</span>"
                    + (lang == null || lang.isEmpty() ? "" : " <span class=\"lang\">@" + Html.text(lang) + "</span>");
        }
        return "<span class=\"blank\">" + Html.text(n.toString()) + "</span>";
    }
}
