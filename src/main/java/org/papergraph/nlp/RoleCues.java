package org.papergraph.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The role one mention's sentence gives its entity, read from the dependency parse: the object of a proposal
 * verb whose doer is the paper is proposed; what an evaluation verb or noun is "on" is evaluated on (datasets,
 * tasks, metrics); the object of a study verb is studied; the object of a use or comparison verb is used.
 * Without a cue, the type decides (metrics and datasets evaluate, concepts and tasks are studied, methods and
 * models are used).
 */
final class RoleCues {

    private RoleCues() {}

    static void assign(Candidate c, EntityType type, NoteContext note) {
        Lexicon lexicon = note.lexicon();
        ParsedSentence s = c.sentence;
        // the generic tail of a longer term ("generalization bounds" in "block-sample MAC-Bayes generalization bounds")
        // does not take the longer term's role
        List<Dependencies.Attachment> attachments = c.nestedHead || c.describing ? List.of()
                : Dependencies.attachments(s, c.head(), c.nameLike, lexicon);
        Role best = null;
        String rule = null;
        for (Dependencies.Attachment a : attachments) {
            Role r = null;
            String why = null;
            int p = a.governor();
            if (p < 0) continue;
            String rel = a.relation();
            String lemma = s.lemma(p);
            boolean evaluable = type == EntityType.DATASET || type == EntityType.TASK || type == EntityType.METRIC;
            if (s.isVerb(p) || s.tag(p).equals("JJ")) {
                boolean object = Dependencies.isObjectRelation(rel);
                boolean proposal = lexicon.hasCue(lemma, Lexicon.Cue.PROPOSE) || (c.nameLike && lexicon.hasCue(lemma, Lexicon.Cue.CREATE));
                // "StreamCTC-Lite is proposed as a compact streaming ASR model": what a named proposal is proposed as
                // is its kind
                boolean kindOfTheme = rel.equals("obl:as") && Dependencies.hasNamedTheme(s, p);
                if (object && proposal && !c.kindOfName && !kindOfTheme && !a.throughPortion() && !Dependencies.hasOnComplement(s, p)
                        && Dependencies.paperIsDoer(s, p, lexicon)) {
                    r = Role.PROPOSES; why = "proposal-verb";
                } else if (rel.equals("nsubj:pass") && c.nameLike && type == EntityType.MODEL && !c.kindOfName
                        && lexicon.hasCue(lemma, Lexicon.Cue.TRAIN) && s.children(p, "obl:agent").isEmpty()
                        && Dependencies.paperIsDoer(s, p, lexicon)) {
                    // "a ViT-g/14 model with 1B parameters is trained by …": a named model trained without an agent is
                    // the paper's own
                    r = Role.PROPOSES; why = "trained-here";
                } else if (object && c.nameLike && lexicon.hasCue(lemma, Lexicon.Cue.COIN)) {
                    r = Role.PROPOSES; why = "naming-verb";
                } else if ((rel.equals("obl:on") || rel.equals("obl:from")) && lexicon.hasCue(lemma, Lexicon.Cue.TRAIN)) {
                    r = Role.USES; why = "trained-on";
                } else if (rel.equals("obl:from") && lexicon.hasCue(lemma, Lexicon.Cue.SOURCE)) {
                    r = Role.USES; why = "drawn-from";
                } else if ((rel.equals("obl:on") || rel.equals("obl:across") || rel.equals("obl:in")) && evaluable
                        && (lexicon.hasCue(lemma, Lexicon.Cue.EVALUATE) || lexicon.hasCue(lemma, Lexicon.Cue.OUTPERFORM))) {
                    // "outperforms adapters on GLUE and WikiSQL": where a comparison is won is an evaluation
                    r = Role.EVALUATES_ON; why = "evaluated-on";
                } else if ((rel.equals("obl:for") || rel.equals("obl:in")) && type == EntityType.TASK && reportsResultObject(s, p, lexicon)) {
                    // "sets a new state of the art for image inpainting": the task a result is reported for
                    r = Role.EVALUATES_ON; why = "evaluated-on";
                } else if (object && lexicon.hasCue(lemma, Lexicon.Cue.STUDY)) {
                    // what is investigated is a concept or a task; a method or model analysed is used, and a dataset
                    // after "proves 28 problems of PutnamBench" is not studied
                    if (type == EntityType.CONCEPT || type == EntityType.TASK) {
                        r = Role.STUDIES; why = "study-verb";
                    } else if (type == EntityType.METHOD || type == EntityType.MODEL) {
                        r = Role.USES; why = "analysed";
                    }
                } else if (rel.equals("obl:on") && type == EntityType.DATASET && lexicon.hasCue(lemma, Lexicon.Cue.USE)
                        && !s.children(p, "obj").isEmpty()) {
                    // "using the same architecture on 49 Atari games": what the used thing is run on is a testbed,
                    // unlike "relies on X", whose "on" completes the verb
                    r = Role.EVALUATES_ON; why = "used-on";
                } else if ((object || rel.startsWith("obl:to") || rel.startsWith("obl:than") || rel.startsWith("obl:on"))
                        && (lexicon.hasCue(lemma, Lexicon.Cue.USE) || lexicon.hasCue(lemma, Lexicon.Cue.OUTPERFORM))) {
                    r = Role.USES; why = "use-verb";
                }
            } else if (s.isNoun(p)) {
                // "gains on NER" (obl when the parser took "gains" for a verb), "state-of-the-art results in character-level
                // language modeling", "a new state of the art for image inpainting"
                boolean taskOfResult = (rel.equals("nmod:in") || rel.equals("nmod:for")) && type == EntityType.TASK;
                if ((rel.equals("nmod:on") || rel.equals("obl:on") || rel.equals("nmod:across") || taskOfResult)
                        && evaluable && (lexicon.isEvaluationNoun(lemma) || taskOfResult && isStateOfTheArt(s, p))) {
                    r = Role.EVALUATES_ON; why = "evaluated-on";
                } else if (type == EntityType.DATASET && isMetricNoun(s, p, lexicon)) {
                    r = Role.EVALUATES_ON; why = "metric-of";
                } else if ((rel.equals("nmod:on") || rel.equals("nmod:from")) && objectOfTraining(s, p, lexicon)) {
                    // "pretrain a 1B model on 300B tokens of X": the parser hangs "on" on the verb's object
                    r = Role.USES; why = "trained-on";
                }
            }
            if (r != null && r.strongerThan(best)) {
                best = r;
                rule = why;
            }
        }
        if (best == null) {
            best = switch (type) {
                // a measure is evaluated on when the sentence reports a result with it ("87.8% top-1 accuracy"), and
                // a known or named measure also in a sentence about evaluation without a number ("GPT-4 win rates used
                // as the main evaluation metric"); "when the parameter count p ≫ dn" is theory, not a result
                case METRIC -> reportsNumber(s) || (c.rule == Candidate.Rule.VOCABULARY || c.nameLike) && aboutEvaluation(s, note)
                        ? Role.EVALUATES_ON : Role.USES;
                case DATASET -> Role.EVALUATES_ON;
                case CONCEPT, TASK -> Role.STUDIES;
                case METHOD, MODEL -> Role.USES;
            };
            rule = "type-default";
            if (type == EntityType.DATASET && trainedOnInWords(c, lexicon)) {
                best = Role.USES;
                rule = "trained-on";
            } else if ((type == EntityType.METHOD || type == EntityType.MODEL) && usedInWords(c, lexicon)) {
                best = Role.USES;
                rule = "use-verb";
            }
        }
        if (c.nameLike && best != Role.PROPOSES && markedNew(c, lexicon)) {
            best = Role.PROPOSES;
            rule = "marked-new";
        }
        if (c.nameLike && best != Role.PROPOSES && namedJustBefore(c, lexicon)) {
            best = Role.PROPOSES;
            rule = "naming-verb";
        }
        if (c.rule == Candidate.Rule.QUOTED_COINAGE && c.coinedInQuotes) {
            best = Role.PROPOSES;
            rule = "coined-in-quotes";
        }
        // what the paper proposes or studies is a term of its own, even if only adjectives made the phrase
        if (("proposal-verb".equals(rule) || "study-verb".equals(rule) || "marked-new".equals(rule)) && c.confidence < 0.6) {
            c.confidence = 0.6;
        }
        c.role = best;
        c.roleRule = rule;
    }

    /** The noun is the object of a training verb ("pretrain a 1B model …"). */
    private static boolean objectOfTraining(ParsedSentence s, int noun, Lexicon lexicon) {
        ParsedSentence.Arc up = s.governor(noun);
        return up != null && up.relation().equals("obj") && s.isVerb(up.token())
                && lexicon.hasCue(s.lemma(up.token()).toLowerCase(Locale.ROOT), Lexicon.Cue.TRAIN);
    }

    /** The verb's object is a result: "results", "accuracy", "a new state of the art". */
    private static boolean reportsResultObject(ParsedSentence s, int verb, Lexicon lexicon) {
        for (int o : s.children(verb, "obj")) {
            String lemma = s.lemma(o).toLowerCase(Locale.ROOT);
            if (lexicon.isEvaluationNoun(lemma) || isStateOfTheArt(s, o)) return true;
        }
        return false;
    }

    /** "a new state of the art": the noun "state" with "of the art". */
    static boolean isStateOfTheArt(ParsedSentence s, int noun) {
        return s.lemma(noun).equalsIgnoreCase("state") && s.children(noun, "nmod:of").stream().anyMatch(o -> s.lemma(o).equalsIgnoreCase("art"));
    }

    /**
     * "… on GLUE, E2E NLG and WikiSQL": the parse often hangs the later members of a list on the verb before it, so
     * the words decide — an item that follows an evaluated-on item of the same kind across a comma, "and" or "or"
     * is evaluated on too.
     */
    static void continueLists(List<Candidate> mentions, EntityGrouping grouping) {
        List<Candidate> ordered = new ArrayList<>(mentions);
        ordered.sort(Comparator.comparingInt((Candidate c) -> c.sentence.index()).thenComparingInt(c -> c.from));
        Candidate previous = null;
        for (Candidate c : ordered) {
            if (previous != null && previous.sentence == c.sentence && previous.role == Role.EVALUATES_ON
                    && "evaluated-on".equals(previous.roleRule) && c.role != Role.EVALUATES_ON && c.role != Role.PROPOSES
                    && ListJoiners.onlyJoinersBetween(c.sentence, previous.to, c.from)) {
                EntityType before = grouping.groupOf(previous).type, type = grouping.groupOf(c).type;
                if (type == before && (type == EntityType.DATASET || type == EntityType.TASK)) {
                    c.role = Role.EVALUATES_ON;
                    c.roleRule = "evaluated-on";
                }
            }
            previous = c;
        }
    }

    /**
     * "summarization on Reddit TL;DR", "sentiment generation with IMDb", "COCO object detection": a task paired with a
     * dataset it is run on is evaluated on, not only studied — the dataset hangs on the task's head ("on", "with") or
     * modifies it. Only tasks no cue gave a role.
     */
    static void tasksOnDatasets(List<Candidate> mentions, EntityGrouping grouping) {
        for (Candidate c : mentions) {
            EntityGrouping.Group g = grouping.groupOf(c);
            if (g == null || g.type != EntityType.TASK || c.role != Role.STUDIES || !"type-default".equals(c.roleRule)) continue;
            ParsedSentence s = c.sentence;
            // the parser hangs a modifying name on the task's first word as often as on its head ("COCO object detection")
            for (int t = c.from; t < c.to && c.role == Role.STUDIES; t++) {
                for (ParsedSentence.Arc a : s.children(t)) {
                    String r = a.relation();
                    boolean paired = r.equals("compound") || t == c.head() && (r.equals("nmod:on") || r.equals("nmod:with"));
                    if (paired && !c.covers(a.token()) && datasetAt(mentions, grouping, s, a.token())) {
                        c.role = Role.EVALUATES_ON;
                        c.roleRule = "task-on-dataset";
                        break;
                    }
                }
            }
        }
    }

    private static boolean datasetAt(List<Candidate> mentions, EntityGrouping grouping, ParsedSentence s, int token) {
        for (Candidate m : mentions) {
            if (m.sentence != s || !m.covers(token)) continue;
            EntityGrouping.Group g = grouping.groupOf(m);
            if (g != null && g.type == EntityType.DATASET && !g.generic) return true;
        }
        return false;
    }

    /**
     * A name the sentence marks as new: "the resulting InstructGPT models", "WebImageText (WIT), a new dataset of …",
     * "LVD-142M, a dedicated … dataset": a novelty word modifying the name's phrase or its apposition.
     */
    private static boolean markedNew(Candidate c, Lexicon lexicon) {
        ParsedSentence s = c.sentence;
        int x = c.head();
        for (int i = 0; i < 3; i++) {
            ParsedSentence.Arc g = s.governor(x);
            if (g == null || !(g.relation().equals("compound") || g.relation().equals("flat"))) break;
            x = g.token();
        }
        // "the resulting MNIST and CIFAR-10 models": what is new is the models; a known name of another type than the
        // noun it modifies only says which
        if (x != c.head() && c.rule == Candidate.Rule.VOCABULARY) {
            Lexicon.TypeHead th = lexicon.typeHead(s.lemma(x));
            if (th != null && !c.typeVotes.containsKey(th.type())) return false;
        }
        List<Integer> phrases = new ArrayList<>(List.of(x));
        for (ParsedSentence.Arc a : s.children(x)) {
            if (!(a.relation().equals("appos") || a.relation().equals("dep"))) continue;
            phrases.add(a.token());
            // "WebImageText (WIT), a new dataset of …": the description may hang off the short form
            for (ParsedSentence.Arc b : s.children(a.token())) if (b.relation().equals("appos") || b.relation().equals("dep")) phrases.add(b.token());
        }
        ParsedSentence.Arc up = s.governor(x);
        if (up != null && up.relation().equals("appos")) phrases.add(up.token());
        for (int p : phrases) {
            for (ParsedSentence.Arc a : s.children(p)) {
                if ((a.relation().equals("amod") || a.relation().equals("nmod:poss") || a.relation().equals("det"))
                        && lexicon.isNoveltyWord(s.word(a.token())) && !c.covers(a.token())) return true;
            }
        }
        return newAppositionInWords(c, lexicon);
    }

    /**
     * "…, a variant called PPO-ptx", "a scheme dubbed FlashMix": a naming participle right before a name no
     * vocabulary knows gives it its name here, whatever the parse made of the participle. Known names ("a method
     * called Adam") are not coined.
     */
    private static boolean namedJustBefore(Candidate c, Lexicon lexicon) {
        ParsedSentence s = c.sentence;
        int k = c.from - 1;
        return c.vocabularyId == null && k > 0 && s.tag(k).equals("VBN") && lexicon.hasCue(s.lemma(k).toLowerCase(Locale.ROOT), Lexicon.Cue.COIN);
    }

    /**
     * "a 1.2B model trained on FineWeb-Edu": the words show the training data when the parse hung "on" on the noun
     * before the verb — a training verb, "on" or "from", at most an article, a number and adjectives, and the name.
     */
    private static boolean trainedOnInWords(Candidate c, Lexicon lexicon) {
        ParsedSentence s = c.sentence;
        int k = c.from - 1;
        while (k > 0 && c.from - k <= 3 && (s.tag(k).equals("DT") || s.tag(k).equals("CD") || s.tag(k).startsWith("JJ"))) k--;
        if (k < 1 || !(s.word(k).equalsIgnoreCase("on") || s.word(k).equalsIgnoreCase("from"))) return false;
        return lexicon.hasCue(s.lemma(k - 1).toLowerCase(Locale.ROOT), Lexicon.Cue.TRAIN);
    }

    /**
     * "…, extending the Optimal Brain Quantization (OBQ) approach with …": the words show a use verb's object when the
     * parse lost it (here it read "approach" as a verb) — a verb of use or extension, at most an article, the name.
     */
    private static boolean usedInWords(Candidate c, Lexicon lexicon) {
        ParsedSentence s = c.sentence;
        int k = c.from - 1;
        if (k > 0 && s.tag(k).equals("DT")) k--;
        return k >= 0 && s.tag(k).startsWith("VB") && lexicon.hasCue(s.lemma(k).toLowerCase(Locale.ROOT), Lexicon.Cue.USE);
    }

    /**
     * "WebImageText (WIT), a new dataset of 400 million (image, text) pairs": the words show the apposition when the
     * parse lost it — the name, its parenthesis if any, a comma, an article and a novelty word.
     */
    private static boolean newAppositionInWords(Candidate c, Lexicon lexicon) {
        ParsedSentence s = c.sentence;
        int k = s.afterParenthesis(c.to);
        return k + 2 < s.size() && s.word(k).equals(",") && s.tag(k + 1).equals("DT") && lexicon.isNoveltyWord(s.word(k + 2));
    }

    /**
     * A sentence with an evaluation noun ("evaluation", "benchmark", "metric") or a known dataset in it. The
     * evaluation verbs are too broad for this ("shows", "improves").
     */
    private static boolean aboutEvaluation(ParsedSentence s, NoteContext note) {
        for (int i = 0; i < s.size(); i++) {
            String lemma = s.lemma(i).toLowerCase(Locale.ROOT);
            if (s.isNoun(i) && (note.lexicon().isEvaluationNoun(lemma) || lemma.equals("metric"))) return true;
            String id = s.vocabularyId(i);
            if (id != null && note.vocabulary().byId(id).map(e -> e.type() == EntityType.DATASET).orElse(false)) return true;
        }
        return false;
    }

    private static boolean reportsNumber(ParsedSentence s) {
        for (int i = 0; i < s.size(); i++) if (s.isNumber(i) || s.word(i).equals("%")) return true;
        return false;
    }

    private static boolean isMetricNoun(ParsedSentence s, int noun, Lexicon lexicon) {
        Lexicon.TypeHead th = lexicon.typeHead(s.lemma(noun));
        return th != null && th.type() == EntityType.METRIC;
    }
}
