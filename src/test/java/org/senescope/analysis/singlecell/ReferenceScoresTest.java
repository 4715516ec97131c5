package org.senescope.analysis.singlecell;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.senescope.model.data.GeneSet;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * UCell, AUCell and Seurat's AddModuleScore on the real PBMC 1k counts, log-normalised as Seurat does, equal to the R
 * references to 1e-9 in every one of the 996 cells for each of the 19 sets.
 */
class ReferenceScoresTest {

    private static Pbmc1k.Matrix counts;
    private static CellColumns data;
    private static List<GeneSet> sets;

    @BeforeAll
    static void read() {
        counts = Pbmc1k.counts();
        data = LogNormalised.seurat(counts);
        sets = Pbmc1k.geneSets();
        assertEquals(33538, data.genes().size());
        assertEquals(996, data.cellCount());
        assertEquals(19, sets.size());
    }

    /** The largest absolute difference from the reference over every set and cell. */
    private static double worstDifference(CellScores ours, String resource) throws IOException {
        Map<String, double[]> reference = Pbmc1k.reference(resource, counts.barcodes());
        assertEquals(List.copyOf(reference.keySet()), ours.sets(), resource);
        double worst = 0;
        for (int s = 0; s < ours.sets().size(); s++) {
            double[] expected = reference.get(ours.sets().get(s));
            for (int cell = 0; cell < ours.cellCount(); cell++) {
                worst = Math.max(worst, Math.abs(ours.value(s, cell) - expected[cell]));
            }
        }
        return worst;
    }

    @Test
    void ucellEqualsItsReference() throws IOException {
        double worst = worstDifference(UCell.score(data, sets), "ucell-scores.tsv.gz");
        assertEquals(0, worst, 1e-9, "largest difference " + worst);
    }

    @Test
    void aucellEqualsItsReference() throws IOException {
        double worst = worstDifference(AUCell.score(data, sets), "aucell-scores.tsv.gz");
        assertEquals(0, worst, 1e-9, "largest difference " + worst);
    }

    @Test
    void seuratModuleScoreEqualsItsReference() throws IOException {
        double worst = worstDifference(SeuratModuleScore.score(data, sets), "seurat-module-scores.tsv.gz");
        assertEquals(0, worst, 1e-9, "largest difference " + worst);
    }
}
