package org.papergraph.generate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.ingest.CorpusReader;
import org.papergraph.ingest.NoteSink;
import org.papergraph.ingest.PaperNote;
import org.papergraph.ingest.ReadProblem;
import org.papergraph.nlp.Vocabulary;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TestCorpusGenerator {

    @TempDir
    Path tmp;

    private static CorpusGenerator.Result generate(Path dir, int papers, long seed) {
        return CorpusGenerator.builder().papers(papers).seed(seed).papersPerFile(400).vocabulary(Vocabulary.bundled()).build().write(dir);
    }

    @Test
    void sameSeedSameBytesOtherSeedOtherBytes() throws Exception {
        CorpusGenerator.Result a = generate(tmp.resolve("a"), 900, 7);
        CorpusGenerator.Result b = generate(tmp.resolve("b"), 900, 7);
        CorpusGenerator.Result c = generate(tmp.resolve("c"), 900, 8);
        assertEquals(3, a.files().size());
        for (int i = 0; i < a.files().size(); i++) {
            assertArrayEquals(Files.readAllBytes(a.files().get(i)), Files.readAllBytes(b.files().get(i)), a.files().get(i).toString());
        }
        assertFalse(Files.readString(a.files().get(0)).equals(Files.readString(c.files().get(0))));
    }

    @Test
    void theDigestReaderReadsEveryPaperWithoutProblems() {
        generate(tmp, 1000, 1);
        List<PaperNote> notes = new ArrayList<>();
        List<ReadProblem> problems = new ArrayList<>();
        new CorpusReader().read(List.of(tmp.toString()), new NoteSink() {
            @Override
            public void note(PaperNote note) {
                notes.add(note);
            }

            @Override
            public void problem(ReadProblem problem) {
                problems.add(problem);
            }
        });
        assertEquals(List.of(), problems);
        assertEquals(1000, notes.size());
        Set<String> titles = new HashSet<>(), venues = new HashSet<>(), categories = new HashSet<>();
        for (PaperNote n : notes) {
            titles.add(n.titleKey());
            venues.add(n.venue());
            categories.add(n.category());
        }
        assertEquals(1000, titles.size(), "every paper has its own title");
        assertTrue(venues.size() >= 5 && categories.size() >= 5, venues + " " + categories);
    }

    @Test
    void sentencesLookLikeTheSample() {
        generate(tmp, 500, 3);
        List<String> summaries = new ArrayList<>();
        new CorpusReader().read(List.of(tmp.toString()), new NoteSink() {
            @Override
            public void note(PaperNote note) {
                summaries.add(note.summary());
            }

            @Override
            public void problem(ReadProblem problem) {
            }
        });
        Pattern acronymDefinition = Pattern.compile("[A-Z][a-z]+(?:[ -][A-Za-z-]+)+ \\([A-Z]{4,5}\\d?\\)|[A-Z]{4,5}\\d? \\([A-Z][a-z]+");
        Pattern nameWithDigits = Pattern.compile("\\b[A-Za-z]+-\\d+\\b");
        Pattern evaluatedOn = Pattern.compile("[Ee]valuated on [^.]+, [^.]+ and ");
        long defs = summaries.stream().filter(s -> acronymDefinition.matcher(s).find()).count();
        long digits = summaries.stream().filter(s -> nameWithDigits.matcher(s).find()).count();
        long lists = summaries.stream().filter(s -> evaluatedOn.matcher(s).find()).count();
        long outperforms = summaries.stream().filter(s -> s.contains(" outperforms ")).count();
        assertTrue(defs > 300, "acronym definitions: " + defs);
        assertTrue(digits > 100, "names with digits and hyphens: " + digits);
        assertTrue(lists > 200, "'evaluated on A, B and C': " + lists);
        assertEquals(500, outperforms, "every paper outperforms something");
        double words = summaries.stream().mapToInt(s -> s.split("\\s+").length).average().orElse(0);
        double sentences = summaries.stream().mapToInt(s -> s.split("\\. ").length).average().orElse(0);
        assertTrue(words / sentences > 18 && words / sentences < 45, "words per sentence: " + words / sentences);
        assertTrue(sentences >= 3 && sentences <= 5, "sentences per note: " + sentences);
    }
}
