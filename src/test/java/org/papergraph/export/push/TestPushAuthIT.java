package org.papergraph.export.push;

import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.apache.jena.http.auth.AuthEnv;
import org.apache.jena.atlas.web.AuthScheme;
import org.papergraph.export.GraphSelection;
import org.papergraph.testing.SampleStore;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Basic and Digest authentication against a Fuseki server that lets one user write over the Graph Store Protocol
 * (embedded Fuseki on loopback, real HTTP): the right password pushes, a wrong one or none fails at once with 401.
 */
class TestPushAuthIT {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(value = AuthScheme.class, names = {"BASIC", "DIGEST"})
    void onlyTheRightPasswordPushes(AuthScheme scheme) throws Exception {
        Path passwords = dir.resolve("passwd");
        Files.writeString(passwords, "writer: pa55-word\n");
        DatasetGraph target = DatasetGraphFactory.createTxnMem();
        FusekiServer server = FusekiServer.create().port(0).loopback(true)
                .passwordFile(passwords.toString()).auth(scheme).serverAuthPolicy(Auth.policyAllowSpecific("writer"))
                .add("/ds", DataService.newBuilder(target).addEndpoint(Operation.GSP_RW, "data")).build().start();
        try {
            String url = "http://127.0.0.1:" + server.getHttpPort() + "/ds/data";
            PushReport r = Pusher.builder().store(SampleStore.get()).target(url).graphs(GraphSelection.ONTOLOGY)
                    .credentials(new Credentials("writer", "pa55-word")).build().push();
            assertEquals(1, r.graphs());
            long quads = Txn.calculateRead(target, () -> target.stream().count());
            assertEquals(r.triples(), quads);
            AuthEnv.get().clearActiveAuthentication();

            PushException wrong = assertThrows(PushException.class, () -> Pusher.builder().store(SampleStore.get()).target(url)
                    .graphs(GraphSelection.ONTOLOGY).credentials(new Credentials("writer", "guess")).build().push());
            assertTrue(wrong.getMessage().contains("HTTP 401") && wrong.getMessage().contains("after 1 attempt"), wrong.getMessage());
            AuthEnv.get().clearActiveAuthentication();
            PushException none = assertThrows(PushException.class, () -> Pusher.builder().store(SampleStore.get()).target(url)
                    .graphs(GraphSelection.ONTOLOGY).build().push());
            assertTrue(none.getMessage().contains("HTTP 401"), none.getMessage());
        } finally {
            server.stop();
            AuthEnv.get().clearActiveAuthentication();
        }
    }
}
