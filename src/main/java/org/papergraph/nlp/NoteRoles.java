package org.papergraph.nlp;

import java.util.List;
import java.util.Locale;

/**
 * Roles that only the whole note shows. A summary introduces its contribution in recognisable ways: it defines
 * an acronym for a name no vocabulary knows, the title opens with the name ("MoMa: …"), the name is the subject
 * of the first sentence or of "achieves"/"outperforms", or a copula defines it ("MoMa is a … framework"); a name
 * built on a proposed name ("MoMa Hub") is proposed too. Concepts and tasks the title names are what it studies.
 */
final class NoteRoles {

    static final double COINED = 0.8;

    private NoteRoles() {}

    static void apply(EntityGrouping grouping, NoteContext note) {
        String titleName = titleName(note.title());
        String titleKeyText = " " + LabelKeys.normalise(note.title()) + " ";
        List<EntityGrouping.Group> groups = grouping.groups();
        for (EntityGrouping.Group g : groups) {
            if (g.generic) continue;
            boolean explicitUse = g.members.stream().anyMatch(m -> "use-verb".equals(m.roleRule) || "trained-on".equals(m.roleRule));
            if (g.discovered() && g.hasDefinition() && !explicitUse) promote(g, "acronym-coinage", COINED);
            if (titleName != null && g.members.stream().anyMatch(m -> LabelKeys.key(m.surface(note.text())).equals(LabelKeys.key(titleName)))) {
                promote(g, "title-name", 0.9);
            }
            if (g.discovered() && g.nameLike() && !explicitUse) {
                for (Candidate m : g.members) {
                    if (isContributionSubject(m, note)) promote(g, "contribution-subject", 0.75);
                }
            }
        }
        for (EntityGrouping.Group g : groups) {
            if (g.generic || g.role == Role.PROPOSES || !g.discovered()) continue;
            for (EntityGrouping.Group p : groups) {
                if (p != g && p.role == Role.PROPOSES && p.discovered() && containsWord(g.name, p.name)) {
                    promote(g, "part-of-proposed", 0.7);
                    break;
                }
            }
        }
        for (EntityGrouping.Group g : groups) {
            if (g.role == Role.PROPOSES || g.generic) continue;
            if ((g.type == EntityType.CONCEPT || g.type == EntityType.TASK)
                    && g.members.stream().anyMatch(m -> titleKeyText.contains(" " + LabelKeys.normalise(m.surface(note.text())) + " "))) {
                g.role = Role.STUDIES;
                g.roleRule = "title-topic";
            }
        }
    }

    private static void promote(EntityGrouping.Group g, String rule, double confidence) {
        if (g.role == Role.PROPOSES) return;
        g.role = Role.PROPOSES;
        g.roleRule = rule;
        g.confidence = Math.max(g.confidence, confidence);
    }

    /** The name before a title's colon, when it is short enough to be a name ("CHAMMI-75: Pre-training …"). */
    static String titleName(String title) {
        if (title == null) return null;
        int colon = title.indexOf(':');
        if (colon <= 0) return null;
        String head = title.substring(0, colon).strip();
        return head.split("\\s+").length <= 4 ? head : null;
    }

    /** Subject of the first sentence's main verb, or of a verb that reports a result (achieves, outperforms). */
    private static boolean isContributionSubject(Candidate m, NoteContext note) {
        ParsedSentence s = m.sentence;
        ParsedSentence.Arc g = s.governor(m.head());
        if (g == null || !(g.relation().equals("nsubj"))) return false;
        String lemma = s.lemma(g.token());
        boolean firstSentenceRoot = s.index() == 0 && g.token() == s.root();
        boolean copula = !s.children(g.token(), "cop").isEmpty();
        boolean reportsResult = note.lexicon().hasCue(lemma, Lexicon.Cue.OUTPERFORM)
                || lemma.equals("achieve") || lemma.equals("attain") || lemma.equals("reach");
        return firstSentenceRoot || copula || reportsResult;
    }

    private static boolean containsWord(String name, String part) {
        String n = " " + name.toLowerCase(Locale.ROOT) + " ";
        return !name.equalsIgnoreCase(part) && n.contains(" " + part.toLowerCase(Locale.ROOT) + " ");
    }
}
