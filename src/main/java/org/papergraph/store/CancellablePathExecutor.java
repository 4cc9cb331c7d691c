package org.papergraph.store;

import org.apache.jena.sparql.algebra.op.OpPath;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.iterator.QueryIterPath;
import org.apache.jena.sparql.engine.main.OpExecutorFactory;
import org.apache.jena.sparql.engine.main.QC;
import org.apache.jena.tdb2.solver.OpExecutorTDB2;
import org.apache.jena.tdb2.sys.TDBInternal;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * TDB2's operator executor, with property paths that stop when their query is cancelled.
 *
 * <p>ARQ cancels a query (timeout or {@code abort()}) by a signal its iterators look at between rows. Jena 5.6
 * evaluates a property path eagerly, inside one call, and never looks at it: a path such as
 * {@code <x> ((<p>|!<p>|^<p>|^!<p>)* / (<p>|!<p>|^<p>|^!<p>))* ?o} runs for minutes on the 26-paper sample with a
 * one-second timeout (the case of Jena issues #3044 and #3535). This executor evaluates paths over a
 * {@link CancelCheckingGraph}, so every step of the path looks at the signal and the query ends within one graph
 * access of being cancelled. Everything else is TDB2's own execution, unchanged.
 *
 * <p>TDB2 names its executor in the context of each storage it builds, and that context has the last word over the
 * query's own, so {@link #install} puts this one there, for every query on the store (endpoint, command line,
 * benchmarks alike). A compaction builds new storage: install again after it.
 */
public final class CancellablePathExecutor extends OpExecutorTDB2 {

    public static final OpExecutorFactory FACTORY = CancellablePathExecutor::new;

    private CancellablePathExecutor(ExecutionContext execCxt) {
        super(execCxt);
    }

    /** Makes every query on this TDB2 dataset evaluate its property paths with this executor. */
    public static void install(DatasetGraph tdb2Dataset) {
        QC.setFactory(TDBInternal.getDatasetGraphTDB(tdb2Dataset).getContext(), FACTORY);
    }

    /** Says whether {@link #install} is in effect for the dataset's current storage. */
    public static boolean isInstalled(DatasetGraph tdb2Dataset) {
        return QC.getFactory(TDBInternal.getDatasetGraphTDB(tdb2Dataset).getContext()) == FACTORY;
    }

    @Override
    protected QueryIterator execute(OpPath opPath, QueryIterator input) {
        AtomicBoolean cancelSignal = execCxt.getCancelSignal();
        if (cancelSignal == null) return super.execute(opPath, input);   // a query that cannot be cancelled anyway
        ExecutionContext checked = new ExecutionContext(execCxt, new CancelCheckingGraph(execCxt.getActiveGraph(), cancelSignal));
        return new QueryIterPath(opPath.getTriplePath(), input, checked);
    }
}
