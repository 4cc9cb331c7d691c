package org.papergraph.nlp;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.tokensregex.CoreMapNodePattern;
import edu.stanford.nlp.ling.tokensregex.MultiPatternMatcher;
import edu.stanford.nlp.ling.tokensregex.SequenceMatchResult;
import edu.stanford.nlp.ling.tokensregex.SequencePattern;
import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.TokenizerAnnotator;
import edu.stanford.nlp.util.CoreMap;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Tags the tokens a vocabulary label matches, on TokensRegex's multi-pattern matcher: a match sets the token's NER
 * tag to the entry's type and its normalised NER tag to the entry id, so a matched span carries its concept. Labels
 * written with capitals (acronyms and names: MATH, RoPE, Adam) match case-sensitively, labels in lower case (matrix
 * completion) in any case. Plurals of the last word are added; labels are tokenised with the pipeline's own tokenizer
 * so that a pattern's tokens are the tokens the text will have.
 *
 * <p>Why not CoreNLP's TokensRegexNER: where two of its patterns of the same priority and length overlap ("image
 * retrieval" and "retrieval dataset" in "image retrieval dataset"), it keeps the one its pattern trigger lists first,
 * and that order comes from hash sets of pattern objects, so from identity hash codes: the same note gave different
 * entities under different builds of papergraph. Here the choice is a total order on what was matched: the longest
 * span, then the leftmost, then a case-sensitive label before a folded one, then the entry that comes first in id
 * order. All matches are chosen in one pass, so a folded label never cuts into a span a case-sensitive one took.
 */
public final class VocabularyAnnotator implements Annotator {

    /** Annotation key holding the vocabulary entry id of a matched token. */
    public static final Class<CoreAnnotations.NormalizedNamedEntityTagAnnotation> ENTRY_ID =
            CoreAnnotations.NormalizedNamedEntityTagAnnotation.class;

    private static final Pattern REGEX_SPECIAL = Pattern.compile("([\\\\.\\[\\]{}()*+?^$|])");
    private static final int FOLDED = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** What a pattern tags, and its place in the tie-break order (lower first). */
    private record Target(String type, String entryId, int rank) {}

    private final MultiPatternMatcher<CoreMap> matcher;
    /** Looked up by the pattern a match came from; never iterated, so identity order cannot leak. */
    private final Map<SequencePattern<CoreMap>, Target> targets = new IdentityHashMap<>();
    /** Over MatchResult, the type CoreNLP's matcher takes its comparator of; every match it compares is a SequenceMatchResult. */
    private final Comparator<MatchResult> preference;

    private VocabularyAnnotator(List<String[]> exact, List<String[]> folded) {
        List<TokenSequencePattern> patterns = new ArrayList<>(exact.size() + folded.size());
        for (String[] p : exact) patterns.add(compile(p, 0, patterns.size()));
        for (String[] p : folded) patterns.add(compile(p, FOLDED, patterns.size()));
        this.matcher = TokenSequencePattern.getMultiPatternMatcher(patterns);
        this.preference = Comparator.<MatchResult>comparingInt(m -> m.start() - m.end())
                .thenComparingInt(MatchResult::start)
                .thenComparingInt(m -> targets.get(((SequenceMatchResult<?>) m).pattern()).rank());
    }

    /** The annotator over every label of the vocabulary. */
    public static VocabularyAnnotator create(Vocabulary vocabulary, TokenizerAnnotator tokenizer) {
        Map<String, String[]> exact = new LinkedHashMap<>();
        Map<String, String[]> folded = new LinkedHashMap<>();
        for (Vocabulary.Entry e : vocabulary.entries()) {
            for (String label : e.labels()) {
                boolean caseSensitive = !label.equals(label.toLowerCase(Locale.ROOT));
                Map<String, String[]> target = caseSensitive ? exact : folded;
                for (String form : forms(label)) {
                    List<String> tokens = tokenize(tokenizer, form);
                    if (tokens.isEmpty()) continue;
                    String pattern = String.join(" ", tokens.stream().map(VocabularyAnnotator::escape).toList());
                    String key = caseSensitive ? pattern : pattern.toLowerCase(Locale.ROOT);
                    // the first entry (entries are in id order) keeps a pattern two labels produce
                    target.putIfAbsent(key, new String[] {pattern, e.type().localName(), e.id()});
                }
            }
        }
        return new VocabularyAnnotator(List.copyOf(exact.values()), List.copyOf(folded.values()));
    }

    /** The label, and its plural or singular where the last word has one. */
    static List<String> forms(String label) {
        List<String> forms = new ArrayList<>(2);
        forms.add(label);
        int cut = label.lastIndexOf(' ') + 1;
        String last = label.substring(cut);
        String plural = LabelKeys.plural(last);
        if (plural != null) {
            forms.add(label.substring(0, cut) + plural);
        } else {
            String singular = LabelKeys.singular(last.toLowerCase(Locale.ROOT));
            if (!singular.equals(last.toLowerCase(Locale.ROOT)) && last.equals(last.toLowerCase(Locale.ROOT))) {
                forms.add(label.substring(0, cut) + singular);
            }
        }
        return forms;
    }

    @Override
    public void annotate(Annotation annotation) {
        List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        if (sentences == null) {
            tag(annotation.get(CoreAnnotations.TokensAnnotation.class));
            return;
        }
        for (CoreMap sentence : sentences) tag(sentence.get(CoreAnnotations.TokensAnnotation.class));
    }

    private void tag(List<CoreLabel> tokens) {
        if (tokens == null || tokens.isEmpty()) return;
        for (SequenceMatchResult<CoreMap> m : matcher.findNonOverlapping(tokens, preference)) {
            Target t = targets.get(m.pattern());
            for (int i = m.start(); i < m.end(); i++) {
                tokens.get(i).setNER(t.type());
                tokens.get(i).set(ENTRY_ID, t.entryId());
            }
        }
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
        return Set.of(CoreAnnotations.NamedEntityTagAnnotation.class, ENTRY_ID);
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requires() {
        return Set.of(CoreAnnotations.TokensAnnotation.class, CoreAnnotations.SentencesAnnotation.class);
    }

    /** One token pattern per label token (each an escaped regular expression over the token's text). */
    private TokenSequencePattern compile(String[] p, int flags, int rank) {
        List<SequencePattern.PatternExpr> nodes = new ArrayList<>();
        for (String token : p[0].split(" ")) {
            nodes.add(new SequencePattern.NodePatternExpr(CoreMapNodePattern.valueOf(token, flags)));
        }
        TokenSequencePattern pattern = TokenSequencePattern.compile(new SequencePattern.SequencePatternExpr(nodes));
        targets.put(pattern, new Target(p[1], p[2], rank));
        return pattern;
    }

    private static List<String> tokenize(TokenizerAnnotator tokenizer, String text) {
        Annotation a = new Annotation(text);
        tokenizer.annotate(a);
        return a.get(CoreAnnotations.TokensAnnotation.class).stream().map(CoreLabel::word).toList();
    }

    private static String escape(String token) {
        return REGEX_SPECIAL.matcher(token).replaceAll("\\\\$1");
    }
}
