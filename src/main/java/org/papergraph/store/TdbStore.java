package org.papergraph.store;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.papergraph.graph.PG;
import org.papergraph.graph.ResourceIris;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * papergraph's knowledge store: Apache Jena TDB2 on disk, one named graph per paper, the entities, vocabulary,
 * ontology and statistics in graphs of their own, and a default graph that is the union of them all (so queries
 * need no GRAPH clause). Every change happens in a TDB2 write transaction: a killed run leaves the store as it
 * was after the last committed batch. Readers run in read transactions and never see a half-written paper.
 */
public final class TdbStore implements AutoCloseable {

    /** The store of the command line when none is given. */
    public static final Path DEFAULT_LOCATION = Path.of("papergraph-data");

    private final Path location;
    private final DatasetGraph dsg;
    private final ResourceIris iris;

    private TdbStore(Path location, DatasetGraph dsg, ResourceIris iris) {
        this.location = location;
        this.dsg = dsg;
        this.iris = iris;
    }

    /**
     * Opens (creating if needed) a store. A store remembers the resource base it was created with; opening it
     * with another base is refused, since its IRIs would no longer merge.
     */
    public static TdbStore open(Path location, ResourceIris iris) {
        try {
            Files.createDirectories(location);
        } catch (java.io.IOException e) {
            throw new StoreException("cannot create store directory " + location + ": " + e.getMessage(), e);
        }
        DatasetGraph dsg;
        synchronized (OPEN) {
            dsg = DatabaseMgr.connectDatasetGraph(location.toString());
            OPEN.merge(key(location), 1, Integer::sum);
        }
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        CancellablePathExecutor.install(dsg);
        TdbStore store = new TdbStore(location, dsg, iris);
        store.checkBase();
        store.upgradeStatistics();
        return store;
    }

    /** Opens an existing store for reading; refuses a directory that holds no papergraph store. */
    public static TdbStore openExisting(Path location, ResourceIris iris) {
        if (!Files.isDirectory(location)) {
            throw new StoreException("no store at " + location + " (run `papergraph ingest --store " + location + " FILE` first)");
        }
        return open(location, iris);
    }

    private void checkBase() {
        String stored = read(d -> {
            var it = d.find(Node.ANY, Node.ANY, ReferenceGraphs.RESOURCE_BASE, Node.ANY);
            return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : null;
        });
        if (stored != null && !stored.equals(iris.base())) {
            throw new StoreException("the store at " + location + " was built with --base " + stored
                    + "; it cannot be written or served with --base " + iris.base());
        }
    }

    /**
     * A store written before the precomputed aggregates existed gets them once, so the named queries that read
     * them answer correctly whatever command opened it (a cheap check otherwise).
     */
    private void upgradeStatistics() {
        synchronized (OPEN) {
            if (DEFERRED.contains(key(location))) return;   // not current on purpose: a writer here holds the pairs
        }
        if (!read(d -> StatisticsRebuild.isCurrent(d, iris))) write(d -> StatisticsRebuild.ensureCurrent(d, iris));
    }

    /**
     * Says whether a writer of this JVM holds co-occurrence counts it has not written yet (and has marked the
     * statistics graph not current meanwhile). Another open of the same location in this JVM must not rebuild the
     * statistics under that writer; a store left so by a killed process is rebuilt by the next open.
     */
    void statisticsDeferred(boolean deferred) {
        synchronized (OPEN) {
            if (deferred) DEFERRED.add(key(location));
            else DEFERRED.remove(key(location));
        }
    }

    public Path location() {
        return location;
    }

    public ResourceIris iris() {
        return iris;
    }

    /** The TDB2 dataset; use it inside {@link #read} or {@link #write}. */
    public DatasetGraph dataset() {
        return dsg;
    }

    public <T> T read(Function<DatasetGraph, T> action) {
        return Txn.calculateRead(dsg, () -> action.apply(dsg));
    }

    public void write(Consumer<DatasetGraph> action) {
        Txn.executeWrite(dsg, () -> action.accept(dsg));
    }

    public boolean inTransaction() {
        return dsg.isInTransaction();
    }

    /** Number of paper graphs. */
    public long paperCount() {
        return read(d -> {
            long n = 0;
            var it = d.find(Node.ANY, Node.ANY, PG.rdfType, PG.Paper);
            while (it.hasNext()) {
                if (iris.isPaperGraph(it.next().getGraph())) n++;
            }
            return n;
        });
    }

    /** Compacts the store's files (TDB2 keeps old versions of its indexes until compacted). */
    public void compact() {
        DatabaseMgr.compact(dsg, true);
        CancellablePathExecutor.install(dsg);   // the compacted storage comes with TDB2's own executor
    }

    @Override
    public void close() {
        if (closed) return;
        closed = true;
        if (dsg.isInTransaction()) dsg.abort();
        synchronized (OPEN) {
            // TDB2 shares one dataset per location within a JVM: the last store open on it releases it. close() alone
            // leaves TDB2's connection cached and its lock file held by this JVM until it exits, so no other process
            // could open the store while this JVM lives on (a test, a server that swaps stores); expelling the
            // connection releases both.
            int left = OPEN.merge(key(location), -1, Integer::sum);
            if (left <= 0) {
                OPEN.remove(key(location));
                DEFERRED.remove(key(location));   // no writer is left to hold pairs: the next open repairs
                dsg.close();
                TDBInternal.expel(dsg);
            }
        }
    }

    /** Stores open in this JVM, by location: TDB2 hands every one of them the same dataset. */
    private static final java.util.Map<String, Integer> OPEN = new java.util.HashMap<>();

    /** Locations whose writer in this JVM has co-occurrence counts pending (guarded by OPEN). */
    private static final java.util.Set<String> DEFERRED = new java.util.HashSet<>();

    private boolean closed;

    private static String key(Path location) {
        return location.toAbsolutePath().normalize().toString();
    }
}
