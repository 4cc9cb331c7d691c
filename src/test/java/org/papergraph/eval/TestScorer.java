package org.papergraph.eval;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.export.ExportFormat;
import org.papergraph.export.Exporter;
import org.papergraph.export.GraphSelection;
import org.papergraph.testing.SampleStore;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code papergraph eval} prints exactly what the shared scorer prints for the same store. */
class TestScorer {

    private static final Path GOLD = Path.of("..", "shared", "eval", "iclr2026-pretraining.gold.json");
    private static final Path SCORER = Path.of("..", "shared", "eval", "score.py");

    @Test
    void matchesTheSharedScorerOnTheSample(@TempDir Path dir) throws Exception {
        ScoreReport report = new Scorer(SampleStore.get()).score(GoldStandard.read(GOLD));
        Path nt = dir.resolve("out.nt");
        Exporter.builder().store(SampleStore.get()).format(ExportFormat.NT).graphs(GraphSelection.ALL).build().export(nt);
        Process p = new ProcessBuilder("python3", SCORER.toString(), nt.toString(), GOLD.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        String last = out.strip().lines().reduce((a, b) -> b).orElseThrow();
        String mine = report.render(false).strip();
        assertEquals(last, mine);
    }

    @Test
    void theSampleMeetsTheFoundationTargets() {
        ScoreReport report = new Scorer(SampleStore.get()).score(GoldStandard.read(GOLD));
        assertTrue(report.recall() >= 0.80, "entity recall " + report.recall());
        assertTrue(report.precision() >= 0.75, "entity precision " + report.precision());
        assertEquals(0, report.missingPapers().size());
    }

    @Test
    void relationRecallSplitsByPredicate() {
        ScoreReport report = new Scorer(SampleStore.get()).score(GoldStandard.read(GOLD));
        List<ScoreReport.PredicateCount> counts = report.relationsByPredicate();
        int gold = 0, found = 0;
        for (ScoreReport.PredicateCount c : counts) {
            assertTrue(c.found() <= c.bothEnds() && c.bothEnds() <= c.gold(), c.toString());
            gold += c.gold();
            found += c.found();
        }
        assertEquals(report.totals().get("rel_gold"), gold);
        assertEquals(report.totals().get("rel_ok"), found);
        assertTrue(counts.stream().anyMatch(c -> c.predicate().equals("variantOf")), counts.toString());
        String errors = report.render(true);
        assertTrue(errors.contains("relations by predicate: variantOf "), errors);
        // the figures stay the last line, as the shared scorer prints them
        assertEquals(report.render(false).strip(), errors.strip().lines().reduce((a, b) -> b).orElseThrow());
    }

    @Test
    void normalisationFollowsTheScorer() {
        assertTrue(MatchKeys.keys("The FictionalQA dataset").contains("fictionalqa"));
        assertTrue(MatchKeys.keys("KL divergences").contains("kl divergence"));
        assertTrue(MatchKeys.keys("semantic–pixel conflict").contains("semantic-pixel conflict"));
        assertEquals("a b", MatchKeys.title("A: b!"));
        assertTrue(Files.exists(GOLD));
    }
}
