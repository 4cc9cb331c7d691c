package org.papergraph.ingest;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.MalformedJsonException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The half of every JSON source that does not depend on its field names: finds the records (one per line, or the
 * elements of one top-level array), parses each strictly under the nesting limit, rejects what is not a JSON object,
 * and hands each object to the source's {@link Mapper}, then to the {@link NoteValidator}.
 */
final class JsonRecords {

    /** Turns one parsed record into a raw note; the only format-specific part of a JSON source. */
    @FunctionalInterface
    interface Mapper {
        RawNote toRawNote(JsonObject record, SourceLocation at) throws BadRecordException;
    }

    /** How far {@link #startsWithArray} looks for the first non-blank character. */
    private static final int LOOK_AHEAD_CHARS = 8192;
    /** Gson's message: what went wrong, then "at line L column C path P" relative to the text it was given. */
    private static final Pattern GSON_LOCATION = Pattern.compile("(.*?) at line (\\d+) column (\\d+)(?: path .*)?");
    /** What strict Gson says about anything only lenient parsing would accept (unquoted names, bare words, comments). */
    private static final String GSON_LENIENCY_HINT = "Use JsonReader.setStrictness(Strictness.LENIENT) to accept malformed JSON";

    private final RecordLimits limits;
    private final NoteValidator validator;

    JsonRecords(RecordLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.validator = new NoteValidator(limits);
    }

    /** JSON Lines: one record per non-blank line. */
    void readLines(String file, BufferedReader reader, Mapper mapper, NoteSink sink) throws IOException {
        LineReader lines = new LineReader(reader, limits.maxRecordChars());
        for (LineReader.Line line = lines.next(); line != null; line = lines.next()) {
            if (!line.truncated() && line.text().isBlank()) continue;
            record(file, line.number(), 1, line.text(), line.length(), mapper, sink);
        }
    }

    /** One top-level array of records; if its punctuation breaks, the rest of the file is rejected in one problem. */
    void readArray(String file, BufferedReader reader, Mapper mapper, NoteSink sink) throws IOException {
        JsonArraySplitter elements = new JsonArraySplitter(reader, limits.maxRecordChars());
        try {
            for (JsonArraySplitter.Element e = elements.next(); e != null; e = elements.next()) {
                record(file, e.line(), e.column(), e.text(), e.length(), mapper, sink);
            }
        } catch (JsonArraySplitter.BrokenArrayException e) {
            sink.problem(ReadProblem.rejected(new SourceLocation(file, e.line()),
                    "broken JSON array, rest of file skipped: " + e.getMessage()));
        }
    }

    /** Whether the text's first non-blank character is '[' (a JSON array rather than JSON Lines). Does not consume. */
    static boolean startsWithArray(BufferedReader reader) throws IOException {
        reader.mark(LOOK_AHEAD_CHARS);
        try {
            for (int i = 0; i < LOOK_AHEAD_CHARS; i++) {
                int c = reader.read();
                if (c < 0) return false;
                if (!Character.isWhitespace(c)) return c == '[';
            }
            return false;
        } finally {
            reader.reset();
        }
    }

    private void record(String file, int line, int column, String text, long length, Mapper mapper, NoteSink sink) {
        SourceLocation at = new SourceLocation(file, line);
        if (length > limits.maxRecordChars()) {
            sink.problem(ReadProblem.rejected(at, NoteValidator.tooLong("record", length, limits.maxRecordChars())));
            return;
        }
        JsonElement parsed;
        try {
            parsed = parse(text);
        } catch (JsonParseException | IOException e) {
            sink.problem(ReadProblem.rejected(at, "broken JSON: " + describe(e, line, column)));
            return;
        }
        if (!parsed.isJsonObject()) {
            sink.problem(ReadProblem.rejected(at, "not a JSON object (found " + JsonFields.typeName(parsed) + ")"));
            return;
        }
        try {
            validator.accept(mapper.toRawNote(parsed.getAsJsonObject(), at), sink);
        } catch (BadRecordException e) {
            sink.problem(ReadProblem.rejected(at, e.getMessage()));
        }
    }

    /** Strict RFC 8259 JSON, one value and nothing after it, nested no deeper than the limit. */
    private JsonElement parse(String text) throws IOException {
        JsonReader json = new JsonReader(new StringReader(text));
        json.setStrictness(Strictness.STRICT);
        json.setNestingLimit(limits.maxJsonNesting());
        JsonElement value = JsonParser.parseReader(json);
        boolean textAfterValue;
        try {
            textAfterValue = json.peek() != JsonToken.END_DOCUMENT;
        } catch (MalformedJsonException e) {
            textAfterValue = true;
        }
        if (textAfterValue) throw new JsonParseException("text after the JSON value");
        return value;
    }

    /**
     * Gson's message made short and placed in the file: without its path (which for deep input is thousands of
     * characters), its troubleshooting link and its advice to be lenient, and with the position counted in the file.
     */
    private static String describe(Exception e, int recordLine, int recordColumn) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause().getMessage() != null) cause = cause.getCause();
        String message = String.valueOf(cause.getMessage()).lines().findFirst().orElse("").strip();
        message = message.replace(GSON_LENIENCY_HINT, "unexpected character");
        Matcher m = GSON_LOCATION.matcher(message);
        if (!m.matches()) return TextCleaning.excerpt(message, 120);
        int relativeLine = Integer.parseInt(m.group(2));
        int relativeColumn = Integer.parseInt(m.group(3));
        int fileColumn = relativeLine == 1 ? recordColumn + relativeColumn - 1 : relativeColumn;
        String where = relativeLine == 1 ? "column " + fileColumn
                : "line " + (recordLine + relativeLine - 1) + ", column " + fileColumn;
        return TextCleaning.excerpt(m.group(1), 120) + " at " + where;
    }
}
