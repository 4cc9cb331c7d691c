package org.papergraph.explore;

import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;
import org.papergraph.graph.ResourceIris;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TestExplorerMappings {

    @Test
    void resourcesAreAnsweredUnderResourceAndAtTheBasesOwnPath() {
        assertEquals(Set.of("/resource/*"), Explorer.resourceMappings("http://127.0.0.1:3030/resource/"));
        assertEquals(Set.of("/resource/*", "/papergraph/resource/*"), Explorer.resourceMappings("https://w3id.org/papergraph/resource/"));
        assertEquals(Set.of("/resource/*", "/kb/*"), Explorer.resourceMappings("http://127.0.0.1:3030/kb/"));
    }

    @Test
    void aBaseOnTheServersOwnPathsIsServedUnderResourceOnly() {
        assertEquals(Set.of("/resource/*"), Explorer.resourceMappings("http://127.0.0.1:3030/kg/things/"));
        assertEquals(Set.of("/resource/*"), Explorer.resourceMappings("http://127.0.0.1:3030/static/"));
        assertEquals(Set.of("/resource/*"), Explorer.resourceMappings("http://127.0.0.1:3030/"));
        assertEquals(Set.of("/resource/*"), Explorer.resourceMappings("urn:x-papergraph:"));
    }

    @Test
    void pathsAndIrisCorrespond() {
        ResourcePaths paths = new ResourcePaths(new ResourceIris("http://127.0.0.1:3030/resource/"));
        var entity = paths.iri("entity/kl-shampoo");
        assertEquals("http://127.0.0.1:3030/resource/entity/kl-shampoo", entity.getURI());
        assertEquals("/resource/entity/kl-shampoo", paths.href(entity));
        assertTrue(paths.isEntity(entity));
        var paper = paths.iri("paper/some-title");
        assertTrue(paths.isPaper(paper));
        assertFalse(paths.isNote(paper));
        var note = paths.iri("paper/some-title/note/0123456789abcdef");
        assertTrue(paths.isNote(note));
        assertFalse(paths.isPaper(note));
        assertEquals(paper, paths.paperOfNote(note));
        assertEquals("/resource/paper/some-title/note/0123456789abcdef#char=3,9",
                paths.href(NodeFactory.createURI(note.getURI() + "#char=3,9")));
        assertNull(paths.href(NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#Concept")));
    }
}
