package org.papergraph.bench.jmh;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.papergraph.graph.CorpusStatistics;
import org.papergraph.graph.EntityContribution;
import org.papergraph.graph.EntityDirectory;
import org.papergraph.graph.NoteGraphMapper;
import org.papergraph.graph.PaperDerivation;
import org.papergraph.graph.ResourceIris;
import org.papergraph.nlp.Extraction;
import org.papergraph.nlp.Vocabulary;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The in-memory RDF work the writer does per note: resolving entities, mapping the extraction to a note graph,
 * reading contributions back, re-deriving the paper graph, counting the aggregates. Microseconds per note.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MappingBenchmark {

    private final ResourceIris iris = ResourceIris.defaults();
    private Vocabulary vocabulary;
    private EntityDirectory directory;
    private NoteGraphMapper mapper;
    private Extraction extraction;
    private List<Node> entityIris;
    private Graph noteGraph;
    private Node paper;

    @Setup
    public void setUp() {
        vocabulary = Vocabulary.bundled();
        directory = new EntityDirectory(iris, vocabulary);
        mapper = new NoteGraphMapper(iris, NoteGraphMapper.DEFAULT_LINK_THRESHOLD);
        extraction = new SyntheticExtractions(vocabulary).paper(1);
        entityIris = new ArrayList<>();
        for (Extraction.NoteEntity e : extraction.entities()) entityIris.add(directory.resolve(e));
        noteGraph = mapper.map(extraction, entityIris);
        paper = iris.paper(extraction.note().title());
    }

    @Benchmark
    public void resolveEntities(Blackhole bh) {
        for (Extraction.NoteEntity e : extraction.entities()) bh.consume(directory.resolve(e));
    }

    @Benchmark
    public Graph mapNote() {
        return mapper.map(extraction, entityIris);
    }

    @Benchmark
    public List<EntityContribution> readContributions() {
        return EntityContribution.of(noteGraph);
    }

    @Benchmark
    public Graph rederivePaper() {
        Graph g = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        noteGraph.find().forEachRemaining(g::add);
        PaperDerivation.rederive(g, paper);
        return g;
    }

    @Benchmark
    public CorpusStatistics countAggregates() {
        Graph g = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        noteGraph.find().forEachRemaining(g::add);
        PaperDerivation.rederive(g, paper);
        CorpusStatistics s = new CorpusStatistics(iris);
        s.add(g, paper);
        return s;
    }
}
