package org.papergraph.sparql;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * {@code /limits}: the endpoint's limits as plain text, the note a truncated result links to
 * ({@code Link: </limits>; rel="help"}).
 */
final class LimitsPage extends HttpServlet {

    private final byte[] text;

    LimitsPage(EndpointSafety.Settings s) {
        this.text = String.format("""
                papergraph SPARQL endpoint limits
                query timeout: %d ms (a client's timeout parameter can only lower it)
                result rows: %d; a SELECT with more rows is cut to %d and its response carries the headers
                  %s: true and %s: %d; CONSTRUCT and DESCRIBE run with at most %d solutions
                request body and query string: %d bytes at most (413 and 414 beyond)
                concurrent requests per client address: %d (429 with Retry-After beyond)
                SERVICE (federated queries): refused
                updates, LOAD, uploads, Graph Store writes: none exist on this endpoint
                """, s.queryTimeout().toMillis(), s.maxRows(), s.maxRows(), GuardedQueryService.TRUNCATED_HEADER,
                GuardedQueryService.ROW_LIMIT_HEADER, s.maxRows(), s.maxRows(), s.maxRequestBytes(),
                s.maxConcurrentPerClient()).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setContentType("text/plain;charset=utf-8");
        resp.getOutputStream().write(text);
    }
}
