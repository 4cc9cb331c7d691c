package org.papergraph.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The {@code outperforms} statements of a sentence: an outperform verb and its objects ("X outperforms / surpasses /
 * beats Y", "…, surpassing Y"), a favourable comparison ("superior … compared to Y", "better than Y"; not
 * "matches"), and a gain over another system ("improves pass@1 over GRPO", "gains of +9.2 CIDEr over GeoChat").
 * The statements go to the {@link RelationFinder} that owns the note's relations.
 */
final class Comparisons {

    /** Where a statement goes: subject, predicate, object, sentence index, rule, confidence. */
    interface Sink {
        void add(EntityGrouping.Group subject, String predicate, EntityGrouping.Group object, int sentence, String rule, double confidence);
    }

    private final NoteContext note;
    private final ArgumentEntities args;
    private final EntityGrouping.Group mainProposed;
    private final Sink sink;

    Comparisons(NoteContext note, ArgumentEntities args, EntityGrouping.Group mainProposed, Sink sink) {
        this.note = note;
        this.args = args;
        this.mainProposed = mainProposed;
        this.sink = sink;
    }

    /** The statements token {@code t} of the sentence makes. */
    void find(ParsedSentence s, int t) {
        if (s.isVerb(t) && note.lexicon().hasCue(s.lemma(t), Lexicon.Cue.OUTPERFORM)) outperformsVerb(s, t);
        if ((s.isVerb(t) || s.isAdjective(t)) && isComparisonWord(s.lemma(t))) outperformsComparison(s, t);
        comparisonArcs(s, t);
        preferredOver(s, t);
        gainOver(s, t);
        fewerCostsThan(s, t);
        contrastedFailure(s, t);
    }

    /**
     * "EWC keeps high accuracy on all tasks, whereas plain SGD forgets catastrophically and an L2 penalty on the
     * weights is too rigid": a system said to fail in a clause set against the main one by "whereas" or "while" does
     * worse than the main clause's doer. The failure is a verb of failing (cue-verbs.tsv: fail) or "too" + adjective.
     */
    private void contrastedFailure(ParsedSentence s, int verb) {
        for (ParsedSentence.Arc a : s.children(verb)) {
            if (!(a.relation().equals("advcl:whereas") || a.relation().equals("advcl:while"))) continue;
            int clause = a.token();
            boolean fails = s.isVerb(clause) && note.lexicon().hasCue(s.lemma(clause).toLowerCase(Locale.ROOT), Lexicon.Cue.FAIL);
            for (int adverb : s.children(clause, "advmod")) fails |= s.word(adverb).equalsIgnoreCase("too");
            if (!fails) continue;
            EntityGrouping.Group doer = args.doerOf(s, verb);
            if (doer == null || !isSystem(doer)) continue;
            for (int subj : Dependencies.subjects(s, clause, false)) {
                List<EntityGrouping.Group> failing = new ArrayList<>(args.entitiesAt(s, subj));
                // "RTN (round-to-nearest) quantization collapses": the name says which quantization; the head noun's
                // own entity is the kind, not the system compared
                EntityGrouping.Group head = args.at(s, subj);
                for (int modifier : s.children(subj, "compound")) {
                    EntityGrouping.Group named = args.at(s, modifier);
                    if (named != null && named != head) failing.remove(head);
                }
                for (EntityGrouping.Group o : failing) {
                    if (o != doer && isSystem(o)) add(doer, "outperforms", o, s.index(), "contrasted-failure", 0.65);
                }
            }
        }
    }

    /**
     * "FedAvg needs 10-100x fewer communication rounds than the FedSGD baseline", "makes 55% fewer errors than Y",
     * "with less memory than Y": fewer of a cost than another system is doing better than it. Only costs and failures
     * (cost-nouns.txt): "solves fewer problems than Y" is doing worse.
     */
    private void fewerCostsThan(ParsedSentence s, int noun) {
        if (!s.isNoun(noun) || !note.lexicon().isCostNoun(s.lemma(noun))) return;
        boolean fewer = false;
        for (int a : s.children(noun, "amod")) fewer |= FEWER.contains(s.word(a).toLowerCase(Locale.ROOT));
        if (!fewer) return;
        List<Integer> than = new ArrayList<>(s.children(noun, "nmod:than"));
        if (than.isEmpty()) return;
        EntityGrouping.Group doer = args.doerOf(s, Dependencies.governingVerb(s, noun));
        if (doer == null) return;
        for (int o : than) {
            for (EntityGrouping.Group compared : args.entitiesAt(s, o)) add(doer, "outperforms", compared, s.index(), "fewer-costs", 0.7);
        }
    }

    private static final Set<String> FEWER = Set.of("fewer", "less", "lower", "smaller");

    private void add(EntityGrouping.Group subject, String predicate, EntityGrouping.Group object, int sentence, String rule, double confidence) {
        sink.add(subject, predicate, object, sentence, rule, confidence);
    }

    private static boolean isSystem(EntityGrouping.Group g) {
        return RelationFinder.isSystem(g);
    }

    private void outperformsVerb(ParsedSentence s, int verb) {
        List<EntityGrouping.Group> subjects = new ArrayList<>();
        for (int subj : Dependencies.subjects(s, verb, false)) {
            EntityGrouping.Group g = args.subjectEntity(s, subj);
            if (g != null) subjects.add(g);
        }
        EntityGrouping.Group adjacent = adjacentDoer(s, verb);
        if (adjacent != null) subjects = new ArrayList<>(List.of(adjacent));
        ParsedSentence.Arc up = s.governor(verb);
        if (subjects.isEmpty() && Dependencies.subjects(s, verb, false).isEmpty()) {
            // "…, surpassing state-of-the-art methods": a participle's doer is its clause's subject or the contribution
            // (the parser may leave a participle set off by a comma as a bare "dep" of the main verb)
            boolean participle = up != null && up.relation().equals("dep") && s.tag(verb).equals("VBG") && verb > 0 && s.word(verb - 1).equals(",");
            if (up != null && (up.relation().startsWith("advcl") || up.relation().startsWith("acl") || up.relation().equals("xcomp") || participle)) {
                EntityGrouping.Group g = args.at(s, up.token());
                // a participle hung on the nearest noun ("… on LiveCodeBench, outperforming CodeRL") is the clause's
                // doer's, not that noun's, when the noun is no method or model
                if (g == null || !isSystem(g)) g = args.sentenceSubject(s);
                subjects.add(g != null ? g : mainProposed);
            } else if (mainProposed != null && Dependencies.paperIsDoer(s, verb, note.lexicon())) {
                subjects.add(mainProposed);
            }
        }
        if (subjects.isEmpty() && up != null && up.relation().startsWith("conj")) {
            // "PruneLens cuts … and outperforms FastV": coordinated verbs share their subject
            for (int subj : Dependencies.subjects(s, up.token(), false)) {
                EntityGrouping.Group g = args.subjectEntity(s, subj);
                if (g != null) subjects.add(g);
            }
        }
        List<Integer> objects = new ArrayList<>();
        for (ParsedSentence.Arc a : s.children(verb)) {
            // the parser gives a direct object as iobj when the next phrase looks like a second object
            // ("surpasses Llama 2 13B – Chat on …")
            String r = a.relation();
            if (r.equals("obj") || r.equals("iobj") || r.equals("obl:over") || r.equals("obl:than")) objects.add(a.token());
        }
        if (objects.isEmpty() && up != null && up.relation().equals("amod") && s.word(verb).toLowerCase(Locale.ROOT).endsWith("ing")) {
            // "…, surpassing R2D2 in mean score": the participle parsed as an adjective of the name it governs
            objects.add(up.token());
            if (subjects.isEmpty()) {
                EntityGrouping.Group doer = args.sentenceSubject(s);
                if (doer != null || mainProposed != null) subjects.add(doer != null ? doer : mainProposed);
            }
        }
        if (objects.isEmpty() && verb + 1 < s.size() && args.at(s, verb + 1) != null) {
            // "matches or exceeds XLNet and every other model published after BERT": the parser made the name the
            // subject of what follows; a name right after the verb is still its object
            objects.add(verb + 1);
        }
        for (int object : objects) {
            List<EntityGrouping.Group> compared = new ArrayList<>(args.entitiesAt(s, object));
            compared.addAll(args.pronounAntecedents(s, object, subjects));
            // "outperforming RLHF-V and POVID": when the parse loses the list, the words still show it
            for (EntityGrouping.Group g : args.surfaceList(s, object)) if (!compared.contains(g)) compared.add(g);
            for (EntityGrouping.Group o : compared) {
                for (EntityGrouping.Group subj : subjects) add(subj, "outperforms", o, s.index(), "outperform-verb", 0.8);
            }
        }
    }

    /**
     * "… and in language modeling Mamba-3B outperforms Transformers": a fronted phrase can make the parser take the
     * name right before the verb for part of that phrase ({@code obl:in}) and give the verb the first clause's
     * subject. A method or model hung on the verb from just before it, other than as its subject, is its doer.
     */
    private EntityGrouping.Group adjacentDoer(ParsedSentence s, int verb) {
        if (verb == 0) return null;
        for (ParsedSentence.Arc a : s.children(verb)) {
            String r = a.relation();
            if (a.token() != verb - 1 || !(r.startsWith("obl") || r.equals("dep"))) continue;
            EntityGrouping.Group g = args.at(s, a.token());
            if (g != null && isSystem(g) && g.nameLike()) return g;
        }
        // "On a new … test set Skip-gram surpasses …": the parser made the verb a clause of the noun before the name
        // and left it without a subject; the name written right before it is its doer
        ParsedSentence.Arc up = s.governor(verb);
        if (up != null && up.relation().startsWith("acl") && Dependencies.subjects(s, verb, false).isEmpty()
                && s.isFiniteVerb(verb)) {
            EntityGrouping.Group g = args.at(s, verb - 1);
            if (g != null && isSystem(g) && g.nameLike()) return g;
        }
        return null;
    }

    /**
     * "The resulting InstructGPT models are preferred by human labelers over the 175B GPT-3": what judges prefer
     * over another system outperforms it (a preference evaluation's verdict).
     */
    private void preferredOver(ParsedSentence s, int verb) {
        if (!s.isVerb(verb) || !s.lemma(verb).equalsIgnoreCase("prefer") || !Dependencies.isPassive(s, verb)) return;
        List<EntityGrouping.Group> subjects = new ArrayList<>();
        for (int subj : Dependencies.subjects(s, verb, true)) {
            EntityGrouping.Group g = args.subjectEntity(s, subj);
            if (g != null) subjects.add(g);
        }
        for (ParsedSentence.Arc a : s.children(verb)) {
            if (!(a.relation().equals("obl:over") || a.relation().equals("obl:to"))) continue;
            for (EntityGrouping.Group o : args.entitiesAt(s, a.token())) {
                for (EntityGrouping.Group subj : subjects) add(subj, "outperforms", o, s.index(), "preferred-over", 0.7);
            }
        }
    }

    /**
     * A gain stated against another system: "improves pass@1 on MATH over single-agent GRPO", "reports gains of
     * +9.2 CIDEr over GeoChat". Only verbs and nouns of improvement: "reduces latency over Y" depends on the measure.
     */
    private void gainOver(ParsedSentence s, int t) {
        String lemma = s.lemma(t).toLowerCase(Locale.ROOT);
        boolean verb = s.isVerb(t) && isImproveVerb(lemma);
        boolean noun = s.isNoun(t) && GAIN_NOUNS.contains(lemma);
        if (!verb && !noun) return;
        List<Integer> over = new ArrayList<>();
        for (ParsedSentence.Arc a : s.children(t)) {
            if (isOver(a)) over.add(a.token());
            // the "over" phrase hung on the verb's argument: "improves FVD on VGGSound over MM-Diffusion"
            if (verb && !isOver(a) && (Dependencies.isObjectRelation(a.relation()) || a.relation().startsWith("obl") || a.relation().equals("xcomp"))) {
                for (ParsedSentence.Arc b : s.children(a.token())) if (isOver(b)) over.add(b.token());
            }
        }
        // "matches or improves over PPO": the parser hangs the shared argument on the first of the coordinated verbs
        for (ParsedSentence.Arc shared : verb && over.isEmpty() ? s.governors(t) : List.<ParsedSentence.Arc>of()) {
            if (!shared.relation().startsWith("conj") || !s.isVerb(shared.token())) continue;
            for (ParsedSentence.Arc a : s.children(shared.token())) if (isOver(a)) over.add(a.token());
        }
        if (over.isEmpty()) return;
        // a gain no verb governs is the contribution's ("… and report gains of +9.2 CIDEr over GeoChat")
        EntityGrouping.Group doer = noun ? args.doerOf(s, Dependencies.governingVerb(s, t)) : args.doerOf(s, t);
        if (doer == null && noun) doer = mainProposed;
        if (doer == null) return;
        for (int o : over) {
            List<EntityGrouping.Group> compared = args.entitiesAt(s, o);
            // "improving over the previous state of the art, SimCLR and MoCo v2": the systems named in apposition to
            // the placeholder, as written
            if (RoleCues.isStateOfTheArt(s, o)) {
                int art = o;
                for (ParsedSentence.Arc a : s.children(o)) if (a.relation().equals("nmod:of")) art = Math.max(art, a.token());
                if (art + 1 < s.size() && s.word(art + 1).equals(",")) {
                    for (EntityGrouping.Group g : args.listAfter(s, art + 1)) if (!compared.contains(g)) compared.add(g);
                }
            }
            for (EntityGrouping.Group g : compared) add(doer, "outperforms", g, s.index(), "gain-over", 0.7);
        }
    }

    private static boolean isOver(ParsedSentence.Arc a) {
        return a.relation().equals("obl:over") || a.relation().equals("nmod:over");
    }

    private static final Set<String> IMPROVE_VERBS = Set.of("improve", "boost", "lift", "raise", "increase");
    private static final Set<String> GAIN_NOUNS = Set.of("gain", "improvement", "speedup", "speed-up");

    /** A verb of improvement: "improve", "boost", "lift", "raise", "increase". */
    static boolean isImproveVerb(String lemma) {
        return IMPROVE_VERBS.contains(lemma.toLowerCase(Locale.ROOT));
    }

    static boolean isComparisonWord(String lemma) {
        return lemma.equals("superior") || lemma.equals("better") || lemma.equals("compare");
    }

    /** "superior generalization … compared to Activation Steering", "better than Y". */
    private void outperformsComparison(ParsedSentence s, int t) {
        boolean favourable = false;
        for (int k = Math.max(0, t - 8); k < Math.min(s.size(), t + 2); k++) {
            if (NEAR_FAVOURABLE.contains(s.lemma(k).toLowerCase(Locale.ROOT)) || NEAR_FAVOURABLE.contains(s.word(k).toLowerCase(Locale.ROOT))) {
                favourable = true;
            }
        }
        if (!favourable) return;
        for (ParsedSentence.Arc a : s.children(t)) {
            if (a.relation().equals("obl:to") || a.relation().equals("obl:with") || a.relation().equals("obl:than")
                    || a.relation().equals("nmod:than")) {
                for (EntityGrouping.Group o : args.entitiesAt(s, a.token())) {
                    EntityGrouping.Group subj = args.sentenceSubject(s);
                    add(subj != null ? subj : mainProposed, "outperforms", o, s.index(), "comparison", 0.7);
                }
            }
        }
    }

    /**
     * Enhanced dependencies turn "superior … compared to Y" into a relation label ({@code advcl:compared_to});
     * a favourable word in the sentence makes it an outperforms. A result "well above Y" or "far ahead of Y" is
     * favourable by itself.
     */
    private void comparisonArcs(ParsedSentence s, int t) {
        for (ParsedSentence.Arc a : s.children(t)) {
            String r = a.relation();
            boolean ahead = r.endsWith(":above") || r.endsWith(":ahead_of");
            if (!(ahead || r.endsWith(":compared_to") || r.endsWith(":compared_with") || r.endsWith(":relative_to") || r.endsWith(":than"))) continue;
            if (!ahead && !favourable(s)) continue;
            EntityGrouping.Group subj = null;
            if (s.isVerb(t)) for (int x : Dependencies.subjects(s, t, false)) if (subj == null) subj = args.subjectEntity(s, x);
            if (subj == null) subj = args.sentenceSubject(s);
            if (subj == null) subj = mainProposed;
            for (EntityGrouping.Group o : args.entitiesAt(s, a.token())) add(subj, "outperforms", o, s.index(), "comparison", 0.7);
        }
    }

    /** A favourable word anywhere in the sentence; comparatives by word form, since their lemma is the positive ("high"). */
    private static boolean favourable(ParsedSentence s) {
        for (int k = 0; k < s.size(); k++) {
            if (FAVOURABLE.contains(s.lemma(k).toLowerCase(Locale.ROOT)) || FAVOURABLE.contains(s.word(k).toLowerCase(Locale.ROOT))) return true;
        }
        return false;
    }

    /** The favourable words that must stand near a "compared to" or "than" to make it an outperforms. */
    private static final Set<String> NEAR_FAVOURABLE = Set.of("superior", "better", "outperform", "improved");

    private static final Set<String> FAVOURABLE = Set.of("superior", "better", "outperform", "higher", "stronger", "faster",
            "improved", "improvement", "gain");
}
