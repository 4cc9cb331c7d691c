package org.papergraph.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The figures of one evaluation, named as the shared scorer names them, and the errors per paper. */
public record ScoreReport(int goldPapers, List<String> missingPapers, Map<String, Integer> totals, int relationsPredicted,
                          List<PaperErrors> perPaper) {

    public record PaperErrors(String title, List<String> missed, List<String> spurious, List<String> missedRelations,
                              List<String> roleErrors) {}

    private int t(String k) {
        return totals.getOrDefault(k, 0);
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0.0 : Math.round(1000.0 * a / b) / 1000.0;
    }

    public double precision() { return ratio(t("right"), t("extracted")); }
    public double recall() { return ratio(t("found"), t("essential")); }
    public double typeAccuracy() { return ratio(t("type_ok"), t("typed")); }
    public double roleRecall(String role) { return ratio(t("role_ok_" + role), t("role_gold_" + role)); }
    public double rolePrecision(String role) { return ratio(t("pred_ok_" + role), t("pred_" + role)); }
    public double relationRecall() { return ratio(t("rel_ok"), t("rel_gold")); }

    /** The gold relations of one predicate: how many, how many found, and for how many both ends were found. */
    public record PredicateCount(String predicate, int gold, int found, int bothEnds) {}

    /** Relation recall split by predicate (variantOf, outperforms, appliedTo), in that order, those the gold has. */
    public List<PredicateCount> relationsByPredicate() {
        return Stream.of("variantOf", "outperforms", "appliedTo").filter(p -> t("rel_gold_" + p) > 0)
                .map(p -> new PredicateCount(p, t("rel_gold_" + p), t("rel_ok_" + p), t("rel_ends_" + p))).toList();
    }

    public double f1() {
        double p = (double) t("right") / Math.max(1, t("extracted")), r = (double) t("found") / Math.max(1, t("essential"));
        return p + r == 0 ? 0 : Math.round(1000.0 * 2 * p * r / (p + r)) / 1000.0;
    }

    /** The figures in the scorer's order and naming. */
    public Map<String, Object> figures() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("papers_gold", goldPapers);
        m.put("papers_missing", missingPapers.size());
        m.put("entity_precision", precision());
        m.put("entity_recall", recall());
        m.put("entity_f1", f1());
        m.put("type_accuracy", typeAccuracy());
        for (String role : List.of("proposes", "evaluatesOn")) {
            m.put(role + "_recall", roleRecall(role));
            m.put(role + "_precision", rolePrecision(role));
        }
        m.put("relation_recall", relationRecall());
        m.put("relations_predicted", relationsPredicted);
        return m;
    }

    public String render(boolean errors) {
        StringBuilder sb = new StringBuilder();
        if (errors) {
            for (PaperErrors p : perPaper) {
                if (p.missed().isEmpty() && p.spurious().isEmpty() && p.missedRelations().isEmpty() && p.roleErrors().isEmpty()) continue;
                sb.append("- ").append(p.title().length() > 70 ? p.title().substring(0, 70) : p.title()).append('\n');
                sb.append("    missed: ").append(p.missed()).append('\n');
                sb.append("    spurious: ").append(p.spurious()).append('\n');
                if (!p.missedRelations().isEmpty()) sb.append("    missed relations: ").append(p.missedRelations()).append('\n');
                if (!p.roleErrors().isEmpty()) sb.append("    role and type errors: ").append(p.roleErrors()).append('\n');
            }
            for (String t : missingPapers) sb.append("- paper not in the store: ").append(t).append('\n');
            sb.append("relations by predicate:");
            for (PredicateCount c : relationsByPredicate()) {
                sb.append(' ').append(c.predicate()).append(' ').append(c.found()).append('/').append(c.gold())
                        .append(" (both ends found ").append(c.bothEnds()).append(')');
            }
            sb.append('\n');
        }
        StringBuilder line = new StringBuilder();
        figures().forEach((k, v) -> line.append(line.length() == 0 ? "" : " ").append(k).append('=').append(v));
        return sb.append(line).append('\n').toString();
    }
}
