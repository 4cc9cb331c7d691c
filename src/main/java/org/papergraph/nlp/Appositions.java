package org.papergraph.nlp;

import java.util.List;

/**
 * A common-noun phrase in apposition to a name says what kind of thing the name is: "StepJudge, a process reward
 * model (PRM)", "PlanLattice, a web agent", "a diffusion transformer, SonicWeave". The paper proposes the name, not
 * its kind: the kind stays an entity (the paper uses or studies it) but a proposal verb reaching it through the
 * apposition does not make it a proposal. The two halves of an acronym definition are one entity, not a name and
 * its kind.
 */
final class Appositions {

    private Appositions() {}

    static void markKinds(List<Candidate> selected) {
        for (Candidate c : selected) {
            if (c.nameLike || c.definitionPartner != null) continue;
            ParsedSentence s = c.sentence;
            int head = c.head();
            ParsedSentence.Arc up = s.governor(head);
            if (up != null && up.relation().equals("appos") && isOtherName(c, up.token(), selected)) {
                c.kindOfName = true;
                continue;
            }
            for (ParsedSentence.Arc a : s.children(head)) {
                if (a.relation().equals("appos") && isOtherName(c, a.token(), selected)) {
                    c.kindOfName = true;
                    break;
                }
            }
        }
    }

    private static boolean isOtherName(Candidate kind, int token, List<Candidate> selected) {
        for (Candidate n : selected) {
            if (n == kind || n.sentence != kind.sentence || !n.covers(token) || !n.nameLike) continue;
            if (n.definitionPartner == kind) return false;
            return n.vocabularyId == null || !n.vocabularyId.equals(kind.vocabularyId);
        }
        return false;
    }
}
