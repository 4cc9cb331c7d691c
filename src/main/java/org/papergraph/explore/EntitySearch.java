package org.papergraph.explore;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.papergraph.graph.Literals;
import org.papergraph.graph.PG;
import org.papergraph.nlp.LabelKeys;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds entities by what a user types. Autocomplete comes from the {@link LabelIndex} of mentioned entities;
 * an entity no paper mentions (a vocabulary entry) is found only by its exact name, through its
 * {@code pg:searchKey} — otherwise the 2,500 vocabulary terms would crowd out what the papers actually say.
 */
public final class EntitySearch {

    private EntitySearch() {}

    /** Completions for a query: exact-name matches first (mentioned or not), then the label index's. */
    public static List<LabelIndex.Completion> search(DatasetGraph dsg, CorpusIndex index, String query, int limit) {
        List<LabelIndex.Completion> fromIndex = index.labels().complete(query, limit);
        List<LabelIndex.Completion> out = new ArrayList<>();
        Set<Node> seen = new LinkedHashSet<>();
        for (EntitySummary e : byExactName(dsg, index, query)) {
            if (fromIndex.stream().anyMatch(c -> c.entity().iri().equals(e.iri()))) continue;
            out.add(new LabelIndex.Completion(e, e.label(), false, LabelIndex.MatchKind.EXACT));
            seen.add(e.iri());
        }
        for (LabelIndex.Completion c : fromIndex) if (seen.add(c.entity().iri())) out.add(c);
        return out.size() > limit ? List.copyOf(out.subList(0, limit)) : out;
    }

    /** Entities one of whose labels has the query's search key, most-mentioned first. */
    public static List<EntitySummary> byExactName(DatasetGraph dsg, CorpusIndex index, String name) {
        String key = LabelKeys.key(name);
        if (key.isEmpty()) return List.of();
        Graph union = dsg.getUnionGraph();
        Set<Node> entities = new LinkedHashSet<>();
        union.find(Node.ANY, PG.searchKey, Literals.string(key)).forEachRemaining(t -> entities.add(t.getSubject()));
        List<EntitySummary> out = new ArrayList<>();
        for (Node e : entities) out.add(EntityViews.summary(union, index, e));
        out.sort(Comparator.comparingLong((EntitySummary e) -> -e.papers()).thenComparing(EntitySummary::label));
        return out;
    }
}
