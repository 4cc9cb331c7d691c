package org.papergraph.sparql;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * At most N requests at once from one client address; the next gets 429 Too Many Requests with
 * {@code Retry-After}, at once, without queueing. A query counts until its thread leaves it, so a query that
 * runs past its timeout keeps its client's slot until the watchdog has ended it. Clients are told apart by the
 * connection's remote address: behind a reverse proxy every client shares the proxy's address, so the proxy
 * must apply its own per-client limit (see SECURITY.md).
 */
final class ClientConcurrencyLimit extends HttpFilter {

    private final int maxPerClient;
    private final ConcurrentHashMap<String, AtomicInteger> inFlight = new ConcurrentHashMap<>();

    ClientConcurrencyLimit(int maxPerClient) {
        this.maxPerClient = maxPerClient;
    }

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain) throws IOException, ServletException {
        String client = req.getRemoteAddr();
        int[] mine = new int[1];   // this request's place among the client's requests in flight
        inFlight.compute(client, (k, v) -> {
            AtomicInteger c = v == null ? new AtomicInteger() : v;
            mine[0] = c.incrementAndGet();
            return c;
        });
        try {
            if (mine[0] > maxPerClient) {
                res.setHeader("Retry-After", "1");
                res.sendError(429, "too many concurrent requests from " + client + " (limit " + maxPerClient + ")");
                return;
            }
            chain.doFilter(req, res);
        } finally {
            inFlight.computeIfPresent(client, (k, v) -> v.decrementAndGet() <= 0 ? null : v);
        }
    }
}
