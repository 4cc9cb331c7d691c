package org.papergraph.nlp;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class TestLabelKeys {

    @Test
    void caseHyphensSpacesAndPluralsMeet() {
        assertEquals(LabelKeys.key("positional encoding"), LabelKeys.key("Positional-Encodings"));
        assertEquals(LabelKeys.key("GPT-2"), LabelKeys.key("GPT 2"));
        assertEquals(LabelKeys.key("DAG"), LabelKeys.key("DAGs"));
        assertEquals(LabelKeys.key("the Toeplitz matrix"), LabelKeys.key("Toeplitz matrices"));
        assertEquals(LabelKeys.key("flat minimum"), LabelKeys.key("flat minima"));
    }

    @Test
    void differentNamesStayApart() {
        assertNotEquals(LabelKeys.key("KL-Shampoo"), LabelKeys.key("Shampoo"));
        assertNotEquals(LabelKeys.key("loss"), LabelKeys.key("los"));
        assertEquals("bias", LabelKeys.singular("bias"));
        assertEquals("analysis", LabelKeys.singular("analysis"));
    }

    @Test
    void pluralsFollowEnglishAndAcronyms() {
        assertEquals("encodings", LabelKeys.plural("encoding"));
        assertEquals("DAGs", LabelKeys.plural("DAG"));
        assertEquals("matrices", LabelKeys.plural("matrix"));
        assertEquals("boundaries", LabelKeys.plural("boundary"));
        assertNull(LabelKeys.plural("GPT-2"));
    }
}
