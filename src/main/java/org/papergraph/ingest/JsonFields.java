package org.papergraph.ingest;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Typed access to the fields of a JSON record. A field that is absent or {@code null} is "not given"; a field of the
 * wrong type is an error naming the field and what was found, so the user can fix the record.
 */
final class JsonFields {

    /** An integral year, as a JSON number ({@code 2026}, {@code 2026.0}) or a string ({@code "2026"}); bounded so no huge number is parsed. */
    private static final Pattern YEAR = Pattern.compile("\\s*(-?\\d{1,9})(?:\\.0*)?\\s*");

    private JsonFields() {}

    /** A string field, or null when not given. */
    static String optionalString(JsonObject record, String field) throws BadRecordException {
        JsonElement value = given(record, field);
        if (value == null) return null;
        if (!isString(value)) throw wrongType(field, "a string", value);
        return value.getAsString();
    }

    /** A string field that must be given. */
    static String requiredString(JsonObject record, String field) throws BadRecordException {
        String value = optionalString(record, field);
        if (value == null) throw new BadRecordException("missing " + field);
        return value;
    }

    /** An identifier, which dumps write as a string or a number. */
    static String identifier(JsonObject record, String field) throws BadRecordException {
        JsonElement value = given(record, field);
        if (value == null) return null;
        if (!value.isJsonPrimitive() || value.getAsJsonPrimitive().isBoolean())
            throw wrongType(field, "a string or a number", value);
        return value.getAsString();
    }

    /** A year given as a whole number or a numeric string; null when not given. */
    static Integer year(JsonObject record, String field) throws BadRecordException {
        JsonElement value = given(record, field);
        if (value == null) return null;
        if (!value.isJsonPrimitive() || value.getAsJsonPrimitive().isBoolean())
            throw wrongType(field, "a number or a numeric string", value);
        var digits = YEAR.matcher(value.getAsString());
        if (!digits.matches())
            throw new BadRecordException(field + " must be a whole number, found " + describe(value));
        return Integer.valueOf(digits.group(1));
    }

    /** Names given as an array of strings, or as one string "A, B and C". */
    static List<String> names(JsonObject record, String field) throws BadRecordException {
        JsonElement value = given(record, field);
        if (value == null) return List.of();
        if (isString(value)) return AuthorNames.split(value.getAsString());
        if (!value.isJsonArray()) throw wrongType(field, "an array of strings or a string", value);
        List<String> names = new ArrayList<>();
        JsonArray array = value.getAsJsonArray();
        for (int i = 0; i < array.size(); i++) {
            if (!isString(array.get(i)))
                throw new BadRecordException(field + "[" + i + "] must be a string, found " + describe(array.get(i)));
            names.add(array.get(i).getAsString());
        }
        return names;
    }

    /** An array field, or an empty array when not given. */
    static JsonArray array(JsonObject record, String field) throws BadRecordException {
        JsonElement value = given(record, field);
        if (value == null) return new JsonArray();
        if (!value.isJsonArray()) throw wrongType(field, "an array", value);
        return value.getAsJsonArray();
    }

    /** What a JSON value is, for messages: {@code object}, {@code array}, {@code string}, {@code number}, {@code boolean}, {@code null}. */
    static String typeName(JsonElement value) {
        if (value == null || value.isJsonNull()) return "null";
        if (value.isJsonObject()) return "object";
        if (value.isJsonArray()) return "array";
        JsonPrimitive primitive = value.getAsJsonPrimitive();
        if (primitive.isBoolean()) return "boolean";
        return primitive.isNumber() ? "number" : "string";
    }

    static boolean isString(JsonElement value) {
        return value.isJsonPrimitive() && value.getAsJsonPrimitive().isString();
    }

    private static JsonElement given(JsonObject record, String field) {
        JsonElement value = record.get(field);
        return value == null || value.isJsonNull() ? null : value;
    }

    private static BadRecordException wrongType(String field, String expected, JsonElement found) {
        return new BadRecordException(field + " must be " + expected + ", found " + describe(found));
    }

    /** The type, and for a scalar a short excerpt of it: {@code number 42}, {@code string "soon"}. */
    private static String describe(JsonElement value) {
        String type = typeName(value);
        if (!value.isJsonPrimitive()) return type;
        String text = TextCleaning.excerpt(value.getAsString(), 30);
        return type.equals("string") ? type + " \"" + text + "\"" : type + " " + text;
    }
}
