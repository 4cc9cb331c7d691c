package org.papergraph.sparql;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Cross-origin access, explicit. With no origins listed (the default) no response carries CORS headers, so a web
 * page from another origin cannot read the endpoint's answers. Listed origins (scheme://host[:port], exactly as a
 * browser sends them in {@code Origin}) get {@code Access-Control-Allow-Origin} with their own origin, never
 * {@code *}, and preflight requests for GET and POST. Credentials are never allowed.
 */
final class CorsPolicy extends HttpFilter {

    private static final String METHODS = "GET, POST, OPTIONS";
    private static final String HEADERS = "Accept, Content-Type";
    private final Set<String> origins;

    CorsPolicy(List<String> origins) {
        this.origins = Set.copyOf(origins);
    }

    /** Checks and normalises configured origins; {@code *} is refused on purpose. */
    static List<String> checkOrigins(List<String> given) {
        List<String> out = new ArrayList<>();
        for (String o : given) {
            String origin = o.strip();
            if (origin.equals("*")) throw new IllegalArgumentException("CORS origin '*' is not allowed: list the origins that may read the endpoint");
            try {
                URI u = new URI(origin);
                String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
                boolean bare = (u.getPath() == null || u.getPath().isEmpty()) && u.getQuery() == null && u.getFragment() == null && u.getUserInfo() == null;
                if (!(scheme.equals("http") || scheme.equals("https")) || u.getHost() == null || !bare) throw new URISyntaxException(origin, "not an origin");
                out.add(scheme + "://" + u.getHost().toLowerCase(Locale.ROOT) + (u.getPort() >= 0 ? ":" + u.getPort() : ""));
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException("not a CORS origin (scheme://host[:port]): '" + origin + "'");
            }
        }
        return List.copyOf(out);
    }

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain) throws IOException, ServletException {
        String origin = req.getHeader("Origin");
        if (origin == null || origins.isEmpty()) {
            chain.doFilter(req, res);
            return;
        }
        res.addHeader("Vary", "Origin");
        boolean allowed = origins.contains(origin.toLowerCase(Locale.ROOT));
        boolean preflight = "OPTIONS".equals(req.getMethod()) && req.getHeader("Access-Control-Request-Method") != null;
        if (allowed) {
            res.setHeader("Access-Control-Allow-Origin", origin);
            if (preflight) {
                res.setHeader("Access-Control-Allow-Methods", METHODS);
                res.setHeader("Access-Control-Allow-Headers", HEADERS);
                res.setHeader("Access-Control-Max-Age", "600");
                res.setStatus(HttpServletResponse.SC_NO_CONTENT);
                return;
            }
        } else if (preflight) {
            res.sendError(HttpServletResponse.SC_FORBIDDEN, "origin not allowed");
            return;
        }
        chain.doFilter(req, res);
    }
}
