package org.papergraph.sparql;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;

import java.util.ArrayList;
import java.util.List;

/**
 * Fuseki's SPARQL query operation with two additions: every query is registered with the {@link QueryWatchdog}
 * while it runs, and results are capped.
 *
 * <p>The cap is never silent. A SELECT that asks for more than {@code maxRows} rows (or sets no LIMIT) runs with
 * LIMIT maxRows + 1; if the extra row arrives, the response carries the first maxRows rows and the headers
 * {@value #TRUNCATED_HEADER}{@code : true}, {@value #ROW_LIMIT_HEADER}{@code : N} and a
 * {@code Link: </limits>; rel="help"} to the page that states the limits. CONSTRUCT and DESCRIBE run with LIMIT
 * maxRows on their solutions and carry {@value #ROW_LIMIT_HEADER} whenever that cap applied (whether it cut
 * anything cannot be told from a graph). A query with a LIMIT within the cap is untouched and carries no header.
 */
final class GuardedQueryService extends SPARQL_QueryDataset {

    static final String ROW_LIMIT_HEADER = "Papergraph-Row-Limit";
    static final String TRUNCATED_HEADER = "Papergraph-Truncated";
    private static final String TICKET = GuardedQueryService.class.getName() + ".ticket";
    private static final String CAPPED = GuardedQueryService.class.getName() + ".capped";
    private static final int LOGGED_QUERY_CHARS = 300;

    private final long maxRows;
    private final QueryWatchdog watchdog;

    GuardedQueryService(EndpointSafety.Settings settings, QueryWatchdog watchdog) {
        this.maxRows = settings.maxRows();
        this.watchdog = watchdog;
    }

    @Override
    protected void execute(String queryString, HttpAction action) {
        String logged = queryString.length() > LOGGED_QUERY_CHARS ? queryString.substring(0, LOGGED_QUERY_CHARS) + "..." : queryString;
        try (QueryWatchdog.Ticket ticket = watchdog.register(logged.replaceAll("\\s+", " "))) {
            action.getRequest().setAttribute(TICKET, ticket);
            super.execute(queryString, action);
        }
    }

    @Override
    protected Pair<DatasetGraph, Query> decideDataset(HttpAction action, Query query, String queryStringLog) {
        Pair<DatasetGraph, Query> decided = super.decideDataset(action, query, queryStringLog);
        Query q = decided.getRight();
        if (!(q.isSelectType() || q.isConstructType() || q.isDescribeType())) return decided;
        if (q.hasLimit() && q.getLimit() <= maxRows) return decided;
        Query capped = q.cloneQuery();
        capped.setLimit(q.isSelectType() ? maxRows + 1 : maxRows);
        action.getRequest().setAttribute(CAPPED, Boolean.TRUE);
        HttpServletResponse response = action.getResponse();
        response.setHeader(ROW_LIMIT_HEADER, Long.toString(maxRows));
        return Pair.create(decided.getLeft(), capped);
    }

    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        QueryExec exec = super.createQueryExec(action, query, dataset);
        Object ticket = action.getRequest().getAttribute(TICKET);
        if (ticket instanceof QueryWatchdog.Ticket t) t.attach(exec);
        return exec;
    }

    @Override
    protected QueryExecResult executeQuery(HttpAction action, QueryExec exec, Query query, String queryStringLog) {
        QueryExecResult result = super.executeQuery(action, exec, query, queryStringLog);
        if (!result.isRowSet() || action.getRequest().getAttribute(CAPPED) == null) return result;
        // at most maxRows + 1 rows, since the query runs with that LIMIT
        RowSet rows = result.rowSet();
        List<Binding> kept = new ArrayList<>();
        while (rows.hasNext() && kept.size() <= maxRows) kept.add(rows.next());
        if (kept.size() > maxRows) {
            kept.remove(kept.size() - 1);
            HttpServletResponse response = action.getResponse();
            response.setHeader(TRUNCATED_HEADER, "true");
            response.setHeader("Link", "<" + action.getRequest().getContextPath() + EndpointSafety.LIMITS_PATH
                    + ">; rel=\"help\"; title=\"results truncated to " + maxRows + " rows\"");
            action.log.info("[{}] results truncated to {} rows", action.id, maxRows);
        }
        return new QueryExecResult(RowSetStream.create(rows.getResultVars(), kept.iterator()));
    }
}
