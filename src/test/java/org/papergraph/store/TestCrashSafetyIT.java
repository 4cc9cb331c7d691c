package org.papergraph.store;

import org.apache.jena.graph.Node;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.graph.PG;
import org.papergraph.graph.ResourceIris;
import org.papergraph.testing.ChildProcess;
import org.papergraph.testing.StoreAudit;
import org.papergraph.testing.SyntheticNotes;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code papergraph ingest} killed with SIGKILL at several points of a run over a few hundred notes, written in
 * small batches so several commits happen before each kill: after every kill the reopened store holds no partial
 * paper (every paper graph complete, the store SHACL-valid) and exactly the notes of the batches committed so far
 * (a prefix of the input, a whole number of batches); rerunning completes the ingest to exactly the store an
 * uninterrupted run builds (same sorted N-Quads).
 */
class TestCrashSafetyIT {

    static final int NOTES = 240;
    static final int BATCH = 8;
    /**
     * Per kill: batches committed in that run before the kill, then a delay in ms so that some kills land
     * mid-commit; 0 commits means 3 s after the start, while CoreNLP loads, before any commit.
     */
    static final int[][] KILL_POINTS = {{0, 3000}, {1, 0}, {2, 150}, {3, 40}, {5, 300}, {4, 0}};

    static final java.util.regex.Pattern PROGRESS = java.util.regex.Pattern.compile("ingest: committed batch \\d+ .*");

    @TempDir
    Path tmp;

    @Test
    void killedIngestLeavesWholeBatchesAndResumesToTheSameStore() throws Exception {
        Path corpus = SyntheticNotes.write(tmp.resolve("synthetic.jsonl"), NOTES);
        Path reference = tmp.resolve("reference");
        Path killed = tmp.resolve("killed");

        try (ChildProcess run = ingest(reference, corpus)) {
            assertEquals(0, run.waitFor(600), run.stderr());
        }

        int survived = 0;
        long committedBefore = 0;
        for (int[] point : KILL_POINTS) {
            int commits = 0;   // progress lines seen in this run: one per committed batch
            try (ChildProcess run = ingest(killed, corpus)) {
                for (String line; commits < point[0] && (line = run.nextLine(300)) != null; ) {
                    if (PROGRESS.matcher(line).matches()) commits++;
                }
                assertEquals(point[0], commits, "the run ended before the kill point: " + run.stderr());
                long wake = System.nanoTime() + point[1] * 1_000_000L;
                while (System.nanoTime() < wake) {
                    String line = run.pollLine(Math.max(1, (wake - System.nanoTime()) / 1_000_000L));
                    if (line != null && PROGRESS.matcher(line).matches()) commits++;
                }
                run.kill();
            }
            long committed = auditAfterKill(killed, committedBefore);
            // the batches this run reported, plus at most the one it committed but was killed before reporting
            assertTrue(committed >= Math.min(NOTES, committedBefore + (long) commits * BATCH)
                    && committed <= committedBefore + (long) (commits + 1) * BATCH,
                    "stored " + committed + " after " + commits + " reported commits from " + committedBefore);
            System.out.printf("crash safety: kill after %d commits + %d ms: %d of %d notes stored, store complete and valid%n",
                    point[0], point[1], committed, NOTES);
            committedBefore = committed;
            survived++;
        }
        assertTrue(committedBefore < NOTES, "the kills left nothing to resume");

        try (ChildProcess run = ingest(killed, corpus)) {
            assertEquals(0, run.waitFor(600), run.stderr());
        }
        List<String> expected, actual;
        try (TdbStore r = TdbStore.open(reference, ResourceIris.defaults()); TdbStore k = TdbStore.open(killed, ResourceIris.defaults())) {
            assertEquals(List.of(), StoreAudit.problems(k));
            expected = StoreAudit.sortedNQuads(r);
            actual = StoreAudit.sortedNQuads(k);
        }
        assertTrue(expected.size() > NOTES * 10, "reference store too small: " + expected.size());
        assertEquals(expected.size(), actual.size(), () -> StoreAudit.diff(expected, actual));
        assertEquals(expected, actual, () -> StoreAudit.diff(expected, actual));
        System.out.printf("crash safety: %d kills survived; resumed store equals the uninterrupted one (%d quads)%n", survived, actual.size());
    }

    private static ChildProcess ingest(Path store, Path corpus) {
        return ChildProcess.papergraph("ingest", "--log-commits", "--store", store.toString(), "--batch", Integer.toString(BATCH), "--threads", "2",
                corpus.toString());
    }

    /** The store after a kill: valid, no partial paper, and the notes of whole batches, in input order. */
    private static long auditAfterKill(Path dir, long committedBefore) {
        try (TdbStore store = TdbStore.open(dir, ResourceIris.defaults())) {
            assertEquals(List.of(), StoreAudit.problems(store));
            Set<String> stored = store.read(dsg -> {
                Set<String> notes = new HashSet<>();
                dsg.find(Node.ANY, Node.ANY, PG.rdfType, PG.Note).forEachRemaining(q -> notes.add(q.getSubject().getURI()));
                return notes;
            });
            List<String> prefix = new ArrayList<>();
            for (int i = 0; i < stored.size(); i++) {
                prefix.add(store.iris().note(SyntheticNotes.title(i), SyntheticNotes.summary(i)).getURI());
            }
            assertEquals(new HashSet<>(prefix), stored, "stored notes are not the first " + stored.size() + " of the input");
            assertTrue(stored.size() % BATCH == 0 || stored.size() == NOTES, "a partial batch: " + stored.size());
            assertTrue(stored.size() >= committedBefore, "notes were lost");
            return stored.size();
        }
    }
}
