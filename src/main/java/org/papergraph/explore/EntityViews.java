package org.papergraph.explore;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.papergraph.graph.PG;
import org.papergraph.graph.ResourceIris;
import org.papergraph.nlp.Role;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads an {@link EntityView} from the store (inside the caller's read transaction) and the corpus index. The
 * store is read by index lookups only: the entity's own triples, the papers linked to it per role, and the
 * evidence of the papers on the page asked for; co-occurrence and paper counts come from the index.
 */
public final class EntityViews {

    public static final int PAGE_SIZE = 25;
    static final int RELATED = 20;
    static final int NEIGHBOURHOOD_PAPERS = 10;
    static final int NEIGHBOURHOOD_ENTITIES = 12;
    private static final int MAX_ANCESTRY_DEPTH = 12;
    private static final int MAX_CHAINS = 6;
    private static final Node SKOS_DEFINITION = org.apache.jena.graph.NodeFactory.createURI(PG.SKOS + "definition");

    private final ResourcePaths paths;
    private final ResourceIris iris;

    public EntityViews(ResourcePaths paths) {
        this.paths = paths;
        this.iris = paths.iris();
    }

    /** The view of an entity, or null when the store says nothing about it. {@code page} counts from 0. */
    public EntityView load(DatasetGraph dsg, CorpusIndex index, Node entity, int page) {
        Graph union = dsg.getUnionGraph();
        if (!union.contains(entity, Node.ANY, Node.ANY)) return null;
        String pref = GraphReads.string(union, entity, PG.prefLabel);
        String label = pref != null ? pref : CorpusIndex.localName(entity);
        List<String> alts = GraphReads.strings(union, entity, PG.altLabel);
        alts.remove(label);
        String definition = GraphReads.string(union, entity, SKOS_DEFINITION);
        boolean discovered = "true".equals(GraphReads.string(union, entity, PG.discovered));

        List<EntitySummary> narrower = sorted(summaries(union, index, GraphReads.subjects(union, PG.broader, entity)));
        List<EntitySummary> variantOf = sorted(summaries(union, index, GraphReads.objects(union, entity, PG.pg("variantOf"))));
        List<EntitySummary> variants = sorted(summaries(union, index, GraphReads.subjects(union, PG.pg("variantOf"), entity)));
        List<EntityView.RelationLink> relations = new ArrayList<>();
        for (String p : List.of("outperforms", "appliedTo")) {
            for (EntitySummary o : sorted(summaries(union, index, GraphReads.objects(union, entity, PG.pg(p))))) {
                relations.add(new EntityView.RelationLink(p, true, o));
            }
            for (EntitySummary s : sorted(summaries(union, index, GraphReads.subjects(union, PG.pg(p), entity)))) {
                relations.add(new EntityView.RelationLink(p, false, s));
            }
        }

        Map<Node, Role> linked = linkedPapers(dsg, entity);
        List<Node> ordered = new ArrayList<>(linked.keySet());
        int pages = Math.max(1, (ordered.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int p = Math.max(0, Math.min(page, pages - 1));
        List<EntityView.PaperMention> papers = new ArrayList<>();
        for (Node paper : ordered.subList(Math.min(ordered.size(), p * PAGE_SIZE), Math.min(ordered.size(), (p + 1) * PAGE_SIZE))) {
            papers.add(paperMention(dsg, entity, paper, linked.get(paper)));
        }
        List<CorpusIndex.Cooccurrence> cooccurring = index.cooccurring(entity, Integer.MAX_VALUE);
        List<CorpusIndex.Cooccurrence> related = List.copyOf(cooccurring.subList(0, Math.min(RELATED, cooccurring.size())));
        Neighbourhood neighbourhood = neighbourhood(dsg, index, entity, label, ordered, linked, cooccurring);
        return new EntityView(entity, label, GraphReads.entityType(union, entity), alts, definition, discovered,
                ancestry(union, index, entity), narrower, variantOf, variants, relations, ordered.size(), p, PAGE_SIZE,
                papers, related, neighbourhood);
    }

    /** Papers linked to the entity, by role strength, then by IRI (the slug of the title, so nearly by title). */
    private Map<Node, Role> linkedPapers(DatasetGraph dsg, Node entity) {
        Map<Node, Role> out = new LinkedHashMap<>();
        for (Role r : Role.values()) {
            List<Node> withRole = new ArrayList<>();
            dsg.find(Node.ANY, Node.ANY, PG.pg(r.localName()), entity).forEachRemaining(q -> {
                if (iris.isPaperGraph(q.getGraph())) withRole.add(q.getSubject());
            });
            withRole.sort(Comparator.comparing(Node::getURI));
            for (Node paper : withRole) out.putIfAbsent(paper, r);
        }
        return out;
    }

    private EntityView.PaperMention paperMention(DatasetGraph dsg, Node entity, Node paper, Role role) {
        Graph g = dsg.getGraph(iris.paperGraphOf(paper));
        String title = GraphReads.string(g, paper, PG.title);
        return new EntityView.PaperMention(paper, title != null ? title : CorpusIndex.localName(paper),
                GraphReads.string(g, paper, PG.venue), GraphReads.string(g, paper, PG.category), role,
                evidence(g, entity));
    }

    /** The sentences of a paper graph's notes that name the entity, in note and text order. */
    static List<EntityView.EvidenceSentence> evidence(Graph g, Node entity) {
        Map<Node, SentenceBuilder> bySentence = new LinkedHashMap<>();
        for (Node ev : GraphReads.subjects(g, PG.taIdentRef, entity)) {
            if (!g.contains(ev, PG.rdfType, PG.Evidence)) continue;   // relation evidence names entities too
            Node sentence = GraphReads.first(g, ev, PG.nifSentence);
            Node note = GraphReads.first(g, ev, PG.nifReferenceContext);
            String text = sentence == null ? null : GraphReads.string(g, sentence, PG.nifAnchorOf);
            if (note == null || text == null) continue;
            SentenceBuilder sb = bySentence.computeIfAbsent(sentence, s -> new SentenceBuilder(note, text,
                    GraphReads.integer(g, s, PG.nifBeginIndex, 0)));
            long begin = GraphReads.integer(g, ev, PG.nifBeginIndex, -1), end = GraphReads.integer(g, ev, PG.nifEndIndex, -1);
            EntityView.Span span = spanInSentence(text, sb.sentenceBegin, begin, end, GraphReads.string(g, ev, PG.nifAnchorOf));
            if (span != null && !sb.spans.contains(span)) sb.spans.add(span);
            double confidence = GraphReads.decimal(g, ev, PG.taConfidence, 0);
            boolean low = g.contains(ev, PG.lowConfidence, Node.ANY);
            Role r = roleOf(GraphReads.first(g, ev, PG.role));
            if (sb.role == null || confidence > sb.confidence) {
                sb.role = r;
                sb.rule = GraphReads.string(g, ev, PG.rule);
                sb.confidence = confidence;
            }
            sb.allLow &= low;
        }
        List<SentenceBuilder> builders = new ArrayList<>(bySentence.values());
        builders.sort(Comparator.comparing((SentenceBuilder b) -> b.note.getURI()).thenComparingLong(b -> b.sentenceBegin));
        List<EntityView.EvidenceSentence> out = new ArrayList<>();
        for (SentenceBuilder b : builders) {
            b.spans.sort(Comparator.comparingInt(EntityView.Span::begin));
            out.add(new EntityView.EvidenceSentence(b.note, b.text, List.copyOf(b.spans), b.role, b.rule, b.confidence, b.allLow));
        }
        return out;
    }

    /**
     * The mention's char span in its sentence. NIF offsets count code points from the start of the note; the
     * anchor text is the check (and the fallback, should offsets and text ever disagree).
     */
    static EntityView.Span spanInSentence(String sentence, long sentenceBegin, long begin, long end, String anchor) {
        long relBegin = begin - sentenceBegin, relEnd = end - sentenceBegin;
        int cps = sentence.codePointCount(0, sentence.length());
        if (begin >= 0 && relBegin >= 0 && relEnd <= cps && relBegin < relEnd) {
            int b = sentence.offsetByCodePoints(0, (int) relBegin), e = sentence.offsetByCodePoints(0, (int) relEnd);
            if (anchor == null || sentence.substring(b, e).equals(anchor)) return new EntityView.Span(b, e);
        }
        if (anchor != null && !anchor.isEmpty()) {
            int at = sentence.indexOf(anchor);
            if (at >= 0) return new EntityView.Span(at, at + anchor.length());
        }
        return null;
    }

    static Role roleOf(Node roleProperty) {
        if (roleProperty == null || !roleProperty.isURI() || !roleProperty.getURI().startsWith(PG.NS)) return null;
        return Role.fromName(roleProperty.getURI().substring(PG.NS.length())).orElse(null);
    }

    private static final class SentenceBuilder {
        final Node note;
        final String text;
        final long sentenceBegin;
        final List<EntityView.Span> spans = new ArrayList<>();
        Role role;
        String rule;
        double confidence = -1;
        boolean allLow = true;

        SentenceBuilder(Node note, String text, long sentenceBegin) {
            this.note = note;
            this.text = text;
            this.sentenceBegin = sentenceBegin;
        }
    }

    /** Chains of broader concepts from the top down to each direct broader concept (cycles cut). */
    private List<List<EntitySummary>> ancestry(Graph union, CorpusIndex index, Node entity) {
        List<List<Node>> chains = new ArrayList<>();
        walkUp(union, entity, new ArrayList<>(), new HashSet<>(Set.of(entity)), chains);
        List<List<EntitySummary>> out = new ArrayList<>();
        for (List<Node> chain : chains) {
            List<EntitySummary> c = new ArrayList<>();
            for (int i = chain.size() - 1; i >= 0; i--) c.add(summary(union, index, chain.get(i)));
            out.add(c);
        }
        return out;
    }

    private void walkUp(Graph union, Node at, List<Node> path, Set<Node> onPath, List<List<Node>> chains) {
        if (chains.size() >= MAX_CHAINS) return;
        List<Node> parents = GraphReads.objects(union, at, PG.broader);
        parents.removeIf(n -> !n.isURI() || onPath.contains(n));
        parents.sort(Comparator.comparing(Node::getURI));
        if (parents.isEmpty() || path.size() >= MAX_ANCESTRY_DEPTH) {
            if (!path.isEmpty()) chains.add(List.copyOf(path));
            return;
        }
        for (Node parent : parents) {
            path.add(parent);
            onPath.add(parent);
            walkUp(union, parent, path, onPath, chains);
            onPath.remove(parent);
            path.remove(path.size() - 1);
        }
    }

    /** The entity's summary: the index's for a mentioned entity, else read from the store with no papers. */
    static EntitySummary summary(Graph union, CorpusIndex index, Node entity) {
        EntitySummary s = index.entity(entity);
        if (s != null) return s;
        String pref = GraphReads.string(union, entity, PG.prefLabel);
        return new EntitySummary(entity, pref != null ? pref : CorpusIndex.localName(entity),
                GraphReads.entityType(union, entity), 0);
    }

    private static List<EntitySummary> summaries(Graph union, CorpusIndex index, List<Node> nodes) {
        List<EntitySummary> out = new ArrayList<>();
        for (Node n : new LinkedHashSet<>(nodes)) if (n.isURI()) out.add(summary(union, index, n));
        return out;
    }

    private static List<EntitySummary> sorted(List<EntitySummary> list) {
        list.sort(Comparator.comparingLong((EntitySummary e) -> -e.papers()).thenComparing(EntitySummary::label));
        return list;
    }

    /**
     * The first papers of the listing and, among the entities they mention, those that co-occur with this one
     * most across the corpus; an edge joins each paper to each of those entities it mentions.
     */
    private Neighbourhood neighbourhood(DatasetGraph dsg, CorpusIndex index, Node entity, String label,
                                        List<Node> orderedPapers, Map<Node, Role> roles,
                                        List<CorpusIndex.Cooccurrence> cooccurring) {
        List<Neighbourhood.GraphNode> nodes = new ArrayList<>();
        List<Neighbourhood.GraphEdge> edges = new ArrayList<>();
        EntitySummary self = index.entity(entity);
        String centreId = "e0";
        nodes.add(new Neighbourhood.GraphNode(centreId, label, Neighbourhood.Kind.CENTRE,
                self == null ? "Entity" : self.typeName(), paths.href(entity)));
        List<Node> shown = orderedPapers.subList(0, Math.min(NEIGHBOURHOOD_PAPERS, orderedPapers.size()));
        Map<Node, Integer> sharedCounts = new HashMap<>();
        for (CorpusIndex.Cooccurrence c : cooccurring) sharedCounts.put(c.entity().iri(), c.sharedPapers());
        Map<Node, EntitySummary> candidates = new LinkedHashMap<>();
        for (Node paper : shown) {
            for (EntitySummary e : index.entitiesOf(paper)) if (!e.iri().equals(entity)) candidates.putIfAbsent(e.iri(), e);
        }
        List<EntitySummary> chosen = candidates.values().stream()
                .sorted(Comparator.comparingInt((EntitySummary e) -> -sharedCounts.getOrDefault(e.iri(), 0))
                        .thenComparingLong(e -> -e.papers()).thenComparing(EntitySummary::label))
                .limit(NEIGHBOURHOOD_ENTITIES).toList();
        Graph union = dsg.getUnionGraph();
        for (int i = 0; i < shown.size(); i++) {
            Node paper = shown.get(i);
            String title = GraphReads.string(union, paper, PG.title);
            String id = "p" + i;
            nodes.add(new Neighbourhood.GraphNode(id, title != null ? title : CorpusIndex.localName(paper),
                    Neighbourhood.Kind.PAPER, "Paper", paths.href(paper)));
            Role r = roles.get(paper);
            edges.add(new Neighbourhood.GraphEdge(id, centreId, r == null ? "mentions" : r.localName()));
        }
        for (int j = 0; j < chosen.size(); j++) {
            EntitySummary e = chosen.get(j);
            String id = "e" + (j + 1);
            nodes.add(new Neighbourhood.GraphNode(id, e.label(), Neighbourhood.Kind.ENTITY, e.typeName(), paths.href(e.iri())));
            for (int i = 0; i < shown.size(); i++) {
                if (index.mentions(shown.get(i), e.iri())) edges.add(new Neighbourhood.GraphEdge("p" + i, id, ""));
            }
        }
        return new Neighbourhood(nodes, edges);
    }
}
