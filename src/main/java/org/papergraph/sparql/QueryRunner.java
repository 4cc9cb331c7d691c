package org.papergraph.sparql;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.papergraph.graph.Prefixes;
import org.papergraph.store.TdbStore;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Runs one SPARQL query against a store in a read transaction, with a time limit, and writes the results in a
 * W3C format: SPARQL 1.1 Query Results JSON, XML, CSV or TSV, or a text table; graphs (CONSTRUCT, DESCRIBE) as
 * Turtle, JSON-LD or N-Triples.
 */
public final class QueryRunner {

    /** Output formats of {@code papergraph query --format}. */
    public enum Format { TEXT, JSON, XML, CSV, TSV }

    private final TdbStore store;
    private final long timeoutMillis;

    public QueryRunner(TdbStore store, long timeoutMillis) {
        this.store = store;
        this.timeoutMillis = timeoutMillis;
    }

    public static Format format(String name) {
        try {
            return Format.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown format '" + name + "' (text, json, xml, csv or tsv)");
        }
    }

    /** Runs the query and writes its results; returns the number of rows (or triples; 1/0 for ASK). */
    public long run(Query query, Format format, OutputStream out) {
        return store.read(dsg -> {
            QueryExec exec = QueryExec.dataset(dsg).query(query).timeout(timeoutMillis, TimeUnit.MILLISECONDS).build();
            try (exec) {
                if (query.isSelectType()) return select(exec.select(), query, format, out);
                if (query.isAskType()) {
                    boolean b = exec.ask();
                    switch (format) {
                        case JSON -> ResultSetMgr.write(out, b, ResultSetLang.RS_JSON);
                        case XML -> ResultSetMgr.write(out, b, ResultSetLang.RS_XML);
                        default -> print(out, Boolean.toString(b));
                    }
                    return b ? 1L : 0L;
                }
                Graph g = query.isConstructType() ? exec.construct() : exec.describe();
                g.getPrefixMapping().setNsPrefixes(Prefixes.standard());
                RDFFormat f = switch (format) {
                    case JSON -> RDFFormat.JSONLD11_PRETTY;
                    case TEXT -> RDFFormat.TURTLE_PRETTY;
                    default -> RDFFormat.NTRIPLES;
                };
                RDFDataMgr.write(out, g, f);
                return (long) g.size();
            } catch (QueryCancelledException e) {
                throw new IllegalStateException("query cancelled after the time limit of " + timeoutMillis + " ms");
            }
        });
    }

    private static long select(RowSet rows, Query query, Format format, OutputStream out) {
        org.apache.jena.query.ResultSetRewindable rs = ResultSet.adapt(rows).rewindable();
        switch (format) {
            case JSON -> ResultSetMgr.write(out, rs, ResultSetLang.RS_JSON);
            case XML -> ResultSetMgr.write(out, rs, ResultSetLang.RS_XML);
            case CSV -> ResultSetMgr.write(out, rs, ResultSetLang.RS_CSV);
            case TSV -> ResultSetMgr.write(out, rs, ResultSetLang.RS_TSV);
            case TEXT -> ResultSetFormatter.out(out, rs, query.getPrefixMapping());
        }
        return rs.size();
    }

    private static void print(OutputStream out, String s) {
        PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
        ps.println(s);
        ps.flush();
    }
}
