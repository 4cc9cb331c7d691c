package org.papergraph.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Dependency-path helpers the role and relation rules share: which verbs have the paper as their subject,
 * what a verb's objects are, and where a phrase attaches once transparent links (conjunction, apposition,
 * compounds, "a framework for X") are climbed.
 */
final class Dependencies {

    /** Links that do not change a phrase's role: "A and B", "X, a Y", "Y X", "X — Y". */
    private static final Set<String> TRANSPARENT = Set.of("conj", "appos", "dep", "compound", "flat", "amod", "list",
            "nummod", "nmod:poss", "compound:prt", "acl:called");

    /** "a framework for X", "large datasets such as X": the class noun's attachment is X's. */
    private static final Set<String> THROUGH_CLASS_NOUN = Set.of("nmod:of", "nmod:called", "nmod:named", "nmod:as",
            "nmod:such_as", "nmod:including", "nmod:like");
    /** Links from a clause to the clause it belongs to: a verb's doer may be stated up this chain. */
    private static final Set<String> CLAUSE_LINKS = Set.of("conj", "ccomp", "xcomp", "advcl", "parataxis", "conj:and", "conj:or");

    private Dependencies() {}

    /**
     * Where a phrase attaches: the governing token and the relation, after transparent links were climbed.
     * {@code throughPortion}: the climb passed a noun standing for a part or an amount of the phrase ("trained on
     * 100B tokens of X"), so the verb acts on the phrase's data, and a proposal is of the part, not of the phrase.
     */
    record Attachment(int governor, String relation, boolean throughPortion) {
        Attachment(int governor, String relation) {
            this(governor, relation, false);
        }
    }

    static boolean isTransparent(String relation) {
        String base = relation.contains(":") && !relation.startsWith("nmod:poss") && !relation.startsWith("acl:called")
                && !relation.startsWith("compound:prt") ? relation.substring(0, relation.indexOf(':')) : relation;
        return TRANSPARENT.contains(base) || TRANSPARENT.contains(relation);
    }

    /**
     * Climbs from {@code token} through transparent links and through nouns that only name a class ("a framework
     * for X", "two methods — X and Y"), and returns every attachment reached (enhanced++ graphs give conjuncts
     * several heads).
     */
    static List<Attachment> attachments(ParsedSentence s, int token, boolean name, Lexicon lexicon) {
        List<Attachment> out = new ArrayList<>();
        climb(s, token, name, lexicon, out, 0, false, false, new boolean[s.size()]);
        return out;
    }

    /**
     * A name that modifies a noun ("the FictionalQA dataset") shares the noun's role; a common noun that modifies
     * one ("a pre-training dataset") does not, so compounds are climbed only from names.
     */
    private static void climb(ParsedSentence s, int token, boolean name, Lexicon lexicon, List<Attachment> out, int depth,
                              boolean modifying, boolean portion, boolean[] seen) {
        if (depth > 8 || seen[token]) return;
        seen[token] = true;
        List<ParsedSentence.Arc> heads = s.governors(token);
        for (ParsedSentence.Arc g : heads) {
            String rel = g.relation();
            if (rel.equals("ref") || rel.equals("punct")) continue;
            // "It introduces self-supervised pre-training for …": a term whose head the tagger read as a verb hangs
            // on the verb before it by "dep"; a candidate is a noun phrase, so the verb acts on it as its object
            if (depth == 0 && rel.equals("dep") && s.tag(token).startsWith("VB") && g.token() < token && s.isVerb(g.token())) {
                out.add(new Attachment(g.token(), "obj", portion));
                continue;
            }
            boolean modifier = rel.equals("compound") || rel.equals("amod") || rel.equals("nmod:poss");
            // a container reached from its members stands for them: "a decomposition into three components — A, B, C"
            boolean fromContainer = depth > 0 && s.isNoun(token) && lexicon.containerMemberType(s.lemma(token)) != null
                    && (rel.startsWith("nmod") || rel.startsWith("obl") || isObjectRelation(rel));
            if (fromContainer) {
                // "proposes … into three components — A, B, C": the members are what the verb acts on
                if (s.isVerb(g.token())) out.add(new Attachment(g.token(), "obj", portion));
                else climb(s, g.token(), name, lexicon, out, depth + 1, modifying, portion, seen);
                continue;
            }
            // "introduces Codex, a GPT language model …": a name modifying the description in apposition to another
            // name says what that name is built on; the verb acts on the other name, not on it
            if (modifying && rel.equals("appos")) {
                out.add(new Attachment(g.token(), rel, portion));
                continue;
            }
            // "two methods of X", "a method called X": the class noun stands for X; "based on X" does not, nor does
            // "a framework for X" ("presents a framework for deep reinforcement learning", "an algorithm for
            // first-order optimization"): the "for" phrase says what the thing is for, the field it serves
            boolean throughClassNoun = THROUGH_CLASS_NOUN.contains(rel) && isBareClassNoun(s, g.token(), lexicon);
            if (!throughClassNoun && (rel.equals("nmod:of") || rel.equals("nmod:from")) && isPortionOf(s, g.token(), lexicon)) {
                climb(s, g.token(), name, lexicon, out, depth + 1, modifying, true, seen);
                continue;
            }
            if ((isTransparent(rel) && (name || !modifier || depth > 0)) || throughClassNoun) {
                climb(s, g.token(), name, lexicon, out, depth + 1, modifying || depth == 0 && modifier, portion, seen);
            } else {
                out.add(new Attachment(g.token(), rel, portion));
            }
        }
        if (heads.isEmpty()) out.add(new Attachment(-1, "root"));
    }

    /** "a filtered version of X", "100B tokens of X", "1.1M clips from X": a part or a counted amount of X. */
    private static boolean isPortionOf(ParsedSentence s, int noun, Lexicon lexicon) {
        return s.isNoun(noun) && (lexicon.isPortionNoun(s.lemma(noun)) || !s.children(noun, "nummod").isEmpty());
    }

    /** A class noun with no content of its own: "framework", "two practical methods", "a new dataset". */
    static boolean isBareClassNoun(ParsedSentence s, int noun, Lexicon lexicon) {
        Lexicon.TypeHead th = lexicon.typeHead(s.lemma(noun));
        if (th == null || !th.kind().isClass() || !s.isNoun(noun)) {
            return lexicon.isGenericModifier(s.word(noun)) && s.isNoun(noun) || lexicon.containerMemberType(s.lemma(noun)) != null
                    || lexicon.isCollectiveNoun(s.lemma(noun));
        }
        for (int k = PhraseSpans.modifierStart(s, noun); k < noun; k++) {
            if (!lexicon.isGenericModifier(s.word(k))) return false;
        }
        return true;
    }

    /** The verb's subjects (nsubj, and nsubj:pass when {@code passive}). */
    static List<Integer> subjects(ParsedSentence s, int verb, boolean passive) {
        List<Integer> out = new ArrayList<>();
        for (ParsedSentence.Arc a : s.children(verb)) {
            if (a.relation().equals("nsubj") || a.relation().equals("csubj")
                    || (passive && a.relation().equals("nsubj:pass"))) out.add(a.token());
        }
        // a verb has one subject; two come from a fronted phrase the parser misread ("In experiments with …, multilayer
        // networks on MNIST …, Adam converges"), and the one nearest before the verb is the real one
        if (out.size() > 1) out.sort(java.util.Comparator.comparingInt((Integer t) -> t < verb ? verb - t : s.size() + t));
        return out;
    }

    static boolean isPassive(ParsedSentence s, int verb) {
        for (ParsedSentence.Arc a : s.children(verb)) {
            if (a.relation().equals("nsubj:pass") || a.relation().equals("aux:pass")) return true;
        }
        return false;
    }

    /**
     * True when the verb's doer is the paper: its subject is "we", "this paper", "the authors", "it"…, it is
     * passive ("a method is proposed"), or it has no subject and hangs off a verb whose doer is the paper.
     */
    static boolean paperIsDoer(ParsedSentence s, int verb, Lexicon lexicon) {
        boolean inanimateSubject = false;
        for (int depth = 0; depth < 5 && verb >= 0; depth++) {
            if (depth == 0 && isPassive(s, verb)) return true;
            List<Integer> subjects = subjects(s, verb, false);
            for (int subj : subjects) if (lexicon.isPaperSubject(s.lemma(subj))) return true;
            if (!subjects.isEmpty()) {
                // a name doing the proposing is another agent; a common noun ("error … and propose X") is usually
                // a parse that attached the verb to the wrong clause: look for the doer further up
                for (int subj : subjects) {
                    String w = s.word(subj);
                    if (NameShapes.isNameShaped(w) || (NameShapes.isCapitalised(w) && subj > 0)) return false;
                }
                inanimateSubject = true;
            }
            ParsedSentence.Arc g = s.governor(verb);
            if (g == null) return !inanimateSubject;   // a subjectless main clause in a summary speaks for the paper
            if (!CLAUSE_LINKS.contains(g.relation()) && !g.relation().startsWith("conj") && !g.relation().startsWith("advcl")) {
                return !inanimateSubject && subjects.isEmpty();
            }
            verb = g.token();
        }
        return false;
    }

    /** Objects of a verb, including the indirect objects the parser sometimes gives a direct object ("present X (Y) as Z"). */
    static boolean isObjectRelation(String relation) {
        return relation.equals("obj") || relation.equals("iobj") || relation.equals("nsubj:pass") || relation.equals("xcomp")
                || relation.equals("obl:as");
    }

    /** The verb's object or passive subject is a name: a proper noun, or a word with digits or inner capitals. */
    static boolean hasNamedTheme(ParsedSentence s, int verb) {
        for (ParsedSentence.Arc a : s.children(verb)) {
            if (!a.relation().equals("obj") && !a.relation().equals("iobj") && !a.relation().equals("nsubj:pass")) continue;
            String w = s.word(a.token());
            if (s.tag(a.token()).startsWith("NNP") || w.chars().anyMatch(Character::isDigit)
                    || w.length() > 1 && w.substring(1).chars().anyMatch(Character::isUpperCase)) {
                return true;
            }
        }
        return false;
    }

    /** True when the verb takes a particle or preposition that turns "build" into "build on". */
    static boolean hasOnComplement(ParsedSentence s, int verb) {
        for (ParsedSentence.Arc a : s.children(verb)) {
            if (a.relation().equals("obl:on") || a.relation().equals("obl:upon") || a.relation().equals("compound:prt")) return true;
        }
        return false;
    }

    /** The verb a noun is an argument of, through list members and noun modifiers ("in training of X and of Y"). */
    static int governingVerb(ParsedSentence s, int noun) {
        int x = noun;
        for (int i = 0; i < 4; i++) {
            ParsedSentence.Arc up = s.governor(x);
            if (up == null) return -1;
            if (s.isVerb(up.token())) return up.token();
            String r = up.relation();
            if (!(r.startsWith("conj") || r.startsWith("nmod") || r.equals("compound") || r.equals("appos") || r.equals("dep"))) return -1;
            x = up.token();
        }
        return -1;
    }
}
