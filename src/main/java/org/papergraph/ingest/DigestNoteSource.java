package org.papergraph.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The notes-digest format (see {@code ingest/iclr2026-pretraining.md}):
 * <pre>
 * 📚 Pretraining¶                           category heading (pilcrow optional)
 * 🔬 ICLR2026 · 27 paper notes             venue line: venue, and how many notes the section declares
 * - A Law of Data Reconstruction ...       a record: "- TITLE",
 * -                                         a line that is exactly "-",
 * This paper establishes ...               and the summary paragraph (one or more non-blank lines)
 * </pre>
 * A record starts only where a {@code - X} line is followed by a {@code -} line, so a summary line that merely begins
 * with "- " stays summary text. The summary ends at a blank line, a heading or the next record; blank lines between the
 * {@code -} line and the first summary line are tolerated. A category heading starts a new section and clears the
 * venue; a venue line sets venue, year (its four-digit number) and the declared count until the next heading.
 *
 * <p>Every record found in a section, landed or rejected, counts against the declared number; a mismatch is a warning
 * at the venue line. Malformed records are rejected at the line they start on and reading resumes at the next record:
 * a title line without its {@code -} line or text without a title take the rest of their paragraph with them, so one
 * mistake gives one message.
 */
public final class DigestNoteSource implements NoteSource {

    private static final String CATEGORY_MARK = "📚";
    private static final String VENUE_MARK = "🔬";
    /** What follows the last '·' of a venue line; only that tail is matched, so a hostile line cannot make it backtrack. */
    private static final Pattern DECLARED_COUNT = Pattern.compile("\\s*(\\d+)\\s+paper\\s+notes?\\s*");
    private static final int EXCERPT_CHARS = 40;

    private final RecordLimits limits;
    private final NoteValidator validator;

    public DigestNoteSource() {
        this(RecordLimits.DEFAULT);
    }

    public DigestNoteSource(RecordLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.validator = new NoteValidator(limits);
    }

    @Override
    public String name() {
        return "digest";
    }

    @Override
    public Set<String> extensions() {
        return Set.of("md", "markdown", "txt");
    }

    @Override
    public void read(String file, BufferedReader reader, NoteSink sink) throws IOException {
        new Parse(file, new LineReader(reader, limits.maxRecordChars()), sink).run();
    }

    /** The state of reading one file; the source itself stays stateless. */
    private final class Parse {
        private final String file;
        private final LineReader lines;
        private final NoteSink sink;

        private String category;
        private String venue;
        private Integer year;
        private Section section;
        private Record record;
        /** Inside the paragraph of a record already rejected: its remaining lines are dropped silently. */
        private boolean skippingParagraph;

        Parse(String file, LineReader lines, NoteSink sink) {
            this.file = file;
            this.lines = lines;
            this.sink = sink;
        }

        void run() throws IOException {
            LineReader.Line line = lines.next();
            while (line != null) {
                line = handle(line);
            }
            endRecord();
            endSection();
        }

        /** Handles one line and returns the next one to handle (a record start needs one line of look-ahead). */
        private LineReader.Line handle(LineReader.Line line) throws IOException {
            String text = line.text();
            String stripped = text.strip();
            if (stripped.startsWith(CATEGORY_MARK)) {
                startCategory(headingText(stripped, CATEGORY_MARK));
            } else if (stripped.startsWith(VENUE_MARK)) {
                startVenue(line, headingText(stripped, VENUE_MARK));
            } else if (stripped.isEmpty()) {
                skippingParagraph = false;
                if (record != null && record.hasSummary) endRecord();
            } else if (text.startsWith("- ") || isDashLine(text)) {
                LineReader.Line following = lines.next();
                if (following != null && isDashLine(following.text())) {
                    endRecord();
                    skippingParagraph = false;
                    record = new Record(line);
                    return lines.next();
                }
                if (record != null) {
                    record.append(line);
                } else {
                    reject(line.number(), isDashLine(text)
                            ? "a line '-' with no title line '- TITLE' before it"
                            : "expected a line '-' after the title line, found " + describe(following));
                    skippingParagraph = true;
                }
                return following;
            } else if (record != null) {
                record.append(line);
            } else if (!skippingParagraph) {
                reject(line.number(), "summary text with no title line '- TITLE' before it");
                skippingParagraph = true;
            }
            return lines.next();
        }

        private void startCategory(String name) {
            endRecord();
            endSection();
            category = name.isEmpty() ? null : name;
            venue = null;
            year = null;
            skippingParagraph = false;
        }

        private void startVenue(LineReader.Line line, String heading) {
            endRecord();
            endSection();
            int dot = heading.lastIndexOf('·');
            Matcher declared = DECLARED_COUNT.matcher(heading.substring(dot + 1));
            String declaredCount = null;
            if (dot >= 0 && declared.matches()) {
                heading = heading.substring(0, dot).strip();
                declaredCount = declared.group(1).replaceFirst("^0+(?=\\d)", "");
            }
            venue = heading.isEmpty() ? null : heading;
            year = Years.findIn(venue);
            section = new Section(line.number(), category != null ? category : venue, declaredCount);
            skippingParagraph = false;
        }

        private void endRecord() {
            if (record == null) return;
            Record ended = record;
            record = null;
            countRecord();
            SourceLocation at = new SourceLocation(file, ended.line);
            if (ended.tooLong()) {
                sink.problem(ReadProblem.rejected(at, NoteValidator.tooLong("record", ended.length, limits.maxRecordChars())));
                return;
            }
            validator.accept(new RawNote(ended.title, ended.summary.toString(), venue, category, year,
                    List.of(), null, null, at), sink);
        }

        private void endSection() {
            if (section == null) return;
            if (section.declared != null && !section.declared.equals(Integer.toString(section.found))) {
                String name = section.name == null ? "section" : "section '" + TextCleaning.excerpt(section.name, EXCERPT_CHARS) + "'";
                sink.problem(ReadProblem.warning(new SourceLocation(file, section.line),
                        name + " declares " + section.declared + " paper notes, found " + section.found));
            }
            section = null;
        }

        private void reject(int lineNumber, String reason) {
            countRecord();
            sink.problem(ReadProblem.rejected(new SourceLocation(file, lineNumber), reason));
        }

        private void countRecord() {
            if (section != null) section.found++;
        }
    }

    /**
     * A record being read: its title and summary lines. Its length is counted as read; once it passes
     * {@link RecordLimits#maxRecordChars()} the text is no longer kept, only counted.
     */
    private final class Record {
        final int line;
        final String title;
        final StringBuilder summary = new StringBuilder();
        long length;
        boolean hasSummary;

        Record(LineReader.Line titleLine) {
            this.line = titleLine.number();
            this.title = titleLine.text().strip().substring(1);
            this.length = titleLine.length();
        }

        void append(LineReader.Line summaryLine) {
            hasSummary = true;
            length += summaryLine.length() + 1;
            if (tooLong()) {
                summary.setLength(0);
                summary.trimToSize();
                return;
            }
            if (!summary.isEmpty()) summary.append('\n');
            summary.append(summaryLine.text());
        }

        boolean tooLong() {
            return length > limits.maxRecordChars();
        }
    }

    /**
     * The notes between a venue line and the next heading, with the count the venue line declared (or null), kept as
     * its digits so that a hostile count of twenty digits is a mismatch rather than an overflow.
     */
    private static final class Section {
        final int line;
        final String name;
        final String declared;
        int found;

        Section(int line, String name, String declared) {
            this.line = line;
            this.name = name;
            this.declared = declared;
        }
    }

    private static boolean isDashLine(String text) {
        return text.strip().equals("-");
    }

    /** The heading's text without its mark, an emoji variation selector or the pilcrow. */
    private static String headingText(String stripped, String mark) {
        String text = stripped.substring(mark.length());
        if (text.startsWith("\uFE0F")) text = text.substring(1);
        text = text.strip();
        if (text.endsWith("¶")) text = text.substring(0, text.length() - 1).strip();
        return text;
    }

    private static String describe(LineReader.Line line) {
        if (line == null) return "the end of the file";
        if (line.text().isBlank()) return "a blank line";
        return "'" + TextCleaning.excerpt(line.text(), EXCERPT_CHARS) + "'";
    }
}
