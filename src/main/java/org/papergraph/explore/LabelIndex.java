package org.papergraph.explore;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Autocomplete over the preferred and alternative labels of the entities papers mention, matching anywhere
 * inside a label: {@code shamp} finds Shampoo and KL-Shampoo, {@code rotary} finds RoPE by its alt label.
 *
 * <p>Labels are folded (NFKC, lower case, letters and digits only, so {@code kl sham}, {@code KL-Sham} and
 * {@code klsham} are one query) and laid end to end in one string; a lookup is a run of {@link String#indexOf},
 * which the JVM vectorises, so a few hundred thousand labels answer in milliseconds with no other index.
 * Matches rank by kind (the whole label, its start, the start of a word in it, elsewhere), then by the number of
 * papers that mention the entity, then by the shorter label.
 */
public final class LabelIndex {

    /** How a query matched a label, best first. */
    public enum MatchKind { EXACT, PREFIX, WORD, INSIDE }

    /** One entity found, with the label that matched it best. */
    public record Completion(EntitySummary entity, String matchedLabel, boolean altLabel, MatchKind kind) {}

    /** A label of an entity, as given to the builder. */
    public record Label(int entity, String text, boolean alt) {}

    private static final char SEPARATOR = '\u0000';

    private final List<EntitySummary> entities;
    private final String haystack;
    private final int[] starts;
    private final int[] labelEntity;
    private final String[] labelText;
    private final boolean[] labelAlt;
    private final BitSet wordStarts;

    /**
     * @param entities the entities, indexed by the {@link Label#entity} numbers
     * @param labels   their labels (empty or punctuation-only labels are skipped)
     */
    public LabelIndex(List<EntitySummary> entities, List<Label> labels) {
        this.entities = List.copyOf(entities);
        StringBuilder hay = new StringBuilder();
        BitSet words = new BitSet();
        List<Label> kept = new ArrayList<>();
        List<Integer> startList = new ArrayList<>();
        for (Label l : labels) {
            int start = hay.length();
            if (!fold(l.text(), hay, words)) continue;
            hay.append(SEPARATOR);
            kept.add(l);
            startList.add(start);
        }
        this.haystack = hay.toString();
        this.wordStarts = words;
        int n = kept.size();
        this.starts = new int[n];
        this.labelEntity = new int[n];
        this.labelText = new String[n];
        this.labelAlt = new boolean[n];
        for (int i = 0; i < n; i++) {
            starts[i] = startList.get(i);
            labelEntity[i] = kept.get(i).entity();
            labelText[i] = kept.get(i).text();
            labelAlt[i] = kept.get(i).alt();
        }
    }

    public int labelCount() {
        return starts.length;
    }

    /** The query in the form labels are matched in: lower case letters and digits. */
    public static String foldQuery(String query) {
        StringBuilder sb = new StringBuilder();
        fold(query, sb, new BitSet(), null);
        return sb.toString();
    }

    private static boolean fold(String text, StringBuilder out, BitSet words) {
        return fold(text, out, words, null);
    }

    /**
     * Appends the folded label and marks where its words start; false (nothing appended) when it has no
     * letter or digit. Each code point is NFKC-normalised and lower-cased on its own, so every folded char
     * comes from one place in the label ({@code origins}, when given, records the char offset of each). A word
     * starts after a non-alphanumeric character, at a letter after a digit, and at an upper-case letter after a
     * lower-case one ({@code FlashAttention} has two words).
     */
    private static boolean fold(String text, StringBuilder out, BitSet words, List<Integer> origins) {
        int before = out.length();
        int prevType = -1;   // -1: separator or start; 0 digit; 1 lower; 2 upper or other letter
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int origin = i;
            i += Character.charCount(cp);
            String folded = cp < 0x80 ? String.valueOf((char) cp)
                    : Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKC);
            for (int j = 0; j < folded.length(); ) {
                int c = folded.codePointAt(j);
                j += Character.charCount(c);
                if (!Character.isLetterOrDigit(c)) {
                    prevType = -1;
                    continue;
                }
                int type = Character.isDigit(c) ? 0 : Character.isLowerCase(c) ? 1 : 2;
                boolean wordStart = prevType == -1 || (type != 0 && prevType == 0) || (type == 2 && prevType == 1);
                String lower = c < 0x80 ? String.valueOf(Character.toLowerCase((char) c))
                        : new String(Character.toChars(c)).toLowerCase(Locale.ROOT);
                if (wordStart) words.set(out.length());
                for (int k = 0; k < lower.length(); k++) {
                    out.append(lower.charAt(k));
                    if (origins != null) origins.add(origin);
                }
                prevType = type;
            }
        }
        return out.length() > before;
    }

    /**
     * Where the query matches inside a label, as char offsets [begin, end) of the label, for highlighting:
     * the first match at the start of a word, else the first match; null when it does not match.
     */
    public static int[] matchSpan(String label, String query) {
        String q = foldQuery(query);
        if (q.isEmpty()) return null;
        StringBuilder folded = new StringBuilder();
        BitSet words = new BitSet();
        List<Integer> origins = new ArrayList<>();
        fold(label, folded, words, origins);
        int chosen = -1;
        for (int pos = folded.indexOf(q); pos >= 0; pos = folded.indexOf(q, pos + 1)) {
            if (chosen < 0) chosen = pos;
            if (words.get(pos)) {
                chosen = pos;
                break;
            }
        }
        if (chosen < 0) return null;
        int begin = origins.get(chosen);
        int lastOrigin = origins.get(chosen + q.length() - 1);
        return new int[] {begin, lastOrigin + Character.charCount(label.codePointAt(lastOrigin))};
    }

    /** The best-matching entities, at most {@code limit}, one completion per entity. */
    public List<Completion> complete(String query, int limit) {
        String q = foldQuery(query);
        if (q.isEmpty() || limit <= 0) return List.of();
        Map<Integer, int[]> best = new HashMap<>();   // entity -> {kind ordinal, label}
        for (int pos = haystack.indexOf(q); pos >= 0; pos = haystack.indexOf(q, pos + 1)) {
            int label = labelAt(pos);
            int start = starts[label];
            int end = label + 1 < starts.length ? starts[label + 1] - 1 : haystack.length() - 1;
            MatchKind kind = pos == start ? (end - start == q.length() ? MatchKind.EXACT : MatchKind.PREFIX)
                    : wordStarts.get(pos) ? MatchKind.WORD : MatchKind.INSIDE;
            int entity = labelEntity[label];
            int[] seen = best.get(entity);
            if (seen == null || kind.ordinal() < seen[0]
                    || (kind.ordinal() == seen[0] && labelAlt[seen[1]] && !labelAlt[label])) {
                best.put(entity, new int[] {kind.ordinal(), label});
            }
        }
        List<Completion> out = new ArrayList<>(best.size());
        best.forEach((entity, m) -> out.add(new Completion(entities.get(entity), labelText[m[1]], labelAlt[m[1]],
                MatchKind.values()[m[0]])));
        out.sort(Comparator.comparing(Completion::kind)
                .thenComparing(c -> -c.entity().papers())
                .thenComparing(c -> c.matchedLabel().length())
                .thenComparing(c -> c.entity().label()));
        return out.size() > limit ? List.copyOf(out.subList(0, limit)) : out;
    }

    private int labelAt(int pos) {
        int i = java.util.Arrays.binarySearch(starts, pos);
        return i >= 0 ? i : -i - 2;
    }
}
