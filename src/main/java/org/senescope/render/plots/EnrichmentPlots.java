package org.senescope.render.plots;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.senescope.model.analysis.GseaSetResult;
import org.senescope.model.analysis.GseaRun;
import org.senescope.analysis.gsea.Ranking;
import org.senescope.model.data.GeneSet;
import org.senescope.model.format.FigureFormat;
import org.senescope.model.figure.PhysicalLength;

/** The enrichment plots of a run's most significant sets, as files. Stateless and thread-safe. */
public final class EnrichmentPlots {

    /** Resolution of the PNG files. */
    public static final int DPI = 300;

    private EnrichmentPlots() {
    }

    /**
     * The {@code count} most significant results of {@code run}: smallest p first, then largest |NES|, then name;
     * results without a p-value last.
     */
    public static List<GseaSetResult> mostSignificant(GseaRun run, int count) {
        Comparator<GseaSetResult> order = Comparator
                .comparingDouble((GseaSetResult r) -> Double.isNaN(r.p()) ? Double.POSITIVE_INFINITY : r.p())
                .thenComparingDouble(r -> Double.isNaN(r.normalized()) ? 0 : -Math.abs(r.normalized()))
                .thenComparing(GseaSetResult::name);
        return run.results().stream().sorted(order).limit(Math.max(0, count)).toList();
    }

    /**
     * Writes PNG, SVG and PDF enrichment plots, a single column (85 mm) wide, of the {@code count} most significant
     * sets into {@code dir}, named {@code NN_SETNAME.EXT} (NN the significance rank, the name reduced to letters,
     * digits, dot, dash and underscore).
     *
     * @param sets the sets the run was given; each result is drawn with the first set of its name
     * @return the files written
     */
    public static List<Path> write(Ranking ranking, List<GeneSet> sets, GseaRun run, int count, Path dir)
            throws IOException {
        Map<String, GeneSet> byName = new LinkedHashMap<>();
        sets.forEach(s -> byName.putIfAbsent(s.name(), s));
        List<Path> written = new ArrayList<>();
        List<GseaSetResult> top = mostSignificant(run, count);
        for (int i = 0; i < top.size(); i++) {
            GseaSetResult r = top.get(i);
            GeneSet set = byName.get(r.name());
            if (set == null) {
                throw new IllegalArgumentException("no gene set named " + r.name() + " among the sets given");
            }
            EnrichmentPlot plot = EnrichmentPlot.of(ranking, set, r, PhysicalLength.SINGLE_COLUMN);
            String base = String.format(Locale.ROOT, "%02d_%s", i + 1, r.name().replaceAll("[^A-Za-z0-9._-]", "_"));
            written.addAll(PlotWriter.writeFiles(plot, EnumSet.of(FigureFormat.PNG, FigureFormat.SVG,
                    FigureFormat.PDF), DPI, dir, base));
        }
        return written;
    }
}
