package org.papergraph.bench;

import org.papergraph.Bundled;
import org.papergraph.sparql.NamedQuery;

import java.util.ArrayList;
import java.util.List;

/**
 * The plain forms of the named queries that read precomputed aggregates: the same question answered from the
 * paper graphs alone, as a user without the statistics graph (or another triplestore given only the papers) would
 * ask it. Kept under {@code papergraph/bench/plain/}; a test checks each gives the same answers as its named query.
 */
public final class PlainQueries {

    private static final String DIR = "bench/plain";

    private PlainQueries() {}

    public static List<NamedQuery> all() {
        List<NamedQuery> out = new ArrayList<>();
        for (String path : Bundled.list(DIR, ".rq")) {
            String name = path.substring(path.lastIndexOf('/') + 1, path.length() - 3);
            out.add(NamedQuery.parse(name, Bundled.read(path)));
        }
        return out;
    }
}
