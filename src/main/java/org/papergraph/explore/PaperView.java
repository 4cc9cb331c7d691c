package org.papergraph.explore;

import org.apache.jena.graph.Node;
import org.papergraph.nlp.Role;

import java.util.List;

/**
 * Everything the paper page shows: the paper's metadata, each note with the extracted mentions located in its
 * text, the entities the paper links with their role, and the entity → entity statements its notes support.
 */
public record PaperView(Node iri, String title, List<String> venues, List<String> categories, List<String> years,
                        List<String> authors, List<String> urls, List<NoteView> notes, List<LinkedEntity> entities,
                        List<Statement> statements) {

    /** A note as read, with non-overlapping mentions as char offsets into {@code text}, in text order. */
    public record NoteView(Node iri, String text, String sourceFile, long sourceLine, List<Mention> mentions) {}

    public record Mention(int begin, int end, EntitySummary entity, Role role, boolean lowConfidence) {}

    public record LinkedEntity(EntitySummary entity, Role role) {}

    /** {@code subject property object}, e.g. KL-Shampoo variantOf Shampoo. */
    public record Statement(EntitySummary subject, String property, EntitySummary object) {}
}
