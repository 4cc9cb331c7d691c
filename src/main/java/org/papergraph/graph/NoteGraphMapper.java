package org.papergraph.graph;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.papergraph.ingest.PaperNote;
import org.papergraph.nlp.Extraction;

import java.util.List;

/**
 * Maps one note's extraction to RDF: the note (NIF context with its text and source), its sentences, one
 * evidence node per mention (NIF phrase with offsets, ITS entity, class and confidence, pg:role and pg:rule), one
 * reified statement per relation and one node per quantity. All subjects lie under the note's IRI, so a note's
 * contribution to its paper graph can be removed exactly. Paper-level triples are derived from these by
 * {@link PaperDerivation}.
 */
public final class NoteGraphMapper {

    /** Default confidence below which evidence is kept but no link is asserted from it. */
    public static final double DEFAULT_LINK_THRESHOLD = 0.5;

    private final ResourceIris iris;
    private final double linkThreshold;

    public NoteGraphMapper(ResourceIris iris, double linkThreshold) {
        this.iris = iris;
        this.linkThreshold = linkThreshold;
    }

    public ResourceIris iris() {
        return iris;
    }

    /**
     * @param entityIris IRIs of {@code extraction.entities()}, in the same order
     */
    public Graph map(Extraction extraction, List<Node> entityIris) {
        PaperNote n = extraction.note();
        String text = n.summary();
        Graph g = GraphFactory.createDefaultGraph();
        Node paper = iris.paper(n.title());
        Node note = iris.note(n.title(), text);

        add(g, note, PG.rdfType, PG.Note);
        add(g, note, PG.noteOf, paper);
        add(g, note, PG.title, Literals.string(n.title()));
        add(g, note, PG.text, Literals.string(text));
        add(g, note, PG.sourceFile, Literals.string(n.source().file()));
        add(g, note, PG.sourceLine, Literals.positive(Math.max(1, n.source().line())));
        add(g, note, PG.contentHash, Literals.string(ResourceIris.noteHash(n.title(), text)));
        add(g, note, PG.extractor, Literals.string(extraction.extractor()));
        if (n.venue() != null) add(g, note, PG.venue, Literals.string(n.venue()));
        if (n.category() != null) add(g, note, PG.category, Literals.string(n.category()));
        if (n.year() != null) add(g, note, PG.year, Literals.year(n.year()));
        for (String author : n.authors()) add(g, note, PG.creator, Literals.string(author));
        if (n.url() != null) add(g, note, PG.schemaUrl, Literals.string(n.url()));
        if (n.sourceId() != null) add(g, note, PG.identifier, Literals.string(n.sourceId()));

        Node[] sentences = new Node[extraction.sentences().size()];
        for (Extraction.Sentence s : extraction.sentences()) {
            Node sn = span(g, note, text, s.begin(), s.end(), PG.nifSentenceClass);
            sentences[s.index()] = sn;
        }
        for (Extraction.NoteEntity e : extraction.entities()) {
            Node entity = entityIris.get(e.id());
            Node type = PG.pg(e.type().localName());
            boolean low = e.confidence() < linkThreshold;
            for (Extraction.Mention m : e.mentions()) {
                Node ev = span(g, note, text, m.begin(), m.end(), PG.Evidence);
                add(g, ev, PG.nifSentence, sentences[m.sentence()]);
                add(g, ev, PG.taIdentRef, entity);
                add(g, ev, PG.taClassRef, type);
                add(g, ev, PG.role, PG.pg(e.role().localName()));
                add(g, ev, PG.rule, Literals.string(m.rule()));
                add(g, ev, PG.taConfidence, Literals.confidence(m.confidence()));
                add(g, ev, PG.evidenceFor, paper);
                if (low) add(g, ev, PG.lowConfidence, Literals.bool(true));
            }
        }
        int ordinal = 0;
        for (Extraction.Relation r : extraction.relations()) {
            Node st = ResourceIris.relationEvidence(note, ++ordinal);
            add(g, st, PG.rdfType, PG.RelationEvidence);
            add(g, st, PG.rdfType, PG.rdfStatement);
            add(g, st, PG.rdfSubject, entityIris.get(r.subject()));
            add(g, st, PG.rdfPredicate, PG.pg(r.predicate()));
            add(g, st, PG.rdfObject, entityIris.get(r.object()));
            add(g, st, PG.nifReferenceContext, note);
            add(g, st, PG.nifSentence, sentences[r.sentence()]);
            add(g, st, PG.rule, Literals.string(r.rule()));
            add(g, st, PG.taConfidence, Literals.confidence(r.confidence()));
            add(g, st, PG.evidenceFor, paper);
            if (r.confidence() < linkThreshold) add(g, st, PG.lowConfidence, Literals.bool(true));
        }
        for (Extraction.Quantity q : extraction.quantities()) {
            int b = text.codePointCount(0, q.begin()), e = text.codePointCount(0, q.end());
            Node qn = ResourceIris.quantity(note, b, e);
            add(g, qn, PG.rdfType, PG.Quantity);
            add(g, qn, PG.schemaValue, Literals.decimal(q.value()));
            add(g, qn, PG.schemaUnitText, Literals.string(q.unit()));
            add(g, qn, PG.nifAnchorOf, Literals.string(q.text()));
            add(g, qn, PG.nifReferenceContext, note);
            add(g, qn, PG.nifBeginIndex, Literals.nonNegative(b));
            add(g, qn, PG.nifEndIndex, Literals.nonNegative(e));
            add(g, qn, PG.nifSentence, sentences[q.sentence()]);
            add(g, qn, PG.evidenceFor, paper);
            if (q.qualifies() >= 0) add(g, qn, PG.qualifies, entityIris.get(q.qualifies()));
        }
        return g;
    }

    /** A NIF string of the note: offsets converted from UTF-16 to code points, as NIF counts them. */
    private static Node span(Graph g, Node note, String text, int begin, int end, Node type) {
        int b = text.codePointCount(0, begin), e = text.codePointCount(0, end);
        Node n = ResourceIris.span(note, b, e);
        add(g, n, PG.rdfType, type);
        add(g, n, PG.nifReferenceContext, note);
        add(g, n, PG.nifBeginIndex, Literals.nonNegative(b));
        add(g, n, PG.nifEndIndex, Literals.nonNegative(e));
        add(g, n, PG.nifAnchorOf, Literals.string(text.substring(begin, end)));
        return n;
    }

    private static void add(Graph g, Node s, Node p, Node o) {
        g.add(Triple.create(s, p, o));
    }
}
