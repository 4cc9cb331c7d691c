package org.papergraph.graph;

import org.apache.jena.graph.Node;
import org.apache.jena.irix.IRIx;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * IRIs made from input text are safe: titles and names reach an IRI only as slugs ({@code [a-z0-9-]}) and hashes,
 * so every minted IRI is valid whatever the text; the one IRI part a user gives as text, {@code --base}, is checked.
 */
class TestResourceIrisSafety {

    static final List<String> HOSTILE_TEXT = List.of("<script>alert(1)</script> Attention", "\"><img src=x onerror=alert(1)>",
            "a b\tc\nd", "x> <http://evil.example/> .", "{}|\\^`", "%2F%00 percent", "../../etc/passwd", "日本語のタイトル",
            "تعلم الآلة", "👨‍👩‍👧‍👦 family", "\u202eevil", "ℓ_p-regression via \\emph{sketching}", "a".repeat(5000), "#frag?query=1");

    @Test
    void everyIriMintedFromHostileTextIsValidAndSluggy() {
        ResourceIris iris = ResourceIris.defaults();
        for (String text : HOSTILE_TEXT) {
            List<Node> minted = new ArrayList<>(List.of(iris.paper(text), iris.paperGraph(text), iris.note(text, text),
                    iris.entity(Slugs.of(text)), ResourceIris.span(iris.note(text, "s"), 0, 3), ResourceIris.quantity(iris.note(text, "s"), 1, 2)));
            for (Node n : minted) {
                String iri = n.getURI();
                assertDoesNotThrow(() -> IRIx.create(iri), iri);
                String rest = iri.substring(iris.base().length());
                assertTrue(rest.matches("(paper|graph/paper|entity)/[a-z0-9-]+(/note/[0-9a-f]{16}(#(char|quantity)=\\d+,\\d+)?)?"), iri);
            }
            assertTrue(Slugs.of(text).length() <= Slugs.MAX_LENGTH);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://example.org/kg/", "http://localhost:8080/r/", "https://example.org/kg#", "https://example.org/kg"})
    void validBasesAreAccepted(String base) {
        ResourceIris iris = new ResourceIris(base);
        assertTrue(iris.base().endsWith("/") || iris.base().endsWith("#"));
        assertDoesNotThrow(() -> IRIx.create(iris.paper("A title").getURI()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://example.org/a b/", "https://example.org/x>/", "https://example.org/\"q\"/", "https://example.org/{x}/",
            "ftp://example.org/", "javascript:alert(1)//", "urn:x:y/", "/relative/", "example.org/", "https://example.org/?q=1",
            "https://example.org/#frag", "https:///nohost/", ""})
    void invalidBasesAreRefused(String base) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ResourceIris(base));
        assertTrue(e.getMessage().startsWith("--base '"), e.getMessage());
    }

    @Test
    void defaultBaseIsUnchanged() {
        assertEquals(PG.DEFAULT_BASE, ResourceIris.defaults().base());
    }
}
