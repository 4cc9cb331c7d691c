package org.papergraph.export;

import org.apache.jena.riot.RDFFormat;

import java.util.Locale;

/** The RDF syntaxes papergraph exports, by the names the command line uses. */
public enum ExportFormat {
    TTL(RDFFormat.TURTLE_BLOCKS, false, "ttl"),
    NT(RDFFormat.NTRIPLES_UTF8, false, "nt"),
    NQ(RDFFormat.NQUADS_UTF8, true, "nq"),
    TRIG(RDFFormat.TRIG_BLOCKS, true, "trig"),
    JSONLD(RDFFormat.JSONLD11_PRETTY, true, "jsonld"),
    RDFXML(RDFFormat.RDFXML_PLAIN, false, "rdf");

    /** The Jena writer format. */
    public final RDFFormat rdfFormat;
    /** True for syntaxes that keep named graphs (N-Quads, TriG, JSON-LD); the others get the union of the graphs. */
    public final boolean quads;
    public final String extension;

    ExportFormat(RDFFormat rdfFormat, boolean quads, String extension) {
        this.rdfFormat = rdfFormat;
        this.quads = quads;
        this.extension = extension;
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
