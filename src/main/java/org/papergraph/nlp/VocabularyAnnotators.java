package org.papergraph.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.TokenizerAnnotator;
import edu.stanford.nlp.pipeline.TokensRegexNERAnnotator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * Turns the vocabulary into two CoreNLP RegexNER annotators (TokensRegexNER): one case-sensitive for labels
 * written with capitals (acronyms and names: MATH, RoPE, Adam), one case-insensitive for labels written in lower
 * case (matrix completion). A match sets the token's NER tag to the entry's type and its normalised NER tag to
 * the entry id, so a matched span carries its concept. Plurals of the last word are added; labels are tokenised
 * with the pipeline's own tokenizer so that a pattern's tokens are the tokens the text will have.
 */
public final class VocabularyAnnotators {

    /** Annotation key holding the vocabulary entry id of a matched token. */
    public static final Class<CoreAnnotations.NormalizedNamedEntityTagAnnotation> ENTRY_ID =
            CoreAnnotations.NormalizedNamedEntityTagAnnotation.class;

    private static final Pattern REGEX_SPECIAL = Pattern.compile("([\\\\.\\[\\]{}()*+?^$|])");

    private VocabularyAnnotators() {}

    /** The case-sensitive annotator first (exact names win), then the case-insensitive one. */
    public static List<Annotator> create(Vocabulary vocabulary, TokenizerAnnotator tokenizer) {
        Map<String, String[]> exact = new LinkedHashMap<>();
        Map<String, String[]> folded = new LinkedHashMap<>();
        for (Vocabulary.Entry e : vocabulary.entries()) {
            for (String label : e.labels()) {
                boolean caseSensitive = !label.equals(label.toLowerCase(Locale.ROOT));
                Map<String, String[]> target = caseSensitive ? exact : folded;
                for (String form : forms(label)) {
                    List<String> tokens = tokenize(tokenizer, form);
                    if (tokens.isEmpty()) continue;
                    String pattern = String.join(" ", tokens.stream().map(VocabularyAnnotators::escape).toList());
                    String key = caseSensitive ? pattern : pattern.toLowerCase(Locale.ROOT);
                    // the first entry (entries are in id order) keeps a pattern two labels produce
                    target.putIfAbsent(key, new String[] {pattern, e.type().localName(), String.valueOf(tokens.size()), e.id()});
                }
            }
        }
        return List.of(annotator("vocabularyExact", exact, false), annotator("vocabularyFolded", folded, true));
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

    private static List<String> tokenize(TokenizerAnnotator tokenizer, String text) {
        Annotation a = new Annotation(text);
        tokenizer.annotate(a);
        return a.get(CoreAnnotations.TokensAnnotation.class).stream().map(CoreLabel::word).toList();
    }

    private static String escape(String token) {
        return REGEX_SPECIAL.matcher(token).replaceAll("\\\\$1");
    }

    private static Annotator annotator(String name, Map<String, String[]> patterns, boolean ignoreCase) {
        Path mapping;
        try {
            mapping = Files.createTempFile("papergraph-" + name, ".tsv");
            mapping.toFile().deleteOnExit();
            StringBuilder sb = new StringBuilder();
            for (String[] p : patterns.values()) {
                // pattern, NER tag, overwritable tags, priority (longer wins), group, entry id
                sb.append(p[0]).append('\t').append(p[1]).append("\tO\t").append(p[2]).append("\t0\t").append(p[3]).append('\n');
            }
            Files.writeString(mapping, sb, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the RegexNER mapping", e);
        }
        Properties props = new Properties();
        props.setProperty(name + ".mapping", mapping.toString());
        props.setProperty(name + ".mapping.header", "pattern,ner,overwrite,priority,group,normalized");
        props.setProperty(name + ".mapping.field.normalized", ENTRY_ID.getName());
        props.setProperty(name + ".ignorecase", String.valueOf(ignoreCase));
        props.setProperty(name + ".validpospattern", ".*");
        props.setProperty(name + ".verbose", "false");
        return new TokensRegexNERAnnotator(name, props);
    }
}
