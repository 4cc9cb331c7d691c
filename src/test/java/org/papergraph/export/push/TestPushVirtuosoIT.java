package org.papergraph.export.push;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.papergraph.testing.FreePort;
import org.papergraph.testing.SampleStore;
import org.papergraph.testing.VirtuosoProcess;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Push into Virtuoso Open Source 7 (Debian's virtuoso-opensource, started here on loopback with its own ini and a
 * non-default dba password): GSP at /sparql-graph-crud-auth and SPARQL Update at /sparql-auth, both behind Digest
 * authentication; pushed twice, no duplicates; the named queries answer as in papergraph's endpoint once language
 * tags are compared case-insensitively (Virtuoso lower-cases them) and numbers by value. Virtuoso's default graph
 * is the union of all graphs, as in papergraph. Fails, never skips, when Virtuoso is not installed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TestPushVirtuosoIT {

    VirtuosoProcess virtuoso;
    Map<String, List<Map<String, String>>> papergraph;
    Credentials dba;

    @BeforeAll
    void start() throws Exception {
        VirtuosoProcess.requireInstalled();
        Path dir = Files.createDirectories(Path.of("target", "it-virtuoso-" + System.nanoTime()));
        papergraph = PushTargets.papergraphAnswers();
        String password = "pg-" + Long.toHexString(System.nanoTime());
        virtuoso = VirtuosoProcess.start(dir, FreePort.find(), FreePort.find(), password);
        dba = new Credentials("dba", password);
    }

    @AfterAll
    void stop() {
        if (virtuoso != null) virtuoso.stop();
    }

    @Test
    void gspAndUpdatePushesTwiceLeaveOneCopyThatAnswersLikePapergraph() {
        Pusher.Builder gsp = Pusher.builder().store(SampleStore.get()).target(virtuoso.gspUrl()).credentials(dba);
        PushReport first = gsp.build().push();
        PushReport second = gsp.build().push();
        long expected = PushTargets.storeQuads();
        assertEquals(expected, second.triples());
        assertEquals(expected, PushTargets.quads(virtuoso.queryUrl()), "no duplicates after two GSP pushes");
        assertEquals(List.of(), PushTargets.differences(papergraph, virtuoso.queryUrl(), VirtuosoProcess.RESULT_ROW_CAP));
        System.out.println("push to Virtuoso (GSP, digest): " + first.summary() + " / again: " + second.summary());

        Pusher.Builder update = Pusher.builder().store(SampleStore.get()).target(virtuoso.updateUrl()).mode(PushMode.UPDATE)
                .credentials(dba);
        PushReport third = update.build().push();
        assertTrue(third.requests() > 1);
        assertEquals(expected, PushTargets.quads(virtuoso.queryUrl()), "no duplicates after an update push");
        assertEquals(List.of(), PushTargets.differences(papergraph, virtuoso.queryUrl(), VirtuosoProcess.RESULT_ROW_CAP));
        System.out.println("push to Virtuoso (update, digest): " + third.summary());
    }

    @Test
    void aWrongPasswordFailsAtOnceWithoutRetries() {
        PushException e = assertThrows(PushException.class, () -> Pusher.builder().store(SampleStore.get())
                .target(virtuoso.gspUrl()).credentials(new Credentials("dba", "wrong")).build().push());
        assertTrue(e.getMessage().contains("HTTP 401"), e.getMessage());
        assertTrue(e.getMessage().contains("after 1 attempt"), e.getMessage());
    }
}
