package org.papergraph.explore;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.papergraph.store.TdbStore;

/**
 * The {@link CorpusIndex} of a store, kept current: each request asks for it, and when a write transaction has
 * committed since the index was read (the TDB2 data version a read transaction sees moved on) the index is read
 * again. Serving usually follows the ingest, so this costs one read at start-up; a store written while serving
 * is still shown as it is.
 */
public final class LiveCorpusIndex {

    private final TdbStore store;
    private volatile CorpusIndex current;

    public LiveCorpusIndex(TdbStore store) {
        this.store = store;
    }

    /** The index, read now if the store changed since it was last read. */
    public CorpusIndex get() {
        CorpusIndex idx = current;
        if (idx != null && idx.dataVersion() == store.read(LiveCorpusIndex::dataVersion)) return idx;
        synchronized (this) {
            // the version and the index come from one read transaction, so they always agree
            CorpusIndex fresh = store.read(dsg -> {
                long version = dataVersion(dsg);
                return current != null && current.dataVersion() == version ? current
                        : CorpusIndex.build(dsg, store.iris(), version);
            });
            current = fresh;
            return fresh;
        }
    }

    /**
     * The data version the calling read transaction sees (TDB2 counts committed writes), or -1 for a dataset
     * that is not TDB2, whose index is then read once. TDBInternal is Jena's way to reach the transaction.
     */
    static long dataVersion(DatasetGraph dsg) {
        try {
            return TDBInternal.getDatasetGraphTDB(dsg).getTxnSystem().getThreadTransaction().getDataVersion();
        } catch (RuntimeException notTdb2) {
            return -1;
        }
    }
}
