package org.papergraph.sparql;

import org.apache.jena.sparql.exec.QueryExec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The second mechanism behind ARQ's query timeout. ARQ cancels a query by a flag its iterators check between rows;
 * a step that does all its work inside one call never looks at it. In Jena 5.6 a property path such as
 * {@code <x> ((<p>|!<p>|^<p>|^!<p>)* / (<p>|!<p>|^<p>|^!<p>))* ?o} is evaluated eagerly inside one call and runs on
 * for minutes with a one-second timeout (the case of Jena issues #3044 and #3535; TestEndpointLimitsIT shows it).
 *
 * <p>Every query is registered with its deadline (the server's timeout). A scheduled task looks at the running
 * queries every few hundred milliseconds and escalates:
 * <ol>
 * <li>past deadline + grace: aborts the query's execution again ({@link QueryExec#abort()}), which stops any query
 *     whose timer was lost but whose iterators still check the flag;</li>
 * <li>past deadline + 2 × grace, the query still in its thread: stops the thread ({@link Thread#stop()}). This is
 *     the only thing that ends a computation that never checks a flag (an interrupt is not looked at either, and
 *     would close TDB2's file channels if it were). It is safe here because the thread holds only a TDB2 <em>read</em>
 *     transaction: readers change nothing on disk, the {@code ThreadDeath} unwinds through Fuseki's finally blocks,
 *     which end the transaction, and the request fails with an error. On Java 20 and later the JVM no longer stops
 *     threads; the watchdog then logs the runaway and counts it, and the client's concurrency slot stays taken
 *     until the query ends, so one client can hold at most its quota of cores.</li>
 * </ol>
 * A query is deregistered (under the same lock the watchdog stops it with) before its thread leaves the request,
 * so a thread is never stopped while serving another request.
 */
public final class QueryWatchdog implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(QueryWatchdog.class);
    private static final long TICK_MILLIS = 200;

    private final Duration deadline;
    private final Duration grace;
    private final Map<Long, Ticket> running = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();
    private final AtomicLong aborted = new AtomicLong();
    private final AtomicLong stopped = new AtomicLong();
    private final AtomicLong unstoppable = new AtomicLong();
    private final ScheduledExecutorService clock;

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
        clock.scheduleWithFixedDelay(this::inspect, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** One running query. */
    public final class Ticket implements AutoCloseable {
        private final long id = ids.incrementAndGet();
        private final Thread thread = Thread.currentThread();
        private final long startNanos = System.nanoTime();
        private final String description;
        private volatile QueryExec exec;
        private boolean done;          // guarded by this
        private int escalation;        // 0 none, 1 aborted, 2 stopped (or found unstoppable)

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

    /** Query threads stopped because they ran on after the abort. */
    public long stopped() {
        return stopped.get();
    }

    /** Runaway queries this JVM could not stop (Java 20 and later). */
    public long unstoppable() {
        return unstoppable.get();
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
                if (e != null) e.abort();
            } else if (t.escalation == 1 && overdue >= 2 * grace.toMillis()) {
                t.escalation = 2;
                stop(t, overdue);
            }
        }
    }

    @SuppressWarnings({"removal", "deprecation"})
    private void stop(Ticket t, long overdue) {
        try {
            t.thread.stop();
            stopped.incrementAndGet();
            LOG.warn("watchdog: query {} ignored its abort, {} ms past its limit: stopped its thread {}", t.id, overdue, t.thread.getName());
        } catch (UnsupportedOperationException e) {
            unstoppable.incrementAndGet();
            LOG.error("watchdog: query {} ignores cancellation and this JVM cannot stop threads; it runs on in {}: {}",
                    t.id, t.thread.getName(), t.description);
        }
    }

    @Override
    public void close() {
        clock.shutdownNow();
    }
}
