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

    static boolean hasLabel(NoteContext note, String vocabularyId, String form) {
        String key = LabelKeys.key(form);
        return note.vocabulary().byId(vocabularyId).orElseThrow().labels().stream().anyMatch(l -> LabelKeys.key(l).equals(key));
    }
}
