package org.papergraph.export;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;

/**
 * Sorts lines of text in bounded memory: lines are gathered up to a budget of characters, sorted and spilled to a
 * temporary file (a run); the runs are then merged. Lines compare by Unicode code point, which is the byte order
 * of their UTF-8 encoding, so the result is the same as {@code LC_ALL=C sort} and independent of the JVM.
 *
 * <p>Use: {@link #add} every line, then {@link #merge} (as often as needed: each call reads the runs anew);
 * {@link #close} deletes the runs.
 */
public final class ExternalSort implements Closeable {

    /** Code-point order (String.compareTo orders UTF-16 units, which differs for characters beyond U+FFFF). */
    public static final Comparator<String> CODE_POINT_ORDER = ExternalSort::compareCodePoints;

    private final Path dir;
    private final long charBudget;
    private final List<String> buffer = new ArrayList<>();
    private final List<Path> runs = new ArrayList<>();
    private long bufferedChars;
    private long lines;

    /**
     * @param dir        where the runs go (created if needed; the caller owns it)
     * @param charBudget characters held in memory before a run is spilled (about 2 bytes each, plus 40 per line)
     */
    public ExternalSort(Path dir, long charBudget) {
        if (charBudget < 1) throw new IllegalArgumentException("charBudget must be positive");
        this.dir = dir;
        this.charBudget = charBudget;
    }

    public void add(String line) {
        if (line.indexOf('\n') >= 0) throw new IllegalArgumentException("a line must not contain a line break");
        buffer.add(line);
        bufferedChars += line.length() + 20;
        lines++;
        if (bufferedChars >= charBudget) spill();
    }

    /** Lines added so far. */
    public long lines() {
        return lines;
    }

    /** Number of runs on disk so far. */
    public int runs() {
        return runs.size();
    }

    private void spill() {
        if (buffer.isEmpty()) return;
        buffer.sort(CODE_POINT_ORDER);
        try {
            Files.createDirectories(dir);
            Path run = Files.createTempFile(dir, "run-", ".txt");
            try (BufferedWriter w = Files.newBufferedWriter(run, StandardCharsets.UTF_8)) {
                for (String s : buffer) {
                    w.write(s);
                    w.write('\n');
                }
            }
            runs.add(run);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a sort run in " + dir + ": " + e.getMessage(), e);
        }
        buffer.clear();
        bufferedChars = 0;
    }

    /**
     * The lines in code-point order, merged from the runs and {@code extra} (lines that need no spilling, such as a
     * small graph made after the data was read). Close the iterator when done.
     */
    public MergedLines merge(List<String> extra) {
        spill();
        List<String> sortedExtra = new ArrayList<>(extra);
        sortedExtra.sort(CODE_POINT_ORDER);
        return new MergedLines(runs, sortedExtra);
    }

    @Override
    public void close() {
        buffer.clear();
        for (Path run : runs) {
            try {
                Files.deleteIfExists(run);
            } catch (IOException ignored) {
                // the temporary directory is removed by its owner
            }
        }
        runs.clear();
    }

    static int compareCodePoints(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char ca = a.charAt(i), cb = b.charAt(i);
            if (ca == cb) continue;
            // surrogates (U+D800..U+DFFF) encode code points above U+FFFF: they sort after every BMP character
            boolean sa = Character.isSurrogate(ca), sb = Character.isSurrogate(cb);
            if (sa != sb) return sa ? 1 : -1;
            return ca - cb;
        }
        return a.length() - b.length();
    }

    /** The k-way merge of the runs: an iterator of lines in order. */
    public static final class MergedLines implements Iterator<String>, Closeable {
        private final List<BufferedReader> readers = new ArrayList<>();
        private final PriorityQueue<Head> heads = new PriorityQueue<>((x, y) -> {
            int c = compareCodePoints(x.line, y.line);
            return c != 0 ? c : Integer.compare(x.source, y.source);
        });
        private final Iterator<String> extra;
        private final int extraSource;

        private record Head(String line, int source) {}

        MergedLines(List<Path> runs, List<String> extra) {
            try {
                for (Path run : runs) {
                    BufferedReader r = Files.newBufferedReader(run, StandardCharsets.UTF_8);
                    readers.add(r);
                    advance(readers.size() - 1);
                }
            } catch (IOException e) {
                close();
                throw new UncheckedIOException(e);
            }
            this.extra = extra.iterator();
            this.extraSource = readers.size();
            if (this.extra.hasNext()) heads.add(new Head(this.extra.next(), extraSource));
        }

        private void advance(int source) throws IOException {
            if (source == extraSource && extra != null) {
                if (extra.hasNext()) heads.add(new Head(extra.next(), source));
                return;
            }
            String line = readers.get(source).readLine();
            if (line != null) heads.add(new Head(line, source));
        }

        @Override
        public boolean hasNext() {
            return !heads.isEmpty();
        }

        @Override
        public String next() {
            Head h = heads.poll();
            if (h == null) throw new NoSuchElementException();
            try {
                advance(h.source);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return h.line;
        }

        @Override
        public void close() {
            for (BufferedReader r : readers) {
                try {
                    r.close();
                } catch (IOException ignored) {
                    // read-only
                }
            }
        }
    }
}
