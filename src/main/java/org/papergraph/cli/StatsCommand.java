package org.papergraph.cli;

import org.papergraph.store.StoreStatistics;
import org.papergraph.store.TdbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.concurrent.Callable;

/** {@code papergraph stats}: what the store holds. */
@Command(name = "stats", mixinStandardHelpOptions = true, description = "Prints what the store holds: papers, notes, entities per type, links per role.")
final class StatsCommand implements Callable<Integer> {

    @Mixin
    StoreOptions storeOptions;

    @Override
    public Integer call() {
        try (TdbStore store = storeOptions.openExisting()) {
            System.out.print(StoreStatistics.of(store).render());
        }
        return Main.EXIT_OK;
    }
}
