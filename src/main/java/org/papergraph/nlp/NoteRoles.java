package org.papergraph.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Roles that only the whole note shows. A summary introduces its contribution in recognisable ways: it defines
 * an acronym for a name no vocabulary knows, the title opens with the name ("MoMa: …"), the name is the subject
 * of the first sentence or of "achieves"/"outperforms", or a copula defines it ("MoMa is a … framework"); a name
 * built on a proposed name ("MoMa Hub") is proposed too. Concepts and tasks the title names are what it studies.
 */
final class NoteRoles {

    static final double COINED = 0.8;

    /** What may follow a name that is a verb's whole object: the end of the phrase, an apposition, a gloss. */
    private static final Set<String> STANDS_ALONE = Set.of(",", "(", ".", ";", ":", "—", "–");
    static final Set<String> ARTICLES = Set.of("a", "an", "the");
    private static final Set<String> FUNCTION_WORDS = Set.of("a", "an", "the", "for", "with", "via",
            "in", "of", "on", "without", "through", "from", "by", "to", "as", "that", "and", "or", "is", "are", "at",
            "beyond", "under", "using", "towards", "toward", "into", "over", "across");

    private NoteRoles() {}

    static void apply(EntityGrouping grouping, NoteContext note) {
        String titleName = titleName(note.title());
        String titleKeyText = " " + LabelKeys.normalise(note.title()) + " ";
        String titleWords = " " + LabelKeys.normalise(note.title()).replaceAll("[^\\p{L}\\p{N}]+", " ") + " ";
        String titleDescription = titleName == null ? null : describedPhrase(note.title());
        List<EntityGrouping.Group> groups = grouping.groups();
        List<Candidate> mentions = groups.stream().flatMap(g -> g.members.stream()).toList();
        List<Candidate> proposedKinds = mentions.stream().filter(m -> "proposal-verb".equals(m.roleRule)).toList();
        List<Candidate> names = mentions.stream().filter(m -> m.nameLike).toList();
        String expandedTitle = note.title() == null ? "" : " " + TitleTerms.expandCoordinatedModifiers(
                LabelKeys.normalise(note.title()).replaceAll("[^\\p{L}\\p{N}]+", " ").strip()) + " ";
        List<EntityGrouping.Group> proseCoinages = new ArrayList<>();
        List<Candidate> listingKinds = new ArrayList<>();
        for (EntityGrouping.Group g : groups) {
            if (g.generic) continue;
            boolean explicitUse = g.members.stream().anyMatch(m -> "use-verb".equals(m.roleRule) || "trained-on".equals(m.roleRule));
            if (AcronymCoinage.coined(g, grouping, note)) {
                if (AcronymCoinage.proseLongForm(g, note)) proseCoinages.add(g);
                else promote(g, "acronym-coinage", COINED);
            }
            // "three components — direct learning, pre-caching, and circuit sharing" of a proposal: its parts
            if (g.discovered() && g.members.stream().anyMatch(m -> m.enumerated && "proposal-verb".equals(m.roleRule))) {
                promote(g, "proposed-part", 0.7);
            }
            // a whole short title names a system ("Segment Anything", "Mistral 7B"), not a topic ("Grokking")
            boolean system = g.type == EntityType.METHOD || g.type == EntityType.MODEL || g.type == EntityType.DATASET;
            boolean wholeTitle = note.title() != null && note.title().indexOf(':') < 0;
            if (titleName != null && (system || !wholeTitle)
                    && g.members.stream().anyMatch(m -> namedByTitle(m.surface(note.text()), titleName))) {
                promote(g, "title-name", 0.9);
            }
            // a longer whole title is a name too when the note defines an acronym for it: "Denoising Diffusion
            // Probabilistic Models" with "denoising diffusion probabilistic models (DDPMs)"
            if (wholeTitle && system && g.hasDefinition() && g.members.stream()
                    .anyMatch(m -> LabelKeys.key(m.surface(note.text())).equals(LabelKeys.key(note.title())))) {
                promote(g, "title-name", 0.9);
            }
            // a title without a name before a colon is a phrase naming the contribution: "Deep Residual Learning for
            // Image Recognition", "Polynomial, trigonometric, and tropical activations" — a method phrase of the
            // summary that no vocabulary knows and the title repeats is what the paper puts forward
            if (!explicitUse && wholeTitle && g.type == EntityType.METHOD && g.discovered() && !g.nameLike()
                    && g.members.stream().anyMatch(m -> m.fromTitle || titleRepeats(m.surface(note.text()), expandedTitle))) {
                promote(g, "title-phrase", 0.7);
            }
            // "ChronoLink: Timestamp Tokens for Temporal Grounding": the phrase after a name's colon says what the
            // named contribution is; a term of the paper's own there is proposed (a task there is what it studies)
            if (!explicitUse && titleDescription != null && (g.type == EntityType.METHOD || g.type == EntityType.CONCEPT)
                    && g.discovered() && !g.nameLike()
                    && g.members.stream().anyMatch(m -> LabelKeys.key(m.surface(note.text())).equals(titleDescription))) {
                promote(g, "title-description", 0.7);
            }
            if (!explicitUse && g.discovered() && g.nameLike()) {
                for (Candidate m : g.members) {
                    Candidate kindPhrase = ProposedLists.listingKind(m, proposedKinds, names);
                    if (kindPhrase == null) continue;
                    promote(g, "proposed-list", 0.75);
                    listingKinds.add(kindPhrase);
                }
            }
            if (!explicitUse && g.nameLike() && g.members.stream().anyMatch(m -> followsPaperProposal(m, note))) {
                promote(g, "proposal-pattern", 0.8);
            }
            if (!explicitUse) {
                boolean inTitle = g.members.stream().anyMatch(m -> titleWords.contains(
                        " " + LabelKeys.normalise(m.surface(note.text())).replaceAll("[^\\p{L}\\p{N}]+", " ") + " "));
                for (Candidate m : g.members) {
                    if (isOpeningSubject(m, g.nameLike(), inTitle)) promote(g, "opening-subject", 0.75);
                    else if (g.discovered() && g.nameLike() && isContributionSubject(m, g.type, note)) promote(g, "contribution-subject", 0.75);
                }
            }
        }
        // "proposes two log-linear architectures …: CBOW and Skip-gram": the counted phrase counts the proposals, the
        // names it lists; it is only their kind
        for (Candidate k : listingKinds) {
            EntityGrouping.Group g = grouping.groupOf(k);
            if (g != null && !g.nameLike() && g.role == Role.PROPOSES && "proposal-verb".equals(g.roleRule)) {
                g.role = Role.USES;
                g.roleRule = "kind-of-proposals";
            }
        }
        // a term spelled out in lower case is an established one ("high bandwidth memory (HBM)") where the note
        // names its contribution otherwise; a note that names none may be defining its own ("effective model
        // complexity (EMC)")
        if (groups.stream().noneMatch(g -> g.role == Role.PROPOSES && g.nameLike())) {
            for (EntityGrouping.Group g : proseCoinages) promote(g, "acronym-coinage", COINED);
        }
        // "The authors train Whisper, a family of … speech models", "… is tackled with EWC, an algorithm that …": where
        // the note claims no name, the one its first sentence introduces with an indefinite description is its own
        if (groups.stream().noneMatch(g -> g.role == Role.PROPOSES && g.nameLike())) {
            List<EntityGrouping.Group> introduced = groups.stream().filter(g -> !g.generic && g.nameLike() && RelationFinder.isSystem(g)
                    && g.members.stream().anyMatch(NoteRoles::introducedByDescription)).toList();
            if (introduced.size() == 1) promote(introduced.get(0), "described-opening", 0.7);
        }
        // "…, and the best of them, asynchronous advantage actor-critic (A3C), surpasses DQN": where the note still
        // claims no name, the one system its own sentences report beating others is what it puts forward, known to a
        // vocabulary or not (notes of well-known papers name well-known systems)
        if (groups.stream().noneMatch(g -> g.role == Role.PROPOSES && g.nameLike())) {
            List<EntityGrouping.Group> winners = groups.stream().filter(g -> !g.generic && g.nameLike() && RelationFinder.isSystem(g)
                    && g.members.stream().anyMatch(m -> beatsInMainClause(m, note))).toList();
            if (winners.size() == 1) promote(winners.get(0), "reported-winner", 0.7);
        }
        // names built on a proposed name are the paper's too: MoMa Hub, Llama 2-Chat, BERT-Large, RAG-Token
        for (EntityGrouping.Group g : groups) {
            if (g.generic || g.role == Role.PROPOSES || !g.nameLike()) continue;
            for (EntityGrouping.Group p : groups) {
                if (p != g && p.role == Role.PROPOSES && p.nameLike() && g.members.stream().anyMatch(m -> p.members.stream()
                        .anyMatch(pm -> containsWord(m.surface(note.text()), pm.surface(note.text()))))) {
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

    /**
     * "We introduce X", "The authors present X", "This paper proposes X": the name right after a proposal verb whose
     * doer is the paper, read from the words alone. The parse usually says the same (RoleCues), but the tagger
     * takes "present" for an adjective or "mentions" for a verb often enough that the surface pattern is needed too.
     * A making verb ("The authors also release X, 410K pairs …") counts when the name stands alone, not when it
     * modifies what follows ("we build ImageNet splits" makes splits, not ImageNet; the tagger may read "splits"
     * as a verb, so the test is what follows, not its tag).
     */
    private static boolean followsPaperProposal(Candidate m, NoteContext note) {
        ParsedSentence s = m.sentence;
        int verb = m.from - 1;
        // "the authors build the Colossal Clean Crawled Corpus (C4)"
        if (verb > 1 && ARTICLES.contains(s.word(verb).toLowerCase(Locale.ROOT))) verb--;
        if (verb < 1) return false;
        String lemma = s.lemma(verb).toLowerCase(Locale.ROOT);
        boolean proposes = note.lexicon().hasCue(lemma, Lexicon.Cue.PROPOSE);
        boolean makes = !proposes && s.isVerb(verb) && note.lexicon().hasCue(lemma, Lexicon.Cue.CREATE)
                && (m.to >= s.size() || STANDS_ALONE.contains(s.word(m.to)) || s.tag(m.to).equals("CC"));
        if (!proposes && !makes) return false;
        // "This paper introduces X, in which …, and proposes Y": a verb after "and" shares the sentence's subject,
        // however the parser hung it (here on the relative clause, with its subject)
        if (s.word(verb - 1).equalsIgnoreCase("and") && s.root() >= 0) {
            for (int subj : Dependencies.subjects(s, s.root(), false)) {
                if (subj < verb && note.lexicon().isPaperSubject(s.lemma(subj).toLowerCase(Locale.ROOT))) return true;
            }
        }
        for (int k = verb - 1; k >= Math.max(0, verb - 3); k--) {
            String w = s.word(k).toLowerCase(Locale.ROOT);
            // "prior work, which introduces X" and "Smith et al. introduce X" are someone else's proposals
            if (w.equals(",") || w.equals("which") || w.equals("that") || w.equals("who")) return false;
            if (note.lexicon().isPaperSubject(s.lemma(k).toLowerCase(Locale.ROOT))) {
                return k == 0 || !note.lexicon().isPriorWorkWord(s.word(k - 1));
            }
        }
        return false;
    }

    /**
     * The key of the phrase after a title's colon, up to its first function word: "Dense Execution-Trace Rewards" in
     * "ExecShaper: Dense Execution-Trace Rewards for Code Generation"; null without a colon or a phrase.
     */
    static String describedPhrase(String title) {
        int colon = title.indexOf(':');
        if (colon < 0) return null;
        List<String> words = new ArrayList<>();
        for (String w : title.substring(colon + 1).strip().split("\\s+")) {
            if (FUNCTION_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
                if (words.isEmpty() && ARTICLES.contains(w.toLowerCase(Locale.ROOT))) continue;
                break;
            }
            words.add(w);
        }
        return words.isEmpty() ? null : LabelKeys.key(String.join(" ", words));
    }

    /** A phrase of two words or more that the title holds (its last word singular or plural). */
    private static boolean titleRepeats(String surface, String expandedTitle) {
        String w = LabelKeys.normalise(surface).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        if (w.split(" ").length < 2) return false;
        String singular = LabelKeys.singular(w);
        return expandedTitle.contains(" " + w + " ") || expandedTitle.contains(" " + singular + " ")
                || expandedTitle.contains(" " + singular + "s ");
    }

    private static void promote(EntityGrouping.Group g, String rule, double confidence) {
        if (g.role == Role.PROPOSES) return;
        g.role = Role.PROPOSES;
        g.roleRule = rule;
        g.confidence = Math.max(g.confidence, confidence);
    }

    /**
     * The name a title gives: the part before its colon ("CHAMMI-75: Pre-training …"), or a whole title of a few
     * words ("Segment Anything", "Mistral 7B"), when short enough to be a name.
     */
    static String titleName(String title) {
        if (title == null) return null;
        int colon = title.indexOf(':');
        String head = (colon > 0 ? title.substring(0, colon) : title).strip();
        return head.split("\\s+").length <= (colon > 0 ? 4 : 3) ? head : null;
    }

    /** The title's name is the entity's label, or the start of it ("Segment Anything" → "Segment Anything Model"). */
    private static boolean namedByTitle(String label, String titleName) {
        if (LabelKeys.key(label).equals(LabelKeys.key(titleName))) return true;
        String l = LabelKeys.normalise(label), t = LabelKeys.normalise(titleName);
        return l.startsWith(t + " ") && l.split(" ").length <= t.split(" ").length + 1;
    }

    /**
     * The subject of the summary's first sentence: summaries open with their contribution ("MuZero combines …",
     * "The Vision Transformer (ViT) applies …"). A name counts as subject; a common noun only when the title names
     * it too ("Chain-of-thought prompting … is shown to …" under "Chain-of-Thought Prompting Elicits …").
     */
    private static boolean isOpeningSubject(Candidate m, boolean nameLike, boolean inTitle) {
        ParsedSentence s = m.sentence;
        if (s.index() != 0 || !(nameLike || inTitle) || habitual(s)) return false;
        int x = phraseHead(s, m.head());
        ParsedSentence.Arc g = s.governor(x);
        if (g != null && g.token() == s.root() && (g.relation().equals("nsubj") || inTitle && g.relation().equals("nsubj:pass"))) {
            return true;
        }
        return opensWithSubjectInWords(m);
    }

    /**
     * "Graph convolution networks (GCNs) usually inherit …": a sentence whose main verb says what something usually or
     * typically does describes the practice a paper starts from, not the paper's own system.
     */
    private static boolean habitual(ParsedSentence s) {
        for (int k = 0; k < s.size(); k++) {
            ParsedSentence.Arc up = s.governor(k);
            if (up != null && up.token() == s.root() && up.relation().equals("advmod")
                    && HABITUAL.contains(s.word(k).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> HABITUAL = Set.of("usually", "typically", "commonly", "traditionally", "conventionally",
            "generally", "often", "mostly", "routinely");

    /**
     * "Momentum Contrast (MoCo) views contrastive learning as …": the words show the note opening with the name as
     * the subject when the tagger took a word of the name for the verb — the name first (after an article at most),
     * its parenthesised short form if any, then a finite verb.
     */
    private static boolean opensWithSubjectInWords(Candidate m) {
        ParsedSentence s = m.sentence;
        if (m.from > 1 || m.from == 1 && !s.tag(0).equals("DT")) return false;
        int k = s.afterParenthesis(m.to);
        return k < s.size() && s.isFiniteVerb(k);
    }

    /** A name of the first sentence followed by ", a/an …": an apposition that says what it is. */
    private static boolean introducedByDescription(Candidate m) {
        ParsedSentence s = m.sentence;
        int k = s.afterParenthesis(m.to);
        return s.index() == 0 && k + 1 < s.size() && s.word(k).equals(",")
                && (s.word(k + 1).equalsIgnoreCase("a") || s.word(k + 1).equalsIgnoreCase("an"));
    }

    /** Climbs from a name to the noun it is part of ("the MorphEm model", "Deep Q-network (DQN) agent"). */
    static int phraseHead(ParsedSentence s, int token) {
        int x = token;
        for (int i = 0; i < 3; i++) {
            ParsedSentence.Arc g = s.governor(x);
            if (g == null || !(g.relation().equals("compound") || g.relation().equals("flat") || g.relation().equals("appos")
                    || g.relation().equals("dep") || g.relation().equals("amod"))) break;
            x = g.token();
        }
        return x;
    }

    /** Subject of the first sentence's main verb, or of a verb that reports a result (achieves, outperforms). */
    private static boolean isContributionSubject(Candidate m, EntityType type, NoteContext note) {
        ParsedSentence s = m.sentence;
        // "the MorphEm model achieves …" is the name's doing; in "Monte Carlo rollouts from it reach …" the name only
        // says which rollouts: a name modifying a noun is the subject only when the noun names its class
        ParsedSentence.Arc modified = s.governor(m.head());
        if (modified != null && modified.relation().equals("compound") && !m.covers(modified.token())
                && note.lexicon().typeHead(s.lemma(modified.token())) == null) return false;
        ParsedSentence.Arc g = s.governor(phraseHead(s, m.head()));
        if (g == null || !(g.relation().equals("nsubj"))) return false;
        String lemma = s.lemma(g.token());
        boolean firstSentenceRoot = s.index() == 0 && g.token() == s.root();
        // "X is a framework for …" introduces X; "a high-probability (PAC) version … is unattainable" says what holds
        boolean copula = !s.children(g.token(), "cop").isEmpty() && s.tag(g.token()).startsWith("NN");
        boolean reportsResult = note.lexicon().hasCue(lemma, Lexicon.Cue.OUTPERFORM)
                || lemma.equals("achieve") || lemma.equals("attain") || lemma.equals("reach");
        // a size or version of a known model reporting a result ("a vanilla ViT-Huge reaches …", "Prompting PaLM 540B
        // with … achieves") is a baseline
        boolean knownFamily = sizeOfKnownModel(m.surface(note.text()), note);
        // results are a method's or a model's: a benchmark the parser made the subject of "outperforms" is not one
        boolean system = type == EntityType.METHOD || type == EntityType.MODEL;
        return firstSentenceRoot || copula || (reportsResult && system && !knownFamily);
    }

    /**
     * The name is the subject of an outperform verb that is its sentence's main verb (or one joined to it): the
     * note's own claim. Under "the authors find that …" or in a relative clause it is a finding about the systems
     * compared, and a size of a known model reporting a result is a baseline (as in {@link #isContributionSubject}).
     */
    private static boolean beatsInMainClause(Candidate m, NoteContext note) {
        ParsedSentence s = m.sentence;
        ParsedSentence.Arc g = s.governor(phraseHead(s, m.head()));
        if (g == null || !g.relation().equals("nsubj") || !note.lexicon().hasCue(s.lemma(g.token()), Lexicon.Cue.OUTPERFORM)) return false;
        ParsedSentence.Arc up = s.governor(g.token());
        boolean main = g.token() == s.root() || up != null && up.token() == s.root() && up.relation().startsWith("conj");
        return main && !sizeOfKnownModel(m.surface(note.text()), note);
    }

    private static boolean sizeOfKnownModel(String surface, NoteContext note) {
        for (int cut = 1; cut < surface.length(); cut++) {
            char ch = surface.charAt(cut);
            if ((ch == '-' || ch == ' ') && !note.vocabulary().byLabel(surface.substring(0, cut)).isEmpty()) return true;
        }
        return false;
    }

    private static boolean containsWord(String name, String part) {
        String n = " " + name.toLowerCase(Locale.ROOT).replace('-', ' ') + " ";
        return !name.equalsIgnoreCase(part) && n.contains(" " + part.toLowerCase(Locale.ROOT).replace('-', ' ') + " ");
    }
}
