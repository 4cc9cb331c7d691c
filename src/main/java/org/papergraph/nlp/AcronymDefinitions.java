package org.papergraph.nlp;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Acronym definitions in both directions, {@code Long Form (ACR)} and {@code ACR (Long Form)}, found from the words
 * whose initials spell the short form, else with the algorithm of Schwartz and Hearst (2003): the short form's
 * letters are matched right to left against the long form's characters, the first letter at a word start. The two
 * forms become candidates of one entity.
 */
final class AcronymDefinitions implements CandidateRule {

    static final double CONFIDENCE = 0.9;
    private static final int MAX_INSIDE_TOKENS = 14;

    @Override
    public void find(ParsedSentence s, NoteContext note, List<Candidate> out) {
        for (int open = 1; open < s.size(); open++) {
            if (!s.word(open).equals("(")) continue;
            int close = closing(s, open);
            if (close < 0 || close == open + 1) continue;
            int inside = close - open - 1;
            String text = note.text();
            if (inside <= 2 && isShortForm(s.text(text, open + 1, close))) {
                longBeforeShort(s, note, open, close, out);
            } else if (inside >= 2 && isShortForm(s.word(open - 1))) {
                shortBeforeLong(s, note, open, close, out);
            }
        }
    }

    private static int closing(ParsedSentence s, int open) {
        for (int j = open + 1; j < s.size() && j <= open + MAX_INSIDE_TOKENS + 1; j++) {
            if (s.word(j).equals(")")) return j;
            if (s.word(j).equals("(")) return -1;
        }
        return -1;
    }

    static boolean isShortForm(String w) {
        String first = w.split(" ")[0];
        return w.length() >= 2 && w.length() <= 12 && (NameShapes.isAcronym(first) || NameShapes.isCamelCase(first))
                && Character.isLetterOrDigit(w.charAt(0));
    }

    /** {@code Lossless Vocabulary Reduction (LVR)}. */
    private static void longBeforeShort(ParsedSentence s, NoteContext note, int open, int close, List<Candidate> out) {
        String text = note.text();
        String shortForm = s.text(text, open + 1, close);
        int window = Math.min(letters(shortForm) + 5, letters(shortForm) * 2);
        int start = open;
        while (start > 0 && open - start < window && !isBoundary(s.word(start - 1))) start--;
        if (start == open) return;
        String region = s.text(text, start, open);
        String longForm = matchLongForm(shortForm, region);
        if (longForm == null && shortForm.contains(" ")) {
            shortForm = shortForm.substring(0, shortForm.indexOf(' '));   // "AHON LN": try its first part
            longForm = matchLongForm(shortForm, region);
        }
        if (longForm == null) return;
        // the long form is a suffix of the region, which ends where token open-1 ends
        int longStart = tokenAt(s, s.charBegin(start) + region.length() - longForm.length());
        add(s, Math.max(longStart, start), open, open + 1, close, out);
    }

    /** {@code TASTE (Text-Aligned Speech Tokenization and Embedding)}. */
    private static void shortBeforeLong(ParsedSentence s, NoteContext note, int open, int close, List<Candidate> out) {
        String text = note.text();
        String shortForm = s.word(open - 1);
        String inside = s.text(text, open + 1, close);
        String longForm = matchLongForm(shortForm, inside);
        if (longForm == null || !inside.startsWith(longForm) || longForm.split(" ").length < 2) return;
        add(s, open + 1, close, open - 1, open, out);
    }

    private static int tokenAt(ParsedSentence s, int charOffset) {
        for (int i = 0; i < s.size(); i++) if (s.charEnd(i) > charOffset) return i;
        return s.size() - 1;
    }

    private static void add(ParsedSentence s, int longFrom, int longTo, int shortFrom, int shortTo, List<Candidate> out) {
        if (longTo - longFrom < 1) return;
        Candidate longForm = new Candidate(s, longFrom, longTo, Candidate.Rule.ACRONYM_DEFINITION, CONFIDENCE);
        Candidate shortForm = new Candidate(s, shortFrom, shortTo, Candidate.Rule.ACRONYM_DEFINITION, CONFIDENCE);
        longForm.longForm = true;
        longForm.definitionPartner = shortForm;
        shortForm.definitionPartner = longForm;
        longForm.nameLike = true;
        shortForm.nameLike = true;
        out.add(longForm);
        out.add(shortForm);
    }

    private static boolean isBoundary(String w) {
        return w.equals(",") || w.equals(";") || w.equals(":") || w.equals("(") || w.equals(")") || w.equals("—")
                || w.equals("–") || w.equals("--") || w.equals(".") || w.equals("``") || w.equals("''") || w.equals("\"");
    }

    private static int letters(String w) {
        int n = 0;
        for (char c : w.toCharArray()) if (Character.isLetterOrDigit(c)) n++;
        return Math.max(n, 1);
    }

    /**
     * Schwartz–Hearst: the shortest suffix of {@code region} starting at a word boundary whose characters contain
     * the short form's letters and digits in order, or null. A trailing plural {@code s} and trailing digits of
     * the short form may be left unmatched (DAGs, MR2).
     */
    static String matchLongForm(String shortForm, String region) {
        // the initials first: Schwartz–Hearst alone takes "Policy Optimization" for PPO (the P and O inside
        // "Optimization"), where the words' initials spell it with "Proximal Policy Optimization"
        String found = initials(shortForm, region);
        if (found == null) found = schwartzHearst(shortForm, region);
        if (found == null && shortForm.endsWith("s")) found = schwartzHearst(shortForm.substring(0, shortForm.length() - 1), region);
        if (found == null && Character.isDigit(shortForm.charAt(shortForm.length() - 1))) {
            found = schwartzHearst(shortForm.replaceAll("\\d+$", ""), region);
        }
        return found;
    }

    /**
     * The shortest suffix of {@code region}, whole words, whose initials (of each word and of each part of a hyphenated
     * word, function words optional) are the short form's letters: "Long Short-Term Memory" for LSTM, "Bag of
     * Words" for BoW; or null.
     */
    private static String initials(String shortForm, String region) {
        String sf = shortForm.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", "");
        if (sf.length() < 2 || !shortForm.matches("[\\p{L}-]+")) return null;
        String[] words = region.strip().split("\\s+");
        for (int k = 1; k <= Math.min(words.length, sf.length() + 3); k++) {
            String[] suffix = Arrays.copyOfRange(words, words.length - k, words.length);
            if (!Character.isLetter(suffix[0].charAt(0)) || FUNCTION_WORDS.contains(suffix[0].toLowerCase(Locale.ROOT))) continue;
            if (spells(sf, suffix, true) || spells(sf, suffix, false)) return String.join(" ", suffix);
        }
        return null;
    }

    private static boolean spells(String sf, String[] words, boolean withFunctionWords) {
        StringBuilder b = new StringBuilder();
        for (String w : words) {
            if (!withFunctionWords && FUNCTION_WORDS.contains(w.toLowerCase(Locale.ROOT))) continue;
            for (String part : w.split("-")) {
                if (part.isEmpty() || !Character.isLetter(part.charAt(0))) return false;
                b.append(Character.toLowerCase(part.charAt(0)));
            }
        }
        return b.toString().equals(sf);
    }

    private static final Set<String> FUNCTION_WORDS = Set.of("of", "and", "for", "the", "a", "an", "in", "on", "to", "with", "by");

    private static String schwartzHearst(String shortForm, String longText) {
        String sf = shortForm.toLowerCase(Locale.ROOT);
        String lf = longText.toLowerCase(Locale.ROOT);
        if (sf.isEmpty() || letters(sf) < 2) return null;
        int s = sf.length() - 1;
        int l = lf.length() - 1;
        while (s >= 0) {
            char c = sf.charAt(s);
            if (!Character.isLetterOrDigit(c)) {
                s--;
                continue;
            }
            while (l >= 0 && (lf.charAt(l) != c || (s == 0 && l > 0 && Character.isLetterOrDigit(lf.charAt(l - 1))))) l--;
            if (l < 0) return null;
            l--;
            s--;
        }
        int start = Math.max(lf.lastIndexOf(' ', l + 1) + 1, 0);
        String result = longText.substring(start).strip();
        if (result.isEmpty() || result.toLowerCase(Locale.ROOT).contains(sf)) return null;
        return result;
    }
}
