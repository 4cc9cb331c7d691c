package org.papergraph.graph;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.papergraph.nlp.Extraction;
import org.papergraph.nlp.LabelKeys;
import org.papergraph.nlp.Vocabulary;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Canonicalisation across papers: one IRI per concept. Every label an entity was seen under in a note (acronyms
 * and long forms, spelling variants) is indexed by its {@link LabelKeys#key merge key}; a note's discovered entity
 * takes the IRI any of its labels already has (its name first), or a new one minted from its name. Vocabulary
 * labels themselves are not in the index: the NLP stage already matched them, and a discovered "AMC" defined as
 * "Adaptive Module Composition" must not become the vocabulary's AMC benchmark.
 * So "LVR" alone in one paper and "Lossless Vocabulary Reduction (LVR)" in another are one entity. Used by the
 * single store writer, in input order, which keeps minting deterministic.
 */
public final class EntityDirectory {

    private final ResourceIris iris;
    private final Vocabulary vocabulary;
    private final Map<String, Node> byKey = new HashMap<>();
    private final Set<Node> minted = new HashSet<>();

    public EntityDirectory(ResourceIris iris, Vocabulary vocabulary) {
        this.iris = iris;
        this.vocabulary = vocabulary;
    }

    /** Indexes the labels of entities already in a store (its entities graph). */
    public void load(Graph entitiesGraph) {
        for (Node p : List.of(PG.prefLabel, PG.altLabel)) {
            entitiesGraph.find(Node.ANY, p, Node.ANY).forEachRemaining(t -> learn(t.getSubject(), t.getObject().getLiteralLexicalForm()));
        }
        entitiesGraph.find(Node.ANY, PG.discovered, Node.ANY).mapWith(Triple::getSubject).forEachRemaining(minted::add);
    }

    /** The IRI for a note's entity; its labels are remembered for the next papers. */
    public Node resolve(Extraction.NoteEntity entity) {
        Node iri;
        if (entity.vocabularyId() != null) {
            iri = iris.entity(entity.vocabularyId());
        } else {
            iri = byKey.get(LabelKeys.key(entity.name()));
            for (int i = 0; iri == null && i < entity.labels().size(); i++) iri = byKey.get(LabelKeys.key(entity.labels().get(i)));
            if (iri == null) iri = mint(entity.name());
        }
        for (String label : entity.labels()) learn(iri, label);
        return iri;
    }

    private Node mint(String name) {
        String slug = Slugs.of(name);
        Node iri = iris.entity(slug);
        // a slug another concept already owns (a vocabulary id, or a discovered entity with other labels)
        if (vocabulary.byId(slug).isPresent() || minted.contains(iri)) iri = iris.entity(slug + "-" + Slugs.hash(name, 6));
        minted.add(iri);
        return iri;
    }

    private void learn(Node iri, String label) {
        byKey.putIfAbsent(LabelKeys.key(label), iri);
    }
}
