package org.papergraph.nlp;

import java.util.List;

/**
 * A common-noun phrase in apposition to a name says what kind of thing the name is: "StepJudge, a process reward
 * model (PRM)", "PlanLattice, a web agent", "a diffusion transformer, SonicWeave"; so does the predicate of "is a/an"
 * after a name ("TabPFN is a Prior-Data Fitted Network (PFN)"), capitalised or not. The paper proposes the name, not
 * its kind: the kind stays an entity (the paper uses or studies it) but a proposal verb reaching it through the
 * apposition does not make it a proposal. The two halves of an acronym definition are one entity, not a name and
 * its kind.
 */
final class Appositions {

    private Appositions() {}

    static void markKinds(List<Candidate> selected, Lexicon lexicon) {
        for (Candidate c : selected) {
            // a kind may have its own acronym: "SonicWeave, a diffusion transformer (DiT)", "StepJudge, a process reward
            // model (PRM)"; a long form written in lower case is a common noun all the same
            ParsedSentence s = c.sentence;
            int head = c.head();
            // "TabPFN is a Prior-Data Fitted Network (PFN)": a name the copula says another name is one of is its class,
            // capitalised or not
            Candidate classOf = indefinitePredicateOf(c, selected);
            if (classOf != null) {
                mark(c, classOf);
                continue;
            }
            if (c.nameLike && !(c.longForm && Character.isLowerCase(s.word(c.from).charAt(0)))) continue;
            ParsedSentence.Arc up = s.governor(head);
            // "a new family of policy gradient methods, Proximal Policy Optimization (PPO)": the kind is what the
            // family is of
            if (up != null && up.relation().equals("nmod:of") && lexicon.isCollectiveNoun(s.lemma(up.token()))) {
                head = up.token();
                up = s.governor(head);
            }
            Candidate name = up != null && up.relation().equals("appos") ? otherName(c, up.token(), selected) : null;
            for (ParsedSentence.Arc a : s.children(head)) {
                if (name == null && a.relation().equals("appos")) name = otherName(c, a.token(), selected);
            }
            if (name != null) mark(c, name);
        }
    }

    private static void mark(Candidate kind, Candidate name) {
        kind.kindOfName = true;
        kind.kindOf = name;
        // the kind's own acronym is the same kind: "SonicWeave, a diffusion transformer (DiT)"
        if (kind.definitionPartner != null) {
            kind.definitionPartner.kindOfName = true;
            kind.definitionPartner.kindOf = name;
        }
    }

    /** The noun is the predicate of "is a/an …": "a Prior-Data Fitted Network" in "TabPFN is a Prior-Data Fitted Network". */
    static boolean isIndefinitePredicate(ParsedSentence s, int noun) {
        if (s.children(noun, "cop").isEmpty()) return false;
        for (int det : s.children(noun, "det")) if (s.word(det).equalsIgnoreCase("a") || s.word(det).equalsIgnoreCase("an")) return true;
        return false;
    }

    /** The name that is the subject of "is a/an …" whose predicate is {@code c}'s phrase, or null. */
    private static Candidate indefinitePredicateOf(Candidate c, List<Candidate> selected) {
        ParsedSentence s = c.sentence;
        int head = c.head();
        if (!isIndefinitePredicate(s, head)) return null;
        for (int subject : s.children(head, "nsubj")) {
            Candidate name = otherName(c, subject, selected);
            if (name != null) return name;
        }
        return null;
    }

    /** The name at {@code token} that is another thing than {@code kind}, or null. */
    private static Candidate otherName(Candidate kind, int token, List<Candidate> selected) {
        for (Candidate n : selected) {
            if (n == kind || n.sentence != kind.sentence || !n.covers(token) || !n.nameLike) continue;
            if (n.definitionPartner == kind) return null;
            return n.vocabularyId == null || !n.vocabularyId.equals(kind.vocabularyId) ? n : null;
        }
        return null;
    }
}
