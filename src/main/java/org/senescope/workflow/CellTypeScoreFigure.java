package org.senescope.workflow;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.senescope.analysis.singlecell.CellScores;
import org.senescope.model.format.FigureFormat;
import org.senescope.output.PlannedFile;
import org.senescope.render.plots.CellTypeScorePlot;
import org.senescope.render.plots.EnrichmentPlots;
import org.senescope.render.plots.PlotWriter;

/**
 * The figure of {@code sc-score}'s per-cell scores by cell type ({@link CellTypeScorePlot}), as
 * {@value #BASE}{@code .png} (at the enrichment plots' resolution), {@code .svg} and {@code .pdf} of its output set.
 * Drawn when written. Stateless.
 */
final class CellTypeScoreFigure {

    static final String BASE = "cell-type-scores";
    private static final List<FigureFormat> FORMATS = List.of(FigureFormat.PNG, FigureFormat.SVG, FigureFormat.PDF);

    private CellTypeScoreFigure() {
    }

    /** The figure of {@code scores} by {@code labels}, the y axes named after {@code method}. */
    static List<PlannedFile> plan(Path directory, CellScores scores, CellLabels labels, CellScoreMethod method,
                                  String dataName) {
        String valueLabel = method == CellScoreMethod.SEURAT ? method.displayName() : method.displayName() + " score";
        CellTypeScorePlot plot = CellTypeScorePlot.of(scores, labels.groups(), labels.groupOf(),
                method.displayName() + " scores of " + dataName + " by " + labels.column(), valueLabel);
        List<PlannedFile> files = new ArrayList<>();
        for (FigureFormat format : FORMATS) {
            files.add(new PlannedFile(directory.resolve(BASE + "." + format.extension()),
                    out -> PlotWriter.write(plot, format, EnrichmentPlots.DPI, out)));
        }
        return files;
    }
}
