package org.papergraph.explore;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.List;

/** {@code /search?q=}: the results page the search form falls back to without scripts. */
final class SearchServlet extends PageServlet {

    static final int MAX_RESULTS = 50;
    static final int MAX_QUERY_CHARS = 200;

    SearchServlet(ExplorerSite site) {
        super(site);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String q = query(req);
        CorpusIndex index = site.index.get();
        List<LabelIndex.Completion> results = q.isBlank() ? List.of()
                : site.store.read(dsg -> EntitySearch.search(dsg, index, q, MAX_RESULTS));
        sendHtml(resp, HttpServletResponse.SC_OK, SearchPage.render(q, results, site.paths));
    }

    static String query(HttpServletRequest req) {
        String q = req.getParameter("q");
        if (q == null) return "";
        q = q.strip();
        return q.length() > MAX_QUERY_CHARS ? q.substring(0, MAX_QUERY_CHARS) : q;
    }
}
