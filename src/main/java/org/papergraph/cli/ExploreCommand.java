package org.papergraph.cli;

import org.papergraph.explore.CorpusIndex;
import org.papergraph.explore.EntitySearch;
import org.papergraph.explore.EntitySummary;
import org.papergraph.explore.EntityText;
import org.papergraph.explore.EntityView;
import org.papergraph.explore.EntityViews;
import org.papergraph.explore.LabelIndex;
import org.papergraph.explore.ResourcePaths;
import org.papergraph.store.TdbStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** {@code papergraph explore CONCEPT}: the explorer's entity view in the terminal. */
@Command(name = "explore", mixinStandardHelpOptions = true,
        description = {"Prints what the store knows about a concept: type, labels, hierarchy, variants, the papers that "
                + "mention it with their role and evidence sentence, and the entities it co-occurs with.",
                "CONCEPT is any label of the entity (preferred, alternative, acronym, another spelling)."})
final class ExploreCommand implements Callable<Integer> {

    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--page", paramLabel = "N", defaultValue = "1",
            description = "Page of the paper list, " + EntityViews.PAGE_SIZE + " papers a page (default: ${DEFAULT-VALUE}).")
    int page;

    @Parameters(paramLabel = "CONCEPT", arity = "1..*", description = "The concept's name (several words are joined).")
    List<String> words;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        String concept = String.join(" ", words).strip();
        PrintWriter out = spec.commandLine().getOut();
        try (TdbStore store = storeOptions.openExisting()) {
            return store.read(dsg -> {
                CorpusIndex index = CorpusIndex.build(dsg, store.iris(), -1);
                List<EntitySummary> named = EntitySearch.byExactName(dsg, index, concept);
                if (named.isEmpty()) {
                    List<LabelIndex.Completion> near = index.labels().complete(concept, 8);
                    throw new IllegalArgumentException("no entity is named '" + EntityText.safeText(concept) + "'"
                            + (near.isEmpty() ? "" : "; labels containing it: " + near.stream()
                            .map(c -> EntityText.safeText(c.entity().label()) + " (" + c.entity().typeName() + ")")
                            .collect(Collectors.joining(", "))));
                }
                EntityView view = new EntityViews(new ResourcePaths(store.iris())).load(dsg, index, named.get(0).iri(), page - 1);
                out.print(EntityText.render(view));
                if (named.size() > 1) {
                    out.println();
                    out.println("Also named '" + EntityText.safeText(concept) + "': " + named.subList(1, named.size()).stream()
                            .map(e -> EntityText.safeText(e.label()) + " (" + e.typeName() + ", " + e.iri().getURI() + ")")
                            .collect(Collectors.joining("; ")));
                }
                out.flush();
                return Main.EXIT_OK;
            });
        }
    }
}
