package org.papergraph.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One annotated sentence seen through token indices (0-based, within the sentence): words, tags, lemmas, the
 * vocabulary tags the vocabulary annotator set, and the enhanced++ dependency graph. Rules read sentences through this view
 * instead of CoreNLP's annotation maps.
 */
public final class ParsedSentence {

    /** A dependency edge seen from one end: the other token and the relation (e.g. {@code obl:on}). */
    public record Arc(int token, String relation) {}

    private final int index;
    private final List<CoreLabel> tokens;
    private final SemanticGraph graph;
    private final int begin;
    private final int end;
    /** Enhanced++ copy nodes by token: "training of A on X and of B" gives "training" a copy that holds "of B". */
    private final Map<Integer, List<IndexedWord>> copies = new HashMap<>();

    public ParsedSentence(int index, CoreMap sentence) {
        this.index = index;
        this.tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        SemanticGraph g = sentence.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
        this.graph = g != null ? g : new SemanticGraph();
        this.begin = sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        this.end = sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
        for (IndexedWord v : graph.vertexSet()) {
            if (v.copyCount() > 0) copies.computeIfAbsent(v.index() - 1, k -> new ArrayList<>()).add(v);
        }
    }

    public int index() { return index; }
    public int size() { return tokens.size(); }

    /** A finite verb by its tag (VBZ, VBD, VBP): "views", "improved", "match". */
    public boolean isFiniteVerb(int i) {
        String t = tag(i);
        return t.equals("VBZ") || t.equals("VBD") || t.equals("VBP");
    }

    /** The token after a parenthesis that opens at {@code k} ("MoCo" in "Momentum Contrast (MoCo) views"), or {@code k}. */
    public int afterParenthesis(int k) {
        if (k >= size() || !word(k).equals("(")) return k;
        while (k < size() && !word(k).equals(")")) k++;
        return k + 1;
    }
    public int begin() { return begin; }
    public int end() { return end; }

    public String word(int i) { return tokens.get(i).word(); }
    public String tag(int i) { String t = tokens.get(i).tag(); return t == null ? "" : t; }
    public String lemma(int i) { String l = tokens.get(i).lemma(); return l == null ? word(i) : l; }
    public int charBegin(int i) { return tokens.get(i).beginPosition(); }
    public int charEnd(int i) { return tokens.get(i).endPosition(); }

    /** The vocabulary entry id the vocabulary annotator put on the token, or null. */
    public String vocabularyId(int i) { return tokens.get(i).get(VocabularyAnnotator.ENTRY_ID); }

    public boolean isNoun(int i) { return tag(i).startsWith("NN"); }
    public boolean isAdjective(int i) { return tag(i).startsWith("JJ"); }
    public boolean isVerb(int i) { return tag(i).startsWith("VB"); }
    public boolean isNumber(int i) { return "CD".equals(tag(i)); }
    public boolean isDeterminer(int i) { return tag(i).equals("DT") || tag(i).equals("PRP$") || tag(i).equals("WDT") || tag(i).equals("POS"); }
    public boolean isOpenQuote(int i) { return "``".equals(tag(i)) || (word(i).equals("\"") && !"''".equals(tag(i))); }
    public boolean isCloseQuote(int i) { return "''".equals(tag(i)); }

    /** Text of tokens [from, to) as written in {@code text}, the note's summary. */
    public String text(String text, int from, int to) {
        return text.substring(charBegin(from), charEnd(to - 1));
    }

    private IndexedWord node(int i) {
        return graph.getNodeByIndexSafe(i + 1);
    }

    /** The head this token depends on, or null at the root (or outside the graph). */
    public Arc governor(int i) {
        IndexedWord n = node(i);
        if (n == null) return null;
        for (SemanticGraphEdge e : graph.incomingEdgeIterable(n)) {
            if (e.getRelation().toString().equals("ref")) continue;
            // enhanced++ graphs may give several heads (propagated conjuncts); the basic one comes first
            return new Arc(e.getGovernor().index() - 1, e.getRelation().toString());
        }
        return null;
    }

    /**
     * The first member of the list this token continues ("B" and "C" in "A, B and C" give A), or -1. Enhanced++ gives
     * a later conjunct its first conjunct's head as well ("in MSE and MAE": obl:in besides conj:and), and either edge
     * may come first, so {@link #governor} alone does not tell.
     */
    public int firstConjunct(int i) {
        for (Arc a : governors(i)) if (a.relation().startsWith("conj")) return a.token();
        return -1;
    }

    /** Every head of this token, including the extra ones enhanced++ propagates through conjunctions. */
    public List<Arc> governors(int i) {
        IndexedWord n = node(i);
        List<Arc> out = new ArrayList<>();
        if (n == null) return out;
        for (SemanticGraphEdge e : graph.incomingEdgeIterable(n)) {
            out.add(new Arc(e.getGovernor().index() - 1, e.getRelation().toString()));
        }
        return out;
    }

    /** The token's dependents, its copy nodes' included (a copy's link to its original is left out). */
    public List<Arc> children(int i) {
        IndexedWord n = node(i);
        List<Arc> out = new ArrayList<>();
        if (n == null) return out;
        for (SemanticGraphEdge e : graph.outgoingEdgeIterable(n)) {
            if (e.getDependent().index() - 1 == i) continue;
            out.add(new Arc(e.getDependent().index() - 1, e.getRelation().toString()));
        }
        for (IndexedWord copy : copies.getOrDefault(i, List.of())) {
            for (SemanticGraphEdge e : graph.outgoingEdgeIterable(copy)) {
                Arc a = new Arc(e.getDependent().index() - 1, e.getRelation().toString());
                if (a.token() != i && !out.contains(a)) out.add(a);
            }
        }
        out.sort((a, b) -> Integer.compare(a.token(), b.token()));
        return out;
    }

    /** Children whose relation equals {@code relation} or starts with {@code relation + ":"}. */
    public List<Integer> children(int i, String relation) {
        List<Integer> out = new ArrayList<>();
        for (Arc a : children(i)) {
            if (a.relation().equals(relation) || a.relation().startsWith(relation + ":")) out.add(a.token());
        }
        return out;
    }

    /** The root token (main predicate), or -1. */
    public int root() {
        IndexedWord r = graph.getFirstRoot();
        return r == null ? -1 : r.index() - 1;
    }

    /** The token within [from, to) whose head lies outside the span (the phrase head); the last token if none. */
    public int headOf(int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            Arc g = governor(i);
            if (g == null || g.token() < from || g.token() >= to) {
                if (isNoun(i) || i == to - 1) return i;
            }
        }
        return to - 1;
    }
}
