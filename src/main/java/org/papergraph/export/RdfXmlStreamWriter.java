package org.papergraph.export;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.util.SplitIRI;
import org.papergraph.graph.PG;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Streaming RDF/XML in the plain style (one {@code rdf:Description} per run of triples with the same subject,
 * property elements inside): Jena 5.6 has streaming writers for Turtle, TriG and N-Triples but none for RDF/XML
 * (its RDF/XML writers walk a whole in-memory graph), so this one writes each triple as it comes. Fed triples
 * grouped by subject (the exporter feeds them sorted), it writes one description per subject.
 *
 * <p>Namespaces given before {@link #start} are declared on {@code rdf:RDF}; a predicate in any other namespace
 * declares its namespace on its own element, so nothing needs a first pass over the data. A predicate IRI that
 * cannot be split into a namespace and an XML name, and text XML 1.0 cannot carry (most C0 control characters),
 * cannot be written in RDF/XML at all: both are refused with the offending term.
 */
final class RdfXmlStreamWriter implements StreamRDF {

    private final Writer out;
    private final Map<String, String> prefixByNamespace = new LinkedHashMap<>();
    private Node subject;
    private boolean started;

    RdfXmlStreamWriter(Writer out, Map<String, String> namespaceByPrefix) {
        this.out = out;
        namespaceByPrefix.forEach((prefix, ns) -> {
            if (!prefix.equals("rdf") && !prefix.isEmpty() && isNcName(prefix)) prefixByNamespace.putIfAbsent(ns, prefix);
        });
    }

    @Override
    public void start() {
        if (started) return;
        started = true;
        write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rdf:RDF\n    xmlns:rdf=\"" + PG.RDF + "\"");
        for (Map.Entry<String, String> e : prefixByNamespace.entrySet()) {
            write("\n    xmlns:" + e.getValue() + "=\"" + attribute(e.getKey()) + "\"");
        }
        write(">\n");
    }

    @Override
    public void triple(Triple t) {
        if (!t.getSubject().equals(subject)) {
            closeDescription();
            subject = t.getSubject();
            write("  <rdf:Description " + nodeAttribute(subject, "about") + ">\n");
        }
        property(t.getPredicate(), t.getObject());
    }

    /** RDF/XML holds one graph: a quad is written as its triple. */
    @Override
    public void quad(Quad quad) {
        triple(quad.asTriple());
    }

    @Override
    public void base(String base) {
        // IRIs are written absolute
    }

    @Override
    public void prefix(String prefix, String iri) {
        if (!started && !prefix.isEmpty() && !prefix.equals("rdf") && isNcName(prefix)) prefixByNamespace.putIfAbsent(iri, prefix);
    }

    @Override
    public void finish() {
        closeDescription();
        write("</rdf:RDF>\n");
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void closeDescription() {
        if (subject != null) write("  </rdf:Description>\n");
        subject = null;
    }

    private void property(Node predicate, Node object) {
        String iri = predicate.getURI();
        int split = SplitIRI.splitXML(iri);
        if (split <= 0 || split >= iri.length()) {
            throw new RiotException("RDF/XML cannot write the predicate <" + iri + ">: it does not end in an XML name");
        }
        String ns = iri.substring(0, split), local = iri.substring(split);
        String prefix = prefixByNamespace.get(ns);
        String element;
        String declaration = "";
        if (ns.equals(PG.RDF)) {
            element = "rdf:" + local;
        } else if (prefix != null) {
            element = prefix + ":" + local;
        } else {
            element = "ns0:" + local;
            declaration = " xmlns:ns0=\"" + attribute(ns) + "\"";
        }
        StringBuilder sb = new StringBuilder("    <").append(element).append(declaration);
        if (object.isURI() || object.isBlank()) {
            sb.append(' ').append(nodeAttribute(object, "resource")).append("/>\n");
        } else if (object.isLiteral()) {
            String lang = object.getLiteralLanguage();
            if (lang != null && !lang.isEmpty()) {
                sb.append(" xml:lang=\"").append(attribute(lang)).append('"');
            } else if (!object.getLiteralDatatypeURI().equals(PG.XSD + "string")) {
                sb.append(" rdf:datatype=\"").append(attribute(object.getLiteralDatatypeURI())).append('"');
            }
            sb.append('>').append(text(object.getLiteralLexicalForm())).append("</").append(element).append(">\n");
        } else {
            throw new RiotException("RDF/XML cannot write the term " + object);
        }
        write(sb.toString());
    }

    private static String nodeAttribute(Node n, String iriAttribute) {
        if (n.isURI()) return "rdf:" + iriAttribute + "=\"" + attribute(n.getURI()) + "\"";
        if (n.isBlank()) return "rdf:nodeID=\"" + nodeId(n.getBlankNodeLabel()) + "\"";
        throw new RiotException("RDF/XML cannot write the subject or object " + n);
    }

    /** Blank node labels as XML names (rdf:nodeID must be an NCName). */
    private static String nodeId(String label) {
        StringBuilder sb = new StringBuilder("b");
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) sb.append(c);
            else sb.append('_').append(Integer.toHexString(c)).append('_');
        }
        return sb.toString();
    }

    private static String text(String s) {
        return escape(s, false);
    }

    private static String attribute(String s) {
        return escape(s, true);
    }

    private static String escape(String s, boolean attribute) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append(attribute ? "&quot;" : "\"");
                // XML parsers turn a raw CR into LF, and tab/LF in attributes into spaces: keep them as references
                case '\r' -> sb.append("&#13;");
                case '\n' -> sb.append(attribute ? "&#10;" : "\n");
                case '\t' -> sb.append(attribute ? "&#9;" : "\t");
                default -> {
                    if (c < 0x20 || c == 0xFFFE || c == 0xFFFF) {
                        throw new RiotException("RDF/XML (XML 1.0) cannot carry the character U+" + String.format("%04X", (int) c)
                                + " in: " + (s.length() > 80 ? s.substring(0, 80) + "…" : s));
                    }
                    sb.append(c);
                }
            }
        }
        return sb.toString();
    }

    private static boolean isNcName(String s) {
        if (s.isEmpty() || !(Character.isLetter(s.charAt(0)) || s.charAt(0) == '_')) return false;
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.')) return false;
        }
        return true;
    }

    private void write(String s) {
        try {
            out.write(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
