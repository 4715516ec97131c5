package org.senescope.spark;

import org.senescope.analysis.singlecell.AUCell;
import org.senescope.analysis.singlecell.CellColumns;
import org.senescope.analysis.singlecell.CellScores;
import org.senescope.analysis.singlecell.LogNormalised;
import org.senescope.analysis.singlecell.SeuratModuleScore;
import org.senescope.analysis.singlecell.UCell;
import org.senescope.model.data.GeneSet;

import java.util.List;

/**
 * The scoring methods, each a call of the single-machine kernel (org.senescope.analysis.singlecell) with its
 * defaults: UCell and AUCell on the stored values, the module score on Seurat's log-normalisation of them.
 */
enum ScoreMethod {
    UCELL, AUCELL, SEURAT;

    /** The values the method scores. */
    CellColumns input(CellColumns counts) {
        return this == SEURAT ? LogNormalised.seurat(counts) : counts;
    }

    /** Scores of a block of cells; {@code controls} are the module score's control genes (unused otherwise). */
    CellScores score(CellColumns counts, List<GeneSet> sets, List<int[]> controls) {
        return switch (this) {
            case UCELL -> UCell.score(counts, sets);
            case AUCELL -> AUCell.score(counts, sets);
            case SEURAT -> SeuratModuleScore.scoreWithControls(input(counts), sets, controls);
        };
    }
}
