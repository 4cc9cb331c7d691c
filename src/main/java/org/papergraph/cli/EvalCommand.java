package org.papergraph.cli;

import org.papergraph.eval.GoldStandard;
import org.papergraph.eval.Scorer;
import org.papergraph.store.TdbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code papergraph eval}: score the store against a gold annotation file. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Scores the store's extraction against a gold file (format of shared/eval/README.md), with the figures "
                + "and normalisation of shared/eval/score.py: entity precision and recall, type accuracy, role and relation figures."})
final class EvalCommand implements Callable<Integer> {

    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--gold", required = true, paramLabel = "FILE", description = "Gold annotation JSON.")
    Path gold;

    @Option(names = "--errors", description = "Also print, per paper, the gold entities missed, the extracted ones not in the gold and the relations missed; then relation recall by predicate, with how many of each had both ends found.")
    boolean errors;

    @Override
    public Integer call() {
        GoldStandard standard = GoldStandard.read(gold);
        try (TdbStore store = storeOptions.openExisting()) {
            System.out.print(new Scorer(store).score(standard).render(errors));
        }
        return Main.EXIT_OK;
    }
}
