package org.papergraph.ingest;

import java.util.List;
import java.util.Objects;

/**
 * One summary of one paper, as read from a source. Two notes with the same {@link TitleKey} describe the
 * same paper. Optional fields are null (or empty) when the source does not give them.
 *
 * @param title    the paper title as written (trimmed, never blank)
 * @param summary  the summary paragraph as written (trimmed, never blank; line endings normalised to \n)
 * @param venue    e.g. {@code ICLR2026}, from a digest's venue line or a record field
 * @param category e.g. {@code Pretraining}, from a digest's category heading or a record field
 * @param year     publication year, or null
 * @param authors  author names in source order (possibly empty)
 * @param url      a link to the paper, or null
 * @param sourceId the source's own identifier (arXiv id, JSON {@code id}), or null
 * @param source   file and line the record starts on
 */
public record PaperNote(String title, String summary, String venue, String category, Integer year,
                        List<String> authors, String url, String sourceId, SourceLocation source) {

    public PaperNote {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(source, "source");
        if (title.isBlank()) throw new IllegalArgumentException("blank title at " + source);
        if (summary.isBlank()) throw new IllegalArgumentException("blank summary at " + source);
        authors = authors == null ? List.of() : List.copyOf(authors);
    }

    /** A note with only the required fields, for tests and simple sources. */
    public static PaperNote of(String title, String summary, SourceLocation source) {
        return new PaperNote(title, summary, null, null, null, List.of(), null, null, source);
    }

    public String titleKey() {
        return TitleKey.of(title);
    }
}
