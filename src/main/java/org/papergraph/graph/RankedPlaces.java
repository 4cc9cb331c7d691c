package org.papergraph.graph;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

import java.util.Iterator;
import java.util.List;
import java.util.function.IntFunction;

/**
 * A ranked list kept in the statistics graph as one node per place: place n carries the list's owner
 * ({@code ownerProperty}), its number n ({@code rankProperty}) and the item ranked there ({@code itemProperty}). Places have
 * deterministic IRIs made from the owner and n, so a query reads the first places of one owner, and a re-rank rewrites
 * only the items of the places that moved (a ranked list is shared by the {@link CooccurrenceRanking} and the
 * {@link PaperLists}, which differ only in their terms).
 */
record RankedPlaces(Node ownerProperty, Node rankProperty, Node itemProperty) {

    /**
     * Makes the places of {@code owner} 1 … {@code wanted.size()} hold {@code wanted} in order, inside the caller's write
     * transaction, and removes the places past its end. Returns the number of quads added.
     */
    long rewrite(DatasetGraph dsg, Node stats, Node owner, IntFunction<Node> place, List<Node> wanted) {
        long added = 0;
        int n = 1;
        for (; n <= wanted.size(); n++) {
            Node at = place.apply(n);
            Node stored = storedItem(dsg, stats, at);
            Node want = wanted.get(n - 1);
            if (want.equals(stored)) continue;
            if (stored == null) {
                dsg.add(Quad.create(stats, at, ownerProperty, owner));
                dsg.add(Quad.create(stats, at, rankProperty, Literals.positive(n)));
                added += 2;
            } else {
                dsg.delete(Quad.create(stats, at, itemProperty, stored));
            }
            dsg.add(Quad.create(stats, at, itemProperty, want));
            added++;
        }
        // the list got shorter: the places past its end go
        for (; storedItem(dsg, stats, place.apply(n)) != null; n++) dsg.deleteAny(stats, place.apply(n), Node.ANY, Node.ANY);
        return added;
    }

    private Node storedItem(DatasetGraph dsg, Node stats, Node place) {
        Iterator<Quad> it = dsg.find(stats, place, itemProperty, Node.ANY);
        return it.hasNext() ? it.next().getObject() : null;
    }
}
