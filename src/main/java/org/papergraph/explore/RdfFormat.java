package org.papergraph.explore;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;

import java.util.Optional;

/** The RDF syntaxes a resource is served in, by Accept header or {@code ?format=}. */
public enum RdfFormat {
    TURTLE("ttl", "Turtle", "text/turtle", RDFFormat.TURTLE_PRETTY),
    NTRIPLES("nt", "N-Triples", "application/n-triples", RDFFormat.NTRIPLES_UTF8),
    JSONLD("jsonld", "JSON-LD", "application/ld+json", RDFFormat.JSONLD11),
    RDFXML("rdf", "RDF/XML", "application/rdf+xml", RDFFormat.RDFXML_PRETTY);

    private final String shortName;
    private final String label;
    private final String mediaType;
    private final RDFFormat jenaFormat;

    RdfFormat(String shortName, String label, String mediaType, RDFFormat jenaFormat) {
        this.shortName = shortName;
        this.label = label;
        this.mediaType = mediaType;
        this.jenaFormat = jenaFormat;
    }

    public String shortName() { return shortName; }
    public String label() { return label; }
    public String mediaType() { return mediaType; }
    public RDFFormat jenaFormat() { return jenaFormat; }
    public Lang lang() { return jenaFormat.getLang(); }

    /** A {@code ?format=} value: the short name ({@code ttl}), the media type, or Jena's name of the syntax. */
    public static Optional<RdfFormat> fromName(String name) {
        if (name == null) return Optional.empty();
        for (RdfFormat f : values()) {
            if (f.shortName.equalsIgnoreCase(name) || f.mediaType.equalsIgnoreCase(name)
                    || f.lang().getName().equalsIgnoreCase(name) || f.name().equalsIgnoreCase(name)) return Optional.of(f);
        }
        return Optional.empty();
    }
}
