package org.papergraph.ingest;

import java.util.List;

/**
 * A record's fields exactly as a source found them, before the checks all sources share ({@link NoteValidator}).
 * Unlike {@link PaperNote} nothing is guaranteed: any field may be null, blank, too long or full of control
 * characters. Sources build one per record and hand it to the validator; they never build a PaperNote themselves.
 */
public record RawNote(String title, String summary, String venue, String category, Integer year,
                      List<String> authors, String url, String sourceId, SourceLocation source) {

    /** A record with only a title and a summary, as the digest format gives before its headings set the rest. */
    public static RawNote of(String title, String summary, SourceLocation source) {
        return new RawNote(title, summary, null, null, null, List.of(), null, null, source);
    }
}
