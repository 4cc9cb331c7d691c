package org.papergraph.graph;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** Terms of the papergraph ontology and of the standard vocabularies its graphs use, as Jena nodes. */
public final class PG {

    public static final String NS = "https://w3id.org/papergraph/ontology#";
    public static final String ONTOLOGY_IRI = "https://w3id.org/papergraph/ontology";
    public static final String DEFAULT_BASE = "https://w3id.org/papergraph/resource/";

    public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    public static final String DCTERMS = "http://purl.org/dc/terms/";
    public static final String SCHEMA = "https://schema.org/";
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
    public static final String ITSRDF = "http://www.w3.org/2005/11/its/rdf#";
    public static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";
    public static final String XSD = "http://www.w3.org/2001/XMLSchema#";
    public static final String OWL = "http://www.w3.org/2002/07/owl#";
    public static final String VOID = "http://rdfs.org/ns/void#";
    public static final String DCAT = "http://www.w3.org/ns/dcat#";

    private PG() {}

    public static Node pg(String localName) {
        return NodeFactory.createURI(NS + localName);
    }

    private static Node iri(String ns, String local) {
        return NodeFactory.createURI(ns + local);
    }

    // classes
    public static final Node Paper = pg("Paper");
    public static final Node Note = pg("Note");
    public static final Node Entity = pg("Entity");
    public static final Node Evidence = pg("Evidence");
    public static final Node RelationEvidence = pg("RelationEvidence");
    public static final Node Quantity = pg("Quantity");

    // paper and note properties
    public static final Node hasNote = pg("hasNote");
    public static final Node noteOf = pg("noteOf");
    public static final Node text = pg("text");
    public static final Node sourceFile = pg("sourceFile");
    public static final Node sourceLine = pg("sourceLine");
    public static final Node contentHash = pg("contentHash");
    public static final Node extractor = pg("extractor");
    public static final Node venue = pg("venue");
    public static final Node category = pg("category");
    public static final Node year = pg("year");

    // entity properties
    public static final Node mentions = pg("mentions");
    public static final Node outperforms = pg("outperforms");
    public static final Node generic = pg("generic");
    public static final Node searchKey = pg("searchKey");
    public static final Node discovered = pg("discovered");
    public static final Node mentionCount = pg("mentionCount");
    public static final Node mentionRank = pg("mentionRank");

    // precomputed aggregates of the statistics graph (CorpusStatistics)
    public static final Node VenueCategoryCount = pg("VenueCategoryCount");
    public static final Node forVenue = pg("forVenue");
    public static final Node forCategory = pg("forCategory");
    public static final Node paperCount = pg("paperCount");
    public static final Node cooccurring = pg("cooccurring");
    public static final Node sharedPapers = pg("sharedPapers");
    public static final Node rankedFor = pg("rankedFor");
    public static final Node cooccurrenceRank = pg("cooccurrenceRank");
    public static final Node rankedPair = pg("rankedPair");
    public static final Node paperListOf = pg("paperListOf");
    public static final Node paperListRole = pg("paperListRole");
    public static final Node inPaperList = pg("inPaperList");
    public static final Node paperRank = pg("paperRank");
    public static final Node rankedPaper = pg("rankedPaper");
    public static final Node outperformsRank = pg("outperformsRank");

    // evidence properties
    public static final Node evidenceFor = pg("evidenceFor");
    public static final Node role = pg("role");
    public static final Node rule = pg("rule");
    public static final Node lowConfidence = pg("lowConfidence");
    public static final Node statesQuantity = pg("statesQuantity");
    public static final Node qualifies = pg("qualifies");

    // standard vocabularies
    public static final Node rdfType = iri(RDF, "type");
    public static final Node rdfStatement = iri(RDF, "Statement");
    public static final Node rdfSubject = iri(RDF, "subject");
    public static final Node rdfPredicate = iri(RDF, "predicate");
    public static final Node rdfObject = iri(RDF, "object");
    public static final Node rdfsLabel = iri(RDFS, "label");
    public static final Node prefLabel = iri(SKOS, "prefLabel");
    public static final Node altLabel = iri(SKOS, "altLabel");
    public static final Node broader = iri(SKOS, "broader");
    public static final Node skosConcept = iri(SKOS, "Concept");
    public static final Node skosConceptScheme = iri(SKOS, "ConceptScheme");
    public static final Node inScheme = iri(SKOS, "inScheme");
    public static final Node title = iri(DCTERMS, "title");
    public static final Node creator = iri(DCTERMS, "creator");
    public static final Node date = iri(DCTERMS, "date");
    public static final Node identifier = iri(DCTERMS, "identifier");
    public static final Node schemaUrl = iri(SCHEMA, "url");
    public static final Node schemaValue = iri(SCHEMA, "value");
    public static final Node schemaUnitText = iri(SCHEMA, "unitText");
    public static final Node nifReferenceContext = iri(NIF, "referenceContext");
    public static final Node nifBeginIndex = iri(NIF, "beginIndex");
    public static final Node nifEndIndex = iri(NIF, "endIndex");
    public static final Node nifAnchorOf = iri(NIF, "anchorOf");
    public static final Node nifSentence = iri(NIF, "sentence");
    public static final Node nifSentenceClass = iri(NIF, "Sentence");
    public static final Node taIdentRef = iri(ITSRDF, "taIdentRef");
    public static final Node taClassRef = iri(ITSRDF, "taClassRef");
    public static final Node taConfidence = iri(ITSRDF, "taConfidence");
}
