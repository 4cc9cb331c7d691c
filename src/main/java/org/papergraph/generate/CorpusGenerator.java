package org.papergraph.generate;

import org.papergraph.nlp.Vocabulary;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;

/**
 * A deterministic scale corpus: {@code papers} generated papers in notes-digest files ({@code papers-0001.md}, …) of
 * {@code papersPerFile} papers each, every file split into several sections with their own category and venue
 * headings. The same seed and vocabulary give the same bytes on every machine: each file draws from its own
 * {@link Random} seeded from the corpus seed and the file number, and the name pools are built from the seed alone.
 * Build one with {@link #builder()}.
 */
public final class CorpusGenerator {

    private static final String[] CATEGORIES = {"Pretraining", "Optimization", "Reinforcement Learning", "Computer Vision",
            "Natural Language Processing", "Learning Theory", "Efficient Inference", "Safety and Alignment",
            "Graph Learning", "Generative Models"};
    private static final String[] VENUES = {"ICLR2026", "NeurIPS 2025", "ICML 2025", "ACL 2025", "CVPR 2026", "EMNLP 2025",
            "AAAI 2026", "COLT 2025"};

    private final int papers;
    private final long seed;
    private final int papersPerFile;
    private final Vocabulary vocabulary;

    private CorpusGenerator(Builder b) {
        if (b.papers < 1) throw new IllegalArgumentException("--papers must be at least 1");
        if (b.papersPerFile < 1) throw new IllegalArgumentException("papers per file must be at least 1");
        this.papers = b.papers;
        this.seed = b.seed;
        this.papersPerFile = b.papersPerFile;
        this.vocabulary = Objects.requireNonNull(b.vocabulary, "vocabulary");
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Settings of a generated corpus. */
    public static final class Builder {
        private int papers = 1000;
        private long seed = 1;
        private int papersPerFile = 500;
        private Vocabulary vocabulary;

        public Builder papers(int n) { this.papers = n; return this; }
        public Builder seed(long s) { this.seed = s; return this; }
        public Builder papersPerFile(int n) { this.papersPerFile = n; return this; }
        /** The vocabulary names are drawn from (normally {@link Vocabulary#bundled()}). */
        public Builder vocabulary(Vocabulary v) { this.vocabulary = v; return this; }
        public CorpusGenerator build() { return new CorpusGenerator(this); }
    }

    /** What was written. */
    public record Result(List<Path> files, int papers, long bytes) {}

    /** Writes the corpus into {@code dir} (created if needed); existing files of the same names are replaced. */
    public Result write(Path dir) {
        NoteComposer composer = new NoteComposer(
                new NamePools(vocabulary, seed, Math.max(100, Math.min(20_000, papers / 25))),
                new PaperNames(vocabulary, seed));
        List<Path> files = new ArrayList<>();
        long bytes = 0;
        try {
            Files.createDirectories(dir);
            int fileCount = (papers + papersPerFile - 1) / papersPerFile;
            for (int f = 0; f < fileCount; f++) {
                int first = f * papersPerFile;
                int count = Math.min(papersPerFile, papers - first);
                Path file = dir.resolve(String.format("papers-%04d.md", f + 1));
                writeFile(file, composer, new Random(mix(seed, f)), first, count);
                files.add(file);
                bytes += Files.size(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the corpus to " + dir + ": " + e.getMessage(), e);
        }
        return new Result(files, papers, bytes);
    }

    private static void writeFile(Path file, NoteComposer composer, Random r, int first, int count) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            int written = 0;
            while (written < count) {
                // sections of 20 to 200 papers, each under its own category and venue
                int section = Math.min(count - written, 20 + r.nextInt(181));
                String category = CATEGORIES[r.nextInt(CATEGORIES.length)];
                String venue = VENUES[r.nextInt(VENUES.length)];
                w.write("📚 " + category + "¶\n");
                w.write("🔬 " + venue + " · " + section + " paper note" + (section == 1 ? "" : "s") + "\n");
                for (int i = 0; i < section; i++) {
                    NoteComposer.Paper p = composer.compose(first + written + i, r);
                    w.write("- " + p.title() + "\n-\n" + p.summary() + "\n");
                }
                written += section;
                if (written < count) w.write("\n");
            }
        }
    }

    /** A well-spread seed for file {@code f} (SplitMix64's finaliser), so files do not share random streams. */
    static long mix(long seed, int f) {
        long z = seed + 0x9E3779B97F4A7C15L * (f + 1);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
