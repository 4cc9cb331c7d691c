package org.papergraph.explore;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Autocomplete over the preferred and alternative labels of the entities papers mention, matching anywhere
 * inside a label: {@code shamp} finds Shampoo and KL-Shampoo, {@code rotary} finds RoPE by its alt label.
 *
 * <p>Labels are folded (NFKC, lower case, letters and digits only, so {@code kl sham}, {@code KL-Sham} and
 * {@code klsham} are one query) and laid end to end in one string; a lookup is a run of {@link String#indexOf},
 * which the JVM vectorises, looking at each matching label once, and keeps the best few in a bounded heap, so a
 * few hundred thousand labels answer in milliseconds with no other index (TestPageLatencyIT measures it).
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
    private final long[] entityPapers;

    /**
     * @param entities the entities, indexed by the {@link Label#entity} numbers
     * @param labels   their labels (empty or punctuation-only labels are skipped)
     */
    public LabelIndex(List<EntitySummary> entities, List<Label> labels) {
        this.entities = List.copyOf(entities);
        this.entityPapers = new long[entities.size()];
        for (int i = 0; i < entityPapers.length; i++) entityPapers[i] = entities.get(i).papers();
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
        int prevType = SEPARATOR_TYPE;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int origin = i;
            i += Character.charCount(cp);
            if (cp < 0x80) {   // ASCII, most labels: NFKC leaves it alone
                prevType = appendFolded(cp, prevType, out, words, origins, origin);
                continue;
            }
            String normalised = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKC);
            for (int j = 0; j < normalised.length(); ) {
                int c = normalised.codePointAt(j);
                j += Character.charCount(c);
                prevType = appendFolded(c, prevType, out, words, origins, origin);
            }
        }
        return out.length() > before;
    }

    private static final int SEPARATOR_TYPE = -1, DIGIT = 0, LOWER = 1, OTHER_LETTER = 2;

    /** Appends one normalised code point (lower-cased) if it is a letter or digit; returns its type. */
    private static int appendFolded(int c, int prevType, StringBuilder out, BitSet words, List<Integer> origins, int origin) {
        if (!Character.isLetterOrDigit(c)) return SEPARATOR_TYPE;
        int type = Character.isDigit(c) ? DIGIT : Character.isLowerCase(c) ? LOWER : OTHER_LETTER;
        boolean wordStart = prevType == SEPARATOR_TYPE || (type != DIGIT && prevType == DIGIT)
                || (type == OTHER_LETTER && prevType == LOWER);
        if (wordStart) words.set(out.length());
        if (c < 0x80) {
            out.append(Character.toLowerCase((char) c));
            if (origins != null) origins.add(origin);
        } else {
            String lower = new String(Character.toChars(c)).toLowerCase(Locale.ROOT);
            for (int k = 0; k < lower.length(); k++) {
                out.append(lower.charAt(k));
                if (origins != null) origins.add(origin);
            }
        }
        return type;
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
        // per entity: the best match so far (kind, then a preferred label over an alternative one)
        byte[] bestKind = new byte[entities.size()];
        int[] bestLabel = new int[entities.size()];
        java.util.Arrays.fill(bestKind, Byte.MAX_VALUE);
        int[] touched = new int[64];
        int touchedCount = 0;
        int label = 0;
        // each label that contains the query is looked at once, from its first occurrence; the scan then jumps
        // to the next label, so a short query costs one pass over the labels, not one step per occurrence
        for (int pos = haystack.indexOf(q); pos >= 0; ) {
            while (label + 1 < starts.length && starts[label + 1] <= pos) label++;
            byte kind = (byte) kindOfMatch(label, pos, q).ordinal();
            int entity = labelEntity[label];
            if (bestKind[entity] == Byte.MAX_VALUE) {
                if (touchedCount == touched.length) touched = java.util.Arrays.copyOf(touched, touchedCount * 2);
                touched[touchedCount++] = entity;
            }
            if (kind < bestKind[entity] || (kind == bestKind[entity] && labelAlt[bestLabel[entity]] && !labelAlt[label])) {
                bestKind[entity] = kind;
                bestLabel[entity] = label;
            }
            if (label + 1 >= starts.length) break;
            pos = haystack.indexOf(q, starts[label + 1]);
        }
        // the top `limit`, chosen by one primitive key per entity (kind, papers, label length, entity number) in
        // a bounded heap, then ordered for display with the label as the last tie-break
        long[] heap = new long[Math.min(limit, touchedCount)];
        int size = 0;
        for (int i = 0; i < touchedCount; i++) {
            int e = touched[i];
            long key = rankKey(bestKind[e], entityPapers[e], labelText[bestLabel[e]].length(), e);
            if (size < heap.length) {
                heap[size++] = key;
                siftUp(heap, size - 1);
            } else if (key < heap[0]) {
                heap[0] = key;
                siftDown(heap, size);
            }
        }
        List<Completion> out = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            int e = (int) (heap[i] & ENTITY_MASK);
            int l = bestLabel[e];
            out.add(new Completion(entities.get(e), labelText[l], labelAlt[l], MatchKind.values()[bestKind[e]]));
        }
        out.sort(Comparator.comparing(Completion::kind)
                .thenComparingLong(c -> -c.entity().papers())
                .thenComparingInt(c -> c.matchedLabel().length())
                .thenComparing(c -> c.entity().label()));
        return out;
    }

    private static final long ENTITY_MASK = (1L << 27) - 1;

    /** Smaller is better: kind (2 bits), fewer-papers-is-worse (24), label length (10), entity number (27). */
    private static long rankKey(int kind, long papers, int labelLength, int entity) {
        long inversePapers = (1L << 24) - 1 - Math.min(papers, (1L << 24) - 1);
        return ((long) kind << 61) | (inversePapers << 37) | ((long) Math.min(labelLength, 1023) << 27) | entity;
    }

    /** Max-heap on the keys: the head is the worst of those kept. */
    private static void siftUp(long[] heap, int i) {
        while (i > 0) {
            int parent = (i - 1) / 2;
            if (heap[parent] >= heap[i]) return;
            long t = heap[parent];
            heap[parent] = heap[i];
            heap[i] = t;
            i = parent;
        }
    }

    private static void siftDown(long[] heap, int size) {
        int i = 0;
        while (true) {
            int l = 2 * i + 1, r = l + 1, largest = i;
            if (l < size && heap[l] > heap[largest]) largest = l;
            if (r < size && heap[r] > heap[largest]) largest = r;
            if (largest == i) return;
            long t = heap[largest];
            heap[largest] = heap[i];
            heap[i] = t;
            i = largest;
        }
    }

    /** The best kind of match of the query in a label whose first occurrence of it is at {@code pos}. */
    private MatchKind kindOfMatch(int label, int pos, String q) {
        int start = starts[label];
        int end = label + 1 < starts.length ? starts[label + 1] - 1 : haystack.length() - 1;
        if (pos == start) return end - start == q.length() ? MatchKind.EXACT : MatchKind.PREFIX;
        for (int w = wordStarts.nextSetBit(pos); w >= 0 && w + q.length() <= end; w = wordStarts.nextSetBit(w + 1)) {
            if (haystack.startsWith(q, w)) return MatchKind.WORD;
        }
        return MatchKind.INSIDE;
    }
}
