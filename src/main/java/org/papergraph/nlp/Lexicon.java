package org.papergraph.nlp;

import org.papergraph.Bundled;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The extraction rules' word lists ({@code ontology/rules/}): cue verbs, type-head nouns, generic modifiers and
 * names, paper subjects and evaluation nouns. Immutable once read.
 */
public final class Lexicon {

    /** What a verb signals about its arguments. */
    public enum Cue { PROPOSE, CREATE, EVALUATE, STUDY, USE, OUTPERFORM, APPLY, TRAIN, SOURCE, COIN, EXTEND, REST_ON, SHIFT_MEASURE, MEASURE_WITH, OPERATE_ON, FAIL, APPLY_OBJECT, PERFORM, EQUIP }

    /** How a head noun relates to a name it modifies (see type-heads.tsv). */
    public enum HeadKind {
        /** Names the class of a name it modifies ("the FictionalQA dataset"). */
        CLASS,
        /** A class noun so broad that a phrase needs a noun modifier to be a name ("attention weight metrics"). */
        BROAD_CLASS,
        /** Names another thing than its modifier ("MMLU accuracy"). */
        RELATIONAL;

        public boolean isClass() {
            return this != RELATIONAL;
        }
    }

    public record TypeHead(EntityType type, HeadKind kind) {}

    private static final String[] FILES = {"cue-verbs.tsv", "type-heads.tsv", "generic-modifiers.tsv",
        "generic-names.txt", "paper-subjects.txt", "evaluation-nouns.txt", "container-nouns.tsv", "novelty-words.txt",
        "collective-nouns.txt", "prior-work-words.txt", "cost-nouns.txt", "portion-nouns.txt"};

    private final Map<String, Set<Cue>> cues = new HashMap<>();
    private final Map<String, TypeHead> typeHeads = new HashMap<>();
    private final Map<String, Boolean> genericModifiers = new HashMap<>();
    private final Set<String> genericNames = new HashSet<>();
    private final Set<String> paperSubjects = new HashSet<>();
    private final Set<String> evaluationNouns = new HashSet<>();
    private final Map<String, EntityType> containerNouns = new HashMap<>();
    private final Set<String> noveltyWords = new HashSet<>();
    private final Set<String> collectiveNouns = new HashSet<>();
    private final Set<String> priorWorkWords = new HashSet<>();
    private final Set<String> costNouns = new HashSet<>();
    private final Set<String> portionNouns = new HashSet<>();
    private final String fingerprint;

    private static volatile Lexicon bundled;

    private Lexicon() {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        for (String f : FILES) sha.update(Bundled.read("ontology/rules/" + f).getBytes(StandardCharsets.UTF_8));
        fingerprint = HexFormat.of().formatHex(sha.digest()).substring(0, 12);

        for (String line : Bundled.dataLines("ontology/rules/cue-verbs.tsv")) {
            String[] c = line.split("\t");
            cues.computeIfAbsent(c[0], k -> EnumSet.noneOf(Cue.class)).add(Cue.valueOf(c[1].toUpperCase(Locale.ROOT)));
        }
        for (String line : Bundled.dataLines("ontology/rules/type-heads.tsv")) {
            String[] c = line.split("\t");
            EntityType type = EntityType.fromName(c[1]).orElseThrow(() -> new IllegalStateException("type-heads.tsv: " + line));
            typeHeads.put(c[0], new TypeHead(type, HeadKind.valueOf(c[2].toUpperCase(Locale.ROOT).replace('-', '_'))));
        }
        for (String line : Bundled.dataLines("ontology/rules/generic-modifiers.tsv")) {
            String[] c = line.split("\t");
            genericModifiers.put(c[0], "strip".equals(c[1]));
        }
        genericNames.addAll(Bundled.dataLines("ontology/rules/generic-names.txt"));
        paperSubjects.addAll(Bundled.dataLines("ontology/rules/paper-subjects.txt"));
        evaluationNouns.addAll(Bundled.dataLines("ontology/rules/evaluation-nouns.txt"));
        noveltyWords.addAll(Bundled.dataLines("ontology/rules/novelty-words.txt"));
        collectiveNouns.addAll(Bundled.dataLines("ontology/rules/collective-nouns.txt"));
        priorWorkWords.addAll(Bundled.dataLines("ontology/rules/prior-work-words.txt"));
        costNouns.addAll(Bundled.dataLines("ontology/rules/cost-nouns.txt"));
        portionNouns.addAll(Bundled.dataLines("ontology/rules/portion-nouns.txt"));
        for (String line : Bundled.dataLines("ontology/rules/container-nouns.tsv")) {
            String[] c = line.split("\t");
            containerNouns.put(c[0], EntityType.fromName(c[1]).orElseThrow(() -> new IllegalStateException("container-nouns.tsv: " + line)));
        }
    }

    public static Lexicon bundled() {
        Lexicon l = bundled;
        if (l == null) {
            synchronized (Lexicon.class) {
                if (bundled == null) bundled = new Lexicon();
                l = bundled;
            }
        }
        return l;
    }

    public boolean hasCue(String verbLemma, Cue cue) {
        Set<Cue> c = cues.get(verbLemma.toLowerCase(Locale.ROOT));
        return c != null && c.contains(cue);
    }

    /** The type-head entry of a head noun's lemma, or null. */
    public TypeHead typeHead(String lemma) {
        return typeHeads.get(lemma.toLowerCase(Locale.ROOT));
    }

    /** True when the word does not make a term on its own. */
    public boolean isGenericModifier(String word) {
        return genericModifiers.containsKey(word.toLowerCase(Locale.ROOT));
    }

    /** True when the word is dropped from the left edge of a phrase (evaluative or deictic words). */
    public boolean isStrippedModifier(String word) {
        return Boolean.TRUE.equals(genericModifiers.get(word.toLowerCase(Locale.ROOT)));
    }

    public boolean isGenericName(String word) {
        return genericNames.contains(word);
    }

    public boolean isPaperSubject(String lemma) {
        return paperSubjects.contains(lemma.toLowerCase(Locale.ROOT));
    }

    public boolean isEvaluationNoun(String lemma) {
        return evaluationNouns.contains(lemma.toLowerCase(Locale.ROOT));
    }

    /** "a family of X", "a set of X": a noun standing for a group of its complement. */
    public boolean isCollectiveNoun(String lemma) {
        return collectiveNouns.contains(lemma.toLowerCase(Locale.ROOT));
    }

    /** Words that mark a name as existing work ("pre-trained", "standard", "vanilla"). */
    public boolean isPriorWorkWord(String word) {
        return priorWorkWords.contains(word.toLowerCase(Locale.ROOT));
    }

    /** A cost or a failure, of which fewer is better (cost-nouns.txt): "errors", "communication rounds", "memory". */
    public boolean isCostNoun(String lemma) {
        return costNouns.contains(lemma.toLowerCase(Locale.ROOT));
    }

    /** A part or an amount of what its complement names (portion-nouns.txt): "a subset of X", "100B tokens of X". */
    public boolean isPortionNoun(String lemma) {
        return portionNouns.contains(lemma.toLowerCase(Locale.ROOT));
    }

    /** Words that mark a name or its description as the paper's own ("a new dataset", "the resulting models"). */
    public boolean isNoveltyWord(String word) {
        return noveltyWords.contains(word.toLowerCase(Locale.ROOT));
    }

    /** The type of the members a container noun enumerates ("components" → Method), or null. */
    public EntityType containerMemberType(String lemma) {
        return containerNouns.get(lemma.toLowerCase(Locale.ROOT));
    }

    /** A short hash of the rule files: part of the extractor identity. */
    public String fingerprint() {
        return fingerprint;
    }
}
