package org.papergraph.nlp;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.papergraph.nlp.NoteExtractions.extract;
import static org.papergraph.nlp.NoteExtractions.required;

/** Types a discovered name gets from its context (TypeEvidence). */
class TestTypeEvidence {

    @Test
    void aNameClosingAListTakesTheTypeOfTheKnownNamesBeforeIt() {
        // enhanced++ gives "PQE" the head of "MSE" (obl:in) besides conj:and; the list is still read
        Extraction x = extract("KiteNet: Forecasting Long Series",
                "KiteNet is a forecasting model for long series. On the ETT dataset, KiteNet beats Reformer in MSE and PQE.");
        assertEquals(EntityType.METRIC, required(x, "PQE").type());
    }
}
