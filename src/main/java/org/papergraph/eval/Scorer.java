package org.papergraph.eval;

import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.papergraph.graph.PG;
import org.papergraph.store.TdbStore;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Scores a store against a gold standard exactly as {@code shared/eval/score.py} scores an N-Triples export,
 * reading the store through the public ontology contract only (papers by {@code dcterms:title}, entities through
 * {@code pg:mentions} and its sub-properties, labels, types and entity → entity relations).
 */
public final class Scorer {

    private static final List<String> ROLES = List.of("proposes", "evaluatesOn", "uses", "studies", "mentions");

    private final Map<String, Set<String>> papersByTitle = new HashMap<>();
    private final Map<String, Map<String, Set<String>>> rolesByPaper = new HashMap<>();
    private final Map<String, Set<String>> labels = new HashMap<>();
    private final Map<String, Set<String>> types = new HashMap<>();
    private final Set<String> relationTriples = new HashSet<>();

    public Scorer(TdbStore store) {
        store.read(dsg -> {
            select(dsg, "SELECT ?p ?t { ?p a pg:Paper ; dcterms:title ?t }",
                    b -> papersByTitle.computeIfAbsent(MatchKeys.title(lex(b, "t")), k -> new HashSet<>()).add(uri(b, "p")));
            select(dsg, "SELECT ?p ?r ?e { VALUES ?r { pg:proposes pg:evaluatesOn pg:uses pg:studies pg:mentions } ?p ?r ?e . FILTER(isIRI(?e)) }",
                    b -> rolesByPaper.computeIfAbsent(uri(b, "p"), k -> new LinkedHashMap<>())
                            .computeIfAbsent(uri(b, "e"), k -> new HashSet<>()).add(uri(b, "r").substring(PG.NS.length())));
            select(dsg, "SELECT ?e ?l { ?p pg:mentions ?e . ?e skos:prefLabel|skos:altLabel|rdfs:label ?l . FILTER(isLiteral(?l)) }",
                    b -> labels.computeIfAbsent(uri(b, "e"), k -> new HashSet<>()).add(lex(b, "l")));
            select(dsg, "SELECT ?e ?t { ?p pg:mentions ?e . ?e a ?t . FILTER(STRSTARTS(STR(?t), STR(pg:))) }",
                    b -> types.computeIfAbsent(uri(b, "e"), k -> new HashSet<>()).add(uri(b, "t").substring(PG.NS.length())));
            select(dsg, "SELECT ?s ?r ?o { VALUES ?r { pg:variantOf pg:outperforms pg:appliedTo } ?s ?r ?o }",
                    b -> relationTriples.add(uri(b, "s") + " " + uri(b, "r").substring(PG.NS.length()) + " " + uri(b, "o")));
            return null;
        });
    }

    private static void select(DatasetGraph dsg, String query, Consumer<Binding> each) {
        String prefixes = "PREFIX pg: <" + PG.NS + "> PREFIX skos: <" + PG.SKOS + "> PREFIX dcterms: <" + PG.DCTERMS
                + "> PREFIX rdfs: <" + PG.RDFS + ">\n";
        try (QueryExec exec = QueryExec.dataset(dsg).query(QueryFactory.create(prefixes + query)).build()) {
            RowSet rows = exec.select();
            rows.forEachRemaining(each);
        }
    }

    private static String uri(Binding b, String v) {
        Node n = b.get(v);
        return n.isURI() ? n.getURI() : n.toString();
    }

    private static String lex(Binding b, String v) {
        return b.get(v).getLiteralLexicalForm();
    }

    private String firstLabel(String entity) {
        List<String> ls = new ArrayList<>(labels.getOrDefault(entity, Set.of()));
        ls.sort(null);
        return ls.isEmpty() ? entity : ls.get(0);
    }

    public ScoreReport score(GoldStandard gold) {
        Map<String, Integer> tot = new HashMap<>();
        List<String> missingPapers = new ArrayList<>();
        List<ScoreReport.PaperErrors> perPaper = new ArrayList<>();
        for (GoldStandard.Paper gp : gold.papers()) {
            Map<GoldStandard.Entity, Set<String>> gpKeys = new LinkedHashMap<>();
            for (GoldStandard.Entity ge : gp.entities()) {
                Set<String> ks = new HashSet<>();
                for (String n : ge.names()) ks.addAll(MatchKeys.keys(n));
                gpKeys.put(ge, ks);
            }
            Set<String> pis = papersByTitle.getOrDefault(MatchKeys.title(gp.title()), Set.of());
            if (pis.isEmpty()) missingPapers.add(gp.title());
            Map<String, Set<String>> ents = new LinkedHashMap<>();
            for (String pi : pis) {
                rolesByPaper.getOrDefault(pi, Map.of()).forEach((e, rs) -> ents.computeIfAbsent(e, k -> new HashSet<>()).addAll(rs));
            }
            Map<String, String> matchedGold = new LinkedHashMap<>();
            List<String> spurious = new ArrayList<>();
            List<String> roleErrors = new ArrayList<>();
            int right = 0;
            for (Map.Entry<String, Set<String>> en : ents.entrySet()) {
                String e = en.getKey();
                Set<String> eks = new HashSet<>();
                for (String l : labels.getOrDefault(e, Set.of())) eks.addAll(MatchKeys.keys(l));
                List<GoldStandard.Entity> hits = new ArrayList<>();
                gpKeys.forEach((ge, ks) -> {
                    for (String k : ks) if (eks.contains(k)) { hits.add(ge); break; }
                });
                for (String role : List.of("proposes", "evaluatesOn")) {
                    if (en.getValue().contains(role)) {
                        tot.merge("pred_" + role, 1, Integer::sum);
                        if (hits.stream().anyMatch(ge -> ge.role().equals(role))) tot.merge("pred_ok_" + role, 1, Integer::sum);
                        else roleErrors.add(firstLabel(e) + ": " + role + ", gold " + (hits.isEmpty() ? "none" : hits.get(0).role()));
                    }
                }
                if (!hits.isEmpty()) {
                    right++;
                    for (GoldStandard.Entity ge : hits) matchedGold.putIfAbsent(ge.name(), e);
                } else {
                    spurious.add(firstLabel(e));
                }
            }
            List<GoldStandard.Entity> essential = gp.entities().stream().filter(GoldStandard.Entity::essential).toList();
            List<String> missed = new ArrayList<>();
            tot.merge("extracted", ents.size(), Integer::sum);
            tot.merge("right", right, Integer::sum);
            tot.merge("essential", essential.size(), Integer::sum);
            for (GoldStandard.Entity ge : essential) {
                String e = matchedGold.get(ge.name());
                if (List.of("proposes", "evaluatesOn").contains(ge.role())) tot.merge("role_gold_" + ge.role(), 1, Integer::sum);
                if (e == null) {
                    missed.add(ge.name());
                    continue;
                }
                tot.merge("found", 1, Integer::sum);
                tot.merge("typed", 1, Integer::sum);
                if (types.getOrDefault(e, Set.of()).contains(ge.type())) tot.merge("type_ok", 1, Integer::sum);
                else roleErrors.add(ge.name() + ": type " + new java.util.TreeSet<>(types.getOrDefault(e, Set.of())).stream()
                        .filter(t -> !t.equals("Entity")).toList() + ", gold " + ge.type());
                if (List.of("proposes", "evaluatesOn").contains(ge.role())) {
                    if (ents.get(e).contains(ge.role())) tot.merge("role_ok_" + ge.role(), 1, Integer::sum);
                    else roleErrors.add(ge.name() + ": gold " + ge.role() + ", got " + new java.util.TreeSet<>(ents.get(e)));
                }
            }
            List<String> missedRelations = new ArrayList<>();
            for (GoldStandard.Relation r : gp.relations()) {
                tot.merge("rel_gold", 1, Integer::sum);
                tot.merge("rel_gold_" + r.predicate(), 1, Integer::sum);
                String s = matchedGold.get(r.subject()), o = matchedGold.get(r.object());
                // both ends found: a miss there is the relation rules', not the entity recognition's
                if (s != null && o != null) tot.merge("rel_ends_" + r.predicate(), 1, Integer::sum);
                if (s != null && o != null && relationTriples.contains(s + " " + r.predicate() + " " + o)) {
                    tot.merge("rel_ok", 1, Integer::sum);
                    tot.merge("rel_ok_" + r.predicate(), 1, Integer::sum);
                } else {
                    missedRelations.add(r.subject() + " " + r.predicate() + " " + r.object());
                }
            }
            perPaper.add(new ScoreReport.PaperErrors(gp.title(), missed, spurious, missedRelations, roleErrors));
        }
        return new ScoreReport(gold.papers().size(), missingPapers, tot, relationTriples.size(), perPaper);
    }
}
