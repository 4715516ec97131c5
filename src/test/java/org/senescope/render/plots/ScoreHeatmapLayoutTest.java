package org.senescope.render.plots;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.senescope.analysis.scores.SampleScores;
import org.senescope.model.data.SampleGroups;
import org.senescope.model.figure.PhysicalLength;
import org.senescope.model.format.FigureFormat;
import org.senescope.render.DivergingScale;

/** Where the score heat map draws its labels and legends, read back from the drawn SVG. */
class ScoreHeatmapLayoutTest {

    /** GSE14308's six T-cell populations in duplicate: a group key wider than one 85 mm line. */
    private static final List<String> POPULATIONS = List.of("naive", "Th1", "Th2", "Th17", "iTreg", "nTreg");
    private static final List<String> MODULE_IDS = List.of("p53_p21_arrest", "sasp_chemokines",
            "checkpoint_evasion");
    private static final List<String> MODULE_LABELS = List.of("p53\u2013p21 arrest", "SASP chemokines",
            "Checkpoint evasion");

    private static ScoreHeatmap sixGroups(double[] values) {
        List<String> samples = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (String group : POPULATIONS) {
            for (int i = 1; i <= 2; i++) {
                samples.add(group + "_" + i);
                labels.add(group);
            }
        }
        SampleScores scores = new SampleScores(MODULE_IDS, List.of(2, 3, 3), samples, values, List.of(), 0);
        return ScoreHeatmap.of(scores, MODULE_LABELS, new SampleGroups(POPULATIONS, labels), Double.NaN,
                "ssGSEA scores of gse14308_expression_matrix.tsv by group", "ssGSEA score",
                PhysicalLength.SINGLE_COLUMN);
    }

    private static double[] values(boolean withMissing) {
        double[] values = new double[MODULE_IDS.size() * 12];
        for (int i = 0; i < values.length; i++) {
            values[i] = Math.cos(i * 0.9) * 0.554;
        }
        if (withMissing) {
            values[7] = Double.NaN;
        }
        return values;
    }

    private static SvgTexts drawn(ScoreHeatmap plot) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PlotWriter.write(plot, FigureFormat.SVG, 300, out);
        return SvgTexts.of(out.toByteArray());
    }

    @Test
    void everyUprightTextOfASixGroupKeyLiesInsideTheFigure() throws Exception {
        for (boolean missing : List.of(false, true)) {
            SvgTexts svg = drawn(sixGroups(values(missing)));
            for (String group : POPULATIONS) {
                String key = group + " (n = 2)";
                assertTrue(svg.upright().stream().anyMatch(t -> t.text().equals(key)), key + " not drawn whole");
            }
            for (SvgTexts.Text t : svg.upright()) {
                assertTrue(t.inside(svg.width(), svg.height()), "'" + t.text() + "' at x " + t.x() + " to "
                        + (t.x() + t.width()) + ", y " + t.y() + " leaves the " + svg.width() + " x " + svg.height()
                        + " figure");
            }
            assertEquals(missing, svg.upright().stream().anyMatch(t -> t.text().equals("not scored")));
        }
    }

    @Test
    void theKeyWrapsOntoASecondLineBelowTheFirst() throws Exception {
        SvgTexts svg = drawn(sixGroups(values(false)));
        double first = svg.upright().stream().filter(t -> t.text().equals("naive (n = 2)")).findFirst()
                .orElseThrow().y();
        double last = svg.upright().stream().filter(t -> t.text().equals("nTreg (n = 2)")).findFirst()
                .orElseThrow().y();
        assertEquals(8, last - first, 1e-9, "one key line lower");
    }

    @Test
    void rowsAreLabelledByTheModulesNamesNotTheirIds() throws Exception {
        ScoreHeatmap plot = sixGroups(values(false));
        assertEquals(MODULE_LABELS, plot.rowLabels());
        List<String> texts = drawn(plot).upright().stream().map(SvgTexts.Text::text).toList();
        assertTrue(texts.containsAll(MODULE_LABELS), texts.toString());
        MODULE_IDS.forEach(id -> assertFalse(texts.contains(id), id + " drawn"));
    }

    @Test
    void noGroupColourLiesNearAColourOfTheScoreScale() {
        DivergingScale scale = new DivergingScale(1);
        for (Color group : ScoreHeatmap.GROUP_COLOURS) {
            double nearest = Double.MAX_VALUE;
            for (int i = 0; i <= 200; i++) {
                Color c = scale.colour(-1 + i / 100.0);
                nearest = Math.min(nearest, Math.sqrt(Math.pow(group.getRed() - c.getRed(), 2)
                        + Math.pow(group.getGreen() - c.getGreen(), 2) + Math.pow(group.getBlue() - c.getBlue(), 2)));
            }
            assertTrue(nearest >= 60, String.format("group colour %06X is %.0f from the scale", group.getRGB()
                    & 0xFFFFFF, nearest));
        }
    }
}
