package org.papergraph.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Chooses among overlapping candidates: the longest span wins, then the stronger rule (vocabulary before
 * discovery). A name inside a relational phrase ("MMLU" in "MMLU accuracy", "PAC-Bayes" in "PAC-Bayes bounds")
 * survives next to it; other nested spans do not. Acronym-definition halves stand or fall together.
 */
final class SpanSelection {

    private SpanSelection() {}

    static List<Candidate> select(List<Candidate> candidates) {
        List<Candidate> ordered = new ArrayList<>(candidates);
        ordered.sort(Comparator.comparingInt(Candidate::length).reversed()
                .thenComparing(c -> c.rule.ordinal())
                .thenComparing(c -> -c.confidence)
                .thenComparingInt(c -> c.sentence.index())
                .thenComparingInt(c -> c.from));
        List<Candidate> chosen = new ArrayList<>();
        for (Candidate c : ordered) {
            if (fits(c, chosen)) chosen.add(c);
        }
        // an acronym's long form that lost to a longer span keeps its short form from standing alone as a definition
        chosen.removeIf(c -> c.definitionPartner != null && !chosen.contains(c.definitionPartner) && c.longForm);
        chosen.sort(Comparator.comparingInt((Candidate c) -> c.sentence.index()).thenComparingInt(c -> c.from));
        return chosen;
    }

    private static boolean fits(Candidate c, List<Candidate> chosen) {
        for (Candidate o : chosen) {
            if (!c.overlaps(o)) continue;
            boolean nestedName = o.contains(c) && (o.relationalPhrase || o.rule == Candidate.Rule.PROPOSAL_OBJECT) && !o.generic
                    && (c.nameLike || c.rule == Candidate.Rule.VOCABULARY || c.fromTitle);
            if (!nestedName) return false;
        }
        return true;
    }
}
