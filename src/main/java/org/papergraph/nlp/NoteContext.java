package org.papergraph.nlp;

import java.util.List;

/**
 * What every rule of one note's extraction may read: the note's text (with mathematics masked), its title,
 * the parsed sentences, and the shared vocabulary and lexicon.
 */
record NoteContext(String text, String title, List<ParsedSentence> sentences, Vocabulary vocabulary, Lexicon lexicon) {}
