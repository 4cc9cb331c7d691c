package org.papergraph.graph;

import org.apache.jena.graph.Node;
import org.papergraph.nlp.LabelKeys;

import java.util.HashMap;
import java.util.Map;

/**
 * What all notes together say about one entity: how many notes use each label, how strongly each note types
 * it, and how many notes of each paper mention it. The entity's description is a function of this tally, so
 * adding or removing a note changes the description exactly as much as that note contributed.
 */
final class EntityTally {

    final Map<String, Integer> labelNotes = new HashMap<>();
    /**
     * The merge key of each label in {@link #labelNotes}, computed once: a popular entity has thousands of labels and
     * its description is derived from all of them in every batch that touches it.
     */
    private final Map<String, String> labelKeys = new HashMap<>();
    final Map<Node, Double> typeWeights = new HashMap<>();
    final Map<Node, Integer> paperNotes = new HashMap<>();
    /** Per paper, the notes whose evidence links the paper to the entity ({@code pg:mentions}). */
    final Map<Node, Integer> linkingNotes = new HashMap<>();

    void apply(EntityContribution c, int sign) {
        for (String l : c.labels()) {
            if (labelNotes.merge(l, sign, (a, b) -> a + b == 0 ? null : a + b) == null) labelKeys.remove(l);
            else labelKeys.computeIfAbsent(l, LabelKeys::key);
        }
        typeWeights.merge(c.type(), sign * c.weight(), (a, b) -> Math.abs(a + b) < 1e-9 ? null : a + b);
        paperNotes.merge(c.paper(), sign, (a, b) -> a + b == 0 ? null : a + b);
        if (c.links()) linkingNotes.merge(c.paper(), sign, (a, b) -> a + b == 0 ? null : a + b);
    }

    /** {@link LabelKeys#key} of a label the tally holds. */
    String key(String label) {
        return labelKeys.get(label);
    }

    boolean isEmpty() {
        return paperNotes.isEmpty();
    }

    /** Papers that {@code pg:mentions} the entity: its {@code pg:mentionCount}. */
    int linkedPapers() {
        return linkingNotes.size();
    }
}
