package org.papergraph.explore;

import org.apache.jena.fuseki.main.FusekiServer;
import org.papergraph.store.TdbStore;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The browser side of {@code papergraph serve}, on the endpoint's port:
 * <pre>
 *   /                    search with autocomplete, most-mentioned entities, counts
 *   /search?q=           search results (the form's answer without scripts)
 *   /api/complete?q=     autocomplete answers (JSON)
 *   /resource/{path}     the resource {base}{path}: HTML page, or its RDF by Accept header
 *   /sparql              YASGUI over /kg/sparql with the named queries as examples
 *   /static/, /webjars/  the pages' CSS and scripts, from the class path
 * </pre>
 * Resources are also answered at the base's own path when it has one other than {@code /resource/} (so
 * {@code --base http://127.0.0.1:3030/ld/} dereferences too). Every servlet only reads the store.
 */
public final class Explorer {

    /** Paths the server itself uses; a base whose path starts with one of these is served at /resource/ only. */
    private static final Set<String> RESERVED = Set.of("/kg", "/static", "/webjars", "/api", "/search", "/sparql", "/$");

    private Explorer() {}

    public static void install(FusekiServer.Builder server, TdbStore store) {
        ExplorerSite site = new ExplorerSite(store);
        // "" is the servlet mapping of the context root alone; Fuseki keeps "/" for its own 404 servlet
        server.addServlet("", new LandingServlet(site));
        server.addServlet("/search", new SearchServlet(site));
        server.addServlet("/api/complete", new CompletionServlet(site));
        server.addServlet("/sparql", new SparqlServlet(site));
        server.addServlet("/static/*", new AssetServlet(AssetServlet.Source.OWN));
        server.addServlet("/webjars/*", new AssetServlet(AssetServlet.Source.WEBJARS));
        ResourceServlet resources = new ResourceServlet(site);
        for (String mapping : resourceMappings(store.iris().base())) server.addServlet(mapping, resources);
    }

    /** {@code /resource/*}, and the base's own path when it is another one the server can answer at. */
    static Set<String> resourceMappings(String base) {
        Set<String> out = new LinkedHashSet<>();
        out.add(ResourcePaths.PREFIX + "*");
        String path;
        try {
            path = URI.create(base).getRawPath();
        } catch (IllegalArgumentException e) {
            return out;
        }
        if (path == null || path.length() < 2 || !path.endsWith("/")) return out;
        for (String reserved : RESERVED) if (path.startsWith(reserved + "/") || path.equals(reserved)) return out;
        out.add(path + "*");
        return out;
    }
}
