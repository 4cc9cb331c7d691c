package org.papergraph.ingest;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TestNoteValidator {

    private static final SourceLocation AT = new SourceLocation("f.md", 7);

    private final NoteValidator validator = new NoteValidator(RecordLimits.DEFAULT);

    private CollectingSink accept(RawNote raw) {
        CollectingSink sink = new CollectingSink();
        validator.accept(raw, sink);
        return sink;
    }

    private CollectingSink accept(String title, String summary) {
        return accept(RawNote.of(title, summary, AT));
    }

    @Test
    void cleanRecordLandsUnchanged() {
        CollectingSink sink = accept("A Title", "A summary.");
        assertEquals(PaperNote.of("A Title", "A summary.", AT), sink.onlyNote());
        assertEquals(List.of(), sink.problemTexts());
    }

    @Test
    void controlCharactersAreRemovedWithOneWarningForTheRecord() {
        CollectingSink sink = accept("Ti\u0000tle\u0007", "Sum\u001Bmary\u007F with C1 \u0085 and \uFFFF.");
        assertEquals("Title", sink.onlyNote().title());
        assertEquals("Summary with C1  and .", sink.onlyNote().summary());
        assertEquals(List.of("warning: f.md:7: removed 6 control characters from title, summary"), sink.problemTexts());
    }

    @Test
    void loneSurrogatesAreRemovedButEmojiSequencesKept() {
        String family = "\uD83D\uDC69\u200D\uD83D\uDCBB";
        CollectingSink sink = accept("Coders " + family + " \uD800", "Text \uDC00.");
        assertEquals("Coders " + family, sink.onlyNote().title());
        assertEquals("Text .", sink.onlyNote().summary());
        assertEquals(List.of("warning: f.md:7: removed 2 control characters from title, summary"), sink.problemTexts());
    }

    @Test
    void textIsNormalisedToNfc() {
        assertEquals("Café", accept("Cafe\u0301", "s").onlyNote().title());
    }

    @Test
    void summaryLineEndingsBecomeLineFeeds() {
        assertEquals("one\ntwo\nthree", accept("T", "one\r\ntwo\rthree").onlyNote().summary());
    }

    @Test
    void titleWhitespaceIsCollapsed() {
        assertEquals("A B C", accept("  A \t B\n\u00A0C  ", "s").onlyNote().title());
    }

    @Test
    void tooLongTitleAndSummaryAreRejectedWithLengthAndLimit() {
        assertEquals(List.of("f.md:7: title too long (5000 characters, limit 1000)"), accept("t".repeat(5000), "s").problemTexts());
        assertEquals(List.of("f.md:7: summary too long (5242880 characters, limit 100000)"),
                accept("T", "s".repeat(5_242_880)).problemTexts());
    }

    @Test
    void lengthIsCountedInCharactersNotUtf16Units() {
        NoteValidator small = new NoteValidator(new RecordLimits(3, 10, 100, 8));
        CollectingSink sink = new CollectingSink();
        assertTrue(small.accept(RawNote.of("a😀b", "s", AT), sink));
    }

    @Test
    void titleWithoutLettersOrDigitsIsRejected() {
        assertEquals(List.of("f.md:7: title has no letters or digits: 🚀🔥 !!"), accept("🚀🔥 !!", "s").problemTexts());
    }

    @Test
    void titleOfOnlyControlCharactersIsBlank() {
        assertEquals(List.of("f.md:7: blank title"), accept("\u0001\u0002", "s").problemTexts());
    }

    @Test
    void rejectedRecordGetsNoWarningBesidesItsRejection() {
        CollectingSink sink = accept("\u0001", "\u0002");
        assertEquals(List.of("f.md:7: blank title"), sink.problemTexts());
        assertFalse(validator.accept(RawNote.of("\u0001", "\u0002", AT), new CollectingSink()));
    }

    @Test
    void yearMustHaveFourDigits() {
        RawNote raw = new RawNote("T", "s", null, null, 99999, List.of(), null, null, AT);
        assertEquals(List.of("f.md:7: year 99999 is not a four-digit year"), accept(raw).problemTexts());
    }

    @Test
    void nonHttpUrlIsDroppedWithAWarning() {
        RawNote raw = new RawNote("T", "s", null, null, null, List.of(), "javascript:alert(1)", null, AT);
        CollectingSink sink = accept(raw);
        assertNull(sink.onlyNote().url());
        assertEquals(List.of("warning: f.md:7: url ignored, not an http(s) URL: javascript:alert(1)"), sink.problemTexts());
    }

    @Test
    void blankOptionalFieldsBecomeNullAndBlankAuthorsAreDropped() {
        RawNote raw = new RawNote("T", "s", " ", "\t", null, List.of(" ", "Ada  Lovelace"), "", " ", AT);
        PaperNote note = accept(raw).onlyNote();
        assertNull(note.venue());
        assertNull(note.category());
        assertNull(note.url());
        assertNull(note.sourceId());
        assertEquals(List.of("Ada Lovelace"), note.authors());
    }

    @Test
    void htmlInTitlesIsKeptAsWritten() {
        assertEquals("<script>alert(1)</script> Attention", accept("<script>alert(1)</script> Attention", "s").onlyNote().title());
    }
}
