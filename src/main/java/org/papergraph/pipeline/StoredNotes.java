package org.papergraph.pipeline;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.papergraph.graph.PG;
import org.papergraph.ingest.SourceLocation;
import org.papergraph.store.TdbStore;

import java.util.HashMap;
import java.util.Map;

/**
 * The notes a store already holds: for each note IRI, the extractor that produced it and where it was read.
 * Read once at the start of an ingest, so deciding that a note is unchanged costs no store access.
 */
final class StoredNotes {

    record Stored(String extractor, SourceLocation source) {}

    private final Map<String, Stored> notes = new HashMap<>();

    StoredNotes(TdbStore store) {
        store.read(dsg -> {
            Map<String, String> extractor = new HashMap<>();
            Map<String, String> file = new HashMap<>();
            Map<String, Integer> line = new HashMap<>();
            dsg.find(Node.ANY, Node.ANY, PG.extractor, Node.ANY).forEachRemaining(q -> extractor.put(key(q), lexical(q)));
            dsg.find(Node.ANY, Node.ANY, PG.sourceFile, Node.ANY).forEachRemaining(q -> file.put(key(q), lexical(q)));
            dsg.find(Node.ANY, Node.ANY, PG.sourceLine, Node.ANY).forEachRemaining(q -> line.put(key(q), Integer.parseInt(lexical(q))));
            extractor.forEach((note, ex) -> notes.put(note,
                    new Stored(ex, new SourceLocation(file.getOrDefault(note, ""), line.getOrDefault(note, 0)))));
            return null;
        });
    }

    private static String key(Quad q) {
        return q.getSubject().getURI();
    }

    private static String lexical(Quad q) {
        return q.getObject().getLiteralLexicalForm();
    }

    Stored get(Node note) {
        return notes.get(note.getURI());
    }

    Map<String, Stored> all() {
        return notes;
    }
}
