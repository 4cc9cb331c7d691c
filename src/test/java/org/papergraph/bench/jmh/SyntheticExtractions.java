package org.papergraph.bench.jmh;

import org.papergraph.ingest.PaperNote;
import org.papergraph.ingest.SourceLocation;
import org.papergraph.nlp.EntityType;
import org.papergraph.nlp.Extraction;
import org.papergraph.nlp.Role;
import org.papergraph.nlp.Vocabulary;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Extractions shaped like those of the generated corpus (four sentences, about fourteen entities, twenty mentions,
 * two relations, two quantities), built without CoreNLP so the benchmarks time papergraph's own code alone.
 */
final class SyntheticExtractions {

    private final List<Vocabulary.Entry> entries;
    private final Random random = new Random(42);

    SyntheticExtractions(Vocabulary vocabulary) {
        this.entries = vocabulary.entries().stream().filter(e -> !e.generic()).toList();
    }

    Extraction paper(long i) {
        StringBuilder text = new StringBuilder();
        List<Extraction.Sentence> sentences = new ArrayList<>();
        List<Extraction.NoteEntity> entities = new ArrayList<>();
        for (int s = 0; s < 4; s++) {
            int begin = text.length();
            text.append("This sentence names several things that papers use and propose, evaluated on many benchmarks with care. ");
            sentences.add(new Extraction.Sentence(s, begin, text.length() - 1));
        }
        for (int e = 0; e < 14; e++) {
            boolean own = e == 0;
            Vocabulary.Entry v = own ? null : entries.get((int) Math.min(entries.size() - 1, Math.abs(random.nextGaussian()) * 200));
            String name = own ? "Paper Method " + i : v.prefLabel();
            List<Extraction.Mention> mentions = new ArrayList<>();
            int count = own ? 4 : 1 + random.nextInt(2);
            for (int m = 0; m < count; m++) {
                int s = random.nextInt(4);
                int begin = sentences.get(s).begin() + 5 + random.nextInt(40);
                mentions.add(new Extraction.Mention(s, begin, begin + 8, text.substring(begin, begin + 8), own ? "acronym-definition" : "vocabulary",
                        own ? Role.PROPOSES : Role.USES, "type-default", 0.4 + random.nextDouble() * 0.55));
            }
            entities.add(new Extraction.NoteEntity(e, name, List.of(name), own ? null : v.id(), own ? EntityType.METHOD : v.type(), 0.8,
                    own ? Role.PROPOSES : (e % 3 == 0 ? Role.EVALUATES_ON : Role.USES), 0.9, mentions));
        }
        List<Extraction.Relation> relations = List.of(new Extraction.Relation(0, "outperforms", 3, 2, "outperforms-verb", 0.8),
                new Extraction.Relation(0, "appliedTo", 5, 1, "applied-to", 0.7));
        List<Extraction.Quantity> quantities = List.of(new Extraction.Quantity(3, sentences.get(3).begin(), sentences.get(3).begin() + 4,
                "This", 12, "%", -1));
        PaperNote note = new PaperNote("Benchmark Paper Number " + i, text.toString().strip(), "ICLR2026", "Pretraining", 2026,
                List.of(), null, null, new SourceLocation("bench.md", (int) (i % 1_000_000) + 1));
        return new Extraction(note, "bench-extractor", sentences, entities, relations, quantities);
    }
}
