package org.papergraph.explore;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The entity view as plain text for {@code papergraph explore}: the same sections as the entity page, mentions
 * in evidence sentences marked {@code **like this**}. Control characters from the data are replaced, so a note
 * cannot send escape sequences to the terminal.
 */
public final class EntityText {

    private EntityText() {}

    public static String render(EntityView v) {
        StringBuilder sb = new StringBuilder();
        sb.append(safe(v.label())).append("  [").append(v.typeName()).append("]  ").append(safe(v.iri().getURI())).append('\n');
        if (!v.altLabels().isEmpty()) sb.append("  also: ").append(joinSafe(v.altLabels())).append('\n');
        if (v.definition() != null) sb.append("  ").append(safe(v.definition())).append('\n');
        for (List<EntitySummary> chain : v.ancestry()) {
            List<String> names = new ArrayList<>();
            chain.forEach(e -> names.add(safe(e.label())));
            names.add(safe(v.label()));
            sb.append("  hierarchy: ").append(String.join(" › ", names)).append('\n');
        }
        line(sb, "narrower", v.narrower());
        line(sb, "variant of", v.variantOf());
        line(sb, "variants", v.variants());
        for (EntityView.RelationLink r : v.relations()) {
            sb.append("  ").append(r.outgoing() ? r.property() : "is " + r.property() + " of").append(": ")
                    .append(safe(r.other().label())).append('\n');
        }

        sb.append("\nPapers (").append(v.paperCount()).append(")");
        if (v.pageCount() > 1) sb.append(", page ").append(v.page() + 1).append(" of ").append(v.pageCount());
        sb.append('\n');
        if (v.papers().isEmpty()) sb.append("  no paper in the store mentions it\n");
        int n = v.page() * v.pageSize();
        for (EntityView.PaperMention p : v.papers()) {
            sb.append(String.format(Locale.ROOT, "%3d. [%s] %s", ++n, p.role() == null ? "mentions" : p.role().localName(), safe(p.title())));
            String meta = java.util.stream.Stream.of(p.venue(), p.category()).filter(s -> s != null && !s.isBlank())
                    .map(EntityText::safe).collect(Collectors.joining(" · "));
            if (!meta.isEmpty()) sb.append(" (").append(meta).append(')');
            sb.append('\n');
            for (EntityView.EvidenceSentence s : p.evidence()) {
                sb.append("       \"").append(marked(s.sentence(), s.mentions())).append("\"\n")
                        .append("         ").append(s.role() == null ? "" : s.role().localName())
                        .append(s.rule() == null ? "" : " · rule " + safe(s.rule()))
                        .append(String.format(Locale.ROOT, " · confidence %.2f", s.confidence()))
                        .append(s.lowConfidence() ? " · below the link threshold" : "").append('\n');
            }
        }
        if (!v.related().isEmpty()) {
            sb.append("\nCo-occurring entities\n");
            for (CorpusIndex.Cooccurrence c : v.related()) {
                sb.append(String.format(Locale.ROOT, "  %-40s %-8s %d shared %s%n", safe(c.entity().label()), c.entity().typeName(),
                        c.sharedPapers(), c.sharedPapers() == 1 ? "paper" : "papers"));
            }
        }
        return sb.toString();
    }

    private static void line(StringBuilder sb, String name, List<EntitySummary> entities) {
        if (entities.isEmpty()) return;
        sb.append("  ").append(name).append(": ")
                .append(entities.stream().map(e -> safe(e.label())).collect(Collectors.joining(", "))).append('\n');
    }

    private static String joinSafe(List<String> values) {
        return values.stream().map(EntityText::safe).collect(Collectors.joining(", "));
    }

    static String marked(String sentence, List<EntityView.Span> spans) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (EntityView.Span s : spans) {
            if (s.begin() < at || s.end() > sentence.length()) continue;
            out.append(safe(sentence.substring(at, s.begin()))).append("**")
                    .append(safe(sentence.substring(s.begin(), s.end()))).append("**");
            at = s.end();
        }
        return out.append(safe(sentence.substring(at))).toString();
    }

    /** Control characters (ESC, CR, bidi overrides …) become U+FFFD. */
    public static String safeText(String s) {
        return safe(s);
    }

    static String safe(String s) {
        if (s == null) return "";
        return s.replaceAll("[\\p{Cc}\\u202A-\\u202E\\u2066-\\u2069]", "\uFFFD");
    }
}
