package org.papergraph.graph;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;
import org.papergraph.ingest.PaperNote;
import org.papergraph.ingest.SourceLocation;
import org.papergraph.nlp.EntityType;
import org.papergraph.nlp.Extraction;
import org.papergraph.nlp.Role;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The RDF of one note, built from a hand-made extraction (no CoreNLP needed). */
class TestNoteGraphMapper {

    private static final ResourceIris IRIS = ResourceIris.defaults();
    // an emoji before the mention: UTF-16 offsets and code-point offsets differ by one
    private static final String TEXT = "🚀 We propose KL-Shampoo. It beats Shampoo.";

    private static Extraction extraction(double confidence) {
        PaperNote note = PaperNote.of("A Paper", TEXT, new SourceLocation("notes.md", 7));
        int kl = TEXT.indexOf("KL-Shampoo"), sh = TEXT.lastIndexOf("Shampoo");
        var proposed = new Extraction.NoteEntity(0, "KL-Shampoo", List.of("KL-Shampoo"), null, EntityType.METHOD, 1.0,
                Role.PROPOSES, confidence, List.of(new Extraction.Mention(0, kl, kl + 10, "KL-Shampoo", "name-shape", Role.PROPOSES, "proposal-verb", confidence)));
        var base = new Extraction.NoteEntity(1, "Shampoo", List.of("Shampoo"), "shampoo", EntityType.METHOD, 1.0,
                Role.USES, 0.95, List.of(new Extraction.Mention(1, sh, sh + 7, "Shampoo", "vocabulary", Role.USES, "type-default", 0.95)));
        int s1 = TEXT.indexOf("It");
        return new Extraction(note, "test-extractor",
                List.of(new Extraction.Sentence(0, 0, s1 - 1), new Extraction.Sentence(1, s1, TEXT.length())),
                List.of(proposed, base),
                List.of(new Extraction.Relation(0, "outperforms", 1, 1, "outperform-verb", 0.8)), List.of());
    }

    private static Graph map(double confidence) {
        Extraction x = extraction(confidence);
        List<Node> iris = List.of(IRIS.entity("kl-shampoo"), IRIS.entity("shampoo"));
        Graph g = new NoteGraphMapper(IRIS, NoteGraphMapper.DEFAULT_LINK_THRESHOLD).map(x, iris);
        PaperDerivation.rederive(g, IRIS.paper("A Paper"));
        return g;
    }

    private static Node lit(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).next().getObject();
    }

    @Test
    void evidenceOffsetsCountCodePointsAndTheAnchorIsTheMention() {
        Graph g = map(0.85);
        Node note = IRIS.note("A Paper", TEXT);
        int begin = TEXT.codePointCount(0, TEXT.indexOf("KL-Shampoo"));
        Node ev = ResourceIris.span(note, begin, begin + 10);
        assertEquals("KL-Shampoo", lit(g, ev, PG.nifAnchorOf).getLiteralLexicalForm());
        assertEquals(Integer.toString(begin), lit(g, ev, PG.nifBeginIndex).getLiteralLexicalForm());
        assertEquals(IRIS.entity("kl-shampoo"), lit(g, ev, PG.taIdentRef));
        assertEquals(PG.pg("proposes"), lit(g, ev, PG.role));
        assertEquals("0.85", lit(g, ev, PG.taConfidence).getLiteralLexicalForm());
        assertTrue(g.contains(ev, PG.nifSentence, ResourceIris.span(note, 0, TEXT.codePointCount(0, TEXT.indexOf("It") - 1))));
    }

    @Test
    void thePaperGetsItsLinksRolesAndRelationsFromTheNote() {
        Graph g = map(0.85);
        Node paper = IRIS.paper("A Paper");
        assertTrue(g.contains(paper, PG.rdfType, PG.Paper));
        assertTrue(g.contains(paper, PG.pg("proposes"), IRIS.entity("kl-shampoo")));
        assertTrue(g.contains(paper, PG.mentions, IRIS.entity("kl-shampoo")));
        assertTrue(g.contains(paper, PG.pg("uses"), IRIS.entity("shampoo")));
        assertTrue(g.contains(IRIS.entity("kl-shampoo"), PG.pg("outperforms"), IRIS.entity("shampoo")));
        assertEquals("A Paper", lit(g, paper, PG.title).getLiteralLexicalForm());
        assertTrue(g.contains(IRIS.note("A Paper", TEXT), PG.sourceLine, Literals.positive(7)));
    }

    @Test
    void lowConfidenceEvidenceIsKeptButLinksNothing() {
        Graph g = map(0.3);
        Node paper = IRIS.paper("A Paper");
        assertFalse(g.contains(paper, PG.mentions, IRIS.entity("kl-shampoo")));
        assertTrue(g.contains(Node.ANY, PG.lowConfidence, Literals.bool(true)));
        assertTrue(g.contains(Node.ANY, PG.taIdentRef, IRIS.entity("kl-shampoo")));
        assertTrue(g.contains(paper, PG.mentions, IRIS.entity("shampoo")));
    }

    @Test
    void removingTheNoteLeavesNothingOfThePaper() {
        Graph g = map(0.85);
        Node note = IRIS.note("A Paper", TEXT);
        g.find().toList().stream().filter(t -> t.getSubject().getURI().startsWith(note.getURI())).forEach(g::delete);
        PaperDerivation.rederive(g, IRIS.paper("A Paper"));
        assertTrue(g.isEmpty(), g.find().toList().toString());
    }

    @Test
    void iriAreDeterministicAndSafe() {
        assertEquals(IRIS.paper("Block-Sample MAC-Bayes Generalization Bounds"), IRIS.paper("block-sample mac bayes generalization bounds."));
        assertEquals("https://w3id.org/papergraph/resource/paper/a-title-with-script-alert-1-script",
                IRIS.paper("A title with <script>alert(1)</script>").getURI());
        assertEquals(NodeFactory.createURI("https://w3id.org/papergraph/resource/entity/vit-b-16"), IRIS.entity(Slugs.of("ViT-B/16")));
        assertEquals(IRIS.note("T", "S"), IRIS.note("T", "S"));
        assertFalse(IRIS.note("T", "S").equals(IRIS.note("T", "S2")));
        assertTrue(Slugs.of("x".repeat(500)).length() <= Slugs.MAX_LENGTH);
    }
}
