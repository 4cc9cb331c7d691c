package org.papergraph.ingest;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The checks every source applies to every record, kept in one place so that a title means the same thing whether it
 * came from a digest, a JSON line or an arXiv dump. Turns a {@link RawNote} into either a {@link PaperNote} (plus
 * warnings about what was cleaned away) or exactly one {@link ReadProblem.Severity#REJECTED} problem.
 *
 * <p>Text fields are cleaned by {@link TextCleaning}; single-line fields (title, venue, category, authors, id) also
 * have their white space collapsed. A record is rejected when its title or summary is missing, blank or too long, its
 * title has no letter or digit (it would have an empty {@link TitleKey} and merge with every other such title), a
 * short field is longer than the title limit, or its year is not a four-digit number. A url that is not http(s) is
 * dropped with a warning rather than rejecting the record: it is ornamental, and a {@code javascript:} link must never
 * reach the explorer.
 */
public final class NoteValidator {

    private static final int MIN_YEAR = 1000;
    private static final int MAX_YEAR = 9999;
    private static final int EXCERPT_CHARS = 60;

    private final RecordLimits limits;

    public NoteValidator(RecordLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /**
     * Checks one record and pushes the outcome to the sink.
     *
     * @return true if a note landed, false if the record was rejected
     */
    public boolean accept(RawNote raw, NoteSink sink) {
        SourceLocation at = raw.source();
        Cleaner cleaner = new Cleaner();
        String title = cleaner.line("title", raw.title());
        String summary = cleaner.paragraph("summary", raw.summary());
        String venue = cleaner.line("venue", raw.venue());
        String category = cleaner.line("category", raw.category());
        String sourceId = cleaner.line("id", raw.sourceId());
        String url = cleaner.line("url", raw.url());
        List<String> authors = new ArrayList<>();
        for (String author : raw.authors()) {
            String name = cleaner.line("authors", author);
            if (name != null && !name.isEmpty()) authors.add(name);
        }

        String rejection = titleProblem(raw.title(), title);
        if (rejection == null) rejection = summaryProblem(raw.summary(), summary);
        if (rejection == null) rejection = shortFieldProblem("venue", venue);
        if (rejection == null) rejection = shortFieldProblem("category", category);
        if (rejection == null) rejection = shortFieldProblem("id", sourceId);
        for (int i = 0; rejection == null && i < authors.size(); i++)
            rejection = shortFieldProblem("author", authors.get(i));
        if (rejection == null) rejection = yearProblem(raw.year());
        if (rejection != null) {
            sink.problem(ReadProblem.rejected(at, rejection));
            return false;
        }

        if (cleaner.removedCharacters > 0) sink.problem(ReadProblem.warning(at, cleaner.describeRemovals()));
        String urlProblem = urlProblem(url);
        if (urlProblem != null) {
            sink.problem(ReadProblem.warning(at, "url ignored, " + urlProblem + ": " + TextCleaning.excerpt(url, EXCERPT_CHARS)));
            url = null;
        }
        sink.note(new PaperNote(title, summary, blankToNull(venue), blankToNull(category), raw.year(), authors,
                blankToNull(url), blankToNull(sourceId), at));
        return true;
    }

    /** The wording of every length rejection, shared by the readers that enforce {@link RecordLimits#maxRecordChars()}. */
    static String tooLong(String what, long length, long limit) {
        return what + " too long (" + length + " characters, limit " + limit + ")";
    }

    private String titleProblem(String raw, String title) {
        if (raw == null) return "missing title";
        if (title.isEmpty()) return "blank title";
        int length = TextCleaning.codePointLength(title);
        if (length > limits.maxTitleChars()) return tooLong("title", length, limits.maxTitleChars());
        if (TitleKey.of(title).isEmpty()) return "title has no letters or digits: " + TextCleaning.excerpt(title, EXCERPT_CHARS);
        return null;
    }

    private String summaryProblem(String raw, String summary) {
        if (raw == null) return "missing summary";
        if (summary.isEmpty()) return "empty summary";
        int length = TextCleaning.codePointLength(summary);
        return length > limits.maxSummaryChars() ? tooLong("summary", length, limits.maxSummaryChars()) : null;
    }

    private String shortFieldProblem(String field, String value) {
        if (value == null) return null;
        int length = TextCleaning.codePointLength(value);
        return length > limits.maxTitleChars() ? tooLong(field, length, limits.maxTitleChars()) : null;
    }

    private static String yearProblem(Integer year) {
        if (year == null || (year >= MIN_YEAR && year <= MAX_YEAR)) return null;
        return "year " + year + " is not a four-digit year";
    }

    private String urlProblem(String url) {
        if (url == null || url.isEmpty()) return null;
        if (TextCleaning.codePointLength(url) > limits.maxTitleChars()) return "longer than " + limits.maxTitleChars() + " characters";
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) return null;
        } catch (URISyntaxException e) {
            return "not a valid URL";
        }
        return "not an http(s) URL";
    }

    private static String blankToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    /** Cleans fields one by one and remembers what it removed, so the record gets one warning however many fields. */
    private static final class Cleaner {
        int removedCharacters;
        final Set<String> fieldsWithRemovals = new LinkedHashSet<>();

        String line(String field, String value) {
            String cleaned = paragraph(field, value);
            return cleaned == null ? null : TextCleaning.collapseWhitespace(cleaned);
        }

        String paragraph(String field, String value) {
            if (value == null) return null;
            TextCleaning.Cleaned cleaned = TextCleaning.clean(value);
            if (cleaned.removedCharacters() > 0) {
                removedCharacters += cleaned.removedCharacters();
                fieldsWithRemovals.add(field);
            }
            return cleaned.text().strip();
        }

        String describeRemovals() {
            return "removed " + removedCharacters + " control character" + (removedCharacters == 1 ? "" : "s")
                    + " from " + String.join(", ", fieldsWithRemovals);
        }
    }
}
