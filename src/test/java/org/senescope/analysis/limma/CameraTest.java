package org.senescope.analysis.limma;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.senescope.analysis.FilteredGeneSets;
import org.senescope.analysis.P53Data;
import org.senescope.analysis.SetSizeFilter;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CameraTest {

    static FilteredGeneSets sets;

    @BeforeAll
    static void read() throws IOException {
        ModeratedTTest.read();
        sets = new SetSizeFilter(15, 500).apply(P53Data.geneSets(), ModeratedTTest.p53.rowIds());
    }

    /** Compares every set's NGenes, Direction, PValue, FDR (and Correlation where given) with the reference. */
    static void assertMatches(List<CameraSetResult> results, String file) {
        Map<String, Map<String, String>> ref = P53Data.table(file);
        assertEquals(ref.keySet(), new java.util.HashSet<>(results.stream().map(CameraSetResult::name).toList()));
        double worstP = 0;
        double worstFdr = 0;
        double worstCor = 0;
        for (CameraSetResult r : results) {
            Map<String, String> row = ref.get(r.name());
            assertEquals(Integer.parseInt(row.get("NGenes")), r.genes(), r.name());
            assertEquals(row.get("Direction"), r.direction(), r.name());
            worstP = Math.max(worstP, ModeratedTTest.relative(r.pValue(), Double.parseDouble(row.get("PValue"))));
            worstFdr = Math.max(worstFdr, ModeratedTTest.relative(r.fdr(), Double.parseDouble(row.get("FDR"))));
            if (row.containsKey("Correlation")) {
                worstCor = Math.max(worstCor, ModeratedTTest.relative(r.correlation(),
                        Double.parseDouble(row.get("Correlation"))));
            }
        }
        String report = file + ": PValue " + worstP + " FDR " + worstFdr + " Correlation " + worstCor;
        System.out.println(report);
        assertTrue(worstP <= 1e-9 && worstFdr <= 1e-9 && worstCor <= 1e-9, report);
    }

    @Test
    void aSetOfHighStatisticsIsUpAndOneOfLowIsDown() {
        double[] stat = new double[40];
        for (int g = 0; g < stat.length; g++) {
            stat[g] = Math.sin(g * 1.7);
        }
        for (int g = 0; g < 5; g++) {
            stat[g] += 3;
            stat[5 + g] -= 3;
        }
        FilteredGeneSets two = new FilteredGeneSets(List.of(
                new org.senescope.analysis.IndexedGeneSet("HIGH", 5, new int[] {0, 1, 2, 3, 4}),
                new org.senescope.analysis.IndexedGeneSet("LOW", 5, new int[] {5, 6, 7, 8, 9})), List.of());
        for (boolean ranks : new boolean[] {false, true}) {
            List<CameraSetResult> r = Camera.cameraPR(stat, two, 0.01, ranks);
            assertEquals("Up", r.get(0).direction());
            assertEquals("Down", r.get(1).direction());
            assertTrue(r.get(0).pValue() < 1e-3 && r.get(1).pValue() < 1e-3, r.toString());
            assertEquals(2 * Math.min(r.get(0).down(), r.get(0).up()), r.get(0).pValue());
        }
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Camera.cameraPR(stat, two, Double.NaN, false));
    }

    @Test
    void cameraPROnModeratedTEqualsLimma() {
        assertMatches(Camera.cameraPR(ModeratedTTest.fit.t(), sets, Camera.DEFAULT_INTER_GENE_COR, false),
                "limma_p53_cameraPR_t_igc0.01.tsv");
    }

    @Test
    void cameraDefaultEqualsLimma() {
        assertMatches(Camera.camera(ModeratedTTest.p53, ModeratedTTest.groups, "WT", "MUT", sets,
                Camera.DEFAULT_INTER_GENE_COR, false), "limma_p53_camera_default_igc0.01.tsv");
    }

    @Test
    void cameraEstimatedCorrelationEqualsLimma() {
        assertMatches(Camera.camera(ModeratedTTest.p53, ModeratedTTest.groups, "WT", "MUT", sets, Double.NaN,
                false), "limma_p53_camera_igcNA_estimated.tsv");
    }

    @Test
    void cameraRanksEqualsLimma() {
        assertMatches(Camera.camera(ModeratedTTest.p53, ModeratedTTest.groups, "WT", "MUT", sets,
                Camera.DEFAULT_INTER_GENE_COR, true), "limma_p53_camera_ranks_igc0.01.tsv");
    }
}
