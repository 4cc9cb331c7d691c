package org.papergraph.graph;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;

/**
 * Deterministic IRI path segments from names: accents removed, Greek letters spelled out, lower case, every run
 * of other characters one hyphen ({@code GPT-2 → gpt-2}, {@code ViT-B/16 → vit-b-16}, {@code β-VAE → beta-vae}).
 * The same name gives the same slug on every machine, which is what lets separate runs and corpora merge.
 * Only {@code [a-z0-9-]} appear in a slug, so it is safe in an IRI path without escaping.
 */
public final class Slugs {

    /** Longer slugs are cut and given a hash suffix so that distinct long titles stay distinct. */
    public static final int MAX_LENGTH = 96;

    private static final Map<Character, String> GREEK = Map.ofEntries(Map.entry('α', "alpha"), Map.entry('β', "beta"),
            Map.entry('γ', "gamma"), Map.entry('δ', "delta"), Map.entry('ε', "epsilon"), Map.entry('θ', "theta"),
            Map.entry('λ', "lambda"), Map.entry('μ', "mu"), Map.entry('π', "pi"), Map.entry('σ', "sigma"),
            Map.entry('τ', "tau"), Map.entry('φ', "phi"), Map.entry('ω', "omega"), Map.entry('ℓ', "l"));

    private Slugs() {}

    public static String of(String name) {
        StringBuilder g = new StringBuilder(name.length());
        for (char c : name.toCharArray()) {
            String r = GREEK.get(Character.toLowerCase(c));
            if (r != null) g.append(' ').append(r).append(' ');
            else g.append(c);
        }
        String n = Normalizer.normalize(g.toString(), Normalizer.Form.NFKD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        n = n.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (n.isEmpty()) n = "x" + hash(name, 8);
        if (n.length() > MAX_LENGTH) n = n.substring(0, MAX_LENGTH - 9).replaceAll("-+$", "") + "-" + hash(name, 8);
        return n;
    }

    /** First {@code hexChars} hex digits of the SHA-256 of the text. */
    public static String hash(String text, int hexChars) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d).substring(0, hexChars);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
