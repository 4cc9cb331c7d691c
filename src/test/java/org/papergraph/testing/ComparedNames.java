package org.papergraph.testing;

import org.papergraph.ingest.PaperNote;
import org.papergraph.ingest.SourceLocation;
import org.papergraph.nlp.EntityType;
import org.papergraph.nlp.Extraction;
import org.papergraph.nlp.Role;

import java.util.ArrayList;
import java.util.List;

/**
 * Extractions of one-sentence notes that name given entities, for store tests that need no NLP: "Name=Label" is the
 * entity Name written Label, "id:Label" the vocabulary's entity id written Label. A name ending in "-Set" is evaluated
 * on, the others are used; {@link #comparing} notes also state that their first entity outperforms their second.
 */
public final class ComparedNames {

    private ComparedNames() {}

    /** Note n of paper "Paper n" (notes.md, line n), no relation. */
    public static Extraction note(int n, String... names) {
        return extraction("Paper " + n, new SourceLocation("notes.md", n), false, names);
    }

    /** A note of the titled paper at the given source; its first entity outperforms its second. */
    public static Extraction comparing(String title, SourceLocation at, String... names) {
        return extraction(title, at, true, names);
    }

    private static Extraction extraction(String title, SourceLocation at, boolean compares, String... names) {
        StringBuilder text = new StringBuilder("We compare");
        List<Extraction.NoteEntity> entities = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            String vocabularyId = names[i].contains(":") ? names[i].substring(0, names[i].indexOf(':')) : null;
            String spec = names[i].substring(names[i].indexOf(':') + 1);
            String name = spec.split("=")[0], label = spec.substring(spec.indexOf('=') + 1);
            Role role = name.endsWith("-Set") ? Role.EVALUATES_ON : Role.USES;
            text.append(' ');
            int begin = text.length();
            text.append(label);
            entities.add(new Extraction.NoteEntity(i, name, List.of(label), vocabularyId, EntityType.METHOD, 0.9, role, 0.9,
                    List.of(new Extraction.Mention(0, begin, text.length(), label, "name-shape", role, "type-default", 0.9))));
        }
        text.append('.');
        List<Extraction.Relation> relations = compares && names.length > 1
                ? List.of(new Extraction.Relation(0, "outperforms", 1, 0, "test-comparison", 0.9)) : List.of();
        return new Extraction(PaperNote.of(title, text.toString(), at), "test-extractor",
                List.of(new Extraction.Sentence(0, 0, text.length())), entities, relations, List.of());
    }
}
