package org.senescope.workflow;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.senescope.analysis.gsea.Ranking;
import org.senescope.model.analysis.GseaRun;
import org.senescope.model.analysis.GseaSetResult;
import org.senescope.model.data.GeneSet;
import org.senescope.model.format.FigureFormat;
import org.senescope.output.PlannedFile;
import org.senescope.model.figure.PhysicalLength;
import org.senescope.render.plots.EnrichmentPlot;
import org.senescope.render.plots.EnrichmentPlots;
import org.senescope.render.plots.PlotWriter;

/**
 * The enrichment plots of a GSEA's most significant sets, as files of its output set: PNG, SVG and PDF, a single
 * column (85 mm) wide, named {@code NN_SETNAME.EXT} in the {@value GseaOutputs#PLOTS_FOLDER} folder (NN the
 * significance rank, the name reduced to letters, digits, dot, dash and underscore). Drawn when written. Stateless.
 */
final class GseaPlots {

    private static final List<FigureFormat> FORMATS = List.of(FigureFormat.PNG, FigureFormat.SVG, FigureFormat.PDF);

    private GseaPlots() {
    }

    /**
     * The plots of the {@code count} most significant sets ({@link EnrichmentPlots#mostSignificant}).
     *
     * @param sets each tested set by name (its first set of that name)
     */
    static List<PlannedFile> plan(Path directory, Ranking ranking, Map<String, GeneSet> sets, GseaRun run,
                                  int count) {
        List<PlannedFile> files = new ArrayList<>();
        List<GseaSetResult> top = EnrichmentPlots.mostSignificant(run, count);
        for (int i = 0; i < top.size(); i++) {
            GseaSetResult result = top.get(i);
            GeneSet set = Objects.requireNonNull(sets.get(result.name()), () -> "no gene set '" + result.name() + "'");
            EnrichmentPlot plot = EnrichmentPlot.of(ranking, set, result, PhysicalLength.SINGLE_COLUMN);
            String base = String.format(Locale.ROOT, "%02d_%s", i + 1,
                    result.name().replaceAll("[^A-Za-z0-9._-]", "_"));
            for (FigureFormat format : FORMATS) {
                Path target = directory.resolve(GseaOutputs.PLOTS_FOLDER).resolve(base + "." + format.extension());
                files.add(new PlannedFile(target, out -> PlotWriter.write(plot, format, EnrichmentPlots.DPI, out)));
            }
        }
        return files;
    }
}
