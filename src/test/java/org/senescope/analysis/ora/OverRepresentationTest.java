package org.senescope.analysis.ora;

import org.junit.jupiter.api.Test;
import org.senescope.analysis.SetSizeFilter;
import org.senescope.model.analysis.SkippedGeneSet;
import org.senescope.analysis.stats.MultipleTesting;
import org.senescope.model.data.GeneSet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OverRepresentationTest {

    private static List<String> genes(int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(i -> "G" + i).toList();
    }

    private static final List<String> BACKGROUND = genes(1, 20);

    @Test
    void handComputedSetHasExactCountsAndP() {
        GeneSet set = new GeneSet("S", "", List.of("G5", "G1", "G2", "G3", "G4", "NOT_MEASURED"));
        OraRun run = OverRepresentation.test(List.of("G1", "G2", "G3", "G16"), BACKGROUND, List.of(set),
                new SetSizeFilter(1, 100));
        OraSetResult r = run.results().get(0);
        assertEquals("S", r.name());
        assertEquals(6, r.sizeBefore());
        assertEquals(5, r.size());
        assertEquals(3, r.overlap());
        assertEquals(1.0, r.expected(), 1e-15);
        assertEquals(3.0, r.foldEnrichment(), 1e-15);
        assertEquals(155.0 / 4845.0, r.p(), 1e-12 * 155.0 / 4845.0);
        assertEquals(r.p(), r.q(), 0.0);
        assertEquals(List.of("G1", "G2", "G3"), r.overlapGenes());
        assertEquals(20, run.backgroundSize());
        assertEquals(4, run.selectedSize());
    }

    @Test
    void selectedGenesOutsideTheBackgroundAreDroppedAndListedAndRepeatsCounted() {
        List<String> selection = List.of("G1", "X9", "G2", "G1", "X3", "X9", "G3", "G16");
        List<String> background = new ArrayList<>(BACKGROUND);
        background.add("G2");
        OraRun run = OverRepresentation.test(selection, background, List.of(new GeneSet("S", "", genes(1, 5))),
                new SetSizeFilter(1, 100));
        assertEquals(List.of("X9", "X3"), run.notInBackground());
        assertEquals(2, run.selectedRepeats());
        assertEquals(1, run.backgroundRepeats());
        assertEquals(4, run.selectedSize());
        assertEquals(20, run.backgroundSize());
        // The dropped genes change nothing: the same test as N=20, K=5, n=4, k=3.
        assertEquals(155.0 / 4845.0, run.results().get(0).p(), 1e-12 * 155.0 / 4845.0);
    }

    @Test
    void aSelectionWithNoGeneInTheBackgroundIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> OverRepresentation.test(
                List.of("X1", "X2"), BACKGROUND, List.of(new GeneSet("S", "", genes(1, 5))),
                new SetSizeFilter(1, 10)));
        assertTrue(e.getMessage().contains("none of the 2 selected genes"), e.getMessage());
    }

    @Test
    void setsOutsideTheSizeLimitsAreSkippedWithReasons() {
        List<GeneSet> sets = List.of(new GeneSet("SMALL", "", List.of("G1", "X1", "X2")),
                new GeneSet("NONE", "", List.of("X1")), new GeneSet("OK", "", genes(1, 4)),
                new GeneSet("BIG", "", genes(1, 12)), new GeneSet("OK", "", genes(5, 9)));
        OraRun run = OverRepresentation.test(List.of("G1", "G2"), BACKGROUND, sets, new SetSizeFilter(2, 10));
        assertEquals(List.of("OK"), run.results().stream().map(OraSetResult::name).toList());
        assertEquals(List.of(SkippedGeneSet.Reason.BELOW_MIN_SIZE, SkippedGeneSet.Reason.NO_GENES_IN_DATA,
                        SkippedGeneSet.Reason.ABOVE_MAX_SIZE, SkippedGeneSet.Reason.DUPLICATE_NAME),
                run.skipped().stream().map(SkippedGeneSet::reason).toList());
        assertEquals(3, run.skipped().get(0).sizeBefore());
        assertEquals(1, run.skipped().get(0).sizeAfter());
    }

    @Test
    void benjaminiHochbergMatchesRsPAdjust() {
        // p.adjust(c(0.01, 0.04, 0.03, 0.005, 0.2, 0.04), "BH") in R: 0.030 0.048 0.048 0.030 0.200 0.048.
        double[] q = MultipleTesting.benjaminiHochberg(new double[] {0.01, 0.04, 0.03, 0.005, 0.2, 0.04});
        assertArrayEquals(new double[] {0.03, 0.048, 0.048, 0.03, 0.2, 0.048}, q, 1e-15);
    }

    @Test
    void qValuesAreBenjaminiHochbergOverTheTestedSetsAndResultsSortByP() {
        List<String> background = genes(1, 200);
        List<String> selection = genes(1, 30);
        List<GeneSet> sets = new ArrayList<>();
        for (int s = 0; s < 8; s++) {
            sets.add(new GeneSet("SET" + s, "", genes(1 + 12 * s, 20 + 12 * s)));
        }
        OraRun run = OverRepresentation.test(selection, background, sets, new SetSizeFilter(5, 100));
        double[] p = run.results().stream().mapToDouble(OraSetResult::p).toArray();
        // By hand: q_(i) = min over j >= i of m / j * p_(j), capped at 1.
        Integer[] order = IntStream.range(0, p.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, (a, b) -> Double.compare(p[a], p[b]));
        double[] expected = new double[p.length];
        double running = 1.0;
        for (int j = p.length; j >= 1; j--) {
            running = Math.min(running, p.length * p[order[j - 1]] / j);
            expected[order[j - 1]] = running;
        }
        for (int i = 0; i < p.length; i++) {
            assertEquals(expected[i], run.results().get(i).q(), 1e-15 * expected[i] + 1e-300);
            OraSetResult r = run.results().get(i);
            assertEquals(ExactHypergeometric.upper(200, r.size(), 30, r.overlap()), r.p(), 1e-12 * r.p());
        }
        assertEquals("SET0", run.byP().get(0).name());
        assertEquals(20, run.byP().get(0).overlap());
        List<OraSetResult> sorted = run.byP();
        for (int i = 1; i < sorted.size(); i++) {
            assertTrue(sorted.get(i - 1).p() <= sorted.get(i).p());
        }
    }
}
