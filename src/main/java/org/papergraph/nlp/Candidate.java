package org.papergraph.nlp;

import java.util.EnumMap;
import java.util.Map;

/**
 * A token span that may name an entity, as the candidate rules propose it and the later steps (span
 * selection, typing, roles, grouping) refine it. Mutable, and private to one note's extraction.
 */
final class Candidate {

    /** Rules in the order they win a tie between two spans of equal length. */
    enum Rule {
        VOCABULARY("vocabulary"), ACRONYM_DEFINITION("acronym-definition"), NAME_SHAPE("name-shape"),
        QUOTED_COINAGE("quoted-coinage"), PROPOSAL_OBJECT("proposal-object"), TYPE_HEAD("type-head"),
        COORDINATION("coordination");

        final String label;

        Rule(String label) {
            this.label = label;
        }
    }

    final ParsedSentence sentence;
    final int from;
    final int to;
    final Rule rule;
    double confidence;
    /** Vocabulary entry id, when the span is (or was merged with) a vocabulary concept. */
    String vocabularyId;
    /** A vocabulary entry marked pg:generic: it blocks nested candidates but is never linked. */
    boolean generic;
    /** True for names written as names (camel case, acronyms, digits, capitals), false for common-noun phrases. */
    boolean nameLike;
    /** A head noun that names another thing than its modifiers ("MMLU accuracy"): nested names stay entities. */
    boolean relationalPhrase;
    /** A phrase the title repeats: it may stand inside a longer phrase as an entity of its own. */
    boolean fromTitle;
    /** A member of an enumeration ("three components — A, B and C"). */
    boolean enumerated;
    /** Part of a description of a name ("a new family of policy gradient methods, PPO"): never itself the proposal. */
    boolean describing;
    /** A common-noun phrase in apposition to a name, saying what kind of thing it is: never itself the proposal. */
    boolean kindOfName;
    /** The name a {@link #kindOfName} phrase stands beside; what is said of the kind is said of it. */
    Candidate kindOf;
    /** Nested in a chosen longer phrase with the same head: the generic tail of a more specific term. */
    boolean nestedHead;
    /** The other half of an acronym definition (short form ↔ long form), or null. */
    Candidate definitionPartner;
    /** True when this span is the long form of an acronym definition. */
    boolean longForm;
    /** An indefinite article before the opening quote: the paper coins the term. */
    boolean coinedInQuotes;
    final Map<EntityType, Double> typeVotes = new EnumMap<>(EntityType.class);

    /** Character offsets when the span is part of one token ("PPO" in "PPO-based"); -1 for whole tokens. */
    int charBegin = -1;
    int charEnd = -1;

    Role role;
    String roleRule;

    Candidate(ParsedSentence sentence, int from, int to, Rule rule, double confidence) {
        if (from < 0 || to > sentence.size() || from >= to) throw new IllegalArgumentException(from + ".." + to);
        this.sentence = sentence;
        this.from = from;
        this.to = to;
        this.rule = rule;
        this.confidence = confidence;
    }

    int length() {
        return to - from;
    }

    int head() {
        return sentence.headOf(from, to);
    }

    boolean overlaps(Candidate o) {
        return o.sentence == sentence && from < o.to && o.from < to;
    }

    boolean contains(Candidate o) {
        return o.sentence == sentence && from <= o.from && o.to <= to && length() > o.length();
    }

    boolean covers(int token) {
        return from <= token && token < to;
    }

    void vote(EntityType type, double weight) {
        typeVotes.merge(type, weight, Double::sum);
    }

    String surface(String text) {
        return text.substring(begin(), end());
    }

    /** Character offset of the span's start in the note's text. */
    int begin() {
        return charBegin >= 0 ? charBegin : sentence.charBegin(from);
    }

    int end() {
        return charEnd >= 0 ? charEnd : sentence.charEnd(to - 1);
    }

    @Override
    public String toString() {
        return rule.label + "[" + sentence.index() + ":" + from + "-" + to + "]";
    }
}
