package org.papergraph.graph;

import java.util.LinkedHashMap;
import java.util.Map;

/** The prefixes papergraph writes RDF and queries with. */
public final class Prefixes {

    private Prefixes() {}

    public static Map<String, String> standard() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("pg", PG.NS);
        m.put("rdf", PG.RDF);
        m.put("rdfs", PG.RDFS);
        m.put("xsd", PG.XSD);
        m.put("owl", PG.OWL);
        m.put("skos", PG.SKOS);
        m.put("dcterms", PG.DCTERMS);
        m.put("schema", PG.SCHEMA);
        m.put("prov", PG.PROV);
        m.put("nif", PG.NIF);
        m.put("itsrdf", PG.ITSRDF);
        m.put("void", PG.VOID);
        m.put("dcat", PG.DCAT);
        return m;
    }

    /** The standard prefixes plus the store's resource namespaces (entity, paper). */
    public static Map<String, String> forStore(ResourceIris iris) {
        Map<String, String> m = standard();
        m.put("pge", iris.entityNamespace());
        m.put("pgp", iris.base() + "paper/");
        return m;
    }
}
