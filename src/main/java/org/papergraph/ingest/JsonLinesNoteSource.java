package org.papergraph.ingest;

import com.google.gson.JsonObject;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.Set;

/**
 * JSON Lines: one object per line,
 * {@code {"title": ..., "summary": ..., "id", "venue", "year", "category", "authors", "url"}}, the last six optional.
 * {@code year} may be a number or a numeric string, {@code authors} an array of strings or one string
 * "A, B and C", {@code id} a string or a number. Unknown fields are ignored; a known field of the wrong type rejects the
 * record.
 */
public final class JsonLinesNoteSource implements NoteSource {

    private final JsonRecords records;

    public JsonLinesNoteSource() {
        this(RecordLimits.DEFAULT);
    }

    public JsonLinesNoteSource(RecordLimits limits) {
        this.records = new JsonRecords(limits);
    }

    @Override
    public String name() {
        return "jsonl";
    }

    @Override
    public Set<String> extensions() {
        return Set.of("jsonl", "ndjson");
    }

    @Override
    public void read(String file, BufferedReader reader, NoteSink sink) throws IOException {
        records.readLines(file, reader, JsonLinesNoteSource::toRawNote, sink);
    }

    private static RawNote toRawNote(JsonObject record, SourceLocation at) throws BadRecordException {
        return new RawNote(
                JsonFields.optionalString(record, "title"),
                JsonFields.optionalString(record, "summary"),
                JsonFields.optionalString(record, "venue"),
                JsonFields.optionalString(record, "category"),
                JsonFields.year(record, "year"),
                JsonFields.names(record, "authors"),
                JsonFields.optionalString(record, "url"),
                JsonFields.identifier(record, "id"),
                at);
    }
}
