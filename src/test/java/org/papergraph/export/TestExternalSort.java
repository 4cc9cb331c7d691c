package org.papergraph.export;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TestExternalSort {

    @TempDir
    Path dir;

    @Test
    void mergedRunsGiveTheOrderOfUtf8Bytes() {
        Random random = new Random(42);
        String[] alphabet = {"a", "B", "z", "é", "\uFFFD", "\uE000", "😀", "𝔸", " ", "<", "\""};
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = random.nextInt(8); k >= 0; k--) sb.append(alphabet[random.nextInt(alphabet.length)]);
            lines.add(sb.toString());
        }
        List<String> merged = new ArrayList<>();
        try (ExternalSort sort = new ExternalSort(dir, 2_000)) {
            lines.subList(0, 4_000).forEach(sort::add);
            assertTrue(sort.runs() > 10, "the budget forces runs: " + sort.runs());
            try (ExternalSort.MergedLines m = sort.merge(lines.subList(4_000, 5_000))) {
                m.forEachRemaining(merged::add);
            }
        }
        List<String> expected = new ArrayList<>(lines);
        // LC_ALL=C sort: compare UTF-8 bytes, unsigned
        expected.sort((x, y) -> Arrays.compareUnsigned(x.getBytes(StandardCharsets.UTF_8), y.getBytes(StandardCharsets.UTF_8)));
        assertEquals(expected, merged);
    }

    @Test
    void theRunsAreDeletedOnClose() throws Exception {
        ExternalSort sort = new ExternalSort(dir, 10);
        for (int i = 0; i < 50; i++) sort.add("line " + i);
        sort.merge(List.of()).close();
        sort.close();
        try (var files = java.nio.file.Files.list(dir)) {
            assertEquals(0, files.count());
        }
    }
}
