package org.papergraph.sparql;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.graph.NodeTransformLib;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.papergraph.graph.Literals;
import org.papergraph.graph.ResourceIris;
import org.papergraph.nlp.LabelKeys;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Named-query parameters cannot change a query: a hostile value (quotes, {@code >}, {@code }}, newlines, {@code #},
 * backslashes, IRIs, SPARQL keywords) bound into every parameter of every shipped query gives exactly the query a
 * plain value gives, except for the bound terms themselves; its serialisation parses back to the same algebra;
 * paper values become IRIs with an {@code [a-z0-9-]} slug; type and integer values are refused.
 */
class TestQueryBinderInjection {

    static final String PLAIN = "plain value";

    static final List<String> HOSTILE = List.of(
            "x\" } ; ?s ?p ?o #",
            "x' } UNION { ?s ?p ?o } #",
            "> } DROP ALL #",
            "KL-Shampoo\n} SELECT * WHERE { ?s ?p ?o }",
            "\"\"\" ) ) } #",
            "# a comment\nFILTER(true)",
            "\\\" \\u0022 } \\",
            "<https://evil.example/> } LIMIT 1000000",
            "KL-Shampoo\" . ?entity pg:searchKey ?any . #",
            "'''\n''' } SERVICE <http://127.0.0.1:9/> { ?a ?b ?c }",
            "\u0000\u202e}\r\n#");

    static final ResourceIris IRIS = ResourceIris.defaults();
    static final QueryBinder BINDER = new QueryBinder(IRIS);

    record Case(NamedQuery query, NamedQuery.Parameter parameter, String value) {
        @Override
        public String toString() {
            return query.name() + " " + parameter.name() + "=" + value.replace("\n", "\\n");
        }
    }

    static List<Case> cases() {
        List<Case> out = new ArrayList<>();
        for (NamedQuery q : NamedQueries.bundled().all()) {
            for (NamedQuery.Parameter p : q.parameters()) {
                for (String v : HOSTILE) out.add(new Case(q, p, v));
            }
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void hostileValueChangesOnlyTheBoundTerm(Case c) {
        switch (c.parameter().kind()) {
            case TYPE, INTEGER -> {
                IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                        () -> BINDER.bind(c.query(), Map.of(c.parameter().name(), c.value())));
                assertTrue(e.getMessage().startsWith("--param " + c.parameter().name() + ": "), e.getMessage());
                return;
            }
            default -> { }
        }
        Query hostile = BINDER.bind(c.query(), Map.of(c.parameter().name(), c.value()));
        Query plain = BINDER.bind(c.query(), Map.of(c.parameter().name(), PLAIN));
        Map<Node, Node> back = switch (c.parameter().kind()) {
            case LABEL -> Map.of(Literals.string(c.value()), Literals.string(PLAIN),
                    Literals.string(LabelKeys.key(c.value())), Literals.string(LabelKeys.key(PLAIN)));
            case STRING -> Map.of(Literals.string(c.value()), Literals.string(PLAIN));
            case PAPER -> Map.of(IRIS.paper(c.value()), IRIS.paper(PLAIN));
            default -> throw new AssertionError(c.parameter().kind());
        };
        Op hostileOp = Algebra.compile(hostile);
        Op restored = NodeTransformLib.transform(n -> back.getOrDefault(n, n), hostileOp);
        assertEquals(Algebra.compile(plain), restored, "the query's shape changed");

        Query reparsed = QueryFactory.create(hostile.serialize());
        assertEquals(hostileOp, Algebra.compile(reparsed), "the serialised query reads back differently");
        if (c.parameter().kind() == NamedQuery.Kind.PAPER) {
            assertTrue(IRIS.paper(c.value()).getURI().matches("https://w3id\\.org/papergraph/resource/paper/[a-z0-9-]+"),
                    IRIS.paper(c.value()).getURI());
        }
    }

    @ParameterizedTest(name = "limit=[{0}]")
    @MethodSource("limitValues")
    void limitTakesOnlyANonNegativeInteger(String value) {
        NamedQuery q = NamedQueries.bundled().get("most-mentioned").orElseThrow();
        assertThrows(IllegalArgumentException.class, () -> BINDER.bind(q, Map.of("limit", value)));
    }

    static List<String> limitValues() {
        return List.of("20 } ", "-1", "1; DROP", "1e9", "99999999999999999999", "", "1\n#");
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("unknownNames")
    void unknownParameterNamesAreRefused(String name) {
        NamedQuery q = NamedQueries.bundled().get("evidence").orElseThrow();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BINDER.bind(q, Map.of(name, "x")));
        assertTrue(e.getMessage().contains("has no parameter"), e.getMessage());
    }

    static Set<String> unknownNames() {
        return Set.of("entity", "concept_key", "?concept", "concept }", "paper\n");
    }
}
