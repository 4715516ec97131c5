package org.senescope.analysis.singlecell;

import org.junit.jupiter.api.Test;
import org.senescope.failure.BadDataException;
import org.senescope.failure.BadRequestException;
import org.senescope.model.data.GeneSet;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The scores' parameters and edge cases on small matrices, with the exact messages of what they refuse. */
class ScoreParametersTest {

    private static final Pbmc1k.Matrix SMALL = SmallMatrices.dense(new double[] {0, 2, 5, 2, 0, 0, 1, 2},
            new double[] {3, 0, 0, 1, 0, 4, 0, 0});

    private static GeneSet set(String name, String... genes) {
        return new GeneSet(name, "", List.of(genes));
    }

    @Test
    void ucellUsesAverageRanksCapsThemAndImputesMissingGenesAtTheMaximumRank() {
        // cell 1: G3 rank 1, G2 rank 3 (three-way tie), MISSING at maxRank 4; cell 2: G3 rank 6 (five zeros) -> 4, G2 -> 4
        CellScores scores = UCell.score(SMALL, List.of(set("S", "G3", "G2", "MISSING", "G3")), 4);
        assertEquals(List.of("S"), scores.sets());
        assertArrayEquals(new double[] {1 - (1 + 3 + 4 - 6) / (12.0 - 6), 0}, scores.scoresOf(0), 1e-15);
    }

    @Test
    void ucellLowersTheMaximumRankToTheGeneCountAndRefusesLongerSetsAndRanksBelowOne() {
        CellScores lowered = UCell.score(SMALL, List.of(set("S", "G3")), 1500);
        assertArrayEquals(new double[] {1, 1 - (6 - 1) / (8 - 1.0)}, lowered.scoresOf(0), 1e-15);
        BadRequestException tooLong = assertThrows(BadRequestException.class,
                () -> UCell.score(SMALL, List.of(set("LONG", "G1", "G2", "G3")), 2));
        assertEquals("gene set LONG has 3 genes, more than UCell's maximum rank (2); raise the maximum rank or use a "
                + "shorter set", tooLong.getMessage());
        BadRequestException zero = assertThrows(BadRequestException.class,
                () -> UCell.score(SMALL, List.of(set("S", "G1")), 0));
        assertEquals("UCell's maximum rank must be at least 1, not 0", zero.getMessage());
    }

    @Test
    void aucellBreaksTiesByGeneOrderAndCountsOnlyRanksBelowItsMaximum() {
        // cell 1 first ranks: G2 2, G4 3, G8 4; aucMaxRank 4 keeps ranks 2 and 3: area (3-2)*1 + (4-3)*2 = 3 of 6
        CellScores scores = AUCell.score(SMALL, List.of(set("S", "G8", "G4", "G2", "ABSENT")), 4);
        assertEquals(0.5, scores.value(0, 0), 1e-15);
        // cell 2 first ranks: G4 3, G2 4 (the first zero), G8 8: area (4-3)*1 = 1 of 6
        assertEquals(1 / 6.0, scores.value(0, 1), 1e-15);
        assertEquals(5, AUCell.defaultMaxRank(81));
    }

    @Test
    void aucellRefusesASetWithNoGeneInTheDataAndAMaximumRankBelowTwo() {
        BadDataException none = assertThrows(BadDataException.class,
                () -> AUCell.score(SMALL, List.of(set("GONE", "X", "Y")), 4));
        assertEquals("no gene of set GONE is in the data, so AUCell cannot score it", none.getMessage());
        // the default, ceil(0.05 * 8 genes), is 1
        BadRequestException low = assertThrows(BadRequestException.class,
                () -> AUCell.score(SMALL, List.of(set("S", "G1"))));
        assertEquals("AUCell's maximum rank must be at least 2, not 1", low.getMessage());
    }

    @Test
    void seuratRefusesBadCountsEmptySetsAndBinsTooSmallForTheControls() {
        List<GeneSet> sets = List.of(set("S", "G1"));
        assertEquals("the number of expression bins must be at least 1, not 0", assertThrows(
                BadRequestException.class, () -> SeuratModuleScore.score(SMALL, sets, 0, 1, 1)).getMessage());
        assertEquals("the number of control genes must be at least 1, not 0", assertThrows(
                BadRequestException.class, () -> SeuratModuleScore.score(SMALL, sets, 2, 0, 1)).getMessage());
        assertEquals("no gene of set GONE is in the data, so it has no module score", assertThrows(
                BadDataException.class, () -> SeuratModuleScore.score(SMALL, List.of(set("GONE", "X")), 2, 1, 1))
                .getMessage());
        assertEquals("set S: the expression bin of G1 holds 4 genes, fewer than the 5 control genes to draw",
                assertThrows(BadDataException.class, () -> SeuratModuleScore.score(SMALL, sets, 2, 5, 1))
                        .getMessage());
        assertEquals("Insufficient data values to produce 24 bins.", assertThrows(BadDataException.class,
                () -> SeuratModuleScore.score(SMALL, sets)).getMessage());
    }

    @Test
    void logNormalisationIsSeuratsLogOnePlusCountOverTotalTimesTenThousand() {
        SparseColumn cell = LogNormalised.seurat(SmallMatrices.dense(new double[] {1, 0, 3})).cell(0);
        assertEquals(2, cell.size());
        assertArrayEquals(new int[] {0, 2}, new int[] {cell.gene(0), cell.gene(1)});
        assertArrayEquals(new double[] {Math.log1p(2500), Math.log1p(7500)}, new double[] {cell.value(0),
                cell.value(1)}, 0.0);
        assertEquals("scale factor must be positive and finite, not 0.0", assertThrows(IllegalArgumentException.class,
                () -> new LogNormalised(SMALL, 0)).getMessage());
    }
}
