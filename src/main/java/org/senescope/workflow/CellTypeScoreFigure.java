package org.senescope.workflow;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.senescope.analysis.singlecell.CellScores;
import org.senescope.model.Network;
import org.senescope.model.cell.ModuleCellTypeScores;
import org.senescope.model.figure.FigureOptions;
import org.senescope.model.format.FigureFormat;
import org.senescope.output.PlannedFile;
import org.senescope.render.FigureScene;
import org.senescope.render.ModuleTypeStrips;
import org.senescope.render.files.FigureExport;
import org.senescope.render.plots.CellTypeScorePlot;
import org.senescope.render.plots.EnrichmentPlots;
import org.senescope.render.plots.PlotWriter;

/**
 * The figures of {@code sc-score}'s per-cell scores by cell type: the violins ({@link CellTypeScorePlot}), as
 * {@value #BASE}{@code .png} (at the enrichment plots' resolution), {@code .svg} and {@code .pdf} of its output set,
 * drawn when written; and, when the network's modules were scored, the network figure with each module badge's strip
 * of per-type medians ({@link ModuleTypeStrips}), as {@value #NETWORK}{@code .png}, {@code .svg} and {@code .pdf}
 * (and its caption as {@value #NETWORK}{@code .caption.txt} when the page fit leaves it out, {@link FigureCaptionFile}).
 * Stateless.
 */
final class CellTypeScoreFigure {

    static final String BASE = "cell-type-scores";
    static final String NETWORK = "cell-type-module-scores";
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

    /**
     * The network figure of the modules among {@code scores}' sets ({@code modules}, named by module id), each badge
     * carrying the module's median score per group of {@code labels}, in the violins' order.
     */
    static List<PlannedFile> planNetwork(Path directory, Network network, Set<String> modules, CellScores scores,
                                         CellLabels labels, CellScoreMethod method, String dataName)
            throws IOException {
        FigureOptions options = FigureOptions.defaults(method.displayName() + " scores of the network's modules by "
                + labels.column() + " in " + dataName, "");
        FigureScene scene = ModuleTypeStrips.figure(network, medians(modules, scores, labels, method), options);
        List<PlannedFile> files = new ArrayList<>(FigureExport.plan(scene, FORMATS, directory, NETWORK));
        files.addAll(FigureCaptionFile.plan(scene, directory, NETWORK));
        return files;
    }

    /** The median score of each module of {@code modules} per group of {@code labels}, as cell-type-scores.tsv has. */
    static ModuleCellTypeScores medians(Set<String> modules, CellScores scores, CellLabels labels,
                                        CellScoreMethod method) {
        Map<String, double[]> medians = new HashMap<>();
        for (int s = 0; s < scores.sets().size(); s++) {
            if (modules.contains(scores.sets().get(s))) {
                double[] byGroup = new double[labels.groups().size()];
                for (int g = 0; g < byGroup.length; g++) {
                    byGroup[g] = CellScoreTables.median(CellScoreTables.groupScores(scores, labels, s, g));
                }
                medians.put(scores.sets().get(s), byGroup);
            }
        }
        return new ModuleCellTypeScores(method.displayName(), labels.column(), labels.groups(),
                method == CellScoreMethod.SEURAT, medians);
    }
}
