package org.papergraph.export;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.papergraph.Bundled;

import java.io.StringReader;

/**
 * The published JSON-LD context of the papergraph ontology, {@code ontology/context.jsonld}: prefixes, a term for
 * every class and property of the ontology (object properties coerced to IRIs, datatype properties to their
 * range) and for the standard properties papergraph's graphs use. JSON-LD exports are compacted with it and carry
 * it inline, so a reader needs no network.
 */
public final class JsonLdContext {

    /** Where the context is published, beside the ontology. */
    public static final String URL = "https://w3id.org/papergraph/ontology/context.jsonld";

    private JsonLdContext() {}

    /** The context document: an object with one member, {@code @context}. */
    public static JsonObject document() {
        try (JsonReader r = Json.createReader(new StringReader(Bundled.read("ontology/context.jsonld")))) {
            return r.readObject();
        }
    }

    /** The value of {@code @context}. */
    public static JsonObject context() {
        return document().getJsonObject("@context");
    }
}
