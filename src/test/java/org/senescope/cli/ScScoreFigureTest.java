package org.senescope.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.senescope.analysis.singlecell.CellScores;
import org.senescope.model.format.FigureFormat;
import org.senescope.render.plots.CellTypeMark;
import org.senescope.render.plots.CellTypeScorePlot;
import org.senescope.render.plots.PlotWriter;
import org.senescope.render.plots.SvgTexts;

/**
 * The cell-type figure of {@code sc-score} ({@code cell-type-scores.png/.svg/.pdf}) on the real PBMC 1k v2
 * {@code .h5ad} with its {@code obs} cell types: what it draws, read back from the plot and its SVG.
 */
class ScScoreFigureTest {

    private static final Path PBMC = Path.of("..", "shared", "data", "single-cell", "pbmc1k_v2");
    private static final Path SETS = Path.of("..", "shared", "data", "genesets", "senescence_sets.gmt");
    /** The obs column's categories, in their order (the order drawn), and their cells in cell_annotations.tsv. */
    private static final List<String> TYPES = List.of("B", "CD14 Mono", "CD4 T", "CD8 T", "FCGR3A Mono", "NK",
            "Platelet");
    private static final int[] CELLS = {146, 301, 345, 89, 33, 72, 10};

    private record Run(Path dir, List<String> sets, double[][] scores, int[] typeOf) {
    }

    private static Run run(Path dir) throws IOException {
        CliRun run = CliRun.of("sc-score", PBMC.resolve("pbmc1k_v2.h5ad").toString(), "--method", "ucell",
                "--gene-sets", SETS.toString(), "--min-size", "1", "--max-size", "1500", "--obs-column", "cell_type",
                "--out", dir.toString());
        assertEquals(0, run.exitCode(), run.err());
        List<String[]> cells = Files.readAllLines(dir.resolve("cell-scores.tsv")).stream()
                .map(l -> l.split("\t", -1)).toList();
        List<String[]> annotations = Files.readAllLines(PBMC.resolve("cell_annotations.tsv")).stream()
                .map(l -> l.split("\t", -1)).toList();
        List<String> sets = Arrays.asList(cells.get(0)).subList(1, cells.get(0).length);
        double[][] scores = new double[sets.size()][cells.size() - 1];
        int[] typeOf = new int[cells.size() - 1];
        for (int c = 0; c < typeOf.length; c++) {
            assertEquals(annotations.get(c + 1)[0], cells.get(c + 1)[0]);
            typeOf[c] = TYPES.indexOf(annotations.get(c + 1)[2]);
            for (int s = 0; s < sets.size(); s++) {
                scores[s][c] = Double.parseDouble(cells.get(c + 1)[s + 1]);
            }
        }
        return new Run(dir, sets, scores, typeOf);
    }

    private static CellTypeScorePlot plotOf(Run run) {
        double[] values = Arrays.stream(run.scores()).flatMapToDouble(Arrays::stream).toArray();
        return CellTypeScorePlot.of(new CellScores(run.sets(), run.typeOf().length, values), TYPES, run.typeOf(),
                "UCell scores of pbmc1k_v2.h5ad by cell_type", "UCell score");
    }

    /** The scores of type {@code type} for set {@code set}, in cell order. */
    private static double[] scoresOf(Run run, int set, int type) {
        return IntStream.range(0, run.typeOf().length).filter(c -> run.typeOf()[c] == type)
                .mapToDouble(c -> run.scores()[set][c]).toArray();
    }

    private static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) h;
        return lo + 1 < sorted.length ? sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]) : sorted[lo];
    }

    /** R's bw.nrd0 for a sample whose spreads are not 0. */
    private static double bwNrd0(double[] x) {
        double[] sorted = x.clone();
        Arrays.sort(sorted);
        double mean = Arrays.stream(x).average().orElseThrow();
        double sd = Math.sqrt(Arrays.stream(x).map(v -> (v - mean) * (v - mean)).sum() / (x.length - 1));
        double iqr = quantile(sorted, 0.75) - quantile(sorted, 0.25);
        return 0.9 * Math.min(sd, iqr / 1.34) * Math.pow(x.length, -0.2);
    }

    /** mean(dnorm(at, x, h)) as R writes it. */
    private static double density(double[] x, double h, double at) {
        return Arrays.stream(x).map(v -> Math.exp(-0.5 * Math.pow((at - v) / h, 2)) / (h * Math.sqrt(2 * Math.PI)))
                .average().orElseThrow();
    }

    @Test
    void theFilesAreTheFigureOfTheWrittenScores(@TempDir Path dir) throws Exception {
        Run run = run(dir);
        ByteArrayOutputStream svg = new ByteArrayOutputStream();
        PlotWriter.write(plotOf(run), FigureFormat.SVG, 300, svg);
        assertArrayEquals(svg.toByteArray(), Files.readAllBytes(dir.resolve("cell-type-scores.svg")));
        assertEquals("%PDF-", new String(Files.readAllBytes(dir.resolve("cell-type-scores.pdf")), 0, 5,
                StandardCharsets.US_ASCII));
        BufferedImage png = ImageIO.read(dir.resolve("cell-type-scores.png").toFile());
        SvgTexts texts = SvgTexts.of(svg.toByteArray());
        assertEquals(texts.width() * 300 / 72, png.getWidth(), 1);
        assertEquals(texts.height() * 300 / 72, png.getHeight(), 1);
    }

    @Test
    void oneViolinPerTypeAndSetShapedByTheDensityOfItsCellsScores(@TempDir Path dir) throws IOException {
        Run run = run(dir);
        CellTypeScorePlot plot = plotOf(run);
        assertEquals(11, run.sets().size());
        assertEquals(11 * TYPES.size(), plot.marks().size());
        for (int s = 0; s < run.sets().size(); s++) {
            for (int t = 0; t < TYPES.size(); t++) {
                CellTypeMark mark = plot.marks().get(s * TYPES.size() + t);
                double[] mine = scoresOf(run, s, t);
                assertEquals(run.sets().get(s), mark.set());
                assertEquals(TYPES.get(t), mark.type());
                assertEquals(CELLS[t], mark.cells());
                assertEquals(mine.length >= CellTypeScorePlot.MIN_VIOLIN_CELLS, mark.violin());
                assertEquals(0.4 * plot.slotWidth(), mark.halfWidth(), 1e-9, "every violin the same width");
                if (!mark.violin()) {
                    assertArrayEquals(mine, mark.values(), "one dot per cell, in cell order");
                    continue;
                }
                double[] sorted = mine.clone();
                Arrays.sort(sorted);
                double[] at = mark.values();
                assertEquals(sorted[0], at[0]);
                assertEquals(sorted[sorted.length - 1], at[at.length - 1]);
                double h = bwNrd0(mine);
                double max = Arrays.stream(at).map(a -> density(mine, h, a)).max().orElseThrow();
                for (int k = 0; k < at.length; k++) {
                    assertEquals(density(mine, h, at[k]) / max, mark.offsets()[k] / mark.halfWidth(), 1e-9,
                            mark.set() + " " + mark.type() + " at " + at[k]);
                }
                assertEquals(quantile(sorted, 0.5), mark.quartiles()[1], 1e-15);
            }
        }
    }

    @Test
    void theNkViolinMatchesRsBandwidthAndQuartiles(@TempDir Path dir) throws IOException {
        Run run = run(dir);
        // R 4: x <- SAUL_SEN_MAYO of the NK cells; bw.nrd0(x); quantile(x, c(.25, .5, .75))
        double[] nk = scoresOf(run, run.sets().indexOf("SAUL_SEN_MAYO"), TYPES.indexOf("NK"));
        assertEquals(0.004834211285677876, bwNrd0(nk), 1e-15);
        CellTypeMark mark = plotOf(run).marks().stream().filter(m -> m.type().equals("NK")
                && m.set().equals("SAUL_SEN_MAYO")).findFirst().orElseThrow();
        assertArrayEquals(new double[] {0.043400139178844804, 0.055035490605428006, 0.061751565762004218},
                mark.quartiles(), 1e-15);
    }

    @Test
    void labelsAreExactInsideTheFigureAndApart(@TempDir Path dir) throws Exception {
        Run run = run(dir);
        SvgTexts svg = SvgTexts.of(Files.readAllBytes(dir.resolve("cell-type-scores.svg")));
        List<String> upright = svg.upright().stream().map(SvgTexts.Text::text).toList();
        for (int t = 0; t < TYPES.size(); t++) {
            assertTrue(upright.contains(TYPES.get(t)), TYPES.get(t));
            assertTrue(upright.contains("n = " + CELLS[t]), "n = " + CELLS[t]);
        }
        assertTrue(upright.containsAll(run.sets()), "every set's name whole");
        assertEquals(run.sets().size(), svg.texts().stream().filter(t -> t.turned() && t.text().equals("UCell score"))
                .count());
        assertTrue(upright.contains("UCell scores of pbmc1k_v2.h5ad by cell_type"));
        List<SvgTexts.Text> drawn = new ArrayList<>(svg.upright());
        for (SvgTexts.Text t : drawn) {
            assertTrue(t.inside(svg.width(), svg.height()), "'" + t.text() + "' leaves the figure");
        }
        for (int i = 0; i < drawn.size(); i++) {
            for (int j = i + 1; j < drawn.size(); j++) {
                SvgTexts.Text a = drawn.get(i);
                SvgTexts.Text b = drawn.get(j);
                boolean apart = a.x() + a.width() <= b.x() || b.x() + b.width() <= a.x()
                        || a.y() + 0.25 * a.size() <= b.y() - 0.8 * b.size()
                        || b.y() + 0.25 * b.size() <= a.y() - 0.8 * a.size();
                assertTrue(apart, "'" + a.text() + "' overlaps '" + b.text() + "'");
            }
        }
        CellTypeScorePlot plot = plotOf(run);
        for (int m = 0; m + 1 < plot.marks().size(); m++) {
            CellTypeMark a = plot.marks().get(m);
            CellTypeMark b = plot.marks().get(m + 1);
            if (a.set().equals(b.set())) {
                assertFalse(a.centreX() + a.halfWidth() >= b.centreX() - b.halfWidth(), a.type() + " touches "
                        + b.type());
            }
        }
    }
}
