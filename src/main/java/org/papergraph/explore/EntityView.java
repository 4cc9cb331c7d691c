package org.papergraph.explore;

import org.apache.jena.graph.Node;
import org.papergraph.nlp.EntityType;
import org.papergraph.nlp.Role;

import java.util.List;

/**
 * Everything the entity page (and {@code papergraph explore}) shows about one entity: its labels and type, its
 * place in the hierarchy, its variants and relations, one page of the papers that mention it with the evidence
 * sentences, the entities it co-occurs with, and its neighbourhood as a small graph.
 *
 * @param ancestry   chains of broader concepts, each from the top down to a direct broader concept
 * @param paperCount papers that link the entity (all pages)
 * @param papers     the papers of this page, strongest role first
 */
public record EntityView(Node iri, String label, EntityType type, List<String> altLabels, String definition,
                         boolean discovered, List<List<EntitySummary>> ancestry, List<EntitySummary> narrower,
                         List<EntitySummary> variantOf, List<EntitySummary> variants, List<RelationLink> relations,
                         long paperCount, int page, int pageSize, List<PaperMention> papers,
                         List<CorpusIndex.Cooccurrence> related, Neighbourhood neighbourhood) {

    /** An entity → entity statement other than variantOf, seen from this entity. */
    public record RelationLink(String property, boolean outgoing, EntitySummary other) {}

    /** A paper that links the entity, with the role and the sentences that support it. */
    public record PaperMention(Node paper, String title, String venue, String category, Role role,
                               List<EvidenceSentence> evidence) {}

    /**
     * A sentence of a note naming the entity; {@code mentions} are the named spans as char offsets into
     * {@code sentence}. Several mentions in one sentence share one evidence sentence.
     */
    public record EvidenceSentence(Node note, String sentence, List<Span> mentions, Role role, String rule,
                                   double confidence, boolean lowConfidence) {}

    /** Char offsets [begin, end) into a string. */
    public record Span(int begin, int end) {}

    public String typeName() {
        return type == null ? "Entity" : type.localName();
    }

    public int pageCount() {
        return (int) Math.max(1, (paperCount + pageSize - 1) / pageSize);
    }
}
