package org.papergraph.nlp;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.papergraph.nlp.NoteExtractions.extract;
import static org.papergraph.nlp.NoteExtractions.required;

/** When an acronym a note defines is the paper's own (NoteRoles' acronym coinage). */
class TestAcronymCoinage {

    /** A note that names its contribution, LumaGrid, and defines an acronym for what it keeps between layers. */
    private static Extraction lumaGrid(String kept) {
        return extract("LumaGrid: Tiled Vision Transformers for Satellite Images",
                "LumaGrid is a vision transformer for satellite tiles that keeps " + kept + " between its layers, "
                        + "halving the memory traffic of each step.");
    }

    @Test
    void aLowerCaseLongFormBesideANamedContributionIsATermItWorksWith() {
        Extraction x = lumaGrid("spectral token buffers (STB)");
        assertEquals(Role.PROPOSES, required(x, "LumaGrid").role());
        assertNotEquals(Role.PROPOSES, required(x, "STB").role());
    }

    @Test
    void aCapitalisedLongFormIsCoinedBesideANamedContribution() {
        Extraction x = lumaGrid("a Spectral Token Buffer (STB)");
        assertEquals(Role.PROPOSES, required(x, "LumaGrid").role());
        assertEquals(Role.PROPOSES, required(x, "STB").role());
    }

    @Test
    void aLowerCaseLongFormIsCoinedWhereTheNoteNamesNoOtherContribution() {
        Extraction x = extract("How Token Budgets Shape Scaling",
                "The authors relate accuracy to the spectral token budget (STB) of a vision transformer and find that "
                        + "accuracy follows it across model scales.");
        assertEquals(Role.PROPOSES, required(x, "STB").role());
    }

    @Test
    void anAcronymDefinedAsTheModifierOfALongerTermIsNotCoined() {
        Extraction x = extract("How Expressive Are Counting Networks?",
                "The authors bound the expressive power of counting networks by the Kneser-Ramsey (KR) colour refinement "
                        + "procedure and show which substructures they can count.");
        assertNotEquals(Role.PROPOSES, required(x, "KR").role());
    }

    @Test
    void anAcronymDefinedBeforeTheClassNounOfWhatItNamesIsStillCoined() {
        Extraction x = extract("Brittle Satellite Classifiers",
                "Satellite classifiers are brittle: the Gradient Sign Sweep (GSS) attacks flip most of their predictions "
                        + "by changing two pixels.");
        assertEquals(Role.PROPOSES, required(x, "GSS").role());
    }

    @Test
    void aCapitalisedAcronymTheCopulaMakesANamesClassIsNotCoined() {
        Extraction x = extract("GlowNet: Forecasting Solar Output",
                "GlowNet is a Spectral Token Network (STN): a small transformer that reads irradiance maps and forecasts "
                        + "solar output six hours ahead.");
        assertEquals(Role.PROPOSES, required(x, "GlowNet").role());
        assertNotEquals(Role.PROPOSES, required(x, "STN").role());
    }

    @Test
    void anAcronymDefinedForTheDoerOfARelativeClauseIsNotCoined() {
        Extraction x = extract("Fast Surface Reconstruction",
                "The authors smooth the coarse surface that Multi-View Stereo (MVS) reconstructs from calibrated "
                        + "photographs, and the smoothed mesh renders at 60 fps.");
        assertNotEquals(Role.PROPOSES, required(x, "MVS").role());
    }
}
