package org.papergraph.nlp;

import java.util.regex.Pattern;

/**
 * How a word looks: the cues that a token is written as a name (RoPE, KL-Shampoo, CHAMMI-75, GPT-2, MMLU,
 * SemHiTok) rather than as an ordinary word, and the shapes of quantities (2.8M, 7B, 8-bit) that look like names
 * but are not.
 */
public final class NameShapes {

    private static final Pattern QUANTITY = Pattern.compile(
            "[~≈]?\\d+([.,]\\d+)*(%|[kKmMbBtT]|st|nd|rd|th|[dD]|x|×)?(-[a-z]+)*");
    private static final Pattern MAGNITUDE = Pattern.compile(
            "[+\u2212±-]\\d+([.,]\\d+)*%?|\\d+([.,]\\d+)*([kKmMbBtT]|%)(-[a-z]+)*");
    private static final Pattern VERSIONED_NUMBER = Pattern.compile("\\d+(\\.\\d+)*[a-zA-Z]?");
    private static final Pattern MODEL_SIZE = Pattern.compile("\\d+(\\.\\d+)?[BMK]");

    private NameShapes() {}

    /** Upper-case letters and digits, at least two capitals (or one capital and a digit): MMLU, WSO, MR2, T5, DAGs. */
    public static boolean isAcronym(String w) {
        String core = w.length() > 2 && w.endsWith("s") && Character.isUpperCase(w.charAt(w.length() - 2))
                ? w.substring(0, w.length() - 1) : w;
        if (core.length() < 2 || core.length() > 12 || !Character.isLetterOrDigit(core.charAt(0))) return false;
        int upper = 0, digit = 0;
        for (int i = 0; i < core.length(); i++) {
            char c = core.charAt(i);
            if (Character.isUpperCase(c)) upper++;
            else if (Character.isDigit(c)) digit++;
            else if (c != '-' && c != '.' && c != '&' && c != '/') return false;
        }
        return upper >= 2 || (upper == 1 && digit >= 1 && Character.isUpperCase(core.charAt(0)));
    }

    /** Lower and upper case mixed inside the word: SemHiTok, RoPE, ALiBi, AdamW, LLaVA, wav2Vec. */
    public static boolean isCamelCase(String w) {
        boolean lower = false, innerUpper = false;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isLowerCase(c)) lower = true;
            if (i > 0 && Character.isUpperCase(c) && w.charAt(i - 1) != '-') innerUpper = true;
        }
        return lower && innerUpper;
    }

    /** Letters and digits in one word and not a quantity: GPT-2, CHAMMI-75, GSM8K, Llama-2-7B, ResNet-50. */
    public static boolean hasDigitName(String w) {
        boolean letter = false, digit = false;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isLetter(c)) letter = true;
            if (Character.isDigit(c)) digit = true;
        }
        return letter && digit && !isQuantity(w) && Character.isLetter(w.charAt(0)) ;
    }

    /** A hyphenated word with a name part (KL-Shampoo, PAC-Bayes) or capitalised parts (Warmup-Stable-Only). */
    public static boolean isHyphenatedName(String w) {
        if (w.indexOf('-') <= 0 || w.endsWith("-") || adjectivalSuffix(w) != null) return false;
        String[] parts = w.split("-");
        int capitalised = 0;
        for (String p : parts) {
            if (p.isEmpty()) return false;
            if (isAcronym(p) || isCamelCase(p)) return true;
            if (Character.isUpperCase(p.charAt(0))) capitalised++;
        }
        return capitalised == parts.length;
    }

    private static final Pattern ADJECTIVAL = Pattern.compile("(.+)-(based|like|style|free|driven|guided|aware|inspired|"
            + "specific|only|augmented|conditioned|initialized|initialised|pretrained|pre-trained|tuned|fine-tuned|trained|"
            + "generated|centric|compatible|equivalent|equivariant|invariant|level|scale|sized|type|powered|enhanced|regularized|"
            + "regularised)");

    /**
     * For a hyphenated adjective built on a name ("PPO-based", "Transformer-like", "GPT-4-generated"), the name part;
     * otherwise null.
     */
    public static String adjectivalSuffix(String w) {
        var m = ADJECTIVAL.matcher(w);
        return m.matches() ? m.group(1) : null;
    }

    /** First letter upper case, the rest lower case: Shampoo, Toeplitz, Transformers. */
    public static boolean isCapitalised(String w) {
        if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) return false;
        for (int i = 1; i < w.length(); i++) {
            char c = w.charAt(i);
            if (!Character.isLowerCase(c) && c != '-' && c != '\'') return false;
        }
        return w.length() > 1;
    }

    /** Any of the name shapes: the word alone suggests a name. */
    public static boolean isNameShaped(String w) {
        return !isQuantity(w) && (isAcronym(w) || isCamelCase(w) || hasDigitName(w) || isHyphenatedName(w));
    }

    /** Numbers with scales, percentages, ordinals and unit compounds: 2.8M, 7B, 14%, 3rd, 8-bit, 1.3B-parameter. */
    public static boolean isQuantity(String w) {
        return QUANTITY.matcher(w).matches();
    }

    /** A measured amount: a signed number, a number with a scale or a percent (+2.7, 410M-parameter, 14%); not 8-bit. */
    public static boolean isMagnitude(String w) {
        return MAGNITUDE.matcher(w).matches();
    }

    /** A parameter count written after a model's name: the 70B of "Chinchilla 70B", 1.3B, 350M. */
    public static boolean isModelSize(String w) {
        return MODEL_SIZE.matcher(w).matches();
    }

    /** A bare version number that may follow a name: the 2 of "Gemma 2", the 3.5 of "GPT 3.5". */
    public static boolean isVersionNumber(String w) {
        return VERSIONED_NUMBER.matcher(w).matches() && w.length() <= 5;
    }
}
