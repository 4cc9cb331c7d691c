package org.papergraph.sparql;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.store.TdbStore;
import org.papergraph.testing.Http;
import org.papergraph.testing.SampleStore;
import org.papergraph.testing.SyntheticStore;

import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Who may do what on the endpoint: no write of any kind exists (SPARQL Update, LOAD, Graph Store writes, uploads
 * are all refused and change nothing, and LOAD fetches nothing); CORS is off by default and explicit when
 * configured; the server listens on the loopback interface unless told otherwise.
 */
class TestEndpointAccessIT {

    static final String CORS_ORIGIN = "https://explorer.example.org";

    @TempDir
    static Path tmp;
    static TdbStore store;
    static PapergraphServer defaults;
    static PapergraphServer withCors;
    static long quadsBefore;

    @BeforeAll
    static void start() {
        store = SyntheticStore.copyOf(SampleStore.get(), tmp.resolve("store"));
        quadsBefore = quads();
        defaults = PapergraphServer.builder().store(store).port(0).build().start();
        withCors = PapergraphServer.builder().store(store).port(0).corsOrigins(List.of(CORS_ORIGIN)).build().start();
    }

    @AfterAll
    static void stop() {
        if (defaults != null) defaults.close();
        if (withCors != null) withCors.close();
        if (store != null) store.close();
    }

    static long quads() {
        return store.read(dsg -> dsg.stream().count());
    }

    static HttpResponse<String> send(String method, String url, String contentType, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) b.header("Content-Type", contentType);
        // each attempt on a connection of its own: after refusing a write whose body it did not read, the server may
        // close the connection, and a pooled client that reuses it reads no answer (a flake of this test, not a
        // refusal that failed)
        try {
            return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void noWriteOfAnyKindIsAccepted() throws Exception {
        String kg = defaults.url() + "kg/";
        try (ServerSocket bait = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            bait.setSoTimeout(1500);
            String load = "LOAD <http://127.0.0.1:" + bait.getLocalPort() + "/data.ttl>";
            String insert = "INSERT DATA { <http://x/s> <http://x/p> \"injected\" }";
            List<HttpResponse<String>> attempts = List.of(
                    send("POST", kg + "sparql", "application/sparql-update", load),
                    send("POST", kg + "sparql", "application/sparql-update", insert),
                    send("POST", kg + "sparql", "application/x-www-form-urlencoded", "update=" + URLEncoder.encode(insert, StandardCharsets.UTF_8)),
                    send("POST", kg + "update", "application/sparql-update", insert),
                    send("POST", defaults.url() + "kg", "application/sparql-update", insert),
                    send("POST", kg + "upload", "text/turtle", "<http://x/s> <http://x/p> \"injected\" ."),
                    send("PUT", kg + "data", "text/turtle", "<http://x/s> <http://x/p> \"injected\" ."),
                    send("POST", kg + "data", "text/turtle", "<http://x/s> <http://x/p> \"injected\" ."),
                    send("DELETE", kg + "data?default", null, null),
                    send("PATCH", kg + "data", "application/rdf-patch", "A <http://x/s> <http://x/p> \"injected\" ."),
                    send("PUT", defaults.url() + "kg", "application/trig", "<http://x/g> { <http://x/s> <http://x/p> \"injected\" . }"));
            for (HttpResponse<String> r : attempts) {
                assertTrue(r.statusCode() >= 400 && r.statusCode() < 500,
                        r.request().method() + " " + r.uri() + " gave " + r.statusCode() + ": " + r.body());
            }
            TestEndpointLimitsIT.assertThrowsTimeout(bait);
        }
        assertEquals(quadsBefore, quads(), "the store changed");
        HttpResponse<String> ask = Http.query(defaults.sparqlUrl(), "ASK { ?s ?p \"injected\" }", "application/sparql-results+json");
        assertTrue(ask.body().contains("false"), ask.body());
    }

    @Test
    void corsIsOffByDefault() {
        HttpResponse<String> r = Http.send(Http.queryRequest(defaults.sparqlUrl(), "ASK {}", "application/sparql-results+json")
                .header("Origin", CORS_ORIGIN).build());
        assertEquals(200, r.statusCode());
        assertEquals(Optional.empty(), r.headers().firstValue("Access-Control-Allow-Origin"));
        HttpResponse<String> preflight = preflight(defaults, CORS_ORIGIN);
        assertEquals(Optional.empty(), preflight.headers().firstValue("Access-Control-Allow-Origin"));
    }

    @Test
    void listedOriginIsAllowedByNameNeverStar() {
        HttpResponse<String> r = Http.send(Http.queryRequest(withCors.sparqlUrl(), "ASK {}", "application/sparql-results+json")
                .header("Origin", CORS_ORIGIN).build());
        assertEquals(200, r.statusCode());
        assertEquals(CORS_ORIGIN, r.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        assertTrue(r.headers().allValues("Vary").contains("Origin"));
        assertEquals(Optional.empty(), r.headers().firstValue("Access-Control-Allow-Credentials"));
        HttpResponse<String> preflight = preflight(withCors, CORS_ORIGIN);
        assertEquals(204, preflight.statusCode());
        assertEquals(CORS_ORIGIN, preflight.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        assertEquals("GET, POST, OPTIONS", preflight.headers().firstValue("Access-Control-Allow-Methods").orElse(null));
    }

    @Test
    void unlistedOriginGetsNoCorsHeaders() {
        HttpResponse<String> r = Http.send(Http.queryRequest(withCors.sparqlUrl(), "ASK {}", "application/sparql-results+json")
                .header("Origin", "https://evil.example").build());
        assertEquals(Optional.empty(), r.headers().firstValue("Access-Control-Allow-Origin"));
        HttpResponse<String> preflight = preflight(withCors, "https://evil.example");
        assertEquals(403, preflight.statusCode());
        assertEquals(Optional.empty(), preflight.headers().firstValue("Access-Control-Allow-Origin"));
    }

    private static HttpResponse<String> preflight(PapergraphServer server, String origin) {
        return Http.send(HttpRequest.newBuilder(URI.create(server.sparqlUrl())).method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", origin).header("Access-Control-Request-Method", "POST").build());
    }

    @Test
    void starAndMalformedOriginsAreRefused() {
        for (String bad : List.of("*", "explorer.example.org", "https://x.example/path", "javascript:alert(1)", "https://user@x.example")) {
            assertThrows(IllegalArgumentException.class,
                    () -> PapergraphServer.builder().store(store).port(0).corsOrigins(List.of(bad)).build(), bad);
        }
    }

    @Test
    void hostOtherThanLoopbackOrAllIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> PapergraphServer.builder().store(store).host("192.0.2.1").build());
    }

    /** Binds to the loopback interface: a connection to this machine's other addresses is refused. */
    @Test
    void listensOnLoopbackOnly() throws Exception {
        Optional<InetAddress> external = Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .filter(i -> { try { return i.isUp() && !i.isLoopback(); } catch (java.net.SocketException e) { return false; } })
                .flatMap(i -> Collections.list(i.getInetAddresses()).stream())
                .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress())
                .findFirst();
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), defaults.port()), 2000);
        }
        assumeTrue(external.isPresent(), "this machine has no non-loopback IPv4 address to try");
        try (Socket s = new Socket()) {
            assertThrows(ConnectException.class, () -> s.connect(new InetSocketAddress(external.get(), defaults.port()), 2000));
        }
    }
}
