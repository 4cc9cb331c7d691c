package org.papergraph.cli;

import org.papergraph.graph.PG;
import org.papergraph.graph.ResourceIris;
import org.papergraph.store.TdbStore;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** Options every command that reads or writes a store shares. */
final class StoreOptions {

    @Option(names = "--store", paramLabel = "DIR", description = "TDB2 store directory (default: ${DEFAULT-VALUE}).",
            defaultValue = "papergraph-data")
    Path store;

    @Option(names = "--base", paramLabel = "IRI", description = "Base of resource IRIs (default: ${DEFAULT-VALUE}).",
            defaultValue = PG.DEFAULT_BASE)
    String base;

    ResourceIris iris() {
        return new ResourceIris(base);
    }

    TdbStore open() {
        return TdbStore.open(store, iris());
    }

    TdbStore openExisting() {
        return TdbStore.openExisting(store, iris());
    }
}
