package org.papergraph.ingest;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TestDigestNoteSource {

    private final DigestNoteSource digest = new DigestNoteSource();

    private CollectingSink read(String text) {
        return CollectingSink.read(digest, "d.md", text);
    }

    private CollectingSink twoSections() {
        return CollectingSink.readResource(digest, "d.md", "two-sections.md");
    }

    @Test
    void headingsSetVenueCategoryAndYearPerSection() {
        CollectingSink sink = twoSections();
        assertEquals(List.of(), sink.problemTexts());
        assertEquals(4, sink.notes.size());
        PaperNote pretraining = sink.notes.get(1);
        assertEquals("Block-Sample MAC-Bayes Generalization Bounds", pretraining.title());
        assertEquals("ICLR2026", pretraining.venue());
        assertEquals("Pretraining", pretraining.category());
        assertEquals(2026, pretraining.year());
        PaperNote optimization = sink.notes.get(3);
        assertEquals("NeurIPS 2025", optimization.venue());
        assertEquals("Optimization", optimization.category());
        assertEquals(2025, optimization.year());
    }

    @Test
    void notesBeforeAnyHeadingHaveNoVenueOrCategory() {
        PaperNote first = twoSections().notes.get(0);
        assertEquals("A note before any heading", first.title());
        assertNull(first.venue());
        assertNull(first.category());
        assertNull(first.year());
    }

    @Test
    void recordStartsOnItsTitleLine() {
        CollectingSink sink = twoSections();
        assertEquals(List.of(1, 6, 9, 16), sink.notes.stream().map(n -> n.source().line()).toList());
    }

    @Test
    void summaryLinesAreJoinedWithNewlines() {
        assertEquals("A heterogeneous microscopy dataset.\nIt spans 75 sources.",
                twoSections().notes.get(2).summary());
    }

    @Test
    void lineStartingWithDashButNotFollowedByDashLineIsSummaryText() {
        assertEquals("KL-Shampoo replaces the Frobenius objective.\n- a summary line that starts with a dash is summary text",
                twoSections().notes.get(3).summary());
    }

    @Test
    void firstSummaryLineMayStartWithDash() {
        PaperNote note = read("- Title\n-\n- first line is a bullet\nsecond\n").onlyNote();
        assertEquals("- first line is a bullet\nsecond", note.summary());
    }

    @Test
    void declaredCountMismatchIsAWarningAtTheVenueLine() {
        CollectingSink sink = read("📚 Pretraining¶\n🔬 ICLR2026 · 3 paper notes\n- A\n-\nText a.\n- B\n-\nText b.\n");
        assertEquals(2, sink.notes.size());
        assertEquals(List.of("warning: d.md:2: section 'Pretraining' declares 3 paper notes, found 2"), sink.problemTexts());
    }

    @Test
    void rejectedRecordsCountAsFoundAgainstTheDeclaredNumber() {
        CollectingSink sink = read("📚 P\n🔬 V · 2 paper notes\n- A\n-\nText a.\n- B\n-\n");
        assertEquals(List.of("d.md:6: empty summary"), sink.problemTexts());
    }

    @Test
    void eachSectionIsCheckedAgainstItsOwnCount() {
        CollectingSink sink = read("📚 One\n🔬 V · 1 paper notes\n- A\n-\nText.\n📚 Two\n🔬 V · 2 paper notes\n- B\n-\nText.\n");
        assertEquals(List.of("warning: d.md:7: section 'Two' declares 2 paper notes, found 1"), sink.problemTexts());
    }

    @Test
    void categoryHeadingClearsTheVenue() {
        CollectingSink sink = read("📚 One\n🔬 ICLR2026 · 1 paper notes\n- A\n-\nText.\n📚 Two\n- B\n-\nText.\n");
        assertNull(sink.notes.get(1).venue());
        assertEquals("Two", sink.notes.get(1).category());
    }

    @Test
    void venueWithoutDeclaredCountIsNotChecked() {
        CollectingSink sink = read("🔬 Workshop notes\n- A\n-\nText.\n");
        assertEquals(List.of(), sink.problemTexts());
        assertEquals("Workshop notes", sink.onlyNote().venue());
    }

    @Test
    void titleWithEmptySummaryIsRejectedAtItsTitleLine() {
        CollectingSink sink = read("- A\n-\nText a.\n- No summary\n-\n- C\n-\nText c.\n");
        assertEquals(List.of("A", "C"), sink.titles());
        assertEquals(List.of("d.md:4: empty summary"), sink.problemTexts());
    }

    @Test
    void titleAtEndOfFileWithoutSummaryIsRejected() {
        assertEquals(List.of("d.md:1: empty summary"), read("- Alone\n-\n").problemTexts());
    }

    @Test
    void titleLineWithoutDashLineIsRejectedSayingWhatWasExpected() {
        CollectingSink sink = read("- A\nText of a.\n\n- B\n-\nText b.\n");
        assertEquals(List.of("B"), sink.titles());
        assertEquals(List.of("d.md:1: expected a line '-' after the title line, found 'Text of a.'"), sink.problemTexts());
    }

    @Test
    void titleLineAtEndOfFileSaysTheFileEnded() {
        assertEquals(List.of("d.md:1: expected a line '-' after the title line, found the end of the file"),
                read("- Only a title").problemTexts());
    }

    @Test
    void summaryWithoutTitleIsRejectedOnceForItsParagraph() {
        CollectingSink sink = read("Orphan text.\nMore orphan text.\n\n- B\n-\nText b.\n");
        assertEquals(List.of("B"), sink.titles());
        assertEquals(List.of("d.md:1: summary text with no title line '- TITLE' before it"), sink.problemTexts());
    }

    @Test
    void blankTitleIsRejected() {
        CollectingSink sink = read("- A\n-\nText a.\n- \n-\nText of a blank title.\n");
        assertEquals(List.of("A"), sink.titles());
        assertEquals(List.of("d.md:4: blank title"), sink.problemTexts());
    }

    @Test
    void dashLineWithoutTitleIsRejected() {
        assertEquals(List.of("d.md:1: a line '-' with no title line '- TITLE' before it"),
                read("-\nText.\n").problemTexts());
    }

    @Test
    void blankLinesBetweenDashLineAndSummaryAreTolerated() {
        assertEquals("Text.", read("- A\n-\n\nText.\n").onlyNote().summary());
    }

    @Test
    void pilcrowIsOptionalAndTrimmed() {
        assertEquals("Pretraining", read("📚  Pretraining ¶ \n- A\n-\nT.\n").onlyNote().category());
        assertEquals("Pretraining", read("📚 Pretraining\n- A\n-\nT.\n").onlyNote().category());
    }

    @Test
    void carriageReturnLineEndingsReadLikeLineFeeds() {
        String lf = "📚 P\n🔬 V · 1 paper notes\n- A\n-\nLine one.\nLine two.\n";
        CollectingSink crlf = read(lf.replace("\n", "\r\n"));
        CollectingSink cr = read(lf.replace("\n", "\r"));
        assertEquals(read(lf).notes, crlf.notes);
        assertEquals(read(lf).notes, cr.notes);
        assertEquals("Line one.\nLine two.", cr.onlyNote().summary());
    }

    @Test
    void lineLongerThanTheRecordLimitRejectsItsRecord() {
        DigestNoteSource small = new DigestNoteSource(new RecordLimits(10, 20, 50, 8));
        CollectingSink sink = CollectingSink.read(small, "d.md", "- A\n-\n" + "x".repeat(80) + "\n\n- B\n-\nShort.\n");
        assertEquals(List.of("B"), sink.titles());
        assertEquals(List.of("d.md:1: record too long (84 characters, limit 50)"), sink.problemTexts());
    }

    @Test
    void summaryOverTheSummaryLimitIsRejectedWithItsLength() {
        DigestNoteSource small = new DigestNoteSource(new RecordLimits(10, 20, 50, 8));
        CollectingSink sink = CollectingSink.read(small, "d.md", "- A\n-\n" + "x".repeat(30) + "\n");
        assertEquals(List.of("d.md:1: summary too long (30 characters, limit 20)"), sink.problemTexts());
    }

    @Test
    void onlyHeadingsGiveNothing() {
        CollectingSink sink = read("📚 P¶\n🔬 V · 0 paper notes\n");
        assertTrue(sink.notes.isEmpty());
        assertEquals(List.of(), sink.problemTexts());
    }
}
