package org.papergraph.nlp;

import org.papergraph.ingest.PaperNote;
import org.papergraph.ingest.SourceLocation;

import java.util.List;
import java.util.Optional;

/** Extraction of one invented note and the lookups the rule tests make on it. */
final class NoteExtractions {

    private NoteExtractions() {}

    static Extraction extract(String title, String summary) {
        return CoreNlpExtractor.shared().extract(PaperNote.of(title, summary, new SourceLocation("test.md", 1)));
    }

    static Optional<Extraction.NoteEntity> entity(Extraction x, String label) {
        return x.entities().stream().filter(e -> e.labels().stream().anyMatch(l -> l.equalsIgnoreCase(label))).findFirst();
    }

    /** The entities' names, for failure messages. */
    static List<String> names(Extraction x) {
        return x.entities().stream().map(Extraction.NoteEntity::name).toList();
    }

    static Extraction.NoteEntity required(Extraction x, String label) {
        return entity(x, label).orElseThrow(() -> new AssertionError("no entity '" + label + "' in " + names(x)));
    }

    /** Fails naming the first of {@code labels} that is an entity of the note. */
    static void absent(Extraction x, String... labels) {
        for (String label : labels) {
            if (entity(x, label).isPresent()) throw new AssertionError("unexpected entity '" + label + "' in " + names(x));
        }
    }

    static boolean related(Extraction x, String subject, String predicate, String object) {
        return x.relations().stream().anyMatch(r -> r.predicate().equals(predicate)
                && x.entities().get(r.subject()).labels().contains(subject) && x.entities().get(r.object()).labels().contains(object));
    }

    /** The relations as "subject predicate object" lines, for failure messages. */
    static List<String> relations(Extraction x) {
        return x.relations().stream().map(r -> x.entities().get(r.subject()).name() + " " + r.predicate() + " "
                + x.entities().get(r.object()).name()).toList();
    }
}
