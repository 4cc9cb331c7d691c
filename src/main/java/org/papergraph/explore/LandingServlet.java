package org.papergraph.explore;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/** {@code /}: the landing page. */
final class LandingServlet extends PageServlet {

    LandingServlet(ExplorerSite site) {
        super(site);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        // mapped to the context root (""); Fuseki keeps "/" for its own 404 servlet
        if (!"/".equals(req.getRequestURI()) && !req.getRequestURI().isEmpty()) {
            notFound(resp, "Nothing is served at this address.");
            return;
        }
        sendHtml(resp, HttpServletResponse.SC_OK, LandingPage.render(site.index.get(), site.paths));
    }
}
