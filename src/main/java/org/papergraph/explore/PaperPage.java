package org.papergraph.explore;

import org.papergraph.nlp.EntityType;
import org.papergraph.nlp.Role;

import java.util.ArrayList;
import java.util.List;

/** The page of one paper (see {@link PaperView}): each note with its mentions highlighted and linked. */
final class PaperPage {

    private PaperPage() {}

    static String render(PaperView v, ResourcePaths paths) {
        StringBuilder b = new StringBuilder(16_384);
        b.append("<article class=\"paper-page\">");
        b.append("<h1 class=\"paper-title\">").append(Html.text(v.title())).append("</h1>");
        List<String> meta = new ArrayList<>();
        meta.addAll(v.venues());
        meta.addAll(v.categories());
        meta.addAll(v.years());
        if (!meta.isEmpty()) {
            b.append("<p class=\"meta\">");
            for (int i = 0; i < meta.size(); i++) {
                if (i > 0) b.append(" · ");
                b.append("<span>").append(Html.text(meta.get(i))).append("</span>");
            }
            b.append("</p>");
        }
        if (!v.authors().isEmpty()) b.append("<p class=\"authors\">").append(Html.text(String.join(", ", v.authors()))).append("</p>");
        for (String url : v.urls()) {
            // only web links become links: a javascript: or data: URL in a record stays text
            if (url.startsWith("https://") || url.startsWith("http://")) {
                b.append("<p class=\"url\"><a rel=\"nofollow noopener\" href=\"").append(Html.attr(url)).append("\">")
                        .append(Html.text(url)).append("</a></p>");
            } else {
                b.append("<p class=\"url\">").append(Html.text(url)).append("</p>");
            }
        }
        b.append(Html.formats(paths.href(v.iri()), v.iri().getURI()));

        b.append("<div class=\"entity-grid\"><div class=\"main-column\"><section id=\"notes\"><h2>")
                .append(v.notes().size() == 1 ? "Note" : "Notes").append("</h2>");
        legend(b);
        for (PaperView.NoteView n : v.notes()) {
            String local = paths.href(n.iri());
            String anchor = "note-" + n.iri().getURI().substring(n.iri().getURI().lastIndexOf('/') + 1);
            b.append("<div class=\"note\" id=\"").append(Html.attr(anchor)).append("\"><p class=\"note-text\">")
                    .append(annotated(n, paths)).append("</p><p class=\"source\">");
            if (n.sourceFile() != null) b.append(Html.text(n.sourceFile())).append(n.sourceLine() > 0 ? ":" + n.sourceLine() : "");
            if (local != null) b.append(" · ").append(Html.link(local, "note IRI", "note-iri"));
            b.append("</p></div>");
        }
        b.append("</section></div><aside class=\"side-column\">");
        entities(b, v, paths);
        statements(b, v, paths);
        b.append("</aside></div></article>");
        return Html.page(v.title(), Html.Section.EXPLORE, b.toString());
    }

    private static void legend(StringBuilder b) {
        b.append("<p class=\"legend\">");
        for (EntityType t : EntityType.values()) {
            b.append("<span class=\"badge t-").append(t.localName()).append("\">").append(t.localName()).append("</span> ");
        }
        b.append("</p>");
    }

    /** The note's text, escaped, with every mention a link to its entity, coloured by type. */
    static String annotated(PaperView.NoteView n, ResourcePaths paths) {
        StringBuilder out = new StringBuilder();
        String text = n.text();
        int at = 0;
        for (PaperView.Mention m : n.mentions()) {
            if (m.begin() < at || m.end() > text.length()) continue;
            out.append(Html.text(text.substring(at, m.begin())));
            String role = m.role() == null ? "mentions" : m.role().localName();
            String cls = "mention t-" + m.entity().typeName() + " role-" + role + (m.lowConfidence() ? " low" : "");
            String title = m.entity().label() + " · " + m.entity().typeName() + " · " + role
                    + (m.lowConfidence() ? " (low confidence)" : "");
            String href = paths.href(m.entity().iri());
            out.append(href == null ? "<span" : "<a href=\"" + Html.attr(href) + "\"")
                    .append(" class=\"").append(Html.attr(cls)).append("\" title=\"").append(Html.attr(title)).append("\">")
                    .append(Html.text(text.substring(m.begin(), m.end())))
                    .append(href == null ? "</span>" : "</a>");
            at = m.end();
        }
        return out.append(Html.text(text.substring(at))).toString();
    }

    private static void entities(StringBuilder b, PaperView v, ResourcePaths paths) {
        b.append("<section id=\"entities\"><h2>Entities</h2>");
        if (v.entities().isEmpty()) b.append("<p class=\"empty\">No entity is linked to this paper.</p>");
        Role current = null;
        for (PaperView.LinkedEntity l : v.entities()) {
            if (l.role() != current) {
                if (current != null) b.append("</ul>");
                current = l.role();
                b.append("<h3>");
                EntityPage.role(b, current);
                b.append("</h3><ul class=\"linked\">");
            }
            b.append("<li>").append(Html.entityLink(paths, l.entity(), false)).append("</li>");
        }
        if (current != null) b.append("</ul>");
        b.append("</section>");
    }

    private static void statements(StringBuilder b, PaperView v, ResourcePaths paths) {
        if (v.statements().isEmpty()) return;
        b.append("<section id=\"statements\"><h2>Relations</h2><ul>");
        for (PaperView.Statement s : v.statements()) {
            b.append("<li>").append(Html.entityLink(paths, s.subject(), false)).append(" <span class=\"property\">")
                    .append(Html.text(s.property())).append("</span> ").append(Html.entityLink(paths, s.object(), false)).append("</li>");
        }
        b.append("</ul></section>");
    }
}
