package org.papergraph.explore;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TestContentNegotiation {

    private static ContentNegotiation.Choice accept(String header) {
        return ContentNegotiation.choose(header, null);
    }

    @Test
    void browsersAndClientsThatTakeAnythingGetHtml() {
        assertTrue(accept(null).html());
        assertTrue(accept("").html());
        assertTrue(accept("*/*").html(), "curl without -H Accept");
        assertTrue(accept("text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8").html());
    }

    @Test
    void rdfClientsGetTheSyntaxTheyAskFor() {
        assertEquals(RdfFormat.TURTLE, accept("text/turtle").rdf());
        assertEquals(RdfFormat.NTRIPLES, accept("application/n-triples").rdf());
        assertEquals(RdfFormat.JSONLD, accept("application/ld+json").rdf());
        assertEquals(RdfFormat.RDFXML, accept("application/rdf+xml").rdf());
        assertEquals(RdfFormat.TURTLE, accept("text/turtle, */*;q=0.1").rdf());
    }

    @Test
    void qualityValuesDecide() {
        assertEquals(RdfFormat.JSONLD, accept("text/turtle;q=0.5, application/ld+json").rdf());
        assertTrue(accept("text/turtle;q=0.5, text/html").html());
    }

    @Test
    void nothingAcceptableIsSaid() {
        ContentNegotiation.Choice c = accept("image/png");
        assertFalse(c.acceptable());
    }

    @Test
    void theFormatParameterOverridesTheHeader() {
        assertEquals(RdfFormat.TURTLE, ContentNegotiation.choose("text/html", "ttl").rdf());
        assertEquals(RdfFormat.JSONLD, ContentNegotiation.choose(null, "jsonld").rdf());
        assertTrue(ContentNegotiation.choose("text/turtle", "html").html());
        assertFalse(ContentNegotiation.choose(null, "docx").acceptable());
    }
}
