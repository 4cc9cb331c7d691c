package org.papergraph.ingest;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class TestArxivJsonNoteSource {

    private final ArxivJsonNoteSource arxiv = new ArxivJsonNoteSource();

    private CollectingSink read(String text) {
        return CollectingSink.read(arxiv, "a.json", text);
    }

    private CollectingSink fixture(String name) {
        return CollectingSink.readResource(arxiv, "a.json", name);
    }

    @Test
    void jsonLinesFormRejectsTheRecordWithoutAbstractAtItsLine() {
        CollectingSink sink = fixture("arxiv-lines.json");
        assertEquals(2, sink.notes.size());
        assertEquals(List.of("a.json:3: missing abstract"), sink.problemTexts());
    }

    @Test
    void titleAndAbstractWhitespaceIsCollapsed() {
        PaperNote note = fixture("arxiv-lines.json").notes.get(0);
        assertEquals("Calculation of prompt diphoton production cross sections at Tevatron and LHC energies", note.title());
        assertEquals("A fully differential calculation in perturbative quantum chromodynamics is presented for the "
                + "production of massive photon pairs at hadron colliders.", note.summary());
    }

    @Test
    void identifierGivesSourceIdAndAbsUrl() {
        PaperNote note = fixture("arxiv-lines.json").notes.get(0);
        assertEquals("arXiv:0704.0001", note.sourceId());
        assertEquals("https://arxiv.org/abs/0704.0001", note.url());
        assertEquals("arXiv", note.venue());
    }

    @Test
    void authorsComeFromAuthorsParsedAsFirstLast() {
        assertEquals(List.of("C. Balázs", "E. L. Berger", "P. M. Nadolsky", "C. -P. Yuan"),
                fixture("arxiv-lines.json").notes.get(0).authors());
    }

    @Test
    void authorsFallBackToTheAuthorsString() {
        assertEquals(List.of("Ashish Vaswani", "Noam Shazeer", "Niki Parmar", "Jakob Uszkoreit"),
                fixture("arxiv-lines.json").notes.get(1).authors());
    }

    @Test
    void yearIsThatOfTheFirstVersionElseOfTheUpdateDate() {
        CollectingSink sink = fixture("arxiv-lines.json");
        assertEquals(2007, sink.notes.get(0).year());
        assertEquals(2023, sink.notes.get(1).year());
    }

    @Test
    void categoryIsTheFirstListed() {
        assertEquals("cs.CL", fixture("arxiv-lines.json").notes.get(1).category());
    }

    @Test
    void arrayFormRejectsABadRecordAtTheLineItsObjectStarts() {
        CollectingSink sink = fixture("arxiv-array.json");
        assertEquals(List.of("Calculation of prompt diphoton production cross sections at Tevatron and LHC energies",
                "Attention Is All You Need"), sink.titles());
        assertEquals(List.of(2, 16), sink.notes.stream().map(n -> n.source().line()).toList());
        assertEquals(List.of("a.json:11: missing abstract"), sink.problemTexts());
    }

    @Test
    void arrayElementWithBrokenJsonCostsOnlyItself() {
        CollectingSink sink = read("[\n{\"title\": \"A\", \"abstract\": \"x\"},\n{\"title\": \"B\" \"abstract\": \"y\"},\n"
                + "{\"title\": \"C\", \"abstract\": \"z\"}\n]\n");
        assertEquals(List.of("A", "C"), sink.titles());
        assertEquals(List.of("a.json:3: broken JSON: Unterminated object at column 16"), sink.problemTexts());
    }

    @Test
    void truncatedArrayIsRejectedAtTheUnfinishedRecord() {
        CollectingSink sink = read("[{\"title\": \"A\", \"abstract\": \"x\"},\n {\"title\": \"B\", \"abs");
        assertEquals(List.of("A"), sink.titles());
        assertEquals(List.of("a.json:2: broken JSON array, rest of file skipped: the file ends inside this record"),
                sink.problemTexts());
    }

    @Test
    void deeplyNestedArrayElementIsACleanRejection() {
        String deep = "[".repeat(10_000) + "]".repeat(10_000);
        CollectingSink sink = read("[" + deep + ",\n{\"title\": \"A\", \"abstract\": \"x\"}]");
        assertEquals(List.of("A"), sink.titles());
        assertEquals(List.of("a.json:1: broken JSON: Nesting limit 64 reached at column 67"), sink.problemTexts());
    }

    @Test
    void authorsParsedOfTheWrongShapeIsRejected() {
        assertEquals(List.of("a.json:1: authors_parsed[0] must be an array [last, first, suffix], found string"),
                read("{\"title\": \"A\", \"abstract\": \"x\", \"authors_parsed\": [\"Vaswani\"]}\n").problemTexts());
    }

    @Test
    void recordWithoutIdHasNoUrl() {
        PaperNote note = read("{\"title\": \"A\", \"abstract\": \"x\"}\n").onlyNote();
        assertNull(note.url());
        assertNull(note.sourceId());
    }
}
