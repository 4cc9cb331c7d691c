package org.papergraph.nlp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.Objects;

/**
 * Entity → entity statements of one note:
 * <ul>
 * <li>{@code variantOf}: a name built on another name by a prefix (KL-Shampoo of Shampoo, 8-bit Adam of Adam),
 *     or "X, a variant / an extension of Y";</li>
 * <li>{@code outperforms}: X outperforms / surpasses / beats Y, "superior … compared to Y" (not "matches") and gains
 *     over Y, read by {@link Comparisons};</li>
 * <li>{@code appliedTo}: X applied to / used in / reframing a task or model Y, and the title's "X for TASK".</li>
 * </ul>
 * A subject that is a pronoun or a bare class noun ("the method", "which", "it") stands for the note's main
 * proposed entity.
 */
final class RelationFinder {

    private static final Set<String> VARIANT_NOUNS = Set.of("variant", "extension", "generalization", "generalisation",
            "version", "modification", "adaptation", "refinement", "improvement");

    private final NoteContext note;
    private final EntityGrouping grouping;
    private final Map<String, Extraction.Relation> found = new LinkedHashMap<>();
    private final Map<EntityGrouping.Group, Integer> ids;
    private final EntityGrouping.Group mainProposed;
    private final ArgumentEntities args;
    private final Comparisons comparisons;
    private final ModelTargets models;

    RelationFinder(NoteContext note, EntityGrouping grouping, Map<EntityGrouping.Group, Integer> ids) {
        this.note = note;
        this.grouping = grouping;
        this.ids = ids;
        // the contribution: what the title names, else what the summary opens with, else the surest proposed method
        this.mainProposed = grouping.groups().stream()
                .filter(g -> ids.containsKey(g) && g.role == Role.PROPOSES && (g.type == EntityType.METHOD || g.type == EntityType.MODEL))
                .max(java.util.Comparator.comparingInt((EntityGrouping.Group g) -> "title-name".equals(g.roleRule) ? 2
                                : "opening-subject".equals(g.roleRule) ? 1 : 0)
                        .thenComparingDouble(g -> g.confidence)).orElse(null);
        this.args = new ArgumentEntities(grouping, mainProposed, note.lexicon());
        this.comparisons = new Comparisons(note, args, mainProposed, this::add);
        this.models = new ModelTargets(note, grouping, ids::containsKey, args, mainProposed, this::add);
    }

    List<Extraction.Relation> find() {
        nameVariants();
        for (ParsedSentence s : note.sentences()) {
            for (int t = 0; t < s.size(); t++) {
                comparisons.find(s, t);
                // a sentence-initial "Applied to X, …" is often tagged as a proper noun: the word form decides
                boolean applyWord = s.word(t).equalsIgnoreCase("applied") || s.word(t).equalsIgnoreCase("applying")
                        || s.word(t).equalsIgnoreCase("added");
                if ((s.isVerb(t) || applyWord) && note.lexicon().hasCue(s.lemma(t).toLowerCase(Locale.ROOT), Lexicon.Cue.APPLY)
                        || applyWord) appliedVerb(s, t);
                if (note.lexicon().hasCue(s.lemma(t).toLowerCase(Locale.ROOT), Lexicon.Cue.APPLY_OBJECT)) appliedObject(s, t);
                if (s.isVerb(t) && note.lexicon().hasCue(s.lemma(t), Lexicon.Cue.EXTEND)) extendsVerb(s, t);
                if (s.isVerb(t)) models.trainedWith(s, t);
                models.actsWith(s, t);
                if (s.isNoun(t) && VARIANT_NOUNS.contains(s.lemma(t).toLowerCase(Locale.ROOT))) variantNoun(s, t);
                else if (s.isNoun(t)) kindPredicate(s, t);
                models.regimeOf(s, t);
                models.operatedOn(s, t);
                models.onTopOf(s, t);
                if (s.isVerb(t) && (Comparisons.isImproveVerb(s.lemma(t))
                        || note.lexicon().hasCue(s.lemma(t).toLowerCase(Locale.ROOT), Lexicon.Cue.PERFORM))) improvedTask(s, t);
            }
            appliedPrepositions(s);
        }
        titleTask();
        models.underTest();
        proposeVariantsOfProposals();
        return new ArrayList<>(found.values());
    }

    /**
     * A variant of what the paper proposes is the paper's too: "AdaMax, a variant of Adam" in the Adam paper,
     * T5-11B beside T5, the LED of Longformer. Followed to the end of a chain (a variant of a variant).
     */
    private void proposeVariantsOfProposals() {
        Map<Integer, EntityGrouping.Group> byId = new java.util.HashMap<>();
        ids.forEach((g, id) -> byId.put(id, g));
        for (boolean changed = true; changed; ) {
            changed = false;
            for (Extraction.Relation r : found.values()) {
                if (!r.predicate().equals("variantOf")) continue;
                EntityGrouping.Group variant = byId.get(r.subject()), base = byId.get(r.object());
                if (base.role != Role.PROPOSES || variant.role == Role.PROPOSES || !variant.nameLike() || !isSystem(variant)) continue;
                variant.role = Role.PROPOSES;
                variant.roleRule = "variant-of-proposal";
                variant.confidence = Math.max(variant.confidence, Math.min(base.confidence, r.confidence()));
                raised.add(variant);
                changed = true;
            }
        }
    }

    private void add(EntityGrouping.Group subject, String predicate, EntityGrouping.Group object, int sentence, String rule, double confidence) {
        subject = namedKind(subject, sentence);
        if (subject == null || object == null || subject == object) return;
        // methods and models outperform methods and models; a dataset in the same list is where, not whom
        if (predicate.equals("outperforms") && !(isSystem(subject) && isSystem(object))) return;
        Integer s = ids.get(subject), o = ids.get(object);
        if (s == null || o == null) return;
        found.putIfAbsent(s + " " + predicate + " " + o, new Extraction.Relation(s, predicate, o, sentence, rule, confidence));
        // what a method is said to outperform is itself a method or model: evidence for an unsure name ("Reflexion")
        // or term ("beating matching networks", "improves over random shuffling")
        if (predicate.equals("outperforms") && object.confidence < COMPARED_NAME) {
            object.confidence = COMPARED_NAME;
            raised.add(object);
        }
    }

    /**
     * What a relation's subject stands for when, in that sentence, it is the kind phrase beside a name
     * ("SonicWeave, a diffusion transformer for joint audio-visual generation"): the statement is about the name.
     */
    private EntityGrouping.Group namedKind(EntityGrouping.Group subject, int sentence) {
        if (subject == null) return null;
        for (Candidate m : subject.members) {
            if (m.sentence.index() == sentence && m.kindOf != null && grouping.groupOf(m.kindOf) != null) return grouping.groupOf(m.kindOf);
        }
        return subject;
    }

    /**
     * The doer a description phrase is the role of: "Used as a drop-in encoder for Qwen2-VL-2B, FlexPatch reduces …"
     * — "encoder" is what FlexPatch is used as, so what the encoder is for, FlexPatch is applied to. Null when the
     * phrase is no "as" role of a verb.
     */
    private EntityGrouping.Group roleHolder(ParsedSentence s, Candidate m) {
        ParsedSentence.Arc up = s.governor(m.head());
        if (up == null || !up.relation().equals("obl:as") || !s.isVerb(up.token())) return null;
        return args.doerOf(s, up.token());
    }

    /** Confidence of a name that the note compares a method against. */
    static final double COMPARED_NAME = 0.6;

    private final Set<EntityGrouping.Group> raised = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    /** Entities whose confidence the relations raised (their descriptions must be rebuilt). */
    Set<EntityGrouping.Group> raised() {
        return raised;
    }

    static boolean isSystem(EntityGrouping.Group g) {
        return g.type == EntityType.METHOD || g.type == EntityType.MODEL;
    }

    /**
     * "GQA generalizes multi-query attention", "X extends Y": a method or model derived from another of the same type.
     */
    private void extendsVerb(ParsedSentence s, int verb) {
        EntityGrouping.Group subject = null;
        for (int subj : Dependencies.subjects(s, verb, false)) subject = args.subjectEntity(s, subj);
        if (subject == null || !isSystem(subject)) return;
        for (ParsedSentence.Arc a : s.children(verb)) {
            if (!a.relation().equals("obj")) continue;
            for (EntityGrouping.Group base : args.entitiesAt(s, a.token())) {
                if (base.type == subject.type) add(subject, "variantOf", base, s.index(), "extension-verb", 0.75);
            }
        }
    }

    /** Names built on other names of the note: KL-Shampoo of Shampoo, ResNet-101 of ResNet, AdamW of Adam. */
    private void nameVariants() {
        for (EntityGrouping.Group g : grouping.groups()) {
            if (g.generic || !g.nameLike()) continue;
            // the variant as the vocabulary names it and as the note writes it ("Mistral-7B-Instruct" is written
            // "Mistral 7B – Instruct" beside "Mistral 7B")
            Set<String> forms = new LinkedHashSet<>(List.of(g.name));
            for (Candidate v : g.members) forms.add(v.surface(note.text()));
            for (EntityGrouping.Group base : grouping.groups()) {
                if (base == g || base.generic || !base.nameLike()) continue;
                for (Candidate m : base.members) {
                    String surface = m.surface(note.text());
                    NameVariants.Kind kind = null;
                    for (String form : forms) {
                        if (kind == null) kind = NameVariants.kind(form, surface, base.type == g.type);
                        // "ResNet-101" of "residual networks (ResNets)": a name written in the plural is its singular's base
                        if (kind == null && NameVariants.isPluralName(surface)) {
                            kind = NameVariants.kind(form, surface.substring(0, surface.length() - 1), base.type == g.type);
                        }
                    }
                    if (kind != null) add(g, "variantOf", base, m.sentence.index(), kind.rule, kind.confidence);
                }
            }
        }
    }

    private void variantNoun(ParsedSentence s, int noun) {
        EntityGrouping.Group variant = null;
        ParsedSentence.Arc up = s.governor(noun);
        if (up != null && up.relation().equals("appos")) variant = args.at(s, up.token());
        for (ParsedSentence.Arc a : s.children(noun)) {
            if (a.relation().equals("nsubj") && !s.children(noun, "cop").isEmpty()) variant = args.subjectEntity(s, a.token());
        }
        if (variant == null) return;
        for (ParsedSentence.Arc a : s.children(noun)) {
            if (a.relation().equals("nmod:of")) {
                for (EntityGrouping.Group base : args.entitiesAt(s, a.token())) add(variant, "variantOf", base, s.index(), "variant-of-phrase", 0.8);
            }
        }
    }

    /**
     * "Conformer is a convolution-augmented Transformer", "TabPFN is a Prior-Data Fitted Network (PFN)": a named system
     * that the copula says is one of another named or known system is a variant of it. A class noun ("a framework",
     * "a language model") or a generic term is no system to be a variant of.
     */
    private void kindPredicate(ParsedSentence s, int noun) {
        if (!Appositions.isIndefinitePredicate(s, noun)) return;
        EntityGrouping.Group kind = args.at(s, noun);
        if (kind == null || kind.generic || !isSystem(kind) || !(kind.nameLike() || !kind.discovered())) return;
        // the predicate's head ends the mention, and the phrase: in a misparse "a … reinforcement learning algorithm"
        // or "a sparse autoencoder (SAE) framework" it may not
        if (kind.members.stream().noneMatch(m -> m.sentence == s && m.to - 1 == noun)) return;
        int next = s.afterParenthesis(noun + 1);
        if (next < s.size() && s.isNoun(next)) return;
        for (int subj : s.children(noun, "nsubj")) {
            EntityGrouping.Group variant = args.at(s, subj);
            if (variant != null && variant != kind && variant.nameLike() && isSystem(variant)) {
                add(variant, "variantOf", kind, s.index(), "is-a-kind", 0.7);
            }
        }
    }

    private void appliedVerb(ParsedSentence s, int verb) {
        EntityGrouping.Group subject = null;
        for (int subj : Dependencies.subjects(s, verb, false)) subject = args.subjectEntity(s, subj);
        int x = verb;
        for (int i = 0; subject == null && i < 3; i++) {
            // "RECON corrects …, enabling symmetry discovery": the doer is the subject up the clause chain
            ParsedSentence.Arc up = s.governor(x);
            if (up == null) break;
            String r = up.relation();
            if (r.startsWith("acl")) subject = args.at(s, up.token());
            else if (r.equals("dep") || r.startsWith("advcl") || r.equals("xcomp") || r.startsWith("conj")) {
                for (int subj : Dependencies.subjects(s, up.token(), false)) if (subject == null) subject = args.subjectEntity(s, subj);
            } else break;
            x = up.token();
        }
        // a sentence-initial "Applied to X, Y does …" that the tagger took for a proper noun becomes the subject of
        // the main verb beside the real one: the participle's doer is that other subject
        ParsedSentence.Arc asSubject = s.governor(verb);
        boolean misparsedParticiple = asSubject != null && asSubject.relation().equals("nsubj") && !s.isVerb(verb);
        if (subject == null && misparsedParticiple) {
            for (int subj : Dependencies.subjects(s, asSubject.token(), false)) {
                if (subj != verb && subject == null) subject = args.subjectEntity(s, subj);
            }
        }
        if (subject == null && verb == 0) subject = afterFrontedPhrase(s);
        if (subject == null && Dependencies.paperIsDoer(s, verb, note.lexicon())) subject = mainProposed;
        if (subject == null) return;
        for (ParsedSentence.Arc a : s.children(verb)) {
            String rel = a.relation();
            boolean target = rel.equals("obl:in") || rel.equals("obl:to") || rel.equals("obl:into") || rel.equals("obl:for")
                    || rel.equals("nmod:to") || rel.equals("nmod:in")
                    || (rel.equals("obj") && !note.lexicon().hasCue(s.lemma(verb), Lexicon.Cue.USE));
            if (!target) continue;
            // the participle misparsed as a noun (subject or root) carries its "to" phrase as a noun modifier: still a
            // prepositional argument
            boolean prepositional = rel.startsWith("obl") || (misparsedParticiple || !s.isVerb(verb)) && rel.startsWith("nmod");
            List<EntityGrouping.Group> objects = args.entitiesAt(s, a.token());
            if (prepositional) {
                // "applied to continued pre-training of Llama-3-8B and fine-tuning of Qwen2.5-7B": the models the
                // regimes are of are what the method is applied to
                List<Integer> heads = new ArrayList<>(List.of(a.token()));
                for (ParsedSentence.Arc c : s.children(a.token())) if (c.relation().startsWith("conj")) heads.add(c.token());
                for (int h : heads) {
                    for (ParsedSentence.Arc of : s.children(h)) {
                        if (!of.relation().equals("nmod:of")) continue;
                        for (EntityGrouping.Group g : args.entitiesAt(s, of.token())) {
                            if (g.type == EntityType.MODEL && !objects.contains(g)) objects.add(g);
                        }
                    }
                }
            }
            // "when added to AdamW and Lion, TideLR …": a method added or applied to a named method (an optimizer,
            // an agent) is applied to it; "applied in X" or "for X" of a method says where, not to what
            // (as written: the parse may hang a later list on the phrase, "…, outperforming RLHF-V and POVID")
            List<EntityGrouping.Group> written = (rel.equals("obl:to") || rel.equals("nmod:to")) && verb + 1 < s.size()
                    && s.word(verb + 1).equalsIgnoreCase("to") ? args.listAfter(s, verb + 1) : List.of();
            for (EntityGrouping.Group o : objects) {
                if (o.type == EntityType.TASK || o.type == EntityType.MODEL && prepositional
                        || o.type == EntityType.METHOD && o.nameLike() && !o.generic && prepositional && written.contains(o)) {
                    add(subject, "appliedTo", o, s.index(), "apply-verb", 0.7);
                }
            }
        }
    }

    /**
     * "applies dropout to ViT-B", "knowledge distillation is applied to BERT", "by applying knowledge distillation to
     * BERT": what the verb applies (its object, or its passive subject) is applied to the model, task or named method
     * of its "to / into / on top of" phrase, whoever does the applying. A participle the parser left as a modifier of
     * the applied noun ("applying/amod knowledge distillation") hangs the phrase on the noun's head instead.
     */
    private void appliedObject(ParsedSentence s, int verb) {
        List<Integer> applied = new ArrayList<>();
        int targetsOf = verb;
        ParsedSentence.Arc up = s.governor(verb);
        if (up != null && up.relation().equals("amod") && s.tag(verb).equals("VBG") && up.token() > verb) {
            applied.add(up.token());
            ParsedSentence.Arc headOfNoun = s.governor(up.token());
            if (headOfNoun == null) return;
            targetsOf = headOfNoun.token();
        } else if (s.isVerb(verb)) {
            for (ParsedSentence.Arc a : s.children(verb)) {
                if (a.relation().equals("obj") || a.relation().equals("nsubj:pass")) applied.add(a.token());
            }
        }
        if (applied.isEmpty()) return;
        int after = applied.stream().mapToInt(Integer::intValue).max().getAsInt();
        for (ParsedSentence.Arc a : s.children(targetsOf)) {
            String r = a.relation();
            boolean target = r.equals("obl:to") || r.equals("obl:into") || r.equals("obl:on_top_of") || r.equals("nmod:to");
            // the noun's head carries other "to" phrases of its own: only the one right after the applied phrase
            if (!target || targetsOf != verb && (a.token() < after || a.token() - after > 4)) continue;
            for (EntityGrouping.Group o : args.entitiesAt(s, a.token())) {
                if (o.generic || !(o.type == EntityType.TASK || (o.type == EntityType.MODEL || o.type == EntityType.METHOD) && o.nameLike())) continue;
                for (int x : applied) {
                    for (EntityGrouping.Group m : args.entitiesAt(s, x)) {
                        if (m != o && !m.generic && (m.type == EntityType.METHOD || m.type == EntityType.MODEL && o.type == EntityType.TASK)) {
                            add(m, "appliedTo", o, s.index(), "applied-object", 0.7);
                        }
                    }
                }
            }
        }
    }

    /**
     * "GloVe vectors also improve named entity recognition on CoNLL-2003": a method or model that improves a task is
     * applied to it (what it improves is the task's performance, as the object says), as is one that performs it
     * ("ESMFold performs atomic-level protein structure prediction").
     */
    private void improvedTask(ParsedSentence s, int verb) {
        EntityGrouping.Group doer = null;
        for (int subj : Dependencies.subjects(s, verb, false)) if (doer == null) doer = args.subjectEntity(s, subj);
        if (doer == null || !isSystem(doer) || doer.generic) return;
        for (int o : s.children(verb, "obj")) {
            for (EntityGrouping.Group task : args.entitiesAt(s, o)) {
                if (task.type == EntityType.TASK && !task.generic) add(doer, "appliedTo", task, s.index(), "improves-task", 0.65);
            }
        }
    }

    /**
     * "Applied to a ResNet-50 on ImageNet, randomized smoothing reaches …": the doer of a sentence-initial participle
     * phrase is the method named right after its comma, wherever the parser (which may take "randomized" for the
     * main verb) hangs it.
     */
    private EntityGrouping.Group afterFrontedPhrase(ParsedSentence s) {
        int comma = -1;
        for (int k = 1; k < s.size() && comma < 0; k++) if (s.word(k).equals(",")) comma = k;
        if (comma < 0) return null;
        int start = comma + 1;
        if (start < s.size() && s.word(start).equalsIgnoreCase("the")) start++;
        for (EntityGrouping.Group g : grouping.groups()) {
            if (g.type != EntityType.METHOD || g.generic) continue;
            for (Candidate m : g.members) if (m.sentence == s && m.from == start) return g;
        }
        return null;
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
                        EntityGrouping.Group subject = g.nameLike() ? g : Objects.requireNonNullElse(roleHolder(s, m), g);
                        for (EntityGrouping.Group o : args.entitiesAt(s, a.token())) {
                            if (o.type == EntityType.TASK || (o.type == EntityType.MODEL && o.nameLike())) {
                                add(subject, "appliedTo", o, s.index(), "applied-in", 0.65);
                            }
                        }
                    }
                }
            }
        }
    }

    /** A title "X for Y" where the note proposes X and names the task or the models Y. */
    private void titleTask() {
        if (mainProposed == null || note.title() == null) return;
        String title = LabelKeys.normalise(note.title());
        int forAt = title.lastIndexOf(" for ");
        if (forAt < 0) return;
        String tail = " " + title.substring(forAt + 5) + " ";
        for (EntityGrouping.Group g : grouping.groups()) {
            if (!(g.type == EntityType.TASK || g.type == EntityType.MODEL) || g.generic) continue;
            for (Candidate m : g.members) {
                String surface = LabelKeys.normalise(m.surface(note.text()));
                // "… for Auto-Regressive Language Models" names the models as the summary writes one of them
                if (tail.contains(" " + surface + " ") || tail.contains(" " + surface + "s ")) {
                    add(mainProposed, "appliedTo", g, m.sentence.index(), "title-for-task", 0.6);
                    break;
                }
            }
        }
    }
}
