package org.papergraph.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Merges one note's mentions into entities: mentions of one vocabulary entry, the two halves of an acronym
 * definition, and surface forms with the same {@link LabelKeys#key merge key} (case, hyphen and plural
 * variants) are one entity. A discovered form whose key is a vocabulary label becomes that vocabulary entry.
 */
final class EntityGrouping {

    /** One entity of the note while it is being built: its mentions and what they say. */
    static final class Group {
        final List<Candidate> members = new ArrayList<>();
        String vocabularyId;
        boolean generic;
        EntityType type;
        double typeConfidence;
        Role role;
        String roleRule;
        double confidence;
        String name;

        boolean discovered() {
            return vocabularyId == null;
        }

        boolean nameLike() {
            return members.stream().anyMatch(m -> m.nameLike);
        }

        boolean hasDefinition() {
            return members.stream().anyMatch(m -> m.definitionPartner != null);
        }
    }

    private final Map<Candidate, Group> groupOf = new IdentityHashMap<>();
    private final List<Group> groups = new ArrayList<>();

    EntityGrouping(List<Candidate> selected, NoteContext note) {
        Map<String, Group> byKey = new LinkedHashMap<>();
        Map<Candidate, String> keys = new IdentityHashMap<>();
        for (Candidate c : selected) {
            if (c.vocabularyId == null) adoptVocabulary(c, note);
            keys.put(c, c.vocabularyId != null ? "v:" + c.vocabularyId : "k:" + LabelKeys.key(c.surface(note.text())));
        }
        // union: same key, acronym partners, and a vocabulary match with the same written form as a discovered one
        Map<String, String> parent = new HashMap<>();
        for (String k : keys.values()) parent.putIfAbsent(k, k);
        for (Candidate c : selected) {
            if (c.vocabularyId == null) continue;
            String surfaceKey = "k:" + LabelKeys.key(c.surface(note.text()));
            if (parent.containsKey(surfaceKey)) union(parent, keys.get(c), surfaceKey);
        }
        for (Candidate c : selected) {
            if (c.definitionPartner != null && keys.containsKey(c.definitionPartner)) {
                union(parent, keys.get(c), keys.get(c.definitionPartner));
            }
        }
        for (Candidate c : selected) {
            String root = find(parent, keys.get(c));
            Group g = byKey.computeIfAbsent(root, k -> {
                Group n = new Group();
                groups.add(n);
                return n;
            });
            g.members.add(c);
            groupOf.put(c, g);
            if (c.vocabularyId != null && g.vocabularyId == null) g.vocabularyId = c.vocabularyId;
            g.generic |= c.generic;
        }
        for (Group g : groups) decideType(g, note.vocabulary());
    }

    /** A discovered span whose form is a vocabulary label ("positional encodings", "Kullback-Leibler divergence"). */
    private static void adoptVocabulary(Candidate c, NoteContext note) {
        List<Vocabulary.Entry> entries = note.vocabulary().byLabel(c.surface(note.text()));
        if (entries.size() != 1) return;
        Vocabulary.Entry e = entries.get(0);
        if (c.definitionPartner != null) {
            // a defined acronym takes a vocabulary sense only if its long form is that entry's label
            Candidate longForm = c.longForm ? c : c.definitionPartner;
            if (!DefinitionReconciler.hasLabel(note, e.id(), longForm.surface(note.text()))) return;
        }
        boolean exactCase = e.labels().stream().anyMatch(l -> l.equals(c.surface(note.text())));
        boolean foldedLabel = e.labels().stream().anyMatch(l -> l.equals(l.toLowerCase()));
        if (!exactCase && !foldedLabel) return;   // "Math" is not MATH
        c.vocabularyId = e.id();
        c.generic = e.generic() && !TitleTerms.namesNarrowerGeneric(note, c.surface(note.text()));
        c.typeVotes.clear();
        c.vote(e.type(), 5.0);
    }

    private static String find(Map<String, String> parent, String k) {
        String p = parent.get(k);
        while (!p.equals(k)) {
            k = p;
            p = parent.get(k);
        }
        return k;
    }

    private static void union(Map<String, String> parent, String a, String b) {
        String ra = find(parent, a), rb = find(parent, b);
        if (ra.equals(rb)) return;
        // the vocabulary key wins, so a defined acronym of a known concept stays that concept
        if (rb.startsWith("v:") && !ra.startsWith("v:")) parent.put(ra, rb);
        else parent.put(rb, ra);
    }

    private static void decideType(Group g, Vocabulary vocabulary) {
        if (g.vocabularyId != null) {
            Vocabulary.Entry e = vocabulary.byId(g.vocabularyId).orElseThrow();
            g.type = e.type();
            g.typeConfidence = 1.0;
            return;
        }
        Map<EntityType, Double> votes = new java.util.EnumMap<>(EntityType.class);
        for (Candidate m : g.members) m.typeVotes.forEach((t, w) -> votes.merge(t, w, Double::sum));
        double total = votes.values().stream().mapToDouble(Double::doubleValue).sum();
        EntityType best = votes.entrySet().stream()
                .max(Map.Entry.<EntityType, Double>comparingByValue().thenComparing(e -> -e.getKey().ordinal()))
                .map(Map.Entry::getKey).orElse(EntityType.METHOD);
        g.type = best;
        g.typeConfidence = total == 0 ? 0.3 : votes.getOrDefault(best, 0.0) / total;
    }

    List<Group> groups() {
        return groups;
    }

    Group groupOf(Candidate c) {
        return groupOf.get(c);
    }

    /** Every group's name: the vocabulary label, else a definition's long form, else its surest surface form. */
    void name(NoteContext note) {
        for (Group g : groups) {
            if (g.vocabularyId != null) {
                g.name = note.vocabulary().byId(g.vocabularyId).orElseThrow().prefLabel();
                continue;
            }
            Candidate best = g.members.stream().filter(m -> m.longForm).findFirst()
                    .orElseGet(() -> g.members.stream().max(Comparator.comparingDouble((Candidate m) -> m.confidence)
                            .thenComparing(m -> -m.sentence.index() * 1000 - m.from)).orElseThrow());
            g.name = best.surface(note.text());
        }
    }
}
