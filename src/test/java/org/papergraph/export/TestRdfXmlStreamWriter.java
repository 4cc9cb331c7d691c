package org.papergraph.export;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.papergraph.graph.Prefixes;

import java.io.StringWriter;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TestRdfXmlStreamWriter {

    static String write(List<Triple> triples) {
        StringWriter out = new StringWriter();
        RdfXmlStreamWriter w = new RdfXmlStreamWriter(out, Prefixes.standard());
        w.start();
        triples.forEach(w::triple);
        w.finish();
        return out.toString();
    }

    @Test
    void awkwardTermsReadBackUnchanged() {
        Node s = NodeFactory.createURI("https://example.org/s?a=1&b='2'");
        Node s2 = NodeFactory.createBlankNode("b-0:x");
        List<Triple> triples = List.of(
                Triple.create(s, NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#prefLabel"), NodeFactory.createLiteralLang("A & B <c>", "en-GB")),
                Triple.create(s, NodeFactory.createURI("https://w3id.org/papergraph/ontology#text"), NodeFactory.createLiteralString("line\r\nnext\ttab \"quoted\" ]]> 😀")),
                Triple.create(s, NodeFactory.createURI("http://unknown.example/ns/prop"), NodeFactory.createLiteralDT("0.5", XSDDatatype.XSDdouble)),
                Triple.create(s, NodeFactory.createURI("http://unknown.example/other#p"), s2),
                Triple.create(s2, NodeFactory.createURI("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), NodeFactory.createURI("http://x.example/C")),
                Triple.create(s2, NodeFactory.createURI("http://unknown.example/ns/prop"), NodeFactory.createLiteralString("  spaces  ")));
        String xml = write(triples);
        Graph back = GraphFactory.createDefaultGraph();
        RDFParser.fromString(xml, Lang.RDFXML).parse(back);
        Graph expected = GraphFactory.createDefaultGraph();
        triples.forEach(expected::add);
        assertTrue(expected.isIsomorphicWith(back), "read back:\n" + xml);
    }

    @Test
    void whatXmlCannotCarryIsRefusedWithTheTerm() {
        Node s = NodeFactory.createURI("https://example.org/s");
        RiotException e = assertThrows(RiotException.class, () -> write(List.of(
                Triple.create(s, NodeFactory.createURI("https://example.org/p"), NodeFactory.createLiteralString("bell\u0007")))));
        assertTrue(e.getMessage().contains("U+0007"), e.getMessage());
        RiotException p = assertThrows(RiotException.class, () -> write(List.of(
                Triple.create(s, NodeFactory.createURI("https://example.org/p/123"), s))));
        assertTrue(p.getMessage().contains("https://example.org/p/123"), p.getMessage());
    }
}
