package org.papergraph.explore;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/** {@code /sparql}: the query page (YASGUI over {@code /kg/sparql}). */
final class SparqlServlet extends PageServlet {

    private final String page;

    SparqlServlet(ExplorerSite site) {
        super(site);
        this.page = SparqlPage.render(site.examples, site.store.iris());
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        sendHtml(resp, HttpServletResponse.SC_OK, page);
    }
}
