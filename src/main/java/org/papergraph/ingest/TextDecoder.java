package org.papergraph.ingest;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Turns a file's bytes into text without trusting its name or its producer, in two streaming passes so that a
 * 100 MB file is never held in memory: {@link #inspect} reads the bytes once to decide how to decode them, and
 * {@link Decoding#open()} reads them again to decode.
 *
 * <p>gzip is undone wherever its magic bytes appear. A byte-order mark decides the encoding (UTF-8, UTF-16 LE/BE);
 * without one, a regular pattern of NUL bytes means UTF-16 (said in a warning, since it is a guess); otherwise the text
 * must be UTF-8, and if it is not it is read as windows-1252 (a superset of Latin-1 that also has the "smart quotes"
 * word processors write), with a warning naming the first bad byte. Stray NUL bytes or many control bytes mean the file
 * is not text at all, and it is rejected as a whole.
 */
public final class TextDecoder {

    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** How much of the start is used to recognise a byte-order mark or the UTF-16 NUL pattern. */
    private static final int SAMPLE_BYTES = 64 * 1024;
    private static final int BUFFER_BYTES = 64 * 1024;
    /** More control bytes than one in this many means binary. */
    private static final int CONTROL_BYTE_RATIO = 10;

    private TextDecoder() {}

    /** What the first pass found. */
    public enum Kind { TEXT, EMPTY, BINARY }

    /**
     * How one file is to be decoded, and what the user should be told about it.
     *
     * @param bomLength bytes of byte-order mark to skip
     * @param problems  warnings (a guessed or fallback encoding, an empty file) or the rejection of a binary file
     */
    public record Decoding(Path path, String file, Kind kind, Charset charset, int bomLength, boolean gzip,
                           List<ReadProblem> problems) {

        public Decoding {
            problems = List.copyOf(problems);
        }

        /** Second pass: the decoded text, for {@link Kind#TEXT} files; malformed input becomes U+FFFD, never an error. */
        public BufferedReader open() throws IOException {
            if (kind != Kind.TEXT) throw new IllegalStateException(file + " is " + kind);
            InputStream in = openBytes(path, gzip);
            try {
                in.skipNBytes(bomLength);
            } catch (IOException e) {
                in.close();
                throw e;
            }
            return new BufferedReader(new InputStreamReader(in, charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)), BUFFER_BYTES);
        }
    }

    /**
     * First pass over a file's bytes.
     *
     * @param file the name to use in problems
     */
    public static Decoding inspect(Path path, String file) throws IOException {
        Objects.requireNonNull(file, "file");
        boolean gzip = startsWithGzipMagic(path);
        try (InputStream in = openBytes(path, gzip)) {
            byte[] sample = in.readNBytes(SAMPLE_BYTES);
            ByteOrderMark bom = ByteOrderMark.of(sample);
            if (bom != null) {
                boolean empty = sample.length == bom.length && in.read() < 0;
                return empty ? empty(path, file, gzip)
                        : new Decoding(path, file, Kind.TEXT, bom.charset, bom.length, gzip, List.of());
            }
            if (sample.length == 0) return empty(path, file, gzip);
            Charset utf16 = utf16ByNulPattern(sample);
            if (utf16 != null) {
                return new Decoding(path, file, Kind.TEXT, utf16, 0, gzip, List.of(ReadProblem.warning(
                        SourceLocation.wholeFile(file), "no byte-order mark; read as " + utf16.name())));
            }
            return scanRest(path, file, gzip, in, sample);
        }
    }

    private static Decoding scanRest(Path path, String file, boolean gzip, InputStream in, byte[] sample)
            throws IOException {
        Utf8Scan scan = new Utf8Scan();
        scan.update(sample, 0, sample.length);
        byte[] buffer = new byte[BUFFER_BYTES];
        for (int n; scan.firstNulOffset() < 0 && (n = in.read(buffer)) >= 0; ) {
            scan.update(buffer, 0, n);
        }
        scan.finish();
        SourceLocation where = SourceLocation.wholeFile(file);
        if (scan.firstNulOffset() >= 0) {
            return binary(path, file, gzip, where, "NUL byte at offset " + scan.firstNulOffset());
        }
        if (scan.controlBytes() * CONTROL_BYTE_RATIO > scan.bytes()) {
            return binary(path, file, gzip, where, scan.controlBytes() + " of " + scan.bytes() + " bytes are control codes");
        }
        if (scan.firstInvalidOffset() >= 0) {
            return new Decoding(path, file, Kind.TEXT, WINDOWS_1252, 0, gzip, List.of(ReadProblem.warning(where,
                    "not valid UTF-8 (first bad byte at offset " + scan.firstInvalidOffset() + "); read as windows-1252")));
        }
        return new Decoding(path, file, Kind.TEXT, StandardCharsets.UTF_8, 0, gzip, List.of());
    }

    private static Decoding empty(Path path, String file, boolean gzip) {
        return new Decoding(path, file, Kind.EMPTY, StandardCharsets.UTF_8, 0, gzip,
                List.of(ReadProblem.warning(SourceLocation.wholeFile(file), "empty file")));
    }

    private static Decoding binary(Path path, String file, boolean gzip, SourceLocation where, String why) {
        return new Decoding(path, file, Kind.BINARY, StandardCharsets.UTF_8, 0, gzip,
                List.of(ReadProblem.rejected(where, "binary file, not text (" + why + ")")));
    }

    private enum ByteOrderMark {
        UTF_8(StandardCharsets.UTF_8, 0xEF, 0xBB, 0xBF),
        UTF_16LE(StandardCharsets.UTF_16LE, 0xFF, 0xFE),
        UTF_16BE(StandardCharsets.UTF_16BE, 0xFE, 0xFF);

        final Charset charset;
        final int length;
        private final int[] bytes;

        ByteOrderMark(Charset charset, int... bytes) {
            this.charset = charset;
            this.bytes = bytes;
            this.length = bytes.length;
        }

        static ByteOrderMark of(byte[] start) {
            for (ByteOrderMark bom : values()) {
                if (bom.matches(start)) return bom;
            }
            return null;
        }

        private boolean matches(byte[] start) {
            if (start.length < length) return false;
            for (int i = 0; i < length; i++) {
                if ((start[i] & 0xFF) != bytes[i]) return false;
            }
            return true;
        }
    }

    /**
     * UTF-16 without a byte-order mark: text that is mostly ASCII has a NUL in (nearly) every second byte, on the odd
     * offsets for little-endian and the even ones for big-endian, and (nearly) never on the others. Stray NULs in a
     * binary file fall on both.
     */
    private static Charset utf16ByNulPattern(byte[] sample) {
        int pairs = sample.length / 2;
        if (pairs == 0) return null;
        int nulEven = 0;
        int nulOdd = 0;
        for (int i = 0; i < 2 * pairs; i++) {
            if (sample[i] == 0) {
                if (i % 2 == 0) nulEven++;
                else nulOdd++;
            }
        }
        if (nulOdd * 10 >= pairs * 3 && nulEven * 20 <= pairs) return StandardCharsets.UTF_16LE;
        if (nulEven * 10 >= pairs * 3 && nulOdd * 20 <= pairs) return StandardCharsets.UTF_16BE;
        return null;
    }

    private static boolean startsWithGzipMagic(Path path) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            byte[] magic = in.readNBytes(2);
            return magic.length == 2 && (magic[0] & 0xFF) == 0x1F && (magic[1] & 0xFF) == 0x8B;
        }
    }

    private static InputStream openBytes(Path path, boolean gzip) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(path), BUFFER_BYTES);
        if (!gzip) return in;
        try {
            return new GzipErrors(new GZIPInputStream(in, BUFFER_BYTES));
        } catch (IOException e) {
            in.close();
            throw GzipErrors.explain(e);
        }
    }

    /** Says "corrupt or truncated gzip data" instead of zlib's terse messages, whichever pass meets the damage. */
    private static final class GzipErrors extends FilterInputStream {

        GzipErrors(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            try {
                return super.read();
            } catch (IOException e) {
                throw explain(e);
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            try {
                return super.read(b, off, len);
            } catch (IOException e) {
                throw explain(e);
            }
        }

        static IOException explain(IOException e) {
            if (e instanceof ZipException || e instanceof EOFException)
                return new IOException("corrupt or truncated gzip data (" + e.getMessage() + ")", e);
            return e;
        }
    }
}
