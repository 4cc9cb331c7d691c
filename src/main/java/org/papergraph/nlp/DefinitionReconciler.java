package org.papergraph.nlp;

import java.util.List;

/**
 * Reconciles acronym definitions with vocabulary matches on the same span. When the vocabulary knows the
 * defined concept under that name ("next-token prediction (NTP)"), the vocabulary match takes over the
 * definition's place, so the short form joins the known concept. When the note defines an acronym the
 * vocabulary holds in another sense ("Adaptive Module Composition (AMC)" vs the AMC benchmark), the note's own
 * definition wins and the vocabulary match is dropped.
 */
final class DefinitionReconciler {

    private DefinitionReconciler() {}

    static void apply(List<Candidate> candidates, NoteContext note) {
        for (Candidate def : List.copyOf(candidates)) {
            if (def.rule != Candidate.Rule.ACRONYM_DEFINITION || def.definitionPartner == null) continue;
            for (Candidate v : List.copyOf(candidates)) {
                if (v.rule != Candidate.Rule.VOCABULARY || v.sentence != def.sentence || v.from != def.from || v.to != def.to) continue;
                Candidate other = def.definitionPartner;
                // the vocabulary matched the long form itself: same sense; it matched the short form: the long
                // form must be one of the entry's labels
                boolean sameSense = def.longForm || hasLabel(note, v.vocabularyId, other.surface(note.text()));
                if (sameSense) {
                    v.definitionPartner = other;
                    v.longForm = def.longForm;
                    other.definitionPartner = v;
                    candidates.remove(def);
                } else if (!def.longForm) {
                    candidates.remove(v);
                }
            }
        }
    }

    /**
     * True when the form is one of the entry's labels, or contains one of its multi-word labels word by word with
     * words inserted ("directed acyclic communication graphs" for "directed acyclic graph").
     */
    static boolean hasLabel(NoteContext note, String vocabularyId, String form) {
        String key = LabelKeys.key(form);
        List<String> words = words(form);
        for (String label : note.vocabulary().byId(vocabularyId).orElseThrow().labels()) {
            if (LabelKeys.key(label).equals(key)) return true;
            List<String> lw = words(label);
            if (lw.size() >= 2 && isSubsequence(lw, words)) return true;
        }
        return false;
    }

    private static List<String> words(String s) {
        List<String> out = new java.util.ArrayList<>();
        for (String w : LabelKeys.normalise(s).split("[\\s\\-]+")) if (!w.isEmpty()) out.add(LabelKeys.singular(w));
        return out;
    }

    private static boolean isSubsequence(List<String> part, List<String> whole) {
        int i = 0;
        for (String w : whole) if (i < part.size() && part.get(i).equals(w)) i++;
        return i == part.size();
    }
}
