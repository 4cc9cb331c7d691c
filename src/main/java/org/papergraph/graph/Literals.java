package org.papergraph.graph;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Typed literals written the same way every time (confidences to three decimals, integers as xsd:integer). */
public final class Literals {

    private Literals() {}

    public static Node string(String s) {
        return NodeFactory.createLiteralString(s);
    }

    public static Node english(String s) {
        return NodeFactory.createLiteralLang(s, "en");
    }

    public static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }

    public static Node nonNegative(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDnonNegativeInteger);
    }

    public static Node positive(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDpositiveInteger);
    }

    /** A confidence in [0, 1], rounded to three decimals, as xsd:double (the range of itsrdf:taConfidence). */
    public static Node confidence(double c) {
        BigDecimal d = BigDecimal.valueOf(Math.max(0, Math.min(1, c))).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros();
        String lexical = d.scale() <= 0 ? d.setScale(1).toPlainString() : d.toPlainString();
        return NodeFactory.createLiteralDT(lexical, XSDDatatype.XSDdouble);
    }

    /** A measured value: integral values as xsd:integer, others as xsd:decimal. */
    public static Node decimal(double v) {
        BigDecimal d = BigDecimal.valueOf(v).stripTrailingZeros();
        if (d.scale() <= 0) return NodeFactory.createLiteralDT(d.toBigInteger().toString(), XSDDatatype.XSDinteger);
        return NodeFactory.createLiteralDT(d.toPlainString(), XSDDatatype.XSDdecimal);
    }

    public static Node bool(boolean b) {
        return NodeFactory.createLiteralDT(Boolean.toString(b), XSDDatatype.XSDboolean);
    }

    public static Node year(int y) {
        return NodeFactory.createLiteralDT(String.format("%04d", y), XSDDatatype.XSDgYear);
    }
}
