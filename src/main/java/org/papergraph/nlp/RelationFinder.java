package org.papergraph.nlp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Entity → entity statements of one note:
 * <ul>
 * <li>{@code variantOf}: a name built on another name by a prefix (KL-Shampoo of Shampoo, 8-bit Adam of Adam),
 *     or "X, a variant / an extension of Y";</li>
 * <li>{@code outperforms}: X outperforms / surpasses / beats Y, and "superior … compared to Y" (not "matches");</li>
 * <li>{@code appliedTo}: X applied to / used in / reframing a task or model Y, and the title's "X for TASK".</li>
 * </ul>
 * A subject that is a pronoun or a bare class noun ("the method", "which", "it") stands for the note's main
 * proposed entity.
 */
final class RelationFinder {

    private static final Set<String> VARIANT_NOUNS = Set.of("variant", "extension", "generalization", "generalisation",
            "version", "modification", "adaptation", "refinement", "improvement");
    private static final Set<String> PLACEHOLDER_SUBJECTS = Set.of("it", "which", "that", "this", "method", "approach",
            "framework", "model", "system", "technique", "algorithm", "we", "paper", "work", "design", "they");

    private final NoteContext note;
    private final EntityGrouping grouping;
    private final Map<String, Extraction.Relation> found = new LinkedHashMap<>();
    private final Map<EntityGrouping.Group, Integer> ids;
    private final EntityGrouping.Group mainProposed;

    RelationFinder(NoteContext note, EntityGrouping grouping, Map<EntityGrouping.Group, Integer> ids) {
        this.note = note;
        this.grouping = grouping;
        this.ids = ids;
        this.mainProposed = grouping.groups().stream()
                .filter(g -> ids.containsKey(g) && g.role == Role.PROPOSES && (g.type == EntityType.METHOD || g.type == EntityType.MODEL))
                .max((a, b) -> Double.compare(a.confidence, b.confidence)).orElse(null);
    }

    List<Extraction.Relation> find() {
        nameVariants();
        for (ParsedSentence s : note.sentences()) {
            for (int t = 0; t < s.size(); t++) {
                if (s.isVerb(t) && note.lexicon().hasCue(s.lemma(t), Lexicon.Cue.OUTPERFORM)) outperformsVerb(s, t);
                if ((s.isVerb(t) || s.isAdjective(t)) && isComparisonWord(s.lemma(t))) outperformsComparison(s, t);
                if (s.isVerb(t) && note.lexicon().hasCue(s.lemma(t), Lexicon.Cue.APPLY)) appliedVerb(s, t);
                if (s.isNoun(t) && VARIANT_NOUNS.contains(s.lemma(t).toLowerCase(Locale.ROOT))) variantNoun(s, t);
            }
            appliedPrepositions(s);
        }
        titleTask();
        return new ArrayList<>(found.values());
    }

    private void add(EntityGrouping.Group subject, String predicate, EntityGrouping.Group object, int sentence, String rule, double confidence) {
        if (subject == null || object == null || subject == object) return;
        Integer s = ids.get(subject), o = ids.get(object);
        if (s == null || o == null) return;
        found.putIfAbsent(s + " " + predicate + " " + o, new Extraction.Relation(s, predicate, o, sentence, rule, confidence));
    }

    /** The entity a token belongs to, or null. */
    private EntityGrouping.Group at(ParsedSentence s, int token) {
        for (EntityGrouping.Group g : grouping.groups()) {
            for (Candidate m : g.members) if (m.sentence == s && m.covers(token)) return g;
        }
        return null;
    }

    /** The entity a subject stands for: itself, or the main proposed entity for "it", "the method", "which". */
    private EntityGrouping.Group subjectEntity(ParsedSentence s, int token) {
        EntityGrouping.Group g = at(s, token);
        if (g != null) return g;
        if (PLACEHOLDER_SUBJECTS.contains(s.lemma(token).toLowerCase(Locale.ROOT))) {
            ParsedSentence.Arc up = s.governor(token);
            // "X, which outperforms …": a relative pronoun stands for the noun the clause modifies
            if (up != null) {
                ParsedSentence.Arc clause = s.governor(up.token());
                if (clause != null && clause.relation().startsWith("acl")) {
                    EntityGrouping.Group antecedent = at(s, clause.token());
                    if (antecedent != null) return antecedent;
                }
            }
            return mainProposed;
        }
        return null;
    }

    private List<EntityGrouping.Group> entitiesAt(ParsedSentence s, int token) {
        List<EntityGrouping.Group> out = new ArrayList<>();
        EntityGrouping.Group g = at(s, token);
        if (g != null) out.add(g);
        for (ParsedSentence.Arc a : s.children(token)) {
            if (a.relation().startsWith("conj") || a.relation().equals("appos")) {
                EntityGrouping.Group c = at(s, a.token());
                if (c != null && !out.contains(c)) out.add(c);
            }
        }
        return out;
    }

    private void nameVariants() {
        for (EntityGrouping.Group g : grouping.groups()) {
            if (!g.discovered() || g.generic) continue;
            for (EntityGrouping.Group base : grouping.groups()) {
                if (base == g || base.generic || !base.nameLike()) continue;
                for (Candidate m : base.members) {
                    String baseForm = m.surface(note.text());
                    String name = g.name;
                    boolean prefixed = name.endsWith("-" + baseForm) || name.endsWith(" " + baseForm);
                    if (prefixed && name.length() > baseForm.length() + 1) {
                        add(g, "variantOf", base, m.sentence.index(), "derived-name", 0.85);
                    }
                }
            }
        }
    }

    private void variantNoun(ParsedSentence s, int noun) {
        EntityGrouping.Group variant = null;
        ParsedSentence.Arc up = s.governor(noun);
        if (up != null && up.relation().equals("appos")) variant = at(s, up.token());
        for (ParsedSentence.Arc a : s.children(noun)) {
            if (a.relation().equals("nsubj") && !s.children(noun, "cop").isEmpty()) variant = subjectEntity(s, a.token());
        }
        if (variant == null) return;
        for (ParsedSentence.Arc a : s.children(noun)) {
            if (a.relation().equals("nmod:of")) {
                for (EntityGrouping.Group base : entitiesAt(s, a.token())) add(variant, "variantOf", base, s.index(), "variant-of-phrase", 0.8);
            }
        }
    }

    private void outperformsVerb(ParsedSentence s, int verb) {
        List<EntityGrouping.Group> subjects = new ArrayList<>();
        for (int subj : Dependencies.subjects(s, verb, false)) {
            EntityGrouping.Group g = subjectEntity(s, subj);
            if (g != null) subjects.add(g);
        }
        if (subjects.isEmpty()) {
            // "…, surpassing state-of-the-art methods": a participle's doer is its clause's subject or the contribution
            ParsedSentence.Arc up = s.governor(verb);
            if (up != null && (up.relation().startsWith("advcl") || up.relation().startsWith("acl") || up.relation().equals("xcomp"))) {
                EntityGrouping.Group g = at(s, up.token());
                subjects.add(g != null ? g : mainProposed);
            } else if (mainProposed != null && Dependencies.paperIsDoer(s, verb, note.lexicon())) {
                subjects.add(mainProposed);
            }
        }
        for (ParsedSentence.Arc a : s.children(verb)) {
            if (a.relation().equals("obj") || a.relation().equals("obl:over") || a.relation().equals("obl:than")) {
                for (EntityGrouping.Group o : entitiesAt(s, a.token())) {
                    for (EntityGrouping.Group subj : subjects) add(subj, "outperforms", o, s.index(), "outperform-verb", 0.8);
                }
            }
        }
    }

    private static boolean isComparisonWord(String lemma) {
        return lemma.equals("superior") || lemma.equals("better") || lemma.equals("compare");
    }

    /** "superior generalization … compared to Activation Steering", "better than Y". */
    private void outperformsComparison(ParsedSentence s, int t) {
        boolean favourable = false;
        for (int k = Math.max(0, t - 8); k < Math.min(s.size(), t + 2); k++) {
            String l = s.lemma(k).toLowerCase(Locale.ROOT);
            if (l.equals("superior") || l.equals("better") || l.equals("outperform") || l.equals("improved")) favourable = true;
        }
        if (!favourable) return;
        for (ParsedSentence.Arc a : s.children(t)) {
            if (a.relation().equals("obl:to") || a.relation().equals("obl:with") || a.relation().equals("obl:than")
                    || a.relation().equals("nmod:than")) {
                for (EntityGrouping.Group o : entitiesAt(s, a.token())) {
                    EntityGrouping.Group subj = sentenceSubject(s);
                    add(subj != null ? subj : mainProposed, "outperforms", o, s.index(), "comparison", 0.7);
                }
            }
        }
    }

    private EntityGrouping.Group sentenceSubject(ParsedSentence s) {
        int root = s.root();
        if (root < 0) return null;
        for (int subj : Dependencies.subjects(s, root, false)) {
            EntityGrouping.Group g = subjectEntity(s, subj);
            if (g != null) return g;
        }
        return null;
    }

    private void appliedVerb(ParsedSentence s, int verb) {
        EntityGrouping.Group subject = null;
        for (int subj : Dependencies.subjects(s, verb, false)) subject = subjectEntity(s, subj);
        if (subject == null) {
            ParsedSentence.Arc up = s.governor(verb);
            if (up != null && up.relation().startsWith("acl")) subject = at(s, up.token());
            if (subject == null && Dependencies.paperIsDoer(s, verb, note.lexicon())) subject = mainProposed;
        }
        if (subject == null) return;
        for (ParsedSentence.Arc a : s.children(verb)) {
            String rel = a.relation();
            boolean target = rel.equals("obl:in") || rel.equals("obl:to") || rel.equals("obl:into") || rel.equals("obl:for")
                    || (rel.equals("obj") && !note.lexicon().hasCue(s.lemma(verb), Lexicon.Cue.USE));
            if (!target) continue;
            for (EntityGrouping.Group o : entitiesAt(s, a.token())) {
                if (o.type == EntityType.TASK || o.type == EntityType.MODEL && rel.startsWith("obl")) {
                    add(subject, "appliedTo", o, s.index(), "apply-verb", 0.7);
                }
            }
        }
    }

    /** "deep matrix factorization … in matrix completion", "a framework for material property prediction". */
    private void appliedPrepositions(ParsedSentence s) {
        for (EntityGrouping.Group g : grouping.groups()) {
            if (!(g.type == EntityType.METHOD || g.type == EntityType.MODEL) || g.generic) continue;
            for (Candidate m : g.members) {
                if (m.sentence != s) continue;
                int head = m.head();
                List<Integer> from = new ArrayList<>(List.of(head));
                ParsedSentence.Arc up = s.governor(head);
                if (up != null && (up.relation().equals("appos") || up.relation().equals("nsubj"))) from.add(up.token());
                for (int x : from) {
                    for (ParsedSentence.Arc a : s.children(x)) {
                        if (!(a.relation().equals("nmod:in") || a.relation().equals("nmod:for") || a.relation().equals("nmod:to"))) continue;
                        for (EntityGrouping.Group o : entitiesAt(s, a.token())) {
                            if (o.type == EntityType.TASK || (o.type == EntityType.MODEL && o.nameLike())) {
                                add(g, "appliedTo", o, s.index(), "applied-in", 0.65);
                            }
                        }
                    }
                }
            }
        }
    }

    /** A title "X for Y" where the note proposes X and names the task Y. */
    private void titleTask() {
        if (mainProposed == null || note.title() == null) return;
        String title = LabelKeys.normalise(note.title());
        int forAt = title.lastIndexOf(" for ");
        if (forAt < 0) return;
        String tail = " " + title.substring(forAt + 5) + " ";
        for (EntityGrouping.Group g : grouping.groups()) {
            if (g.type != EntityType.TASK || g.generic) continue;
            for (Candidate m : g.members) {
                if (tail.contains(" " + LabelKeys.normalise(m.surface(note.text())) + " ")) {
                    add(mainProposed, "appliedTo", g, m.sentence.index(), "title-for-task", 0.6);
                    break;
                }
            }
        }
    }
}
