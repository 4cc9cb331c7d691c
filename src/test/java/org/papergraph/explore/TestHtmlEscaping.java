package org.papergraph.explore;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.papergraph.graph.Literals;
import org.papergraph.graph.PG;
import org.papergraph.graph.ResourceIris;
import org.papergraph.nlp.EntityType;
import org.papergraph.nlp.Role;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every string from the data reaches the page as text, whichever page and wherever on it. */
class TestHtmlEscaping {

    static final String SCRIPT = "<script>alert(1)</script>";
    static final String ATTRIBUTE = "\"><img src=x onerror=alert(2)>";
    static final String CLOSE_JSON = "</script><script>alert(3)</script>";

    private final ResourcePaths paths = new ResourcePaths(ResourceIris.defaults());

    private EntitySummary hostileEntity(String slug) {
        return new EntitySummary(paths.iri("entity/" + slug), SCRIPT + ATTRIBUTE + CLOSE_JSON, EntityType.METHOD, 2);
    }

    /** No markup from the data: the hostile strings only appear escaped. */
    private static void assertInert(String html) {
        assertFalse(html.contains("<script>alert"), "raw script element");
        assertFalse(html.contains("<img"), "raw img element");
        assertFalse(html.contains("\"><img"), "attribute break-out");
        assertFalse(html.contains("</script><script>"), "JSON closed its script element");
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;") || html.contains("&lt;script>alert(1)&lt;/script>"),
                "the text is shown, escaped");
    }

    @Test
    void entityPage() {
        EntitySummary e = hostileEntity("x");
        Node paper = paths.iri("paper/p");
        Node note = paths.iri("paper/p/note/0123456789abcdef");
        String sentence = "It proposes " + SCRIPT + " and " + ATTRIBUTE + ".";
        var evidence = new EntityView.EvidenceSentence(note, sentence, List.of(new EntityView.Span(12, 12 + SCRIPT.length())),
                Role.PROPOSES, ATTRIBUTE, 0.9, false);
        var mention = new EntityView.PaperMention(paper, SCRIPT + " title", ATTRIBUTE, CLOSE_JSON, Role.PROPOSES, List.of(evidence));
        var graph = new Neighbourhood(List.of(
                new Neighbourhood.GraphNode("e0", e.label(), Neighbourhood.Kind.CENTRE, "Method", paths.href(e.iri())),
                new Neighbourhood.GraphNode("p0", SCRIPT + CLOSE_JSON, Neighbourhood.Kind.PAPER, "Paper", paths.href(paper))),
                List.of(new Neighbourhood.GraphEdge("p0", "e0", "proposes")));
        EntityView v = new EntityView(e.iri(), e.label(), EntityType.METHOD, List.of(SCRIPT, ATTRIBUTE), CLOSE_JSON, true,
                List.of(List.of(hostileEntity("parent"))), List.of(hostileEntity("child")), List.of(hostileEntity("v")),
                List.of(hostileEntity("w")), List.of(new EntityView.RelationLink("outperforms", true, hostileEntity("o"))),
                1, 0, 25, List.of(mention), List.of(new CorpusIndex.Cooccurrence(hostileEntity("c"), 1)), graph);
        String html = EntityPage.render(v, paths);
        assertInert(html);
        assertTrue(html.contains("<mark class=\"mention\">&lt;script&gt;alert(1)&lt;/script&gt;</mark>"), "the mention is marked, as text");
        int json = html.indexOf("id=\"neighbourhood-data\">");
        assertTrue(json > 0);
        String block = html.substring(json, html.indexOf("</script>", json));
        assertFalse(block.contains("<"), "the JSON block holds no '<' that could end it");
    }

    @Test
    void paperPageWithHostileNoteAndUrl() {
        EntitySummary e = hostileEntity("x");
        String text = "We propose " + SCRIPT + " and " + ATTRIBUTE + ".";
        Node note = paths.iri("paper/p/note/0123456789abcdef");
        var mention = new PaperView.Mention(11, 11 + SCRIPT.length(), e, Role.PROPOSES, false);
        PaperView v = new PaperView(paths.iri("paper/p"), SCRIPT + ATTRIBUTE, List.of(ATTRIBUTE), List.of(SCRIPT), List.of("2026"),
                List.of(SCRIPT), List.of("javascript:alert(4)", "https://example.org/?a=\"><b>"),
                List.of(new PaperView.NoteView(note, text, ATTRIBUTE, 3, List.of(mention))),
                List.of(new PaperView.LinkedEntity(e, Role.PROPOSES)), List.of(new PaperView.Statement(e, "variantOf", hostileEntity("y"))));
        String html = PaperPage.render(v, paths);
        assertInert(html);
        assertFalse(html.contains("href=\"javascript:"), "a javascript: URL never becomes a link");
        assertTrue(html.contains("<title>&lt;script&gt;alert(1)&lt;/script&gt;"), "the title element is escaped too");
    }

    @Test
    void searchLandingAndResourcePages() {
        EntitySummary e = hostileEntity("x");
        assertInert(SearchPage.render(SCRIPT + ATTRIBUTE, List.of(new LabelIndex.Completion(e, SCRIPT, true, LabelIndex.MatchKind.INSIDE)), paths));
        Graph g = GraphFactory.createDefaultGraph();
        Node iri = paths.iri("dataset");
        g.add(Triple.create(iri, PG.title, Literals.string(SCRIPT + ATTRIBUTE + CLOSE_JSON)));
        g.add(Triple.create(iri, PG.schemaUrl, NodeFactory.createURI("https://example.org/" + "%22%3E")));
        assertInert(ResourcePage.render(iri, g, paths));
    }

    @Test
    void terminalOutputDropsControlCharacters() {
        assertEquals("a\uFFFD[2Jb\uFFFDc", EntityText.safe("a\u001b[2Jb\u202Ec"));
    }
}
