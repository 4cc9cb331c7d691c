package org.papergraph.export;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.serialization.QuadsToJsonld;
import com.apicatalog.rdf.api.RdfConsumerException;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * JSON-LD 1.1 written a piece at a time. The document is one object: the papergraph context ({@link JsonLdContext})
 * inline, then {@code "@graph": [...]} holding one named-graph object ({@code {"@id": G, "@graph": [...]}}) per
 * chunk of at most {@code chunkSize} quads of a graph. Each chunk goes through Titanium (the JSON-LD processor
 * Jena uses): RDF to expanded JSON-LD, then compaction with the context; only the chunk is in memory. A graph
 * larger than a chunk appears as several objects with the same {@code @id}, which JSON-LD merges when read.
 *
 * <p>Quads must come grouped by graph; triples of the default graph are written at the top level.
 */
final class JsonLdStreamWriter implements StreamRDF {

    private final JsonGenerator json;
    private final JsonObject contextDocument;
    private final int chunkSize;
    private final List<Quad> chunk = new ArrayList<>();
    private Node chunkGraph;

    JsonLdStreamWriter(OutputStream out, int chunkSize) {
        // the generator closes its stream on close(): shield the caller's stream
        OutputStream shielded = new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
        this.json = Json.createGeneratorFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createGenerator(shielded);
        this.contextDocument = JsonLdContext.document();
        this.chunkSize = chunkSize;
    }

    @Override
    public void start() {
        json.writeStartObject();
        json.write("@context", contextDocument.get("@context"));
        json.writeStartArray("@graph");
    }

    @Override
    public void triple(Triple triple) {
        quad(Quad.create(Quad.defaultGraphIRI, triple));
    }

    @Override
    public void quad(Quad quad) {
        Node g = quad.isDefaultGraph() ? Quad.defaultGraphIRI : quad.getGraph();
        if (!g.equals(chunkGraph) || chunk.size() >= chunkSize) flushChunk();
        chunkGraph = g;
        chunk.add(quad);
    }

    @Override
    public void base(String base) {
        // IRIs are written absolute
    }

    @Override
    public void prefix(String prefix, String iri) {
        // the context holds the prefixes
    }

    @Override
    public void finish() {
        flushChunk();
        json.writeEnd();
        json.writeEnd();
        json.close();
    }

    private void flushChunk() {
        if (chunk.isEmpty()) return;
        for (JsonValue v : compact(chunk)) json.write(v);
        chunk.clear();
    }

    /** The chunk as compacted JSON-LD: the top-level objects, without the context. */
    private List<JsonValue> compact(List<Quad> quads) {
        try {
            QuadsToJsonld toJsonLd = JsonLd.fromRdf();
            for (Quad q : quads) {
                Node o = q.getObject();
                String graph = q.isDefaultGraph() ? null : resource(q.getGraph());
                if (o.isURI() || o.isBlank()) {
                    toJsonLd.quad(resource(q.getSubject()), resource(q.getPredicate()), resource(o), null, null, null, graph);
                } else if (o.isLiteral()) {
                    String lang = o.getLiteralLanguage();
                    toJsonLd.quad(resource(q.getSubject()), resource(q.getPredicate()), o.getLiteralLexicalForm(),
                            o.getLiteralDatatypeURI(), lang == null || lang.isEmpty() ? null : lang, null, graph);
                } else {
                    throw new RiotException("JSON-LD cannot write the term " + o);
                }
            }
            JsonArray expanded = toJsonLd.toJsonLd();
            JsonObject compacted = JsonLd.compact(JsonDocument.of(expanded), JsonDocument.of(contextDocument)).get();
            List<JsonValue> out = new ArrayList<>();
            boolean onlyGraph = compacted.keySet().stream().allMatch(k -> k.equals("@context") || k.equals("@graph"));
            if (onlyGraph && compacted.containsKey("@graph")) {
                out.addAll(compacted.getJsonArray("@graph"));
            } else {
                JsonObjectBuilder b = Json.createObjectBuilder();
                compacted.forEach((k, v) -> { if (!k.equals("@context")) b.add(k, v); });
                out.add(b.build());
            }
            return out;
        } catch (JsonLdError | RdfConsumerException e) {
            throw new RiotException("JSON-LD: " + e.getMessage(), e);
        }
    }

    private static String resource(Node n) {
        if (n.isURI()) return n.getURI();
        if (n.isBlank()) return "_:" + n.getBlankNodeLabel();
        throw new RiotException("not an IRI or blank node: " + n);
    }
}
