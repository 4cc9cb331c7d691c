package org.papergraph.ingest;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class TestJsonLinesNoteSource {

    private final JsonLinesNoteSource jsonl = new JsonLinesNoteSource();

    private CollectingSink read(String text) {
        return CollectingSink.read(jsonl, "n.jsonl", text);
    }

    private CollectingSink fixture() {
        return CollectingSink.readResource(jsonl, "n.jsonl", "notes.jsonl");
    }

    @Test
    void readsEveryField() {
        CollectingSink sink = fixture();
        assertEquals(List.of(), sink.problemTexts());
        PaperNote first = sink.notes.get(0);
        assertEquals("Steering Language Models with Weight Arithmetic", first.title());
        assertEquals("ICLR2026", first.venue());
        assertEquals("Pretraining", first.category());
        assertEquals(2026, first.year());
        assertEquals(List.of("Ada Lovelace", "Alan Turing"), first.authors());
        assertEquals("https://openreview.net/forum?id=abc123", first.url());
        assertEquals("n1", first.sourceId());
    }

    @Test
    void blankLinesAreSkippedAndLineNumbersKept() {
        assertEquals(List.of(1, 3, 4), fixture().notes.stream().map(n -> n.source().line()).toList());
    }

    @Test
    void authorsGivenAsOneStringAreSplit() {
        assertEquals(List.of("A. One", "B. Two", "C. Three"), fixture().notes.get(1).authors());
    }

    @Test
    void yearGivenAsNumericString() {
        assertEquals(2025, fixture().notes.get(1).year());
    }

    @Test
    void numericIdAndUnknownFieldsAreAccepted() {
        assertEquals("42", fixture().notes.get(2).sourceId());
        assertNull(fixture().notes.get(1).sourceId());
    }

    @Test
    void titleWhitespaceIsCollapsedAndSummaryLineEndsNormalised() {
        PaperNote taste = fixture().notes.get(2);
        assertEquals("TASTE: Text-Aligned Speech Tokenization", taste.title());
        assertEquals("Line one.\nLine two.", taste.summary());
    }

    @Test
    void brokenJsonIsRejectedWithTheParsersWordsAndReadingGoesOn() {
        CollectingSink sink = read("{\"title\": \"A\", \"summary\": \"s\"\n{\"title\": \"B\", \"summary\": \"t\"}\n");
        assertEquals(List.of("B"), sink.titles());
        assertEquals(List.of("n.jsonl:1: broken JSON: End of input at column 30"), sink.problemTexts());
    }

    @Test
    void textAfterTheObjectIsRejected() {
        assertEquals(List.of("n.jsonl:1: broken JSON: text after the JSON value"),
                read("{\"title\": \"A\", \"summary\": \"s\"} {}\n").problemTexts());
    }

    @Test
    void lenientJsonIsRejected() {
        assertEquals(List.of("n.jsonl:1: broken JSON: Expected name at column 24"),
                read("{\"title\": \"A\", \"x\": 1,}\n").problemTexts());
    }

    @Test
    void valueThatIsNotAnObjectIsRejected() {
        assertEquals(List.of("n.jsonl:1: not a JSON object (found array)", "n.jsonl:2: not a JSON object (found null)"),
                read("[1, 2]\nnull\n").problemTexts());
    }

    @Test
    void missingOrBlankTitleIsRejected() {
        assertEquals(List.of("n.jsonl:1: missing title", "n.jsonl:2: blank title", "n.jsonl:3: missing title"),
                read("{\"summary\": \"s\"}\n{\"title\": \"  \", \"summary\": \"s\"}\n{\"title\": null, \"summary\": \"s\"}\n")
                        .problemTexts());
    }

    @Test
    void missingOrBlankSummaryIsRejected() {
        assertEquals(List.of("n.jsonl:1: missing summary", "n.jsonl:2: empty summary"),
                read("{\"title\": \"T\"}\n{\"title\": \"T\", \"summary\": \"\\n \"}\n").problemTexts());
    }

    @Test
    void fieldsOfTheWrongTypeAreRejectedNamingFieldAndValue() {
        CollectingSink sink = read(String.join("\n",
                "{\"title\": 42, \"summary\": \"s\"}",
                "{\"title\": \"T\", \"summary\": [\"s\"]}",
                "{\"title\": \"T\", \"summary\": \"s\", \"year\": \"soon\"}",
                "{\"title\": \"T\", \"summary\": \"s\", \"year\": true}",
                "{\"title\": \"T\", \"summary\": \"s\", \"authors\": [\"A\", 7]}",
                "{\"title\": \"T\", \"summary\": \"s\", \"id\": {}}"));
        assertEquals(List.of(
                "n.jsonl:1: title must be a string, found number 42",
                "n.jsonl:2: summary must be a string, found array",
                "n.jsonl:3: year must be a whole number, found string \"soon\"",
                "n.jsonl:4: year must be a number or a numeric string, found boolean true",
                "n.jsonl:5: authors[1] must be a string, found number 7",
                "n.jsonl:6: id must be a string or a number, found object"), sink.problemTexts());
    }

    @Test
    void deepNestingIsACleanRejection() {
        String deep = "[".repeat(10_000) + "]".repeat(10_000);
        CollectingSink sink = read("{\"title\": \"T\", \"summary\": \"s\", \"x\": " + deep + "}\n{\"title\": \"U\", \"summary\": \"s\"}\n");
        assertEquals(List.of("U"), sink.titles());
        assertEquals(List.of("n.jsonl:1: broken JSON: Nesting limit 64 reached at column 101"), sink.problemTexts());
    }

    @Test
    void lineOverTheRecordLimitIsRejectedWithoutParsing() {
        JsonLinesNoteSource small = new JsonLinesNoteSource(new RecordLimits(10, 20, 40, 8));
        CollectingSink sink = CollectingSink.read(small, "n.jsonl", "{\"title\": \"T\", \"summary\": \"" + "x".repeat(50) + "\"}\n");
        assertEquals(List.of("n.jsonl:1: record too long (79 characters, limit 40)"), sink.problemTexts());
    }
}
