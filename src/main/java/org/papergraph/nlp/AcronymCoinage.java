package org.papergraph.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Whether an acronym a note defines is the paper's own coinage (NoteRoles promotes it to a proposal). A defined
 * acronym no vocabulary knows is, unless the note says otherwise: a role some cue gave it (evaluated on, trained on
 * …), the kind beside a name ("StepJudge, a process reward model (PRM)", "TabPFN is a Prior-Data Fitted Network
 * (PFN)"), a prior-work word, a list it shares with names the vocabulary knows ("FGSM and the Carlini-Wagner (CW)
 * attack"), a longer term it only modifies, or a relative clause it is the doer of.
 */
final class AcronymCoinage {

    private AcronymCoinage() {}

    static boolean coined(EntityGrouping.Group g, EntityGrouping grouping, NoteContext note) {
        if (!g.discovered() || !g.hasDefinition()) return false;
        boolean cueRole = g.members.stream().anyMatch(m -> m.role != Role.PROPOSES && !"type-default".equals(m.roleRule));
        boolean kind = g.members.stream().anyMatch(m -> m.kindOfName);
        return !cueRole && !kind && !markedPriorWork(g, note) && !listedWithKnownNames(g, grouping)
                && !definedAsModifier(g, note) && !relativeClauseDoer(g, note);
    }

    /**
     * "a pre-trained neural retriever, the Dense Passage Retriever (DPR)", "the FederatedSGD (FedSGD) baseline": the
     * name is someone else's. Read from the parse, and from the words where the parse often fails: the word after a
     * definition's closing bracket, and the phrase an apposition ", the Name" follows.
     */
    private static boolean markedPriorWork(EntityGrouping.Group g, NoteContext note) {
        Lexicon lexicon = note.lexicon();
        for (Candidate m : g.members) {
            ParsedSentence s = m.sentence;
            if (m.to + 1 < s.size() && s.word(m.to).equals(")") && lexicon.isPriorWorkWord(s.word(m.to + 1))) return true;
            if (m.from >= 3 && NoteRoles.ARTICLES.contains(s.word(m.from - 1).toLowerCase(Locale.ROOT)) && s.word(m.from - 2).equals(",")) {
                for (int k = m.from - 3; k >= Math.max(0, m.from - 7) && !NoteRoles.ARTICLES.contains(s.word(k).toLowerCase(Locale.ROOT)); k--) {
                    if (lexicon.isPriorWorkWord(s.word(k))) return true;
                }
            }
            // "the unlearning baselines gradient ascent and NPO (…)": a later list item shares the first one's
            // description
            int conjunctOf = s.firstConjunct(m.head());
            int x = conjunctOf >= 0 ? conjunctOf : m.head();
            List<Integer> phrases = new ArrayList<>(List.of(x));
            ParsedSentence.Arc up = s.governor(x);
            if (up != null && (up.relation().equals("appos") || up.relation().equals("compound"))) phrases.add(up.token());
            for (int p : phrases) {
                for (int k = PhraseSpans.modifierStart(s, p) - 1; k <= p; k++) {
                    if (k >= 0 && (lexicon.isPriorWorkWord(s.word(k)) || s.isNoun(k) && lexicon.isPriorWorkWord(s.lemma(k)))) return true;
                }
            }
        }
        return false;
    }

    /**
     * "the Weisfeiler-Lehman (WL) graph isomorphism test", "voice activity detection (VAD) gating": the short form is
     * defined inside a longer term whose head follows the bracket, so it is the term's modifier, which the note
     * spells out on the way, not a name it coins. A class noun after the bracket ("the Adaptive Module Composition
     * (AMC) framework") only says what the defined name is.
     */
    private static boolean definedAsModifier(EntityGrouping.Group g, NoteContext note) {
        for (Candidate m : g.members) {
            ParsedSentence s = m.sentence;
            int next = m.to + 1;
            if (m.longForm || m.to >= s.size() || !s.word(m.to).equals(")") || next >= s.size() || !s.isNoun(next)) continue;
            if (note.lexicon().typeHead(s.lemma(next)) == null && Character.isLowerCase(s.word(next).charAt(0))) return true;
        }
        return false;
    }

    /**
     * "the sparse point cloud that Structure-from-Motion (SfM) produces": the doer of a relative clause describes
     * something the sentence is about with a tool already there; the paper's own names are introduced in its main
     * clauses. A clause whose verb proposes or coins still introduces its doer.
     */
    private static boolean relativeClauseDoer(EntityGrouping.Group g, NoteContext note) {
        for (Candidate m : g.members) {
            ParsedSentence s = m.sentence;
            ParsedSentence.Arc subject = s.governor(NoteRoles.phraseHead(s, m.head()));
            if (subject == null || !subject.relation().equals("nsubj")) continue;
            ParsedSentence.Arc clause = s.governor(subject.token());
            String lemma = s.lemma(subject.token());
            if (clause != null && clause.relation().equals("acl:relcl") && !note.lexicon().hasCue(lemma, Lexicon.Cue.PROPOSE)
                    && !note.lexicon().hasCue(lemma, Lexicon.Cue.COIN)) return true;
        }
        return false;
    }

    /** A member of the group stands in a list beside a vocabulary name: "FGSM and the Carlini-Wagner (CW) attack". */
    private static boolean listedWithKnownNames(EntityGrouping.Group g, EntityGrouping grouping) {
        for (Candidate m : g.members) {
            ParsedSentence s = m.sentence;
            int start = m.from > 0 && NoteRoles.ARTICLES.contains(s.word(m.from - 1).toLowerCase(Locale.ROOT)) ? m.from - 1 : m.from;
            int end = m.to + 1 < s.size() && s.word(m.to).equals("(") ? closingBracket(s, m.to) + 1 : m.to;
            for (EntityGrouping.Group other : grouping.groups()) {
                if (other == g || other.discovered() || other.generic) continue;
                for (Candidate n : other.members) {
                    if (n.sentence != s) continue;
                    if (ListJoiners.onlyJoinersBetween(s, n.to, start) || (end > 0 && ListJoiners.onlyJoinersBetween(s, end, n.from))) return true;
                }
            }
        }
        return false;
    }

    private static int closingBracket(ParsedSentence s, int open) {
        for (int k = open + 1; k < s.size(); k++) if (s.word(k).equals(")")) return k;
        return -1;
    }

    /**
     * A long form written in lower case reads as a term being spelled out ("high bandwidth memory (HBM)",
     * "multiple sequence alignments (MSAs)", "long sequence time-series forecasting (LSTF)"); a name a paper coins
     * is usually capitalised as a name ("Adaptive Module Composition (AMC)", "Ghost Attention (GAtt)").
     */
    static boolean proseLongForm(EntityGrouping.Group g, NoteContext note) {
        List<Candidate> longForms = g.members.stream().filter(m -> m.longForm).toList();
        return !longForms.isEmpty() && longForms.stream()
                .allMatch(m -> m.surface(note.text()).codePoints().noneMatch(Character::isUpperCase));
    }
}
