package org.papergraph.graph;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.expr.NodeValue;
import org.papergraph.nlp.Role;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;

/**
 * Each entity's papers per role, in title order, kept in the statistics graph so that {@code papers-mentioning} and
 * {@code evaluated-on} read {@code offset + limit} places instead of every paper that names the entity (7,667 for the
 * most-mentioned one of 10,000 synthetic papers), each sorted with its title. The list of entity E and role R is the
 * node {@code {base}statistics/paper-list/HASH(E)-R} with {@code pg:paperListOf} E and {@code pg:paperListRole} the
 * role's property ({@code pg:evaluatesOn} …); its place n is {@code {list}-n} with {@code pg:inPaperList},
 * {@code pg:paperRank} n and {@code pg:rankedPaper}. One list per role, because a paper links an entity with one role
 * and {@code evaluated-on} asks for one role: it reads its own list, not the first places of all four.
 *
 * <p>The order is the queries' {@code ORDER BY ?title}: the paper's {@code dcterms:title} in SPARQL's order, then its
 * IRI. A list depends only on which papers link the entity with the role and on their titles, so only the lists a
 * batch changed that way are re-ranked ({@link PaperListChanges}); labels do not order them.
 */
public final class PaperLists {

    /**
     * Places kept per list: ten pages of the queries' default 100 rows. Three quads each; on the 10,000-paper
     * synthetic store the lists hold most of the 131,603 paper-entity links (BENCHMARKS.md), and a query scans up to
     * this many places of a list to find its first ones.
     */
    public static final int SIZE = 1000;

    /** One list: an entity and the role its papers give it. */
    public record Key(Node entity, Role role) {}

    private record Titled(Node paper, NodeValue title) {}

    private static final RankedPlaces PLACES = new RankedPlaces(PG.inPaperList, PG.paperRank, PG.rankedPaper);

    private PaperLists() {}

    /**
     * Re-ranks the given lists from the paper graphs, inside the caller's write transaction, in entity IRI and role
     * order; only the places that changed are rewritten. Returns the number of quads added.
     */
    public static long write(DatasetGraph dsg, ResourceIris iris, Collection<Key> lists) {
        TreeSet<Key> sorted = new TreeSet<>(Comparator.comparing((Key k) -> k.entity().getURI()).thenComparing(Key::role));
        sorted.addAll(lists);
        long added = 0;
        for (Key k : sorted) added += rank(dsg, iris, k);
        return added;
    }

    private static long rank(DatasetGraph dsg, ResourceIris iris, Key key) {
        Node stats = iris.statisticsGraph(), list = list(iris, key);
        List<Node> wanted = order(dsg, iris, key);
        Node role = PG.pg(key.role().localName());
        long added = 0;
        boolean stored = dsg.contains(stats, list, PG.paperListOf, key.entity());
        if (wanted.isEmpty() && stored) {
            dsg.deleteAny(stats, list, Node.ANY, Node.ANY);
        } else if (!wanted.isEmpty() && !stored) {
            dsg.add(Quad.create(stats, list, PG.paperListOf, key.entity()));
            dsg.add(Quad.create(stats, list, PG.paperListRole, role));
            added += 2;
        }
        return added + PLACES.rewrite(dsg, stats, list, n -> place(list, n), wanted);
    }

    /** The first {@link #SIZE} papers that link the entity with the role, by title, then IRI. */
    private static List<Node> order(DatasetGraph dsg, ResourceIris iris, Key key) {
        List<Titled> all = new ArrayList<>();
        Iterator<Quad> links = dsg.find(Node.ANY, Node.ANY, PG.pg(key.role().localName()), key.entity());
        while (links.hasNext()) {
            Quad q = links.next();
            if (!iris.isPaperGraph(q.getGraph())) continue;
            Iterator<Quad> title = dsg.find(q.getGraph(), q.getSubject(), PG.title, Node.ANY);
            if (title.hasNext()) all.add(new Titled(q.getSubject(), NodeValue.makeNode(title.next().getObject())));
        }
        all.sort(Comparator.comparing(Titled::title, RankingOrder::compareLabels).thenComparing(t -> t.paper().getURI()));
        List<Node> out = new ArrayList<>();
        for (Titled t : all.subList(0, Math.min(SIZE, all.size()))) out.add(t.paper());
        return out;
    }

    /** The list node: a deterministic IRI, like the co-occurrence places', so reruns write the same graph. */
    static Node list(ResourceIris iris, Key key) {
        return NodeFactory.createURI(iris.base() + "statistics/paper-list/" + Slugs.hash(key.entity().getURI(), 20) + "-"
                + key.role().localName());
    }

    private static Node place(Node list, int n) {
        return NodeFactory.createURI(list.getURI() + "-" + n);
    }
}
