package org.papergraph.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Reads a corpus: files and directories as the user named them, each file decoded by {@link TextDecoder} and read by
 * the {@link NoteSource} its name selects, everything pushed into one {@link NoteSink}. Nothing a file contains stops
 * the run: a bad file is one problem and the next file is read.
 *
 * <p>Directories are walked recursively, files in the order of their displayed path (so runs are reproducible
 * whatever the file system returns); hidden files and directories (name starting with '.', such as {@code .git}) are
 * not entered. A walked file no source reads is skipped with a warning, a named one is rejected. Files are displayed as
 * the user named them, or as {@code DIR/relative/path} (with '/') under a named directory. A text file that gives
 * neither a note nor a problem (only headings, only white space) is pointed out with a warning, since it was most
 * likely not what the user meant to ingest.
 */
public final class CorpusReader {

    /** What a run read. */
    public record Summary(int filesRead, long notes, long warnings, long rejected) {}

    private final NoteSources sources;

    public CorpusReader() {
        this(NoteSources.standard());
    }

    public CorpusReader(NoteSources sources) {
        this.sources = Objects.requireNonNull(sources, "sources");
    }

    /** Reads every named file and directory in order. */
    public Summary read(Collection<String> paths, NoteSink sink) {
        CountingSink counts = new CountingSink(sink);
        int filesRead = 0;
        for (String named : paths) {
            for (CorpusFile file : expand(named, counts)) {
                if (readFile(file, counts)) filesRead++;
            }
        }
        return new Summary(filesRead, counts.notes, counts.warnings, counts.rejected);
    }

    /** Reads the named files and directories. */
    public Summary read(NoteSink sink, String... paths) {
        return read(List.of(paths), sink);
    }

    /** A file to read: where it is, how to show it, and whether the user named it. */
    private record CorpusFile(Path path, String display, boolean named) {}

    private List<CorpusFile> expand(String named, NoteSink sink) {
        Path path;
        try {
            path = Path.of(named);
        } catch (InvalidPathException e) {
            sink.problem(ReadProblem.rejected(SourceLocation.wholeFile(TextCleaning.excerpt(named, 200)), "not a valid path"));
            return List.of();
        }
        if (Files.isDirectory(path)) return walk(path, directoryPrefix(named), sink);
        if (!Files.exists(path)) {
            sink.problem(ReadProblem.rejected(SourceLocation.wholeFile(named), "no such file or directory"));
            return List.of();
        }
        return List.of(new CorpusFile(path, named, true));
    }

    private List<CorpusFile> walk(Path directory, String prefix, NoteSink sink) {
        List<CorpusFile> files = new ArrayList<>();
        try {
            Files.walkFileTree(directory, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return !dir.equals(directory) && isHidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (!isHidden(file) && Files.isRegularFile(file))
                        files.add(new CorpusFile(file, prefix + relative(directory, file), false));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    sink.problem(ReadProblem.rejected(SourceLocation.wholeFile(prefix + relative(directory, file)),
                            "cannot read: " + describe(e)));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            sink.problem(ReadProblem.rejected(SourceLocation.wholeFile(prefix), "cannot read: " + describe(e)));
        }
        files.sort(Comparator.comparing(CorpusFile::display));
        return files;
    }

    /** @return whether the file's text reached its source (even if reading then failed part-way) */
    private boolean readFile(CorpusFile file, NoteSink sink) {
        NoteSource source = sources.forFileName(file.display()).orElse(null);
        SourceLocation wholeFile = SourceLocation.wholeFile(file.display());
        if (source == null) {
            String reason = "unknown format (known: " + String.join(", ", sources.extensions()) + "; optionally ."
                    + NoteSources.GZIP_EXTENSION + ")";
            sink.problem(file.named() ? ReadProblem.rejected(wholeFile, reason)
                    : ReadProblem.warning(wholeFile, "skipped, " + reason));
            return false;
        }
        boolean reachedSource = false;
        try {
            TextDecoder.Decoding decoding = TextDecoder.inspect(file.path(), file.display());
            decoding.problems().forEach(sink::problem);
            if (decoding.kind() != TextDecoder.Kind.TEXT) return false;
            SilentFileDetector detector = new SilentFileDetector(sink);
            try (BufferedReader reader = decoding.open()) {
                reachedSource = true;
                source.read(file.display(), reader, detector);
            }
            if (!detector.receivedAnything) sink.problem(ReadProblem.warning(wholeFile, "no paper notes found"));
        } catch (IOException | UncheckedIOException e) {
            sink.problem(ReadProblem.rejected(wholeFile, "cannot read: " + describe(e)));
        }
        return reachedSource;
    }

    /** {@code "corpus/"} and {@code "corpus"} both give {@code "corpus/"}; the file system root stays {@code "/"}. */
    private static String directoryPrefix(String named) {
        String trimmed = named.replaceAll("[/\\\\]+$", "");
        if (!trimmed.isEmpty()) return trimmed + "/";
        return named.isEmpty() ? "" : named.substring(0, 1);
    }

    private static String relative(Path directory, Path file) {
        return directory.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
    }

    private static boolean isHidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    /** An I/O failure in words a user can act on. */
    private static String describe(Exception e) {
        Throwable cause = e instanceof UncheckedIOException ? e.getCause() : e;
        if (cause instanceof NoSuchFileException) return "no such file or directory";
        if (cause instanceof AccessDeniedException) return "permission denied";
        String message = cause.getMessage();
        return message == null || message.isBlank() ? cause.getClass().getSimpleName() : TextCleaning.excerpt(message, 200);
    }

    /** Counts what passes through, for the {@link Summary}. */
    private static final class CountingSink implements NoteSink {
        private final NoteSink target;
        long notes;
        long warnings;
        long rejected;

        CountingSink(NoteSink target) {
            this.target = target;
        }

        @Override
        public void note(PaperNote note) {
            notes++;
            target.note(note);
        }

        @Override
        public void problem(ReadProblem problem) {
            if (problem.severity() == ReadProblem.Severity.WARNING) warnings++;
            else rejected++;
            target.problem(problem);
        }
    }

    /** Remembers whether a file gave anything at all, so that a file of no notes and no complaints is pointed out. */
    private static final class SilentFileDetector implements NoteSink {
        private final NoteSink target;
        boolean receivedAnything;

        SilentFileDetector(NoteSink target) {
            this.target = target;
        }

        @Override
        public void note(PaperNote note) {
            receivedAnything = true;
            target.note(note);
        }

        @Override
        public void problem(ReadProblem problem) {
            receivedAnything = true;
            target.problem(problem);
        }
    }
}
