package org.papergraph.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which of a note's entities the arguments of a parse stand for: the entity covering a token, the entities of an
 * argument phrase with its list members and appositions, and what a subject refers to — itself, a name given to it,
 * the antecedent of a relative pronoun, or the note's main proposed entity for "it", "the method", "which" — and
 * who does what a verb says, up its clause chain. The relation rules of {@link RelationFinder} read the parse
 * through it.
 */
final class ArgumentEntities {

    private static final Set<String> PLACEHOLDER_SUBJECTS = Set.of("it", "which", "that", "this", "method", "approach",
            "framework", "model", "system", "technique", "algorithm", "we", "paper", "work", "design", "they", "family",
            "variant", "version", "performance", "result", "accuracy", "agent", "architecture", "network", "optimizer");

    private static final Set<String> RELATIVE_PRONOUNS = Set.of("which", "that", "who");

    private final EntityGrouping grouping;
    private final EntityGrouping.Group mainProposed;
    private final Lexicon lexicon;

    ArgumentEntities(EntityGrouping grouping, EntityGrouping.Group mainProposed, Lexicon lexicon) {
        this.grouping = grouping;
        this.mainProposed = mainProposed;
        this.lexicon = lexicon;
    }

    /** The entity a token belongs to, or null. */
    EntityGrouping.Group at(ParsedSentence s, int token) {
        // the widest mention: "Mamba-3B" is one token, and so is the part of it that names "Mamba"
        EntityGrouping.Group best = null;
        int width = 0;
        for (EntityGrouping.Group g : grouping.groups()) {
            for (Candidate m : g.members) {
                if (m.sentence == s && m.covers(token) && m.end() - m.begin() > width) {
                    best = g;
                    width = m.end() - m.begin();
                }
            }
        }
        return best;
    }

    /** A mention of one of the note's entities, with that entity. */
    private record Member(EntityGrouping.Group group, Candidate mention) {}

    private Member member(ParsedSentence s, java.util.function.Predicate<Candidate> where) {
        for (EntityGrouping.Group g : grouping.groups()) {
            for (Candidate m : g.members) if (m.sentence == s && where.test(m)) return new Member(g, m);
        }
        return null;
    }

    /** The entity a subject stands for: itself, or the main proposed entity for "it", "the method", "which". */
    EntityGrouping.Group subjectEntity(ParsedSentence s, int token) {
        EntityGrouping.Group g = at(s, token);
        if (g != null && RelationFinder.isSystem(g)) return g;
        // "the resulting family of ConvNets, named ConvNeXt, …": a name given to the subject in apposition; also the
        // proposal the parser hung beside a fronted list ("Across benchmarks such as A, B and C, TabNet outperforms …"
        // made C the subject and TabNet its apposition)
        for (ParsedSentence.Arc a : s.children(token)) {
            if (a.relation().equals("appos") || (g == null && (a.relation().startsWith("acl") || a.relation().equals("compound")))) {
                EntityGrouping.Group named = at(s, a.token());
                if (named == null && g == null) for (ParsedSentence.Arc b : s.children(a.token())) if (named == null) named = at(s, b.token());
                if (named != null && named.role == Role.PROPOSES) return named;
            }
        }
        if (g != null) return g;
        if (PLACEHOLDER_SUBJECTS.contains(s.lemma(token).toLowerCase(Locale.ROOT)) || definiteSystemNoun(s, token)) {
            ParsedSentence.Arc up = s.governor(token);
            // "X, which outperforms …": a relative pronoun stands for the noun the clause modifies; "it" in "…, where
            // it improves over Y" does not stand for the place the clause is about
            if (up != null && RELATIVE_PRONOUNS.contains(s.lemma(token).toLowerCase(Locale.ROOT))) {
                ParsedSentence.Arc clause = s.governor(up.token());
                if (clause != null && clause.relation().startsWith("acl")) {
                    EntityGrouping.Group antecedent = at(s, clause.token());
                    if (antecedent != null) return antecedent;
                }
            }
            EntityGrouping.Group earlier = conjoinedClauseSubject(s, token);
            if (earlier != null) return earlier;
            return mainProposed;
        }
        return null;
    }

    /**
     * "1.0 MobileNet-224 reaches 70.6% …, and it beats GoogleNet": "it" as the subject of a clause joined to an earlier
     * one stands for that clause's named subject, which may be a variant rather than the contribution.
     */
    private EntityGrouping.Group conjoinedClauseSubject(ParsedSentence s, int pronoun) {
        String w = s.lemma(pronoun).toLowerCase(Locale.ROOT);
        if (!w.equals("it") && !w.equals("they")) return null;
        ParsedSentence.Arc verb = s.governor(pronoun);
        if (verb == null || !verb.relation().equals("nsubj")) return null;
        for (ParsedSentence.Arc up : s.governors(verb.token())) {
            if (!up.relation().startsWith("conj") || up.token() > verb.token()) continue;
            for (int subj : Dependencies.subjects(s, up.token(), false)) {
                EntityGrouping.Group g = at(s, subj);
                if (g != null && RelationFinder.isSystem(g) && g.nameLike()) return g;
            }
        }
        // "…, GIN fits the training data …, and it outperforms GCN": where the parser hung the second clause on a
        // noun of the first, the words still join the two clauses; "it" takes the nearest named subject before "and"
        if (pronoun > 0 && s.word(pronoun - 1).equalsIgnoreCase("and")) {
            for (int k = pronoun - 2; k >= 0; k--) {
                ParsedSentence.Arc up = s.governor(k);
                if (up == null || !up.relation().equals("nsubj") || !s.isVerb(up.token())) continue;
                EntityGrouping.Group g = at(s, k);
                if (g != null && RelationFinder.isSystem(g) && g.nameLike()) return g;
            }
        }
        return null;
    }

    /**
     * "The controller also beats WSD", "this scheduler …": a definite noun naming a class of methods or models, with
     * no name of its own, refers back to the contribution as the placeholder words do.
     */
    private boolean definiteSystemNoun(ParsedSentence s, int token) {
        if (!s.isNoun(token)) return false;
        Lexicon.TypeHead th = lexicon.typeHead(s.lemma(token));
        if (th == null || !th.kind().isClass() || !(th.type() == EntityType.METHOD || th.type() == EntityType.MODEL)) return false;
        for (int d : s.children(token, "det")) {
            String w = s.word(d).toLowerCase(Locale.ROOT);
            if (w.equals("the") || w.equals("this")) return true;
        }
        return false;
    }

    /**
     * The entities of an argument phrase: its head's, and those of the list members, appositions and compounds
     * below it (parsers often hang "BEAR, BRAC and behavior cloning" off the last conjunct as compounds).
     */
    /**
     * What an object pronoun stands for ("ELECTRA-Large performs comparably to RoBERTa and XLNet … and outperforms
     * them"): the nearest method or model written before it in the sentence, other than the ones excluded (the verb's
     * subjects); "them" takes the whole list that name is part of, "it" the name alone.
     */
    List<EntityGrouping.Group> pronounAntecedents(ParsedSentence s, int pronoun, java.util.Collection<EntityGrouping.Group> excluded) {
        String word = s.word(pronoun).toLowerCase(Locale.ROOT);
        if (!s.tag(pronoun).equals("PRP") || !(word.equals("them") || word.equals("it"))) return List.of();
        for (int k = pronoun - 1; k >= 0; k--) {
            EntityGrouping.Group g = at(s, k);
            if (g == null || excluded.contains(g) || !RelationFinder.isSystem(g)) continue;
            if (word.equals("it")) return List.of(g);
            int conjunctOf = s.firstConjunct(k);
            int first = conjunctOf >= 0 ? conjunctOf : k;
            List<EntityGrouping.Group> out = new ArrayList<>();
            for (EntityGrouping.Group x : entitiesAt(s, first)) if (!excluded.contains(x) && RelationFinder.isSystem(x)) out.add(x);
            return out;
        }
        return List.of();
    }

    List<EntityGrouping.Group> entitiesAt(ParsedSentence s, int token) {
        List<EntityGrouping.Group> out = new ArrayList<>();
        collect(s, token, out, 0);
        return out;
    }

    private void collect(ParsedSentence s, int token, List<EntityGrouping.Group> out, int depth) {
        EntityGrouping.Group g = at(s, token);
        if (g != null && !out.contains(g)) out.add(g);
        if (depth > 3) return;
        for (ParsedSentence.Arc a : s.children(token)) {
            String r = a.relation();
            if (r.startsWith("conj") || r.equals("appos") || r.equals("compound") || r.equals("flat") || r.equals("dep")
                    || r.equals("amod") || r.equals("nmod:such_as") || r.equals("nmod:including") || r.equals("nmod:like")) {
                collect(s, a.token(), out, depth + 1);
            }
        }
    }

    /**
     * The list written right after the word at {@code k} ("to a DQN agent", "to AdamW and Lion"): the entities of
     * {@link #surfaceList} from the first mention that starts within three words of it.
     */
    List<EntityGrouping.Group> listAfter(ParsedSentence s, int k) {
        for (int start = k + 1; start < Math.min(s.size(), k + 4); start++) {
            int from = start;
            if (member(s, c -> c.from == from) != null) return surfaceList(s, from);
            if (s.word(start).equals(",")) break;
        }
        return List.of();
    }

    /**
     * The entities of a list as written from {@code token} on: the entity there, then each entity that follows after
     * a comma, "and", "or" or "as well as" ("RLHF-V and POVID", "A, B, and C"). The parse's own coordination is
     * read by {@link #entitiesAt}; this reads the words, for when the tagger broke the parse.
     */
    List<EntityGrouping.Group> surfaceList(ParsedSentence s, int token) {
        List<EntityGrouping.Group> out = new ArrayList<>();
        Member first = member(s, c -> c.covers(token));
        if (first == null) return out;
        out.add(first.group());
        int k = first.mention().to;
        while (k < s.size()) {
            int next = k;
            for (int skip = ListJoiners.at(s, next); skip > 0; skip = ListJoiners.at(s, next)) next += skip;
            // "Emformer and a chunked RNN-T baseline": an article and plain modifiers may stand before the next name
            if (next > k) {
                int d = next;
                if (d < s.size() && s.tag(d).equals("DT")) d++;
                while (d < s.size() && d < next + 3 && (s.isAdjective(d) || s.tag(d).equals("VBN")) && at(s, d) == null) d++;
                if (d > next && at(s, d) != null) next = d;
            }
            int start = next;
            Member m = start > k && start < s.size() ? member(s, c -> c.from == start) : null;
            if (m == null) break;
            if (!out.contains(m.group())) out.add(m.group());
            k = m.mention().to;
        }
        return out;
    }

    /** The entity the sentence's main clause is about: its root's subject (or what a pronoun there stands for). */
    EntityGrouping.Group sentenceSubject(ParsedSentence s) {
        int root = s.root();
        if (root < 0) return null;
        for (int subj : Dependencies.subjects(s, root, false)) {
            EntityGrouping.Group g = subjectEntity(s, subj);
            if (g != null) return g;
        }
        return null;
    }

    /**
     * Who does what a verb says: its subject (a pronoun or class noun standing for the contribution), the main
     * clause's subject for a participle ("Used as …, FlexPatch reduces"), the contribution when the paper is the doer.
     */
    EntityGrouping.Group doerOf(ParsedSentence s, int verb) {
        for (int depth = 0; verb >= 0 && depth < 4; depth++) {
            for (int subj : Dependencies.subjects(s, verb, false)) {
                EntityGrouping.Group g = subjectEntity(s, subj);
                if (g != null) return g;
            }
            if (Dependencies.paperIsDoer(s, verb, lexicon)) return mainProposed;
            // up the clause chain: "…, enabling fine-tuning of OPT-13B", "Applied to …, AdaFrost matches"
            ParsedSentence.Arc up = s.governor(verb);
            if (up == null) return null;
            String r = up.relation();
            // "BYOL reaches 74.3% … with a larger ResNet, improving over SimCLR": a participle set off by a comma is
            // about the main clause's subject, wherever the parser hung it
            if (r.startsWith("acl") && verb > 0 && s.word(verb - 1).equals(",") && s.tag(verb).equals("VBG")) {
                return sentenceSubject(s);
            }
            boolean clause = r.startsWith("advcl") || r.equals("xcomp") || r.startsWith("conj") || r.equals("ccomp")
                    || r.equals("advmod") || r.equals("dep") || r.equals("obj");
            // a clause hung on a copular predicate ("ZeroGrad-Q is a method that extends …") has that predicate's subject
            boolean predicate = s.isVerb(up.token()) || !s.children(up.token(), "cop").isEmpty();
            if (!clause || !predicate) return null;
            verb = up.token();
        }
        return null;
    }
}
