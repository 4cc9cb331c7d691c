package org.papergraph.export;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One line writer serves a whole export, so it must not keep state that grows with everything it has written.
 * Jena's IndentedLineBuffer did (an int column), and an export of about 10 million quads (a 20,000-paper store)
 * ran out of memory once it passed 2^31 characters. Here 22 lines of 100 million characters each pass that mark.
 */
@Tag("slow")
class TestStatementLinesVolume {

    @Test
    void moreThanTwoBillionCharactersThroughOneWriterGiveTheSameLines() {
        String big = "x".repeat(100_000_000);
        Node g = NodeFactory.createURI("http://example.org/g");
        Node s = NodeFactory.createURI("http://example.org/s");
        Node p = NodeFactory.createURI("http://example.org/p");
        Quad quad = Quad.create(g, s, p, NodeFactory.createLiteralString(big));
        StatementLines lines = new StatementLines();
        String first = lines.quad(quad);
        long written = first.length();
        for (int i = 1; i < 22; i++) {
            String line = lines.quad(quad);
            assertEquals(first.length(), line.length(), "line " + i);
            written += line.length();
        }
        assertTrue(written > Integer.MAX_VALUE, written + " characters");
        assertEquals("<http://example.org/s> <http://example.org/p> \"x", lines.quad(quad).substring(0, 48));
    }
}
