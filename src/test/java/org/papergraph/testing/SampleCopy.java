package org.papergraph.testing;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.papergraph.export.ExportFormat;
import org.papergraph.export.Exporter;
import org.papergraph.graph.ResourceIris;
import org.papergraph.store.TdbStore;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;

/**
 * A writable copy of the sample store in a directory of its own, made without CoreNLP: the sample's quads are
 * exported and loaded into a new TDB2 store. For tests that run the command line on a store, or write to one.
 */
public final class SampleCopy {
    private SampleCopy() {}

    /** Creates the copy and closes it, so the command line can open it by path. */
    public static Path create(Path dir) {
        ByteArrayOutputStream nq = new ByteArrayOutputStream();
        Exporter.builder().store(SampleStore.get()).format(ExportFormat.NQ).describe(false).build().export(nq);
        try (TdbStore copy = TdbStore.open(dir, ResourceIris.defaults())) {
            copy.write(dsg -> RDFParser.fromString(nq.toString(java.nio.charset.StandardCharsets.UTF_8), Lang.NQUADS).parse(dsg));
        }
        return dir;
    }
}
