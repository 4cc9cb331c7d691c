package org.papergraph.testing;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.aggregate.AggGroupConcat;
import org.apache.jena.sparql.expr.aggregate.AggGroupConcatDistinct;
import org.apache.jena.sparql.core.Var;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * SELECT results from any store as a sorted list of rows, each a map from variable to a normalised term, so that
 * results of different triplestores compare as multisets. Normalised, because the stores legitimately differ:
 * <ul>
 * <li>language tags compare case-insensitively (Virtuoso lower-cases them; RDF 1.1 says they are case-insensitive);</li>
 * <li>numbers compare by value within their family: xsd:integer and its subtypes and xsd:decimal as one exact
 *     number (COUNT gives xsd:integer in Jena, and may give xsd:int elsewhere), xsd:double/xsd:float as a double;</li>
 * <li>a plain literal and an xsd:string are the same term (RDF 1.1);</li>
 * <li>GROUP_CONCAT orders its parts as each store pleases: the parts are sorted. Oxigraph 0.5 also keeps the
 *     language tag the concatenated labels share ({@code "pre-training"@en}) where Jena, RDF4J and Virtuoso give a
 *     plain string: the tag of a GROUP_CONCAT column is dropped (a difference found by these tests, reported).</li>
 * </ul>
 * Anything else that differs is a real difference. Row order is not compared (ties in ORDER BY may fall either way).
 */
public final class NormalisedResults {

    private static final Set<String> EXACT = Set.of("integer", "decimal", "int", "long", "short", "byte", "nonNegativeInteger",
            "positiveInteger", "negativeInteger", "nonPositiveInteger", "unsignedInt", "unsignedLong", "unsignedShort", "unsignedByte");
    private static final Set<String> FLOATING = Set.of("double", "float");

    private NormalisedResults() {}

    /** Separators of the query's GROUP_CONCAT columns, by variable name. */
    public static Map<String, String> concatColumns(Query query) {
        Map<String, String> out = new HashMap<>();
        if (!query.hasAggregators()) return out;
        query.getProject().forEachExpr((Var v, Expr e) -> {
            if (e instanceof ExprAggregator ea) {
                String sep = null;
                if (ea.getAggregator() instanceof AggGroupConcat g) sep = g.getSeparator();
                if (ea.getAggregator() instanceof AggGroupConcatDistinct g) sep = g.getSeparator();
                if (ea.getAggregator() instanceof AggGroupConcat || ea.getAggregator() instanceof AggGroupConcatDistinct) {
                    out.put(v.getVarName(), sep == null ? " " : sep);
                }
            }
        });
        return out;
    }

    /** Reads a Jena row set (from a local dataset or any HTTP endpoint) into normalised rows. */
    public static List<Map<String, String>> of(RowSet rows, Query query) {
        Map<String, String> concat = concatColumns(query);
        List<String> vars = query.getResultVars();
        List<Map<String, String>> out = new ArrayList<>();
        while (rows.hasNext()) {
            Binding b = rows.next();
            Map<String, String> row = new TreeMap<>();
            for (String v : vars) {
                Node n = b.get(Var.alloc(v));
                row.put(v, n == null ? "UNBOUND" : normalise(n, concat.get(v)));
            }
            out.add(row);
        }
        return sorted(out);
    }

    public static List<Map<String, String>> sorted(List<Map<String, String>> rows) {
        List<Map<String, String>> copy = new ArrayList<>(rows);
        copy.sort((a, b) -> a.toString().compareTo(b.toString()));
        return copy;
    }

    public static String normalise(Node n, String concatSeparator) {
        if (n.isURI()) return "<" + n.getURI() + ">";
        if (n.isBlank()) return "_:blank";
        String lex = n.getLiteralLexicalForm();
        String lang = n.getLiteralLanguage();
        if (concatSeparator != null) return quoted(lex, concatSeparator);
        if (lang != null && !lang.isEmpty()) return quoted(lex, concatSeparator) + "@" + lang.toLowerCase(java.util.Locale.ROOT);
        String dt = n.getLiteralDatatypeURI();
        if (dt == null || dt.equals(XSDDatatype.XSDstring.getURI())) return quoted(lex, concatSeparator);
        if (dt.startsWith(XSDDatatype.XSD + "#")) {
            String local = dt.substring(XSDDatatype.XSD.length() + 1);
            try {
                if (EXACT.contains(local)) return "exact:" + new BigDecimal(lex.strip()).stripTrailingZeros().toPlainString();
                if (FLOATING.contains(local)) return "double:" + Double.parseDouble(lex.strip());
            } catch (NumberFormatException e) {
                // an ill-formed number stays as written
            }
        }
        return quoted(lex, concatSeparator) + "^^<" + dt + ">";
    }

    private static String quoted(String lex, String concatSeparator) {
        if (concatSeparator == null || concatSeparator.isEmpty()) return "\"" + lex + "\"";
        if (lex.isEmpty()) return "\"\"";
        String[] parts = lex.split(Pattern.quote(concatSeparator), -1);
        Arrays.sort(parts);
        return "\"" + String.join(concatSeparator, parts) + "\"";
    }
}
