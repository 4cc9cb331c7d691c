package org.papergraph.explore;

import org.papergraph.sparql.NamedQueries;
import org.papergraph.store.TdbStore;

import java.util.List;

/** What the explorer's servlets share: the store, where resources live, the corpus index and the readers. */
final class ExplorerSite {

    final TdbStore store;
    final ResourcePaths paths;
    final LiveCorpusIndex index;
    final EntityViews entities;
    final PaperViews papers;
    final ResourceDescriptions descriptions;
    final List<SparqlPage.Example> examples;

    ExplorerSite(TdbStore store) {
        this.store = store;
        this.paths = new ResourcePaths(store.iris());
        this.index = new LiveCorpusIndex(store);
        this.entities = new EntityViews(paths);
        this.papers = new PaperViews(store.iris());
        this.descriptions = new ResourceDescriptions(paths);
        this.examples = SparqlPage.examples(NamedQueries.bundled(), store.iris());
    }
}
