package org.papergraph.nlp;

import java.util.List;

/**
 * Terms a note puts in quotation marks ({@code a "single-head deposit pattern"}): a quoted noun phrase of a few
 * words is a named concept. Preceded by an indefinite article, the note coins it; otherwise it cites it.
 */
final class QuotedCoinages implements CandidateRule {

    static final double CONFIDENCE = 0.7;
    private static final int MAX_TOKENS = 6;

    @Override
    public void find(ParsedSentence s, NoteContext note, List<Candidate> out) {
        for (int open = 0; open < s.size(); open++) {
            if (!s.isOpenQuote(open)) continue;
            int close = -1;
            for (int j = open + 1; j < s.size() && j <= open + MAX_TOKENS + 1; j++) {
                if (s.isCloseQuote(j) || s.word(j).equals("\"")) {
                    close = j;
                    break;
                }
            }
            if (close < 0 || close == open + 1) continue;
            if (!s.isNoun(close - 1)) continue;   // "useless", "lifted": quoted words that are not terms
            Candidate c = new Candidate(s, open + 1, close, Candidate.Rule.QUOTED_COINAGE, CONFIDENCE);
            c.vote(EntityType.CONCEPT, 1.0);
            String before = open > 0 ? s.word(open - 1).toLowerCase() : "";
            c.coinedInQuotes = before.equals("a") || before.equals("an");
            out.add(c);
            open = close;
        }
    }
}
