package org.papergraph.export;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.papergraph.Version;
import org.papergraph.graph.Literals;
import org.papergraph.graph.PG;
import org.papergraph.graph.Prefixes;
import org.papergraph.graph.ResourceIris;
import org.papergraph.graph.Slugs;
import org.papergraph.store.ReferenceGraphs;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * The VoID and DCAT description of an export, in the graph {@code {base}graph/void}: the number of statements,
 * entities per class ({@code void:classPartition}), triples per property ({@code void:propertyPartition}), the
 * licence, when the export was made and by which papergraph version. The description belongs to the export, not
 * to the store (whose content stays the same from run to run); its time is the only thing that changes between
 * two exports of one store, and it can be fixed ({@code SOURCE_DATE_EPOCH}, or {@code --created}).
 */
public final class DatasetDescription {

    public static final String PAV = "http://purl.org/pav/";
    /** The software that made the export: one IRI per papergraph version. */
    public static final String SOFTWARE = "https://w3id.org/papergraph/software/";

    private static final Node VOID_DATASET = v("Dataset");
    private static final Node DCAT_DATASET = NodeFactory.createURI(PG.DCAT + "Dataset");
    private static final Node DCAT_DISTRIBUTION = NodeFactory.createURI(PG.DCAT + "Distribution");

    private DatasetDescription() {}

    /** The graph the description is exported in. */
    public static Node graphName(ResourceIris iris) {
        return iris.graph("void");
    }

    /** Builds the description; {@code void:triples} counts distinct triples (the union of the exported graphs). */
    public static Graph build(ResourceIris iris, DatasetTally tally, ExportFormat format,
                              GraphSelection selection, String license, Instant created) {
        Graph g = GraphFactory.createDefaultGraph();
        Node ds = ReferenceGraphs.datasetNode(iris);
        add(g, ds, PG.rdfType, VOID_DATASET);
        add(g, ds, PG.rdfType, DCAT_DATASET);
        add(g, ds, dcterms("title"), Literals.english("papergraph knowledge graph (" + selection.name().toLowerCase() + ")"));
        add(g, ds, dcterms("description"), Literals.english("Machine-learning papers, the entities their notes name, "
                + "the roles and relations between them and the evidence for each link, extracted by papergraph."));
        if (license != null && !license.isBlank()) add(g, ds, dcterms("license"), NodeFactory.createURI(license));
        add(g, ds, dcterms("created"), NodeFactory.createLiteralDT(created.truncatedTo(ChronoUnit.SECONDS).toString(), XSDDatatype.XSDdateTime));
        Node software = NodeFactory.createURI(SOFTWARE + Version.get());
        add(g, ds, NodeFactory.createURI(PAV + "createdWith"), software);
        add(g, software, PG.rdfType, NodeFactory.createURI(PG.PROV + "SoftwareAgent"));
        add(g, software, PG.rdfsLabel, Literals.string("papergraph " + Version.get()));
        add(g, software, NodeFactory.createURI(PG.OWL + "versionInfo"), Literals.string(Version.get()));
        add(g, ds, v("uriSpace"), Literals.string(iris.base()));
        add(g, ds, v("vocabulary"), NodeFactory.createURI(PG.ONTOLOGY_IRI));
        add(g, ds, v("triples"), Literals.integer(tally.distinctTriples()));
        add(g, ds, v("classes"), Literals.integer(tally.entitiesByClass().size()));
        add(g, ds, v("properties"), Literals.integer(tally.triplesByProperty().size()));
        Node distribution = NodeFactory.createURI(ds.getURI() + "/distribution/" + format.extension);
        add(g, ds, NodeFactory.createURI(PG.DCAT + "distribution"), distribution);
        add(g, distribution, PG.rdfType, DCAT_DISTRIBUTION);
        add(g, distribution, NodeFactory.createURI(PG.DCAT + "mediaType"), Literals.string(format.mediaType));
        for (Map.Entry<String, Long> e : tally.entitiesByClass().entrySet()) {
            Node part = NodeFactory.createURI(ds.getURI() + "/class/" + partName(e.getKey()));
            add(g, ds, v("classPartition"), part);
            add(g, part, v("class"), NodeFactory.createURI(e.getKey()));
            add(g, part, v("entities"), Literals.integer(e.getValue()));
        }
        for (Map.Entry<String, Long> e : tally.triplesByProperty().entrySet()) {
            Node part = NodeFactory.createURI(ds.getURI() + "/property/" + partName(e.getKey()));
            add(g, ds, v("propertyPartition"), part);
            add(g, part, v("property"), NodeFactory.createURI(e.getKey()));
            add(g, part, v("triples"), Literals.integer(e.getValue()));
        }
        return g;
    }

    /** A readable, stable name for a partition: {@code skos-prefLabel} when a known prefix fits, else a hash. */
    static String partName(String iri) {
        for (Map.Entry<String, String> p : Prefixes.standard().entrySet()) {
            String local = iri.startsWith(p.getValue()) ? iri.substring(p.getValue().length()) : null;
            if (local != null && local.matches("[A-Za-z][A-Za-z0-9_-]*")) return p.getKey() + "-" + local;
        }
        return "iri-" + Slugs.hash(iri, 16);
    }

    private static Node v(String local) {
        return NodeFactory.createURI(PG.VOID + local);
    }

    private static Node dcterms(String local) {
        return NodeFactory.createURI(PG.DCTERMS + local);
    }

    private static void add(Graph g, Node s, Node p, Node o) {
        g.add(Triple.create(s, p, o));
    }
}
