package org.papergraph.bench;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.papergraph.store.TdbStore;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Times a query: in-process (a read transaction and a Jena query execution over the TDB2 store, every row
 * consumed, as {@code papergraph query} does) or over HTTP (SPARQL 1.1 Protocol GET, or POST for long queries, JSON results read to the
 * end, as a client of {@code papergraph serve} or of another triplestore would). A few untimed runs warm caches
 * and the JIT first.
 */
final class QueryTimer {

    static final int WARMUP = 3;

    /** Timings and the number of result rows. */
    record Timing(Percentiles percentiles, long size) {}

    private QueryTimer() {}

    static Timing inProcess(TdbStore store, Query query, int runs, long timeoutMillis) {
        long[] nanos = new long[runs];
        long rows = 0;
        for (int i = -WARMUP; i < runs; i++) {
            long t0 = System.nanoTime();
            long n = store.read(dsg -> {
                try (QueryExec exec = QueryExec.dataset(dsg).query(query).timeout(timeoutMillis, TimeUnit.MILLISECONDS).build()) {
                    RowSet rs = exec.select();
                    long c = 0;
                    while (rs.hasNext()) {
                        rs.next();
                        c++;
                    }
                    return c;
                }
            });
            if (i >= 0) nanos[i] = System.nanoTime() - t0;
            rows = n;
        }
        return new Timing(Percentiles.ofNanos(nanos), rows);
    }

    /**
     * Beyond this length of the GET URL, the query is POSTed: the rule (and the limit) of Jena's own SPARQL client,
     * {@code QueryExecHTTP}, so the figures are what a Jena user's client sees. Both servers get the same requests.
     */
    static final int GET_URL_LIMIT = 2 * 1024;

    /**
     * A SPARQL 1.1 Protocol query request: GET with the query in the URL when short enough, else a form POST, as a
     * Jena client sends it. (Form POSTs were once measured ~18 ms slower than GETs here; since papergraph gives its
     * responses a small buffer, see {@code PapergraphServer.useSmallResponseBuffers}, both take the same time: BENCHMARKS.md.)
     */
    static HttpRequest request(String endpoint, String queryText) {
        String encoded = URLEncoder.encode(queryText, StandardCharsets.UTF_8);
        String getUrl = endpoint + (endpoint.contains("?") ? "&" : "?") + "query=" + encoded;
        boolean get = getUrl.length() <= GET_URL_LIMIT;
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(get ? getUrl : endpoint))
                .timeout(Duration.ofSeconds(120))
                .header("Accept", "application/sparql-results+json");
        if (get) return b.GET().build();
        return b.header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + encoded)).build();
    }

    static Timing http(HttpClient client, String endpoint, String queryText, int runs) {
        HttpRequest request = request(endpoint, queryText);
        long[] nanos = new long[runs];
        byte[] last = new byte[0];
        for (int i = -WARMUP; i < runs; i++) {
            long t0 = System.nanoTime();
            try {
                HttpResponse<InputStream> r = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
                try (InputStream in = r.body()) {
                    byte[] body = in.readAllBytes();
                    if (r.statusCode() != 200) {
                        throw new IllegalStateException(endpoint + " answered " + r.statusCode() + ": "
                                + new String(body, 0, Math.min(body.length, 300), StandardCharsets.UTF_8));
                    }
                    last = body;
                }
            } catch (IOException e) {
                throw new IllegalStateException(endpoint + ": " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
            if (i >= 0) nanos[i] = System.nanoTime() - t0;
        }
        return new Timing(Percentiles.ofNanos(nanos), rows(last));
    }

    /** Rows of a SPARQL JSON result (read after the timing). */
    private static long rows(byte[] json) {
        var results = com.google.gson.JsonParser.parseString(new String(json, StandardCharsets.UTF_8)).getAsJsonObject().getAsJsonObject("results");
        return results == null ? 0 : results.getAsJsonArray("bindings").size();
    }
}
