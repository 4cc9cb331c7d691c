package org.papergraph.export;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.sparql.exec.RowSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.papergraph.testing.NamedQueryCases;
import org.papergraph.testing.NormalisedResults;
import org.papergraph.testing.SampleStore;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sample's export loads in Oxigraph (npm {@code oxigraph} 0.5.11, WebAssembly, run by a small Node script,
 * installed under target/oxigraph by this test) and three named queries answer there as in papergraph's store.
 * Oxigraph keeps the default graph apart from the named graphs; the script asks for the union
 * ({@code use_default_graph_as_union}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TestOxigraphIT {

    static final String VERSION = "0.5.11";
    static final Path HOME = Path.of("target", "oxigraph");
    static final List<String> QUERIES = List.of("co-occurring", "narrower-concepts", "papers-sharing-entities");

    @BeforeAll
    void install() throws Exception {
        if (Files.isDirectory(HOME.resolve("node_modules/oxigraph"))) return;
        Files.createDirectories(HOME);
        Process npm = new ProcessBuilder("npm", "install", "--no-audit", "--no-fund", "--prefix", HOME.toAbsolutePath().toString(),
                "oxigraph@" + VERSION).redirectErrorStream(true).start();
        String log = new String(npm.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(npm.waitFor(300, TimeUnit.SECONDS), "npm install oxigraph timed out");
        assertEquals(0, npm.exitValue(), "npm install oxigraph@" + VERSION + " failed (Node.js and npm are needed):\n" + log);
    }

    @ParameterizedTest
    @EnumSource(value = ExportFormat.class, names = {"NQ", "TRIG", "TTL", "RDFXML"})
    void theExportLoadsAndAnswersAsInPapergraph(ExportFormat f) throws Exception {
        Path file = Files.createTempFile("papergraph-oxigraph", "." + f.extension);
        Path queries = Files.createTempFile("papergraph-oxigraph", ".json");
        try {
            Exporter.builder().store(SampleStore.get()).format(f).created(Instant.parse("2026-01-31T12:00:00Z")).build().export(file);
            JsonObject texts = new JsonObject();
            for (String q : QUERIES) texts.addProperty(q, NamedQueryCases.named(q).text());
            Files.writeString(queries, texts.toString());
            Path script = Path.of("src", "test", "resources", "oxigraph", "query.cjs").toAbsolutePath();
            Process node = new ProcessBuilder("node", script.toString(), HOME.resolve("node_modules").toAbsolutePath().toString(),
                    f.mediaType, file.toString(), queries.toString()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            String out = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(node.waitFor(120, TimeUnit.SECONDS));
            assertEquals(0, node.exitValue(), "node failed: " + out);
            JsonObject result = JsonParser.parseString(out).getAsJsonObject();
            assertTrue(result.get("size").getAsLong() > 30_000, "Oxigraph loaded " + result.get("size"));
            for (String q : QUERIES) {
                NamedQueryCases c = NamedQueryCases.named(q);
                List<Map<String, String>> expected = SampleStore.get().read(c::onDataset);
                String json = result.getAsJsonObject("results").get(q).getAsString();
                List<Map<String, String>> got = NormalisedResults.of(
                        RowSet.adapt(ResultSetMgr.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON)), c.query());
                assertFalse(expected.isEmpty(), q + " answers nothing: a vacuous comparison");
                assertEquals(expected, got, f + " " + q);
            }
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(queries);
        }
    }
}
