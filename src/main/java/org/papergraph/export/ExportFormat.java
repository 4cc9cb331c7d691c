package org.papergraph.export;

import org.apache.jena.riot.Lang;

import java.util.Locale;

/** The RDF syntaxes papergraph exports, by the names the command line uses. */
public enum ExportFormat {
    TTL(Lang.TURTLE, false, "ttl", "text/turtle"),
    NT(Lang.NTRIPLES, false, "nt", "application/n-triples"),
    NQ(Lang.NQUADS, true, "nq", "application/n-quads"),
    TRIG(Lang.TRIG, true, "trig", "application/trig"),
    JSONLD(Lang.JSONLD, true, "jsonld", "application/ld+json"),
    RDFXML(Lang.RDFXML, false, "rdf", "application/rdf+xml");

    /** The syntax, for readers. */
    public final Lang lang;
    /** True for syntaxes that keep named graphs (N-Quads, TriG, JSON-LD); the others get the union of the graphs. */
    public final boolean quads;
    public final String extension;
    public final String mediaType;

    ExportFormat(Lang lang, boolean quads, String extension, String mediaType) {
        this.lang = lang;
        this.quads = quads;
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public static ExportFormat named(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return switch (n) {
            case "ttl", "turtle" -> TTL;
            case "nt", "ntriples", "n-triples" -> NT;
            case "nq", "nquads", "n-quads" -> NQ;
            case "trig" -> TRIG;
            case "jsonld", "json-ld" -> JSONLD;
            case "rdfxml", "rdf", "xml", "rdf/xml" -> RDFXML;
            default -> throw new IllegalArgumentException("unknown format '" + name + "' (ttl, nt, nq, trig, jsonld or rdfxml)");
        };
    }
}
