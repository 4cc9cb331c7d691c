package org.papergraph.nlp;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
}
