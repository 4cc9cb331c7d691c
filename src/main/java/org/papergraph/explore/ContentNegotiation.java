package org.papergraph.explore;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;

/**
 * Chooses how a resource is answered: HTML for browsers (and for clients that accept anything, such as curl
 * without {@code -H Accept}), one of the {@link RdfFormat}s when the Accept header prefers it, or when the page
 * links ask for it with {@code ?format=}. Uses Jena's Accept-header matching (q-values, wildcards).
 */
public final class ContentNegotiation {

    /** What to send: HTML, an RDF syntax, or nothing acceptable (406). */
    public record Choice(boolean html, RdfFormat rdf) {
        static final Choice HTML = new Choice(true, null);
        static final Choice NONE = new Choice(false, null);

        public boolean acceptable() {
            return html || rdf != null;
        }
    }

    // HTML first: it wins ties, so */* (curl, most tools) gets the page
    private static final AcceptList OFFERS = AcceptList.create("text/html", "application/xhtml+xml",
            "text/turtle", "application/n-triples", "application/ld+json", "application/rdf+xml",
            "application/x-turtle", "application/json", "text/plain");

    private ContentNegotiation() {}

    public static Choice choose(String acceptHeader, String formatParameter) {
        if (formatParameter != null && !formatParameter.isBlank()) {
            if ("html".equalsIgnoreCase(formatParameter)) return Choice.HTML;
            return RdfFormat.fromName(formatParameter).map(f -> new Choice(false, f)).orElse(Choice.NONE);
        }
        if (acceptHeader == null || acceptHeader.isBlank()) return Choice.HTML;
        MediaType chosen;
        try {
            chosen = AcceptList.match(new AcceptList(acceptHeader), OFFERS);
        } catch (RuntimeException malformed) {
            return Choice.HTML;
        }
        if (chosen == null) return Choice.NONE;
        return switch (chosen.getContentTypeStr()) {
            case "text/html", "application/xhtml+xml" -> Choice.HTML;
            case "text/turtle", "application/x-turtle" -> new Choice(false, RdfFormat.TURTLE);
            case "application/n-triples", "text/plain" -> new Choice(false, RdfFormat.NTRIPLES);
            case "application/ld+json", "application/json" -> new Choice(false, RdfFormat.JSONLD);
            case "application/rdf+xml" -> new Choice(false, RdfFormat.RDFXML);
            default -> Choice.HTML;
        };
    }
}
