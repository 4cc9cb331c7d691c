package org.papergraph.explore;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.papergraph.graph.PG;
import org.papergraph.graph.ResourceIris;
import org.papergraph.nlp.EntityType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * What the explorer keeps in memory about a store, read once in one transaction: the entities some paper
 * mentions (label, type, paper count), which papers mention which entities (as sorted int arrays both ways),
 * the label index for autocomplete, and the counts of the landing page. Questions that would scan the store
 * per request (co-occurrence, most-mentioned per type, autocomplete) are answered from here; the pages read
 * everything else from the store. Immutable; {@link LiveCorpusIndex} replaces it when the store changes.
 */
public final class CorpusIndex {

    /** An entity and the number of papers it shares with another. */
    public record Cooccurrence(EntitySummary entity, int sharedPapers) {}

    private final long dataVersion;
    private final List<EntitySummary> entities;
    private final Map<Node, Integer> entityIds;
    private final List<Node> papers;
    private final Map<Node, Integer> paperIds;
    private final int[][] papersOfEntity;
    private final int[][] entitiesOfPaper;
    private final long paperCount;
    private final long linkCount;
    private final LabelIndex labels;
    private final Map<EntityType, List<EntitySummary>> topByType;

    /** How many of the most-mentioned entities of each type are kept ready. */
    public static final int TOP_PER_TYPE = 50;

    private CorpusIndex(long dataVersion, List<EntitySummary> entities, Map<Node, Integer> entityIds, List<Node> papers,
                        Map<Node, Integer> paperIds, int[][] papersOfEntity, int[][] entitiesOfPaper, long paperCount,
                        long linkCount, LabelIndex labels) {
        this.dataVersion = dataVersion;
        this.entities = entities;
        this.entityIds = entityIds;
        this.papers = papers;
        this.paperIds = paperIds;
        this.papersOfEntity = papersOfEntity;
        this.entitiesOfPaper = entitiesOfPaper;
        this.paperCount = paperCount;
        this.linkCount = linkCount;
        this.labels = labels;
        this.topByType = topByType(entities);
    }

    /** Reads the index from a dataset; call inside a read transaction. */
    public static CorpusIndex build(DatasetGraph dsg, ResourceIris iris, long dataVersion) {
        Map<Node, Integer> paperIds = new HashMap<>();
        List<Node> papers = new ArrayList<>();
        Map<Node, Integer> entityIds = new HashMap<>();
        List<Node> entityNodes = new ArrayList<>();
        List<int[]> pairs = new ArrayList<>();
        long links = 0;
        Iterator<Quad> mentions = dsg.find(Node.ANY, Node.ANY, PG.mentions, Node.ANY);
        while (mentions.hasNext()) {
            Quad q = mentions.next();
            if (!iris.isPaperGraph(q.getGraph()) || !q.getObject().isURI()) continue;
            int p = paperIds.computeIfAbsent(q.getSubject(), k -> { papers.add(k); return papers.size() - 1; });
            int e = entityIds.computeIfAbsent(q.getObject(), k -> { entityNodes.add(k); return entityNodes.size() - 1; });
            pairs.add(new int[] {p, e});
            links++;
        }
        long paperCount = 0;
        Iterator<Quad> typed = dsg.find(Node.ANY, Node.ANY, PG.rdfType, PG.Paper);
        while (typed.hasNext()) if (iris.isPaperGraph(typed.next().getGraph())) paperCount++;

        int[][] papersOfEntity = group(pairs, entityNodes.size(), 1, 0);
        int[][] entitiesOfPaper = group(pairs, papers.size(), 0, 1);

        Graph union = dsg.getUnionGraph();
        Node stats = iris.statisticsGraph();
        List<EntitySummary> summaries = new ArrayList<>(entityNodes.size());
        List<LabelIndex.Label> labels = new ArrayList<>();
        for (int i = 0; i < entityNodes.size(); i++) {
            Node e = entityNodes.get(i);
            String pref = GraphReads.string(union, e, PG.prefLabel);
            String label = pref != null ? pref : localName(e);
            long mentionCount = GraphReads.integer(dsg.getGraph(stats), e, PG.mentionCount, papersOfEntity[i].length);
            summaries.add(new EntitySummary(e, label, GraphReads.entityType(union, e), mentionCount));
            labels.add(new LabelIndex.Label(i, label, false));
            for (String alt : GraphReads.strings(union, e, PG.altLabel)) {
                if (!alt.equals(label)) labels.add(new LabelIndex.Label(i, alt, true));
            }
        }
        return new CorpusIndex(dataVersion, List.copyOf(summaries), entityIds, List.copyOf(papers), paperIds,
                papersOfEntity, entitiesOfPaper, paperCount, links, new LabelIndex(summaries, labels));
    }

    private static int[][] group(List<int[]> pairs, int size, int keyColumn, int valueColumn) {
        int[] counts = new int[size];
        for (int[] pair : pairs) counts[pair[keyColumn]]++;
        int[][] out = new int[size][];
        for (int i = 0; i < size; i++) out[i] = new int[counts[i]];
        int[] fill = new int[size];
        for (int[] pair : pairs) out[pair[keyColumn]][fill[pair[keyColumn]]++] = pair[valueColumn];
        for (int[] row : out) Arrays.sort(row);
        return out;
    }

    static String localName(Node iri) {
        String s = iri.isURI() ? iri.getURI() : iri.toString();
        int cut = Math.max(s.lastIndexOf('/'), s.lastIndexOf('#'));
        return cut >= 0 && cut < s.length() - 1 ? s.substring(cut + 1) : s;
    }

    /** The store's data version this index was read at. */
    public long dataVersion() {
        return dataVersion;
    }

    /** Papers in the store. */
    public long paperCount() {
        return paperCount;
    }

    /** Entities some paper mentions. */
    public int entityCount() {
        return entities.size();
    }

    /** Paper → entity links (one per paper and entity, whatever its role). */
    public long linkCount() {
        return linkCount;
    }

    public LabelIndex labels() {
        return labels;
    }

    /** The summary of a mentioned entity, or null when no paper mentions it. */
    public EntitySummary entity(Node iri) {
        Integer id = entityIds.get(iri);
        return id == null ? null : entities.get(id);
    }

    /** The papers that mention an entity (IRIs, in no particular order). */
    public List<Node> papersOf(Node entity) {
        Integer id = entityIds.get(entity);
        if (id == null) return List.of();
        List<Node> out = new ArrayList<>(papersOfEntity[id].length);
        for (int p : papersOfEntity[id]) out.add(papers.get(p));
        return out;
    }

    /** The entities a paper mentions. */
    public List<EntitySummary> entitiesOf(Node paper) {
        Integer id = paperIds.get(paper);
        if (id == null) return List.of();
        List<EntitySummary> out = new ArrayList<>(entitiesOfPaper[id].length);
        for (int e : entitiesOfPaper[id]) out.add(entities.get(e));
        return out;
    }

    /** True when the paper mentions the entity. */
    public boolean mentions(Node paper, Node entity) {
        Integer p = paperIds.get(paper), e = entityIds.get(entity);
        return p != null && e != null && Arrays.binarySearch(entitiesOfPaper[p], e) >= 0;
    }

    /** The entities named in the same papers as this one, most shared papers first. */
    public List<Cooccurrence> cooccurring(Node entity, int limit) {
        Integer id = entityIds.get(entity);
        if (id == null) return List.of();
        Map<Integer, Integer> shared = new HashMap<>();
        for (int p : papersOfEntity[id]) {
            for (int other : entitiesOfPaper[p]) if (other != id) shared.merge(other, 1, Integer::sum);
        }
        List<Cooccurrence> out = new ArrayList<>(shared.size());
        shared.forEach((e, n) -> out.add(new Cooccurrence(entities.get(e), n)));
        out.sort(Comparator.comparingInt((Cooccurrence c) -> -c.sharedPapers())
                .thenComparing(c -> -c.entity().papers())
                .thenComparing(c -> c.entity().label()));
        return out.size() > limit ? List.copyOf(out.subList(0, limit)) : out;
    }

    /** The most-mentioned entities of each type, at most {@code perType} (up to {@value #TOP_PER_TYPE}) each. */
    public Map<EntityType, List<EntitySummary>> mostMentioned(int perType) {
        Map<EntityType, List<EntitySummary>> out = new EnumMap<>(EntityType.class);
        topByType.forEach((t, list) -> out.put(t, list.subList(0, Math.min(perType, list.size()))));
        return out;
    }

    private static Map<EntityType, List<EntitySummary>> topByType(List<EntitySummary> entities) {
        Map<EntityType, List<EntitySummary>> out = new EnumMap<>(EntityType.class);
        for (EntityType t : EntityType.values()) out.put(t, new ArrayList<>());
        for (EntitySummary e : entities) if (e.type() != null) out.get(e.type()).add(e);
        Comparator<EntitySummary> order = Comparator.comparingLong((EntitySummary e) -> -e.papers())
                .thenComparing(EntitySummary::label);
        out.replaceAll((t, list) -> list.stream().sorted(order).limit(TOP_PER_TYPE).toList());
        return out;
    }
}
