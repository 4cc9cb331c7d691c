package org.papergraph.cli;

import org.apache.jena.graph.Node;
import org.papergraph.export.push.PushListener;

import java.io.PrintStream;

/**
 * The push command's progress bar on standard error: redrawn in place on a terminal, otherwise a line at every
 * tenth of the graphs (so logs stay short). Retries are always reported on a line of their own.
 */
final class PushProgress implements PushListener {

    private static final int WIDTH = 30;

    private final PrintStream err;
    private final boolean terminal;
    private long triples;
    private int lastTenth = -1;

    PushProgress(PrintStream err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    @Override
    public void started(int graphs) {
        err.printf("push: %d graphs to send%n", graphs);
    }

    @Override
    public void graphSent(Node graph, long graphTriples, int done, int total) {
        triples += graphTriples;
        int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * done / total);
        String line = String.format("push: [%s%s] %d/%d graphs, %,d triples", "#".repeat(filled), ".".repeat(WIDTH - filled), done, total, triples);
        if (terminal) {
            err.print("\r" + line + (done == total ? "\n" : ""));
            err.flush();
        } else {
            int tenth = total == 0 ? 10 : done * 10 / total;
            if (tenth != lastTenth) {
                err.println(line);
                lastTenth = tenth;
            }
        }
    }

    @Override
    public void retrying(Node graph, int attempt, String reason, long pauseMillis) {
        if (terminal) err.println();
        err.printf("push: <%s> attempt %d failed: %s; trying again in %.1f s%n", graph.getURI(), attempt, reason, pauseMillis / 1000.0);
    }
}
