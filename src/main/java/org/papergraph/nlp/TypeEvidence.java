package org.papergraph.nlp;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Type votes from a candidate's context, and descriptions folded into the name they describe:
 * a class noun over a name ("the MorphEm model"), a description in apposition or after a copula
 * ("SemHiTok — a tokenizer …", "MoMa is a … framework", "CHAMMI-75—the largest … dataset"),
 * the verb a name is the object of ("trained on X" → Dataset) and the name's own shape ("…QA", "…GPT").
 * A folded description is not an entity of its own.
 */
final class TypeEvidence {

    private static final Pattern DATASET_SHAPE = Pattern.compile(".*(QA|Bench|bench|Corpus|Set|Data|-\\d+[kK]?)$");
    private static final Pattern MODEL_SHAPE = Pattern.compile(".*(GPT|LM|LMs|BERT|Net|Former|former|[ -]\\d+(\\.\\d+)?[BM])$");

    private TypeEvidence() {}

    static void apply(List<Candidate> candidates, NoteContext note) {
        Lexicon lexicon = note.lexicon();
        for (Candidate c : candidates) {
            ParsedSentence s = c.sentence;
            int head = c.head();
            if (c.rule == Candidate.Rule.VOCABULARY) {
                // a known name's type is known; its descriptions still fold ("Mistral 7B is a … language model")
                descriptions(s, head, lexicon, c, candidates);
                continue;
            }
            classNounAbove(s, head, lexicon, c);
            descriptions(s, head, lexicon, c, candidates);
            verbContext(s, head, lexicon, c);
            onPhrase(s, head, lexicon, c);
            listMates(s, head, lexicon, c, candidates);
            if (c.nameLike) {
                ownHead(s, lexicon, c);
                nameShape(c.surface(note.text()), c);
                familyName(c.surface(note.text()), note.vocabulary(), c);
            }
        }
        noteFamilies(candidates, note);
        candidates.removeIf(c -> c.confidence <= 0);   // descriptions folded into their names
    }

    /**
     * "RNNsearch-50" beside "RNNsearch", "Mamba-3B" beside "Mamba", "PatchTST/64" beside "PatchTST": a name that is
     * another name of the note with a size or version after it is of that name's type, as {@link #familyName} does
     * for the vocabulary's names. The
     * suffix's own shape ("-50" reads like a dataset's) says less than the family.
     */
    private static void noteFamilies(List<Candidate> candidates, NoteContext note) {
        java.util.Map<String, Candidate> byName = new java.util.HashMap<>();
        for (Candidate c : candidates) if (c.nameLike && !c.typeVotes.isEmpty()) byName.putIfAbsent(c.surface(note.text()), c);
        for (Candidate c : candidates) {
            if (!c.nameLike || c.rule == Candidate.Rule.VOCABULARY) continue;
            String surface = c.surface(note.text());
            for (int cut = surface.length() - 1; cut > 1; cut--) {
                char ch = surface.charAt(cut);
                String suffix = surface.substring(cut + 1);
                if (ch != ' ' && ch != '-' && ch != '/' || !NameShapes.isVersionNumber(suffix) && !NameShapes.isModelSize(suffix)) continue;
                // the family may be named in the plural: "TinyNet-224" of "TinyNets"
                Candidate base = byName.getOrDefault(surface.substring(0, cut), byName.get(surface.substring(0, cut) + "s"));
                if (base == null || base == c) continue;
                base.typeVotes.entrySet().stream().max(java.util.Map.Entry.comparingByValue())
                        .ifPresent(best -> c.vote(best.getKey(), 2.0));
                break;
            }
        }
    }

    /** Nouns for the place a whole network takes in another: a name before them is a model. */
    private static final Set<String> MODEL_SLOTS = Set.of("encoder", "decoder", "backbone", "teacher", "student");

    /**
     * "MorphEm model", "the Warmup-Stable-Only (WSO) learning rate schedule": a class noun the name modifies; "the
     * sparse optimizer Kestrel": the class noun just before the name. Either way the noun
     * vouches for the name: a single capitalised word so placed is no organisation or person.
     */
    private static void classNounAbove(ParsedSentence s, int head, Lexicon lexicon, Candidate c) {
        // only a name is typed by the noun it modifies: a "prediction framework" is a framework for prediction
        if (!c.nameLike) return;
        // the class noun just before the name: the parser makes the name its apposition or the noun the name's compound
        int before = c.from - 1;
        ParsedSentence.Arc named = s.governor(head);
        // "The resulting model, RNNsearch, …", "a new optimizer, Kestrel": the apposition may follow a comma
        boolean commaApposition = before >= 1 && s.word(before).equals(",") && named != null
                && named.relation().equals("appos") && named.token() == before - 1;
        if (commaApposition) before--;
        boolean classBefore = before >= 0 && s.isNoun(before) && (named != null && named.relation().equals("appos")
                && named.token() == before || s.children(head, "compound").contains(before));
        // a noun that ends a known multi-word term is that term, not a class word: "in language modeling FernLM-7B
        // outperforms …" (parsed as a compound when the comma after a fronted phrase is missing)
        if (classBefore && before > 0 && s.vocabularyId(before) != null && s.vocabularyId(before).equals(s.vocabularyId(before - 1))) {
            classBefore = false;
        }
        // "On the Beauty and Toys datasets SemID-Rec surpasses …": a plural class noun ending a fronted phrase whose
        // comma is missing, and the name the subject of the verb right after it, not one of the datasets
        if (classBefore && !commaApposition && s.tag(before).equals("NNS") && c.to < s.size() && s.isFiniteVerb(c.to)) {
            classBefore = false;
        }
        Lexicon.TypeHead leading = classBefore ? lexicon.typeHead(s.lemma(before)) : null;
        if (leading != null && leading.kind().isClass()) {
            c.vote(leading.type(), 2.0);
            vouched(c);
            return;
        }
        int x = head;
        for (int steps = 0; steps < 3; steps++) {
            // the enhanced graph gives a list's later member two heads ("the Picasso and People-Art datasets": the
            // first member and the class noun); the modifier link is the one that types it
            ParsedSentence.Arc g = null;
            for (ParsedSentence.Arc up : s.governors(x)) {
                String r = up.relation();
                if (g == null && (r.equals("compound") || r.equals("amod") || r.equals("dep") || r.equals("flat"))) g = up;
            }
            if (g == null) return;
            // "a PaliGemma encoder", "a Vicuna-7B decoder": a name filling a network's slot is a model; the slot itself
            // ("a lightweight mask decoder") is a component, a method
            if (s.isNoun(g.token()) && !c.covers(g.token()) && MODEL_SLOTS.contains(s.lemma(g.token()).toLowerCase(Locale.ROOT))) {
                c.vote(EntityType.MODEL, 2.0);
                return;
            }
            Lexicon.TypeHead th = lexicon.typeHead(s.lemma(g.token()));
            if (th != null && th.kind().isClass() && s.isNoun(g.token()) && !c.covers(g.token())) {
                c.vote(th.type(), 2.0);
                // the class noun right after the name ("the Evoformer block"), not one a longer term ends in
                // ("the Bellman error objective")
                if (g.token() == c.to) vouched(c);
                return;
            }
            x = g.token();
        }
    }

    /** A name its class noun vouches for clears the link threshold. */
    private static void vouched(Candidate c) {
        if (c.confidence < VOUCHED) c.confidence = VOUCHED;
    }

    private static final double VOUCHED = 0.6;

    /**
     * Apposition and copula: "X, a Y", "X — the Y", "X is a Y". The description's head gives a type vote; a
     * description candidate (a type-head phrase) is marked to be dropped, and its type goes to the name.
     */
    private static void descriptions(ParsedSentence s, int head, Lexicon lexicon, Candidate c, List<Candidate> all) {
        if (!c.nameLike) return;
        int described = describedInWords(s, c);
        // (once: a parsed apposition reaches the same noun below)
        if (described >= 0 && s.children(head).stream().noneMatch(a -> a.token() == described)) describe(s, described, lexicon, c, all);
        for (ParsedSentence.Arc a : s.children(head)) {
            if (a.relation().equals("appos") || a.relation().equals("dep")) {
                describe(s, a.token(), lexicon, c, all);
                // "RECON, a class- and pose-agnostic … method": the parser may hang the noun one level lower
                for (ParsedSentence.Arc b : s.children(a.token())) {
                    if (b.relation().equals("dep") || b.relation().startsWith("conj")) describe(s, b.token(), lexicon, c, all);
                }
            }
        }
        ParsedSentence.Arc g = s.governor(head);
        if (g != null && g.relation().equals("nsubj") && !s.children(g.token(), "cop").isEmpty()) {
            describe(s, g.token(), lexicon, c, all);
        }
    }

    /**
     * "CC-News, a large news dataset drawn from Common Crawl": the head of the description the words show after the
     * name (a comma, an article, modifiers and the last noun before anything else), for when the parser made the
     * description the subject of its participle; -1 when there is none.
     */
    private static int describedInWords(ParsedSentence s, Candidate c) {
        int k = s.afterParenthesis(c.to);
        if (k + 2 >= s.size() || !s.word(k).equals(",") || !s.tag(k + 1).equals("DT")) return -1;
        int noun = -1;
        for (int i = k + 2; i < s.size(); i++) {
            String t = s.tag(i);
            if (t.startsWith("NN")) noun = i;
            else if (!(t.startsWith("JJ") || t.equals("CD") || t.equals("HYPH") || t.equals("VBN"))) break;
        }
        return noun;
    }

    private static void describe(ParsedSentence s, int noun, Lexicon lexicon, Candidate name, List<Candidate> all) {
        if (!s.isNoun(noun) || name.covers(noun)) return;
        if (lexicon.isCollectiveNoun(s.lemma(noun))) {
            // "a new family of policy gradient methods, PPO": the family's complement describes the name
            for (ParsedSentence.Arc a : s.children(noun)) {
                if (!a.relation().equals("nmod:of")) continue;
                int from = PhraseSpans.modifierStart(s, a.token());
                for (Candidate d : all) if (d != name && d.sentence == s && d.from >= from && d.to <= a.token() + 1) d.describing = true;
                describe(s, a.token(), lexicon, name, all);
            }
            return;
        }
        Lexicon.TypeHead th = lexicon.typeHead(s.lemma(noun));
        if (th == null || !th.kind().isClass()) return;
        name.vote(th.type(), 2.0);
        int from = PhraseSpans.modifierStart(s, noun);
        for (Candidate d : all) {
            if (d.sentence != s) continue;
            if (d.rule == Candidate.Rule.TYPE_HEAD && d.head() == noun) d.confidence = 0;
            // a common word describing the name ("a … pre-training dataset") is not an entity of its own
            if (d.rule == Candidate.Rule.VOCABULARY && !d.nameLike && d.from >= from && d.to <= noun) d.confidence = 0;
        }
    }

    /**
     * Members of one list share a type: "Atari, ProcGen, DMLab, Minecraft" (datasets), "networks such as BiT and
     * Noisy Student" (models). A known member votes its type for the others and lifts a weak name to a sure one.
     */
    private static void listMates(ParsedSentence s, int head, Lexicon lexicon, Candidate c, List<Candidate> all) {
        List<Integer> mates = new java.util.ArrayList<>();
        for (ParsedSentence.Arc a : s.children(head)) if (a.relation().startsWith("conj")) mates.add(a.token());
        ParsedSentence.Arc up = s.governor(head);
        int first = s.firstConjunct(head);
        if (first >= 0) {
            mates.add(first);
            for (ParsedSentence.Arc a : s.children(first)) if (a.relation().startsWith("conj") && a.token() != head) mates.add(a.token());
        }
        for (int m : mates) {
            for (Candidate o : all) {
                if (o == c || o.sentence != s || !o.covers(m) || o.rule != Candidate.Rule.VOCABULARY || o.generic) continue;
                o.typeVotes.keySet().forEach(t -> c.vote(t, 1.5));
                if (c.nameLike && c.confidence < 0.6) c.confidence = 0.6;
            }
        }
        // "X such as A and B": the head noun X types its examples; the parser often hangs only the first of them
        // there ("benchmarks such as Forest Cover Type, Poker Hand, Sarcos and …" made the later ones a subject), so
        // the words find the class noun of a later item too
        int classNoun = up != null && (up.relation().equals("nmod:such_as") || up.relation().equals("nmod:including"))
                ? up.token() : exampleClassNoun(s, c, all);
        if (classNoun >= 0) {
            Lexicon.TypeHead th = lexicon.typeHead(s.lemma(classNoun));
            // names are rarely tasks: "prior work on view synthesis, including SRN and LLFF" lists systems, and
            // "tasks such as SQuAD" benchmarks; the parser hangs the list on the nearest noun either way
            boolean namedTask = th != null && th.type() == EntityType.TASK && c.nameLike;
            if (th != null && !namedTask) c.vote(th.type(), 2.0);
            if (c.nameLike && c.confidence < 0.6) c.confidence = 0.6;
        }
    }

    /**
     * The class noun of a list of examples that {@code c} continues: back over list joiners and the candidates
     * before it to the list's first item, and before that "such as" or "including" after the noun; -1 for none.
     * Only the last item follows "and" or "or": a name after "…, C and D," is past the list's end ("…, Higgs Boson,
     * TabNet outperforms …").
     */
    private static int exampleClassNoun(ParsedSentence s, Candidate c, List<Candidate> all) {
        int first = c.from;
        while (true) {
            int k = first - 1;
            boolean conjunction = false;
            while (k >= 0 && ListJoiners.isJoinerWord(s.word(k))) conjunction |= !s.word(k--).equals(",");
            if (k == first - 1 || k < 0) break;
            if (conjunction && first != c.from) return -1;
            int end = k + 1;
            Candidate before = all.stream().filter(o -> o.sentence == s && o.to == end && !o.generic).findFirst().orElse(null);
            if (before == null) return -1;
            first = before.from;
        }
        if (first == c.from) return -1;   // the first item: its parse says where it hangs
        int k = first - 1;
        if (k >= 0 && s.word(k).equalsIgnoreCase("the")) k--;
        if (k >= 1 && s.word(k).equalsIgnoreCase("as") && s.word(k - 1).equalsIgnoreCase("such")) k -= 2;
        else if (k >= 0 && s.word(k).equalsIgnoreCase("including")) k--;
        else return -1;
        if (k >= 0 && s.word(k).equals(",")) k--;
        return k >= 0 && s.isNoun(k) ? k : -1;
    }

    private static final Set<String> GAIN_NOUNS = Set.of("improvement", "gain", "advantage", "speedup", "speed-up", "margin");

    private static void verbContext(ParsedSentence s, int head, Lexicon lexicon, Candidate c) {
        for (ParsedSentence.Arc g : s.governors(head)) {
            String lemma = s.lemma(g.token());
            String rel = g.relation();
            // "16% relative improvement over NGCF", "gains of +9.2 CIDEr over GeoChat": the same for a gain noun
            if (c.nameLike && rel.equals("nmod:over") && s.isNoun(g.token()) && GAIN_NOUNS.contains(lemma.toLowerCase(Locale.ROOT))) {
                c.vote(EntityType.METHOD, 1.0);
            }
            if (!s.isVerb(g.token())) continue;
            if ((rel.equals("obl:on") || rel.equals("obl:from")) && lexicon.hasCue(lemma, Lexicon.Cue.TRAIN)) c.vote(EntityType.DATASET, 1.0);
            else if ((rel.equals("obl:on") || rel.equals("obl:across")) && lexicon.hasCue(lemma, Lexicon.Cue.EVALUATE) && c.nameLike) {
                c.vote(EntityType.DATASET, 0.7);
            }
            if (rel.equals("nsubj") && lexicon.hasCue(lemma, Lexicon.Cue.OUTPERFORM)) c.vote(EntityType.METHOD, 0.5);
            // "beats Mult-VAE", "improves over FedAvg": what is beaten is a system, whatever else the note says of it
            // ("ablations on NGCF")
            if (c.nameLike && (rel.equals("obj") && lexicon.hasCue(lemma, Lexicon.Cue.OUTPERFORM)
                    || rel.equals("obl:over") && (lexicon.hasCue(lemma, Lexicon.Cue.OUTPERFORM) || lexicon.hasCue(lemma, Lexicon.Cue.EXTEND)))) {
                c.vote(EntityType.METHOD, 1.0);
            }
            // "improving ANLS on DocVQA": a name a verb moves on a benchmark is a measure (the parser hangs "on Y" on the
            // verb or on the name); "measured with CHAIR" names one
            // ("reduces MASE by 11%", "raises AP from 0.586 to 0.671": moved by an amount, it is a measure too)
            if (c.nameLike && Dependencies.isObjectRelation(rel) && lexicon.hasCue(lemma, Lexicon.Cue.SHIFT_MEASURE)
                    && (!s.children(g.token(), "obl:on").isEmpty() || !s.children(head, "nmod:on").isEmpty()
                        || movedByAnAmount(s, g.token()))) {
                c.vote(EntityType.METRIC, 1.0);
            }
            if (c.nameLike && (rel.equals("obl:with") || rel.equals("obl:by")) && lexicon.hasCue(lemma, Lexicon.Cue.MEASURE_WITH)) {
                c.vote(EntityType.METRIC, 1.0);
            }
        }
    }

    /** The verb has a number as its "by", "from" or "to" phrase: "by 11%", "from 0.586 to 0.671". */
    private static boolean movedByAnAmount(ParsedSentence s, int verb) {
        for (String r : List.of("obl:by", "obl:from", "obl:to")) {
            for (int k : s.children(verb, r)) {
                if (s.tag(k).equals("CD") || s.word(k).equals("%") || !s.children(k, "nummod").isEmpty()) return true;
            }
        }
        return false;
    }

    /**
     * "improves robustness on WebVision", "sweeping 120 runs on MMC4 and OBELICS", "gains … on RSICD": a name that
     * results are reported on is a benchmark or dataset, whatever the verb, unless the verb says the name is a base
     * to build on. A weaker vote than the evaluation and training verbs', so a model-shaped name stays a model.
     */
    private static void onPhrase(ParsedSentence s, int head, Lexicon lexicon, Candidate c) {
        if (!c.nameLike) return;
        int phrase = head;
        int first = s.firstConjunct(head);
        if (first >= 0 && s.children(head, "case").isEmpty()) phrase = first;   // "on A and B"
        boolean on = false;
        for (int k : s.children(phrase, "case")) on |= s.word(k).equalsIgnoreCase("on");
        if (!on) return;
        ParsedSentence.Arc g = s.governor(phrase);
        if (g == null || !(g.relation().equals("obl:on") || g.relation().equals("nmod:on"))) return;
        String lemma = s.lemma(g.token()).toLowerCase(Locale.ROOT);
        // a sentence-initial "Building on X" is often tagged a proper noun, so its lemma is the word itself
        String stem = s.word(g.token()).toLowerCase(Locale.ROOT).replaceFirst("(ing|ed|es|s)$", "");
        Lexicon.Cue restOn = Lexicon.Cue.REST_ON;   // "built on Llama", "relies on RoPE" (cue-verbs.tsv)
        if (lexicon.hasCue(lemma, restOn) || lexicon.hasCue(stem, restOn) || lexicon.hasCue(stem + "e", restOn)) return;
        // training and evaluation verbs have voted already (verbContext)
        if (lexicon.hasCue(lemma, Lexicon.Cue.TRAIN) || lexicon.hasCue(lemma, Lexicon.Cue.EVALUATE)) return;
        c.vote(EntityType.DATASET, 0.6);
    }

    /**
     * "PaLM 540B", "LaMDA 137B", "Llama-2-7B", "nDCG@5", "ViT-L/14": a known name with a size, version, cutoff or
     * patch size after it is of the known name's type.
     */
    private static void familyName(String surface, Vocabulary vocabulary, Candidate c) {
        for (int cut = surface.length() - 1; cut > 1; cut--) {
            char ch = surface.charAt(cut);
            if (ch != ' ' && ch != '-' && ch != '@' && ch != '/') continue;
            if (knownType(surface.substring(0, cut), vocabulary, c, 2.0)) return;
        }
        // a name built on a known one without a size: "BERT4Rec", "SRoBERTa", "SpectraHop-GatedGCN", "FedProx+Skew"
        // are of the known one's kind, as its variants are (less sure: "BERTScore" is a metric)
        for (int cut = 2; cut < surface.length() - 1; cut++) {
            char ch = surface.charAt(cut);
            boolean joint = ch == '-' || ch == '+' || Character.isUpperCase(ch) || Character.isDigit(ch);
            if (!joint) continue;
            int tailStart = ch == '-' || ch == '+' ? cut + 1 : cut;
            // "VGGSound" is sound data named after VGG, not a VGG: a plain word joined to a known name says what it is
            boolean plainWordAfter = tailStart == cut && surface.substring(cut).matches("\\p{Lu}\\p{Ll}+");
            if (!plainWordAfter && knownType(surface.substring(0, cut), vocabulary, c, 1.0)) return;
            if (surface.length() - tailStart >= 3 && knownType(surface.substring(tailStart), vocabulary, c, 1.0)) return;
        }
    }

    /** Votes the type of the non-generic vocabulary name spelled exactly {@code name}, if there is one. */
    private static boolean knownType(String name, Vocabulary vocabulary, Candidate c, double weight) {
        for (Vocabulary.Entry e : vocabulary.byLabel(name)) {
            if (!e.generic() && e.labels().contains(name)) {
                c.vote(e.type(), weight);
                return true;
            }
        }
        return false;
    }

    /**
     * "Test F1", "Open Graph Benchmark", "Long-Document Transformer": a name of several words whose last word is a
     * class or measure noun is of that noun's type, as a common-noun phrase headed by it is.
     */
    private static void ownHead(ParsedSentence s, Lexicon lexicon, Candidate c) {
        int last = c.to - 1;
        if (last <= c.from || !s.isNoun(last)) return;
        Lexicon.TypeHead th = lexicon.typeHead(s.lemma(last));
        // the concept nouns (curve, law, space, system …) are too broad to type a name: a named "Training
        // Re-evaluation Curve" is a diagnostic the paper builds as often as an idea
        if (th != null && th.type() != EntityType.CONCEPT) c.vote(th.type(), 1.5);
    }

    private static void nameShape(String surface, Candidate c) {
        if (DATASET_SHAPE.matcher(surface).matches()) c.vote(EntityType.DATASET, 1.0);
        else if (MODEL_SHAPE.matcher(surface).matches()) c.vote(EntityType.MODEL, 1.0);
        String lower = surface.toLowerCase(Locale.ROOT);
        if (lower.endsWith("tok") || lower.endsWith("norm")) c.vote(EntityType.METHOD, 0.5);
    }
}
