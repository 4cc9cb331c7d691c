package org.papergraph.nlp;

import org.papergraph.ingest.PaperNote;

import java.util.List;

/**
 * What the NLP stage found in one note: its sentences, the entities it names (each with every mention and the
 * role the paper gives it), relations between those entities and the quantities it states. Offsets are UTF-16
 * character offsets into {@code note.summary()}; the graph stage converts them to NIF's code points.
 *
 * @param extractor identity of the extractor that produced this (version and data fingerprint)
 */
public record Extraction(PaperNote note, String extractor, List<Sentence> sentences, List<NoteEntity> entities,
                         List<Relation> relations, List<Quantity> quantities) {

    public Extraction {
        sentences = List.copyOf(sentences);
        entities = List.copyOf(entities);
        relations = List.copyOf(relations);
        quantities = List.copyOf(quantities);
    }

    /** A sentence of the note: character offsets into the summary. */
    public record Sentence(int index, int begin, int end) {}

    /**
     * One mention of an entity.
     *
     * @param rule       the rule that found the span (vocabulary, acronym-definition, name-shape, …)
     * @param role       the role this mention's context suggests
     * @param roleRule   the cue that decided the role (proposal-verb, evaluation-on, type-default, …)
     * @param confidence how sure the extractor is that this span names this entity in this role, 0–1
     */
    public record Mention(int sentence, int begin, int end, String surface, String rule, Role role, String roleRule,
                          double confidence) {}

    /**
     * An entity as one note names it. {@code vocabularyId} is set when it is a vocabulary concept; otherwise
     * {@code name} is the form to mint a new entity from (a long form where the note defines an acronym).
     *
     * @param labels     every surface form of it in the note, and definitions' long and short forms
     * @param role       the strongest role its mentions give it
     * @param confidence the best confidence among its mentions in that role
     */
    public record NoteEntity(int id, String name, List<String> labels, String vocabularyId, EntityType type,
                             double typeConfidence, Role role, double confidence, List<Mention> mentions) {
        public NoteEntity {
            labels = List.copyOf(labels);
            mentions = List.copyOf(mentions);
        }

        public boolean discovered() {
            return vocabularyId == null;
        }
    }

    /**
     * An entity → entity statement a sentence makes.
     *
     * @param predicate local name in {@code pg:}: variantOf, outperforms or appliedTo
     */
    public record Relation(int subject, String predicate, int object, int sentence, String rule, double confidence) {}

    /**
     * A number the note states, with its unit where clear ("2.8M images": value 2800000, unit "images").
     *
     * @param qualifies id of the entity it is about, or -1 when it qualifies the paper as a whole
     */
    public record Quantity(int sentence, int begin, int end, String text, double value, String unit, int qualifies) {}
}
