package org.papergraph.graph;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.papergraph.nlp.Role;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * Which rankings read from the paper graphs a batch changed: the {@link PaperLists} whose members or whose members'
 * titles changed, and whether an outperforms statement the {@link OutperformsRanking} orders changed. Paper graphs
 * are counted out as stored and in as rewritten (as {@link CorpusStatistics} counts them); what nets to zero did
 * not change. Like the pair counts, the changes of committed batches stay pending until the deferred flush.
 */
final class PaperListChanges {

    private record Member(Node entity, Role role, Node paper, Node title) {}

    private record Claim(Node statement, Node winner, Node baseline, Node paper, Node title) {}

    private final Map<Member, Integer> batchMembers = new HashMap<>();
    private final Map<Claim, Integer> batchClaims = new HashMap<>();
    private final Set<PaperLists.Key> pendingLists = new HashSet<>();
    private boolean pendingClaims;

    void count(Graph g, Node paper, int sign) {
        Node title = object(g, paper, PG.title);
        for (Role r : Role.values()) {
            g.find(paper, PG.pg(r.localName()), Node.ANY).forEachRemaining(t ->
                    batchMembers.merge(new Member(t.getObject(), r, paper, title), sign, Integer::sum));
        }
        g.find(Node.ANY, PG.rdfPredicate, PG.outperforms).forEachRemaining(t -> {
            Node st = t.getSubject();
            if (g.contains(st, PG.lowConfidence, Node.ANY)) return;
            Claim c = new Claim(st, object(g, st, PG.rdfSubject), object(g, st, PG.rdfObject), object(g, st, PG.evidenceFor), title);
            batchClaims.merge(c, sign, Integer::sum);
        });
    }

    /** The lists to re-rank: those of committed batches and the batch's own. */
    Set<PaperLists.Key> lists() {
        Set<PaperLists.Key> out = new HashSet<>(pendingLists);
        batchMembers.forEach((m, d) -> { if (d != 0) out.add(new PaperLists.Key(m.entity(), m.role())); });
        return out;
    }

    /** Whether a committed batch or this one changed an outperforms statement (or its paper's title). */
    boolean claimsChanged() {
        return pendingClaims || batchClaims.values().stream().anyMatch(d -> d != 0);
    }

    /** Asked after every batch: answered without copying the pending lists, which grow with the entities. */
    boolean pending() {
        return claimsChanged() || !pendingLists.isEmpty() || batchMembers.values().stream().anyMatch(d -> d != 0);
    }

    /** The batch committed: what it changed joins what is pending, its deltas are dropped. */
    void committed() {
        batchMembers.forEach((m, d) -> { if (d != 0) pendingLists.add(new PaperLists.Key(m.entity(), m.role())); });
        pendingClaims = claimsChanged();
        failed();
    }

    /** The batch's transaction failed: forgets its deltas. */
    void failed() {
        batchMembers.clear();
        batchClaims.clear();
    }

    /** The flush that re-ranked everything pending committed. */
    void written() {
        failed();
        pendingLists.clear();
        pendingClaims = false;
    }

    private static Node object(Graph g, Node s, Node p) {
        Iterator<Triple> it = g.find(s, p, Node.ANY);
        return it.hasNext() ? it.next().getObject() : null;
    }
}
