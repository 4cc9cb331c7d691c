package org.papergraph.nlp;

import java.util.regex.Pattern;

/**
 * Whether one name is built on another, from the strings alone: a prefix ("KL-Shampoo" on "Shampoo", "8-bit Adam"
 * on "Adam", "DistilBERT" on "BERT"), a size, version or flavour after it ("ResNet-101", "BERT-Large", "Llama 2-Chat", "Gemma 2",
 * "PatchTST/64"), or a letter or two fused to it ("QLoRA", "AdamW"). The last two only between names of the same type.
 */
final class NameVariants {

    /** How a name derives from its base, with the rule recorded on the relation and its confidence. */
    enum Kind {
        DERIVED("derived-name", 0.85), VERSIONED("versioned-name", 0.85), FUSED("fused-name", 0.8);

        final String rule;
        final double confidence;

        Kind(String rule, double confidence) {
            this.rule = rule;
            this.confidence = confidence;
        }
    }

    private NameVariants() {}

    /** How {@code name} is built on {@code base}, or null if it is not. */
    static Kind kind(String name, String base, boolean sameType) {
        // a letter or two fused to a name: QLoRA of LoRA, AdamW of Adam
        boolean fused = sameType && base.length() >= 3 && name.length() - base.length() <= 2
                && name.length() > base.length() && (name.endsWith(base) || name.startsWith(base))
                && Character.isUpperCase(name.charAt(name.endsWith(base) ? 0 : name.length() - 1));
        if (fused) return Kind.FUSED;
        if (name.length() <= base.length() + 1) return null;
        if (name.endsWith("-" + base) || name.endsWith(" " + base)) return Kind.DERIVED;
        // a word fused before a name with capitals inside: "DistilBERT" of BERT, "GatedGCN" of GCN, "HyperNeRF" of
        // NeRF (not "FedSkew" of a word "Skew")
        int joint = name.length() - base.length();
        if (name.endsWith(base) && joint >= 3 && base.length() >= 3 && base.chars().filter(Character::isUpperCase).count() >= 2
                && Character.isLowerCase(name.charAt(joint - 1)) && Character.isUpperCase(name.charAt(0))) return Kind.DERIVED;
        // a size, version or flavour of a named model or method: ResNet-101, BERT-Large, Llama 2-Chat
        String rest = name.substring(base.length() + 1);
        // "Mistral 7B – Instruct": a flavour after a spaced dash
        boolean flavoured = name.startsWith(base + " ") && rest.matches("[–-] \\S+") && isVersionSuffix(rest.substring(2));
        // "PatchTST/64", "ViT/16": a number after a slash is a configuration (patches, context length)
        boolean slashed = name.startsWith(base + "/") && rest.matches("\\d+[a-zA-Z]?");
        boolean suffixed = sameType && (flavoured || slashed || !rest.contains(" ")
                && (name.startsWith(base + "-") || name.startsWith(base + " ") && isVersionSuffix(rest)));
        return suffixed ? Kind.VERSIONED : null;
    }

    /** A name in the plural: a capital inside and a lower-case "s" added ("ResNets", "LLMs", "ViTs"). */
    static boolean isPluralName(String surface) {
        return PLURAL_NAME.matcher(surface).matches() && !surface.endsWith("ss");
    }

    /** Read for every pair of a note's names: compiled once. */
    private static final Pattern PLURAL_NAME = Pattern.compile("\\p{Lu}[\\p{L}\\p{N}-]*\\p{Lu}[\\p{L}\\p{N}-]*s");

    /** "Gemma 2", "BERT Large", "Llama 3 8B": what follows a name after a space is a variant only if it reads as a version or size. */
    static boolean isVersionSuffix(String suffix) {
        return VERSION_SUFFIX.matcher(suffix).matches();
    }

    /** Read for every pair of a note's names and every spaced dash: compiled once. */
    private static final Pattern VERSION_SUFFIX = Pattern.compile("v?\\d+(\\.\\d+)*[a-zA-Z]?|\\d+(\\.\\d+)?[BMK]"
            + "|(?i)(large|base|small|tiny|huge|giant|mini|medium|xl|xxl|chat|instruct|pro|plus|lite|ultra|turbo)");
}
