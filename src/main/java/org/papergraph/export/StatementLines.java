package org.papergraph.export;

import org.apache.jena.atlas.io.AWriter;
import org.apache.jena.atlas.io.Writer2;
import org.apache.jena.atlas.lib.CharSpace;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFormatter;
import org.apache.jena.riot.out.NodeFormatterNT;
import org.apache.jena.riot.tokens.Token;
import org.apache.jena.riot.tokens.Tokenizer;
import org.apache.jena.riot.tokens.TokenizerText;
import org.apache.jena.sparql.core.Quad;

import java.io.StringWriter;

/**
 * Statements as N-Triples / N-Quads lines, written by Jena's own N-Triples term formatter (so a line is byte for
 * byte what Jena's N-Triples writer prints) and read back with Jena's tokenizer. A line of a quad is
 * {@code S P O G .}: every line that holds the same triple starts with the same text, so in sorted order the
 * quads of one triple are adjacent.
 */
final class StatementLines {

    private final NodeFormatter formatter = new NodeFormatterNT(CharSpace.UTF8);
    /**
     * One line at a time, reused. Not Jena's IndentedLineBuffer: its clear() empties the text but keeps the writer's
     * int column, which counts every character ever printed; past 2^31 characters (an export of some 10 million
     * quads) it turns negative and the next padding writes until the heap is gone.
     */
    private final StringWriter text = new StringWriter(256);
    private final AWriter buffer = Writer2.wrapNoBuffer(text);

    /** {@code S P O .} */
    String triple(Triple t) {
        text.getBuffer().setLength(0);
        terms(t.getSubject(), t.getPredicate(), t.getObject());
        buffer.print(" .");
        return text.toString();
    }

    /** {@code S P O G .} (a quad of the default graph is written as a triple). */
    String quad(Quad q) {
        text.getBuffer().setLength(0);
        terms(q.getSubject(), q.getPredicate(), q.getObject());
        if (!q.isDefaultGraph()) {
            buffer.print(' ');
            formatter.format(buffer, q.getGraph());
        }
        buffer.print(" .");
        return text.toString();
    }

    private void terms(Node s, Node p, Node o) {
        formatter.format(buffer, s);
        buffer.print(' ');
        formatter.format(buffer, p);
        buffer.print(' ');
        formatter.format(buffer, o);
    }

    /**
     * The triple line ({@code S P O .}) of a quad line ({@code S P O G .}) whose graph is named. A graph name is an
     * IRI or a blank node label, neither of which holds a space, so the graph term starts after the last space.
     */
    static String tripleOf(String quadLine) {
        int end = quadLine.length() - 2;   // before " ."
        int graphStart = quadLine.lastIndexOf(' ', end - 1);
        return quadLine.substring(0, graphStart) + " .";
    }

    /** The terms of a line: three for a triple, four for a quad. */
    static Node[] parse(String line) {
        Tokenizer tokens = TokenizerText.create().fromString(line).build();
        Node[] out = new Node[4];
        int n = 0;
        while (tokens.hasNext()) {
            Token t = tokens.next();
            if (t.isEOF() || t.getType() == org.apache.jena.riot.tokens.TokenType.DOT) break;
            if (n == 4) throw new IllegalArgumentException("more than four terms in: " + line);
            out[n++] = t.asNode();
        }
        if (n < 3) throw new IllegalArgumentException("not a statement: " + line);
        if (n == 3) return new Node[] {out[0], out[1], out[2]};
        return out;
    }

    static Triple toTriple(String line) {
        Node[] t = parse(line);
        return Triple.create(t[0], t[1], t[2]);
    }

    static Quad toQuad(String line) {
        Node[] t = parse(line);
        return t.length == 4 ? Quad.create(t[3], t[0], t[1], t[2]) : Quad.create(Quad.defaultGraphIRI, t[0], t[1], t[2]);
    }
}
