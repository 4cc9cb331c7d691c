package org.papergraph.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The named models a note's methods act on: {@code appliedTo} a model a proposed method trains, is tried on or is
 * applied to ("large-batch training of ResNet-50", "On Qwen2.5-7B, both cut …", "experiments on GPT-3"), a method a
 * named model is trained with ("optimized through SFT and RLHF"), and {@code variantOf} a model trained from another
 * ("fine-tuned from Mistral 7B"). The statements go to the {@link RelationFinder} that owns the note's relations.
 */
final class ModelTargets {

    /** Nouns for what is done to a model ("large-batch training of ResNet-50"): the model is the method's target. */
    private static final Set<String> REGIME_NOUNS = Set.of("training", "fine-tuning", "finetuning", "pre-training",
            "pretraining", "post-training", "tuning", "inference", "deployment", "distillation", "quantization",
            "quantisation", "compression", "adaptation", "alignment", "serving", "decoding");

    private final NoteContext note;
    private final EntityGrouping grouping;
    /** Whether an entity made it into the extraction (generic terms did not). */
    private final Predicate<EntityGrouping.Group> kept;
    private final ArgumentEntities args;
    private final EntityGrouping.Group mainProposed;
    private final Comparisons.Sink sink;

    ModelTargets(NoteContext note, EntityGrouping grouping, Predicate<EntityGrouping.Group> kept, ArgumentEntities args,
                 EntityGrouping.Group mainProposed, Comparisons.Sink sink) {
        this.note = note;
        this.grouping = grouping;
        this.kept = kept;
        this.args = args;
        this.mainProposed = mainProposed;
        this.sink = sink;
    }

    /**
     * A named model a proposed method works on, reached through what the method does to it: "enabling forward-only
     * fine-tuning of OPT-13B", "removes warmup tuning in large-batch training of ResNet-50", "lifts the success rate
     * of a GPT-4o agent". The noun is a training regime, or what an improvement verb moves.
     */
    void regimeOf(ParsedSentence s, int noun) {
        ParsedSentence.Arc up = s.governor(noun);
        if (up == null) return;
        // the tagger often reads "pre-training", "fine-tuning" as verbs: the word decides
        boolean regime = REGIME_NOUNS.contains(s.word(noun).toLowerCase(Locale.ROOT)) || s.isNoun(noun)
                && REGIME_NOUNS.contains(s.lemma(noun).toLowerCase(Locale.ROOT));
        String verbLemma = s.lemma(up.token()).toLowerCase(Locale.ROOT);
        // "reduces the memory footprint of Llama-2-7B", "compresses the KV cache of Llama-3-8B": a measure moved or a
        // part operated on is the model's
        boolean moved = s.isNoun(noun) && up.relation().equals("obj") && s.isVerb(up.token())
                && (note.lexicon().hasCue(verbLemma, Lexicon.Cue.SHIFT_MEASURE) || note.lexicon().hasCue(verbLemma, Lexicon.Cue.OPERATE_ON));
        if (!regime && !moved) return;
        List<EntityGrouping.Group> models = new ArrayList<>();
        for (ParsedSentence.Arc of : s.children(noun)) {
            if (!(of.relation().equals("nmod:of") || of.relation().equals("obl:of"))) continue;
            List<Integer> heads = new ArrayList<>(List.of(of.token()));
            // "pre-training of Pythia-1B and fine-tuning of Falcon-7B" is often parsed with the second "of" phrase
            // hung on the first model
            for (ParsedSentence.Arc next : s.children(of.token())) if (next.relation().equals("nmod:of")) heads.add(next.token());
            for (int h : heads) {
                for (EntityGrouping.Group g : args.entitiesAt(s, h)) {
                    if (g.type == EntityType.MODEL && g.nameLike() && !models.contains(g)) models.add(g);
                }
            }
        }
        if (models.isEmpty()) return;
        EntityGrouping.Group doer = args.doerOf(s, s.isVerb(noun) ? noun : Dependencies.governingVerb(s, noun));
        if (doer == null || !RelationFinder.isSystem(doer) || doer.role != Role.PROPOSES) return;
        for (EntityGrouping.Group m : models) sink.add(doer, "appliedTo", m, s.index(), "regime-of-model", 0.65);
    }

    /**
     * "The Llama 2-Chat models are optimized through SFT and RLHF", "a ResNet-50 trained with SAM", "we fine-tune
     * GPT-3 with RLHF", "Llama-3-8B equipped with TokenDrop": a method a named model is trained or fitted out with is
     * applied to that model, whoever proposed it. A model
     * trained from another ("Mistral 7B – Instruct, a chat model fine-tuned from Mistral 7B", "distilled from") is a
     * variant of it.
     */
    void trainedWith(ParsedSentence s, int verb) {
        String lemma = s.lemma(verb).toLowerCase(Locale.ROOT);
        if (!note.lexicon().hasCue(lemma, Lexicon.Cue.TRAIN) && !note.lexicon().hasCue(lemma, Lexicon.Cue.EQUIP)) return;
        List<Integer> patients = new ArrayList<>();
        // a participle without an auxiliary is passive even when the parse gives it a subject ("A ResNet-50 trained
        // with SAM is the baseline")
        boolean participle = s.tag(verb).equals("VBN") && s.children(verb, "aux").isEmpty();
        for (ParsedSentence.Arc a : s.children(verb)) {
            String r = a.relation();
            if (r.equals("nsubj:pass") || r.equals("obj") || participle && r.equals("nsubj")) patients.add(a.token());
        }
        ParsedSentence.Arc up = s.governor(verb);
        if (up != null && up.relation().startsWith("acl") && s.isNoun(up.token())) {
            patients.add(up.token());
            // "X, a chat model fine-tuned from Y": the described noun stands for the name it is in apposition to
            ParsedSentence.Arc described = s.governor(up.token());
            if (described != null && described.relation().equals("appos")) patients.add(described.token());
        }
        List<EntityGrouping.Group> models = new ArrayList<>();
        for (int p : patients) {
            for (EntityGrouping.Group g : args.entitiesAt(s, p)) if (g.type == EntityType.MODEL && g.nameLike() && !g.generic) models.add(g);
        }
        if (models.isEmpty()) return;
        for (ParsedSentence.Arc a : s.children(verb)) {
            String r = a.relation();
            if (r.equals("obl:from")) {
                for (EntityGrouping.Group base : args.entitiesAt(s, a.token())) {
                    if (base.type != EntityType.MODEL || !base.nameLike() || base.generic) continue;
                    for (EntityGrouping.Group model : models) if (model != base) sink.add(model, "variantOf", base, s.index(), "trained-from", 0.7);
                }
                continue;
            }
            if (!(r.equals("obl:with") || r.equals("obl:through") || r.equals("obl:via") || r.equals("obl:using"))) continue;
            for (EntityGrouping.Group m : args.entitiesAt(s, a.token())) {
                if (m.type != EntityType.METHOD || m.generic) continue;
                for (EntityGrouping.Group model : models) if (model != m) sink.add(m, "appliedTo", model, s.index(), "trained-with", 0.6);
            }
        }
    }

    /**
     * "With TokenDrop, Llama-3-8B reaches 60%", "Llama-3-8B with TokenDrop halves …": a named model that acts with the
     * paper's own method is one the method is applied to. Only the proposed methods: "GPT-4 with chain-of-thought
     * prompting" in a list of baselines is the note's report of others' work. Comparisons are not acts of the model.
     */
    void actsWith(ParsedSentence s, int verb) {
        String lemma = s.lemma(verb).toLowerCase(Locale.ROOT);
        if (!s.isVerb(verb) || Comparisons.isComparisonWord(lemma) || note.lexicon().hasCue(lemma, Lexicon.Cue.OUTPERFORM)) return;
        List<EntityGrouping.Group> methods = new ArrayList<>();
        for (ParsedSentence.Arc a : s.children(verb)) {
            if (!a.relation().equals("obl:with")) continue;
            for (EntityGrouping.Group m : args.entitiesAt(s, a.token())) {
                if (m.type == EntityType.METHOD && m.role == Role.PROPOSES && !m.generic) methods.add(m);
            }
        }
        if (methods.isEmpty()) return;
        for (int subj : Dependencies.subjects(s, verb, false)) {
            for (EntityGrouping.Group model : args.entitiesAt(s, subj)) {
                if (model.type != EntityType.MODEL || !model.nameLike() || model.generic) continue;
                for (EntityGrouping.Group m : methods) sink.add(m, "appliedTo", model, s.index(), "acts-with", 0.6);
            }
        }
    }

    /**
     * "GPTQ quantizes OPT-175B and BLOOM-176B", "it trains BERT-large 15% faster", "speeds up GPT-2 by 3x": what a
     * method does to a named model (a training or an operating verb, active, the model its object) applies it to
     * that model. A model as the doer ("Codex-12B solves …") or a model the paper only trains with no method named
     * as the doer says nothing of the kind.
     */
    void operatedOn(ParsedSentence s, int verb) {
        String lemma = s.lemma(verb).toLowerCase(Locale.ROOT);
        if (!s.isVerb(verb) || Dependencies.isPassive(s, verb) || !(note.lexicon().hasCue(lemma, Lexicon.Cue.OPERATE_ON)
                || note.lexicon().hasCue(lemma, Lexicon.Cue.TRAIN))) return;
        EntityGrouping.Group doer = null;
        for (int subj : Dependencies.subjects(s, verb, false)) if (doer == null) doer = args.subjectEntity(s, subj);
        if (doer == null && Dependencies.paperIsDoer(s, verb, note.lexicon())) doer = mainProposed;
        if (doer == null || doer.type != EntityType.METHOD || doer.generic) return;
        for (ParsedSentence.Arc a : s.children(verb)) {
            // the parser gives the object as iobj when a second phrase follows ("trains BERT-large … 15% faster")
            if (!(a.relation().equals("obj") || a.relation().equals("iobj"))) continue;
            for (EntityGrouping.Group g : args.entitiesAt(s, a.token())) {
                if (g != doer && g.type == EntityType.MODEL && g.nameLike() && !g.generic) {
                    sink.add(doer, "appliedTo", g, s.index(), "operates-on", 0.65);
                }
            }
        }
    }

    /**
     * "demonstrates its effectiveness on top of MobileNets and ResNet", "F1 rises … on top of an improved BiDAF model":
     * a method put on top of a named model is applied to it, whatever the verb; the doer is the verb's.
     */
    void onTopOf(ParsedSentence s, int t) {
        for (ParsedSentence.Arc a : s.children(t)) {
            if (!(a.relation().equals("obl:on_top_of") || a.relation().equals("nmod:on_top_of"))) continue;
            EntityGrouping.Group doer = args.doerOf(s, s.isVerb(t) ? t : Dependencies.governingVerb(s, t));
            if (doer == null || doer.type != EntityType.METHOD || doer.generic) continue;
            for (EntityGrouping.Group g : args.entitiesAt(s, a.token())) {
                if (g != doer && g.type == EntityType.MODEL && g.nameLike() && !g.generic) {
                    sink.add(doer, "appliedTo", g, s.index(), "on-top-of", 0.65);
                }
            }
        }
    }

    /**
     * Named models the contribution is tried on: "experiments on GPT-3, LaMDA and PaLM", "applied to RoBERTa",
     * "replacing GELU in GPT-2", "distilling a teacher into DeiT-Ti students": a model in an "on / to / in / into" argument of a verb or evaluation noun of the sentence,
     * when the note proposes a method.
     */
    void underTest() {
        if (mainProposed == null || mainProposed.type != EntityType.METHOD) return;
        for (EntityGrouping.Group g : grouping.groups()) {
            if (g == mainProposed || g.type != EntityType.MODEL || g.role == Role.PROPOSES || !g.nameLike() || g.generic) continue;
            for (Candidate m : g.members) {
                ParsedSentence s = m.sentence;
                if (modifiesData(s, m)) continue;   // "the CC100+RoBERTa corpus" is data, not a model tried
                if (inFrontedOn(s, m)) {
                    for (EntityGrouping.Group doer : frontedDoers(s)) sink.add(doer, "appliedTo", g, s.index(), "fronted-on-model", 0.6);
                    continue;
                }
                for (Dependencies.Attachment a : Dependencies.attachments(s, m.head(), true, note.lexicon())) {
                    if (a.governor() < 0) continue;
                    String rel = a.relation();
                    boolean onTo = rel.equals("obl:on") || rel.equals("obl:to") || rel.equals("obl:in") || rel.equals("nmod:on")
                            || rel.equals("obl:across") || rel.equals("obl:into") || rel.equals("obj") && note.lexicon().hasCue(s.lemma(a.governor()), Lexicon.Cue.APPLY);
                    // "performs comparably to RoBERTa" names the standard of a comparison, not a model tried
                    if (rel.equals("obl:to") && (comparedAlike(s, a.governor()) || comparedAlike(s, m.head()))) continue;
                    if (onTo && (triedIn(s, a.governor())
                            // "Trained with PPO on Qwen2.5-Coder-7B": the parse hangs "on" on the noun, the verb trains
                            || rel.equals("nmod:on") && s.isNoun(a.governor()) && triedIn(s, Dependencies.governingVerb(s, a.governor())))) {
                        sink.add(mainProposed, "appliedTo", g, s.index(), "tried-on-model", 0.6);
                    }
                }
            }
        }
    }

    /**
     * The verb says how alike two things are: "performs comparably / similarly / equally to Y" (asked of the verb, and
     * of Y, on which the parser may hang the adverb).
     */
    private static boolean comparedAlike(ParsedSentence s, int verb) {
        for (int adverb : s.children(verb, "advmod")) {
            if (ALIKE.contains(s.word(adverb).toLowerCase(Locale.ROOT))) return true;
        }
        return false;
    }

    private static final java.util.Set<String> ALIKE = java.util.Set.of("comparably", "similarly", "equally", "close",
            "closely", "identically", "equivalently");

    /** The mention is a modifier of a noun that names data: "the CC100+RoBERTa corpus", "the GPT-4 judge set". */
    private boolean modifiesData(ParsedSentence s, Candidate m) {
        ParsedSentence.Arc up = s.governor(m.head());
        if (up == null || !up.relation().equals("compound") || m.covers(up.token())) return false;
        Lexicon.TypeHead th = note.lexicon().typeHead(s.lemma(up.token()).toLowerCase(Locale.ROOT));
        return th != null && th.type() == EntityType.DATASET;
    }

    /** A verb or noun that tries a method on something: apply, evaluate, train, or an evaluation noun. */
    private boolean triedIn(ParsedSentence s, int token) {
        if (token < 0) return false;
        String lemma = s.lemma(token).toLowerCase(Locale.ROOT);
        return note.lexicon().hasCue(lemma, Lexicon.Cue.APPLY) || note.lexicon().hasCue(lemma, Lexicon.Cue.EVALUATE)
                || note.lexicon().hasCue(lemma, Lexicon.Cue.TRAIN) || note.lexicon().isEvaluationNoun(lemma);
    }

    /**
     * "On DeepSeek-R1-Distill-Qwen-7B, both cut response length …", "On Llama-2-7B and Mistral-7B, it …": a sentence
     * that opens on models states what the method does to them, whatever the parse made of the opening (it is
     * often left hanging as a fragment). The mention lies between the opening "On" and the first comma.
     */
    private static boolean inFrontedOn(ParsedSentence s, Candidate m) {
        if (s.size() < 3 || !s.word(0).equalsIgnoreCase("on")) return false;
        for (int i = 1; i < m.from; i++) if (s.word(i).equals(",")) return false;
        for (int i = m.to; i < s.size(); i++) if (s.word(i).equals(",")) return true;
        return false;
    }

    /** Who acts after a fronted phrase: the proposed methods for "both" or "they", else the contribution. */
    private List<EntityGrouping.Group> frontedDoers(ParsedSentence s) {
        int comma = 1;
        while (!s.word(comma).equals(",")) comma++;
        String next = comma + 1 < s.size() ? s.word(comma + 1).toLowerCase(Locale.ROOT) : "";
        if (next.equals("both") || next.equals("they")) {
            List<EntityGrouping.Group> proposed = grouping.groups().stream().filter(g -> kept.test(g) && g.role == Role.PROPOSES
                    && g.nameLike() && (g.type == EntityType.METHOD || g.type == EntityType.MODEL)).toList();
            if (proposed.size() > 1) return proposed;
        }
        return List.of(mainProposed);
    }
}
