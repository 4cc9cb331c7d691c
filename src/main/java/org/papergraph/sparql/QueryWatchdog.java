package org.papergraph.sparql;

import org.apache.jena.sparql.exec.QueryExec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The second mechanism behind ARQ's query timeout (Jena issues #3044 and #3535 report queries that outlive it).
 * Every query is registered with its deadline (the server's timeout). A scheduled task looks at the running queries
 * every few hundred milliseconds and escalates:
 * <ol>
 * <li>past deadline + grace: aborts the query's execution again ({@link QueryExec#abort()}), which ends any query
 *     whose timer was lost: ARQ's iterators and, for property paths, the store's
 *     {@link org.papergraph.store.CancellablePathExecutor} look at the signal it sets;</li>
 * <li>past deadline + 2 × grace, still running: the query does work that looks at no signal. The watchdog logs it
 *     once as a runaway and counts it ({@link #runaways()}); the client's concurrency slot stays taken until it ends,
 *     so one client holds at most its quota of cores.</li>
 * </ol>
 * It never stops a thread. {@code Thread.stop} was tried here and withdrawn: its {@code ThreadDeath} lands wherever
 * the thread happens to be, and one landed inside Caffeine's cache maintenance (TDB2's node cache, shared by all
 * readers), which caught and logged it; the query ran on and its read transaction stayed open.
 */
public final class QueryWatchdog implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(QueryWatchdog.class);
    private static final long TICK_MILLIS = 200;

    private final Duration deadline;
    private final Duration grace;
    private final Map<Long, Ticket> running = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();
    private final AtomicLong aborted = new AtomicLong();
    private final AtomicLong runaways = new AtomicLong();
    private final ScheduledExecutorService clock;
    /**
     * Runs the aborts. {@link QueryExec#abort()} sets the cancel signal and then waits for a lock the query's own
     * thread holds while it plans (constant expressions are evaluated then), so an abort can block for as long as
     * the query runs; on the clock's thread it would stop the watch over every other query.
     */
    private final ExecutorService aborter;

    /**
     * @param deadline the server's query timeout
     * @param grace    time past the deadline before each escalation step
     */
    public QueryWatchdog(Duration deadline, Duration grace) {
        this.deadline = deadline;
        this.grace = grace;
        this.clock = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "papergraph-query-watchdog");
            t.setDaemon(true);
            return t;
        });
        this.aborter = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "papergraph-query-abort");
            t.setDaemon(true);
            return t;
        });
        clock.scheduleWithFixedDelay(this::inspect, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** One running query. */
    public final class Ticket implements AutoCloseable {
        private final long id = ids.incrementAndGet();
        private final String threadName = Thread.currentThread().getName();
        private final long startNanos = System.nanoTime();
        private final String description;
        private volatile QueryExec exec;
        private boolean done;          // guarded by this
        private int escalation;        // 0 none, 1 aborted, 2 reported as a runaway

        private Ticket(String description) {
            this.description = description;
        }

        /** The execution to abort once the query is past its deadline. */
        public void attach(QueryExec e) {
            this.exec = e;
        }

        /** The query left its request: the watchdog forgets it. */
        @Override
        public void close() {
            synchronized (this) {
                done = true;
            }
            running.remove(id);
        }

        private long overdueMillis() {
            return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos) - deadline.toMillis();
        }
    }

    /** Registers the query the current thread is about to run. */
    public Ticket register(String description) {
        Ticket t = new Ticket(description);
        running.put(t.id, t);
        return t;
    }

    /** Queries aborted again past their deadline. */
    public long aborted() {
        return aborted.get();
    }

    /** Queries still running a grace period after their second abort. */
    public long runaways() {
        return runaways.get();
    }

    /** Queries running now. */
    public int running() {
        return running.size();
    }

    private void inspect() {
        try {
            for (Ticket t : running.values()) escalate(t);
        } catch (RuntimeException e) {
            LOG.warn("watchdog: {}", e.toString());   // never let the clock die
        }
    }

    private void escalate(Ticket t) {
        long overdue = t.overdueMillis();
        if (overdue < grace.toMillis()) return;
        synchronized (t) {
            if (t.done) return;
            if (t.escalation == 0) {
                t.escalation = 1;
                aborted.incrementAndGet();
                QueryExec e = t.exec;
                LOG.warn("watchdog: query {} {} ms past its {} ms limit: aborting it: {}", t.id, overdue, deadline.toMillis(), t.description);
                if (e != null) aborter.execute(e::abort);
            } else if (t.escalation == 1 && overdue >= 2 * grace.toMillis()) {
                t.escalation = 2;
                runaways.incrementAndGet();
                LOG.error("watchdog: query {} ignores cancellation, {} ms past its {} ms limit; it runs on in {}: {}",
                        t.id, overdue, deadline.toMillis(), t.threadName, t.description);
            }
        }
    }

    @Override
    public void close() {
        clock.shutdownNow();
        aborter.shutdownNow();
    }
}
