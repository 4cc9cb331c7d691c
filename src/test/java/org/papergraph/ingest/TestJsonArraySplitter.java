package org.papergraph.ingest;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TestJsonArraySplitter {

    private static List<JsonArraySplitter.Element> split(String text) throws IOException, JsonArraySplitter.BrokenArrayException {
        JsonArraySplitter splitter = new JsonArraySplitter(new StringReader(text), 1000);
        List<JsonArraySplitter.Element> elements = new ArrayList<>();
        for (JsonArraySplitter.Element e = splitter.next(); e != null; e = splitter.next()) elements.add(e);
        return elements;
    }

    private static String brokenMessage(String text) {
        return assertThrows(JsonArraySplitter.BrokenArrayException.class, () -> split(text)).getMessage();
    }

    @Test
    void elementsKeepTheirTextLineAndColumn() throws Exception {
        List<JsonArraySplitter.Element> elements = split("[ {\"a\": 1},\r\n  {\"b\": [2, 3]} ,\n7 ]");
        assertEquals(List.of(
                new JsonArraySplitter.Element(1, 3, "{\"a\": 1}", 8),
                new JsonArraySplitter.Element(2, 3, "{\"b\": [2, 3]}", 14),
                new JsonArraySplitter.Element(3, 1, "7", 2)), elements);
    }

    @Test
    void bracketsCommasAndQuotesInsideStringsDoNotSplit() throws Exception {
        List<JsonArraySplitter.Element> elements = split("[{\"t\": \"a, ] } [ \\\" b\"}, \"x,]\"]");
        assertEquals(List.of("{\"t\": \"a, ] } [ \\\" b\"}", "\"x,]\""), elements.stream().map(JsonArraySplitter.Element::text).toList());
    }

    @Test
    void emptyArrayHasNoElements() throws Exception {
        assertEquals(List.of(), split(" [ ] \n"));
    }

    @Test
    void brokenPunctuationStopsTheSplitWithAReason() {
        assertEquals("expected '[' to open the array, found '{'", brokenMessage("{}"));
        assertEquals("a ',' with no record after it", brokenMessage("[1,]"));
        assertEquals("text after the end of the array: 'x'", brokenMessage("[1] x"));
        assertEquals("the file ends inside this record", brokenMessage("[{\"a\": [1"));
        assertEquals("the file ends inside the array", brokenMessage("[1,"));
    }

    @Test
    void deepNestingIsOnlyCounted() throws Exception {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        assertEquals(200_000, split("[" + deep + "]").get(0).length());
    }
}
