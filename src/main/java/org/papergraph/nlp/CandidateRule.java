package org.papergraph.nlp;

import java.util.List;

/**
 * One way of proposing spans that may name entities. Rules only add candidates; choosing among overlapping
 * ones is {@link SpanSelection}'s job, so each rule can be read and tested alone.
 */
interface CandidateRule {

    void find(ParsedSentence sentence, NoteContext note, List<Candidate> out);
}
