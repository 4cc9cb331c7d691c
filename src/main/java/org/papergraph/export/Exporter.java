package org.papergraph.export;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.papergraph.graph.Prefixes;
import org.papergraph.store.TdbStore;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.zip.GZIPOutputStream;

/**
 * Writes a store's graphs in a standard RDF syntax with Jena's writers. Quad syntaxes keep the named graphs;
 * triple syntaxes get the union of the selected graphs. N-Triples and N-Quads stream straight from the store.
 */
public final class Exporter {

    private final TdbStore store;

    public Exporter(TdbStore store) {
        this.store = store;
    }

    /** Writes to a file; a name ending in {@code .gz} is gzip-compressed. Returns the number of statements written. */
    public long export(ExportFormat format, GraphSelection selection, Path file) {
        try {
            if (file.getParent() != null) Files.createDirectories(file.getParent());
            try (OutputStream raw = Files.newOutputStream(file);
                 OutputStream out = file.toString().endsWith(".gz") ? new GZIPOutputStream(raw, 1 << 16) : new BufferedOutputStream(raw, 1 << 16)) {
                return export(format, selection, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    public long export(ExportFormat format, GraphSelection selection, OutputStream out) {
        return store.read(dsg -> {
            Predicate<Node> wanted = selection.filter(store.iris());
            List<Node> graphs = new ArrayList<>();
            dsg.listGraphNodes().forEachRemaining(g -> { if (wanted.test(g)) graphs.add(g); });
            graphs.sort(Comparator.comparing(Node::getURI));
            long n = switch (format) {
                case NT, NQ -> stream(dsg, graphs, format, out);
                default -> whole(dsg, graphs, format, out);
            };
            try {
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return n;
        });
    }

    private long stream(DatasetGraph dsg, List<Node> graphs, ExportFormat format, OutputStream out) {
        StreamRDF sink = StreamRDFWriter.getWriterStream(out, format.rdfFormat);
        sink.start();
        long n = 0;
        if (format.quads) {
            for (Node g : graphs) {
                var it = dsg.find(g, Node.ANY, Node.ANY, Node.ANY);
                while (it.hasNext()) {
                    sink.quad(it.next());
                    n++;
                }
            }
        } else {
            // the union: a triple in several graphs is written once
            var seen = GraphFactory.createDefaultGraph();
            for (Node g : graphs) {
                var it = dsg.find(g, Node.ANY, Node.ANY, Node.ANY);
                while (it.hasNext()) {
                    Triple t = it.next().asTriple();
                    if (seen.contains(t)) continue;
                    seen.add(t);
                    sink.triple(t);
                    n++;
                }
            }
        }
        sink.finish();
        return n;
    }

    private long whole(DatasetGraph dsg, List<Node> graphs, ExportFormat format, OutputStream out) {
        if (format.quads) {
            DatasetGraph copy = DatasetGraphFactory.createGeneral();
            for (Node g : graphs) dsg.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(copy::add);
            copy.prefixes().putAll(Prefixes.forStore(store.iris()));
            RDFDataMgr.write(out, copy, format.rdfFormat);
            return copy.stream().count();
        }
        var union = GraphFactory.createDefaultGraph();
        for (Node g : graphs) dsg.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> union.add(q.asTriple()));
        union.getPrefixMapping().setNsPrefixes(Prefixes.forStore(store.iris()));
        RDFDataMgr.write(out, union, format.rdfFormat);
        return union.size();
    }
}
