package org.papergraph.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TestTextDecoder {

    private static final String TEXT = "📚 Über¶\n- Café “quoted”\n-\nSummary.\n";

    @TempDir
    Path dir;

    /** Each call writes its own file: a Decoding reads its file again when opened. */
    private TextDecoder.Decoding inspect(byte[] bytes) throws IOException {
        Path file = Files.createTempFile(dir, "f", ".md");
        Files.write(file, bytes);
        return TextDecoder.inspect(file, "f.md");
    }

    private static String decode(TextDecoder.Decoding decoding) throws IOException {
        try (BufferedReader reader = decoding.open()) {
            StringBuilder text = new StringBuilder();
            for (int c; (c = reader.read()) >= 0; ) text.append((char) c);
            return text.toString();
        }
    }

    private static List<String> problems(TextDecoder.Decoding decoding) {
        return decoding.problems().stream().map(ReadProblem::toString).toList();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) out[i] = (byte) values[i];
        return out;
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    @Test
    void plainUtf8IsReadAsIsWithoutProblems() throws IOException {
        TextDecoder.Decoding decoding = inspect(TEXT.getBytes(StandardCharsets.UTF_8));
        assertEquals(StandardCharsets.UTF_8, decoding.charset());
        assertEquals(List.of(), problems(decoding));
        assertEquals(TEXT, decode(decoding));
    }

    @Test
    void utf8ByteOrderMarkIsSkipped() throws IOException {
        TextDecoder.Decoding decoding = inspect(concat(bytes(0xEF, 0xBB, 0xBF), TEXT.getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of(), problems(decoding));
        assertEquals(TEXT, decode(decoding));
    }

    @Test
    void utf16WithByteOrderMarkIsReadSilently() throws IOException {
        TextDecoder.Decoding le = inspect(concat(bytes(0xFF, 0xFE), TEXT.getBytes(StandardCharsets.UTF_16LE)));
        TextDecoder.Decoding be = inspect(concat(bytes(0xFE, 0xFF), TEXT.getBytes(StandardCharsets.UTF_16BE)));
        assertEquals(List.of(), problems(le));
        assertEquals(TEXT, decode(le));
        assertEquals(List.of(), problems(be));
        assertEquals(TEXT, decode(be));
    }

    @Test
    void utf16WithoutByteOrderMarkIsRecognisedByItsNulBytesWithAWarning() throws IOException {
        TextDecoder.Decoding le = inspect(TEXT.getBytes(StandardCharsets.UTF_16LE));
        TextDecoder.Decoding be = inspect(TEXT.getBytes(StandardCharsets.UTF_16BE));
        assertEquals(List.of("warning: f.md: no byte-order mark; read as UTF-16LE"), problems(le));
        assertEquals(TEXT, decode(le));
        assertEquals(List.of("warning: f.md: no byte-order mark; read as UTF-16BE"), problems(be));
        assertEquals(TEXT, decode(be));
    }

    @Test
    void invalidUtf8IsReadAsWindows1252WithTheFirstBadOffset() throws IOException {
        byte[] latin1 = "- Café “quoted”\n".getBytes(Charset.forName("windows-1252"));
        TextDecoder.Decoding decoding = inspect(latin1);
        assertEquals(List.of("warning: f.md: not valid UTF-8 (first bad byte at offset 5); read as windows-1252"),
                problems(decoding));
        assertEquals("- Café “quoted”\n", decode(decoding));
    }

    @Test
    void overlongSurrogateAndTruncatedSequencesAreNotUtf8() throws IOException {
        assertEquals("warning: f.md: not valid UTF-8 (first bad byte at offset 1); read as windows-1252",
                problems(inspect(bytes('a', 0xC0, 0x80))).get(0));
        assertEquals("warning: f.md: not valid UTF-8 (first bad byte at offset 2); read as windows-1252",
                problems(inspect(bytes('a', 'b', 0xED, 0xA0, 0x80))).get(0));
        assertEquals("warning: f.md: not valid UTF-8 (first bad byte at offset 1); read as windows-1252",
                problems(inspect(bytes('a', 0xF0, 0x9F, 0x98))).get(0));
        assertEquals("warning: f.md: not valid UTF-8 (first bad byte at offset 0); read as windows-1252",
                problems(inspect(bytes(0xF5, 0x80, 0x80, 0x80))).get(0));
    }

    @Test
    void nulBytesOutsideTheUtf16PatternMeanBinary() throws IOException {
        TextDecoder.Decoding decoding = inspect(bytes(0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1));
        assertEquals(TextDecoder.Kind.BINARY, decoding.kind());
        assertEquals(List.of("f.md: binary file, not text (NUL byte at offset 8)"), problems(decoding));
    }

    @Test
    void manyControlBytesMeanBinary() throws IOException {
        TextDecoder.Decoding decoding = inspect(bytes('a', 'b', 1, 2, 3, 'c', 'd', 'e', 'f', 'g'));
        assertEquals(List.of("f.md: binary file, not text (3 of 10 bytes are control codes)"), problems(decoding));
    }

    @Test
    void aFewControlBytesAreLeftToTheRecordChecks() throws IOException {
        TextDecoder.Decoding decoding = inspect("- Title\u0007\n-\nA summary with a bell.\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(TextDecoder.Kind.TEXT, decoding.kind());
        assertEquals(List.of(), problems(decoding));
    }

    @Test
    void emptyFileAndByteOrderMarkOnlyAreEmpty() throws IOException {
        assertEquals(List.of("warning: f.md: empty file"), problems(inspect(new byte[0])));
        TextDecoder.Decoding bomOnly = inspect(bytes(0xEF, 0xBB, 0xBF));
        assertEquals(TextDecoder.Kind.EMPTY, bomOnly.kind());
        assertEquals(List.of("warning: f.md: empty file"), problems(bomOnly));
    }

    @Test
    void gzipIsUndoneTransparently() throws IOException {
        TextDecoder.Decoding decoding = inspect(gzip(TEXT.getBytes(StandardCharsets.UTF_8)));
        assertTrue(decoding.gzip());
        assertEquals(List.of(), problems(decoding));
        assertEquals(TEXT, decode(decoding));
    }

    @Test
    void gzipOfWindows1252IsCheckedAfterDecompression() throws IOException {
        TextDecoder.Decoding decoding = inspect(gzip("Café".getBytes(StandardCharsets.ISO_8859_1)));
        assertEquals(List.of("warning: f.md: not valid UTF-8 (first bad byte at offset 3); read as windows-1252"), problems(decoding));
        assertEquals("Café", decode(decoding));
    }

    @Test
    void truncatedGzipFailsWithAClearMessage() throws IOException {
        byte[] whole = gzip(TEXT.repeat(100).getBytes(StandardCharsets.UTF_8));
        IOException e = assertThrows(IOException.class, () -> inspect(Arrays.copyOf(whole, whole.length / 2)));
        assertTrue(e.getMessage().startsWith("corrupt or truncated gzip data"), e.getMessage());
    }

    @Test
    void invalidUtf8FarIntoALargeFileIsFound() throws IOException {
        byte[] large = concat("a".repeat(3_000_000).getBytes(StandardCharsets.US_ASCII), bytes(0xE9, '\n'));
        assertEquals(List.of("warning: f.md: not valid UTF-8 (first bad byte at offset 3000000); read as windows-1252"),
                problems(inspect(large)));
    }
}
