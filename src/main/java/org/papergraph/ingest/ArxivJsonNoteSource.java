package org.papergraph.ingest;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The arXiv metadata snapshot (Kaggle's {@code arxiv-metadata-oai-snapshot.json}): JSON Lines of objects with
 * {@code id}, {@code title}, {@code abstract}, {@code authors}, {@code authors_parsed}, {@code categories},
 * {@code versions}, {@code update_date}, ... — or the same objects in one top-level JSON array.
 *
 * <p>Title and abstract are hard-wrapped with runs of spaces in the dump, so their white space is collapsed. The venue
 * is {@code arXiv}, the category the first of {@code categories}, the year that of the first version (else of
 * {@code update_date}), the authors come from {@code authors_parsed} ("First Last") else from the {@code authors}
 * string.
 */
public final class ArxivJsonNoteSource implements NoteSource {

    static final String VENUE = "arXiv";
    private static final String ABS_URL = "https://arxiv.org/abs/";

    private final JsonRecords records;

    public ArxivJsonNoteSource() {
        this(RecordLimits.DEFAULT);
    }

    public ArxivJsonNoteSource(RecordLimits limits) {
        this.records = new JsonRecords(limits);
    }

    @Override
    public String name() {
        return "arxiv";
    }

    @Override
    public Set<String> extensions() {
        return Set.of("json");
    }

    @Override
    public void read(String file, BufferedReader reader, NoteSink sink) throws IOException {
        if (JsonRecords.startsWithArray(reader)) {
            records.readArray(file, reader, ArxivJsonNoteSource::toRawNote, sink);
        } else {
            records.readLines(file, reader, ArxivJsonNoteSource::toRawNote, sink);
        }
    }

    private static RawNote toRawNote(JsonObject record, SourceLocation at) throws BadRecordException {
        String id = JsonFields.identifier(record, "id");
        String title = TextCleaning.collapseWhitespace(JsonFields.requiredString(record, "title"));
        String summary = TextCleaning.collapseWhitespace(JsonFields.requiredString(record, "abstract"));
        return new RawNote(title, summary, VENUE, firstCategory(record), year(record), authors(record),
                id == null ? null : ABS_URL + id, id == null ? null : "arXiv:" + id, at);
    }

    private static String firstCategory(JsonObject record) throws BadRecordException {
        String categories = JsonFields.optionalString(record, "categories");
        if (categories == null || categories.isBlank()) return null;
        return categories.strip().split("\\s+", 2)[0];
    }

    /** The year of the first version ({@code "Mon, 2 Apr 2007 19:18:42 GMT"}), else of {@code update_date}. */
    private static Integer year(JsonObject record) throws BadRecordException {
        JsonArray versions = JsonFields.array(record, "versions");
        if (!versions.isEmpty()) {
            JsonElement first = versions.get(0);
            if (!first.isJsonObject())
                throw new BadRecordException("versions[0] must be an object, found " + JsonFields.typeName(first));
            Integer year = Years.findIn(JsonFields.optionalString(first.getAsJsonObject(), "created"));
            if (year != null) return year;
        }
        return Years.findIn(JsonFields.optionalString(record, "update_date"));
    }

    private static List<String> authors(JsonObject record) throws BadRecordException {
        JsonArray parsed = JsonFields.array(record, "authors_parsed");
        if (parsed.isEmpty()) return JsonFields.names(record, "authors");
        List<String> names = new ArrayList<>();
        for (int i = 0; i < parsed.size(); i++) {
            names.add(firstLast(parsed.get(i), i));
        }
        return names;
    }

    /** {@code ["Vaswani", "Ashish", ""]} → {@code Ashish Vaswani}; a suffix ("Jr") goes last. */
    private static String firstLast(JsonElement author, int index) throws BadRecordException {
        if (!author.isJsonArray())
            throw new BadRecordException("authors_parsed[" + index + "] must be an array [last, first, suffix], found "
                    + JsonFields.typeName(author));
        JsonArray parts = author.getAsJsonArray();
        List<String> words = new ArrayList<>(3);
        for (int i = 0; i < parts.size(); i++) {
            if (!JsonFields.isString(parts.get(i)))
                throw new BadRecordException("authors_parsed[" + index + "][" + i + "] must be a string, found "
                        + JsonFields.typeName(parts.get(i)));
            words.add(parts.get(i).getAsString().strip());
        }
        String last = words.size() > 0 ? words.get(0) : "";
        String first = words.size() > 1 ? words.get(1) : "";
        String suffix = words.size() > 2 ? words.get(2) : "";
        return TextCleaning.collapseWhitespace(first + " " + last + " " + suffix);
    }
}
