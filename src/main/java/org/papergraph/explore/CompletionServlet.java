package org.papergraph.explore;

import com.google.gson.Gson;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code /api/complete?q=shamp&limit=10}: the autocomplete's answers as JSON, each with the label that matched,
 * whether it is an alternative label, and the matched part of it (char offsets) for highlighting.
 */
final class CompletionServlet extends PageServlet {

    static final int DEFAULT_LIMIT = 10;
    static final int MAX_LIMIT = 50;
    private static final Gson GSON = new Gson();

    /** One answer, as the browser reads it. */
    record Answer(String label, String type, long papers, String href, String iri, String matched, boolean alt,
                  int[] highlight) {}

    CompletionServlet(ExplorerSite site) {
        super(site);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String q = SearchServlet.query(req);
        int limit = DEFAULT_LIMIT;
        try {
            String l = req.getParameter("limit");
            if (l != null) limit = Math.max(1, Math.min(MAX_LIMIT, Integer.parseInt(l.strip())));
        } catch (NumberFormatException ignored) {
            // keep the default: a bad limit is no reason to fail a keystroke
        }
        int max = limit;
        CorpusIndex index = site.index.get();
        List<LabelIndex.Completion> found = q.isBlank() ? List.of()
                : site.store.read(dsg -> EntitySearch.search(dsg, index, q, max));
        List<Answer> answers = new ArrayList<>();
        for (LabelIndex.Completion c : found) {
            EntitySummary e = c.entity();
            answers.add(new Answer(e.label(), e.typeName(), e.papers(), site.paths.href(e.iri()), e.iri().getURI(),
                    c.matchedLabel(), c.altLabel(), LabelIndex.matchSpan(c.matchedLabel(), q)));
        }
        resp.setHeader("Cache-Control", "no-store");
        send(resp, HttpServletResponse.SC_OK, "application/json;charset=utf-8",
                GSON.toJson(Map.of("query", q, "results", answers)));
    }
}
