package org.papergraph.nlp;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.papergraph.nlp.NoteExtractions.extract;
import static org.papergraph.nlp.NoteExtractions.required;

/** Roles one mention's sentence gives (RoleCues). */
class TestRoleCues {

    @Test
    void aNameInAppositionToItsPossessedModelIsTheContributions() {
        Extraction x = extract("Pairing Images and Captions at Scale",
                "LumaCLIP learns image representations from 90 million captioned images, and its best model, "
                        + "Orca-L/14, is competitive with fully supervised baselines.");
        assertEquals(Role.PROPOSES, required(x, "Orca-L/14").role());
    }

    @Test
    void aSizedKnownModelReportingAResultIsABaselineNotTheContribution() {
        Extraction x = extract("Stepwise Hinting Elicits Reasoning",
                "The authors propose stepwise hinting, a prompting method for large language models. Prompting PaLM "
                        + "540B with just eight hints achieves state-of-the-art accuracy on GSM8K.");
        assertNotEquals(Role.PROPOSES, required(x, "PaLM 540B").role());
    }
}
