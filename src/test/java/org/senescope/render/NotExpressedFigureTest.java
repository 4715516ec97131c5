package org.senescope.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.senescope.knowledge.SenescenceImmunityNetwork;
import org.senescope.model.data.Overlay;
import org.senescope.model.figure.FigureOptions;
import org.senescope.model.figure.PhysicalLength;
import org.senescope.model.overlay.ExpressionFilter;
import org.senescope.model.overlay.OverlayOptions;
import org.senescope.overlay.InputTableReader;
import org.senescope.overlay.OverlayMapper;
import org.senescope.read.table.TableOptions;
import org.senescope.render.png.PngFigureWriter;
import org.senescope.render.svg.SvgFigureWriter;

/** Genes below {@code --min-expression} drawn hatched grey, never in a change's colour (real liver DESeq2 table). */
class NotExpressedFigureTest {

    private static final Path HS = Path.of("..", "shared", "data", "liver-deseq2", "HS_DESeq2_genesymb.tsv");

    private static Overlay overlay(ExpressionFilter filter) throws IOException {
        return new OverlayMapper(SceneFixtures.network(), SenescenceImmunityNetwork.bundledGenes())
                .map(List.of(InputTableReader.read(HS, TableOptions.defaults())),
                        OverlayOptions.defaults().withExpression(filter)).overlay();
    }

    private static String svg(FigureScene scene) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SvgFigureWriter().write(scene, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The SVG of one group, from its opening tag to the next group's. */
    private static String group(String svg, String id) {
        Matcher m = Pattern.compile("<g id='" + Pattern.quote(id) + "'.*?(?=<g id=)", Pattern.DOTALL).matcher(svg);
        assertTrue(m.find(), id);
        return m.group();
    }

    @Test
    void il12bWithBaseMeanBelowTenIsAHatchedGreyCellNotARedOne() throws IOException {
        FigureScene scene = FigureScene.compose(SceneFixtures.network(), overlay(new ExpressionFilter.AtLeast(10)),
                SceneFixtures.options());
        String svg = svg(scene);
        String il12b = group(svg, "member-cell-IL12_IL12B_HS_DESeq2_genesymb");
        // #E6E6E6 under #8C8C8C lines; IL12B's log2FC 1.678 would be a strong red (colour limit 2)
        assertTrue(il12b.contains("fill:rgb(230,230,230)"), il12b);
        assertTrue(il12b.contains("stroke:rgb(140,140,140)"), il12b);
        java.awt.Color change = new DivergingScale(scene.options().colourLimit()).colour(1.67827566160572);
        assertFalse(il12b.contains("fill:rgb(" + change.getRed() + "," + change.getGreen() + "," + change.getBlue()
                + ")"), "the value's colour must not be drawn");
        // MICA, expressed, keeps its value's colour
        java.awt.Color mica = new DivergingScale(scene.options().colourLimit()).colour(-0.3995704206134);
        assertTrue(group(svg, "member-cell-NKG2D_ligands_MICA_HS_DESeq2_genesymb").contains("fill:rgb("
                + mica.getRed() + "," + mica.getGreen() + "," + mica.getBlue() + ")"));
        assertTrue(scene.legendTexts().contains("not expressed (below --min-expression)"));
        write(scene);
    }

    /**
     * The liver table in a single column, with the not-expressed legend row and without, keeps a margin under the
     * journal page (230 mm): 227 and 224 mm (were 232, over the page, and 228, with legend rows 1.7 font sizes high).
     */
    @Test
    void theSingleColumnLiverFigureFitsThePageWithAMargin() throws IOException {
        FigureOptions single = SceneFixtures.options().withWidth(PhysicalLength.parse("single"));
        for (ExpressionFilter filter : List.of(new ExpressionFilter.AtLeast(10), ExpressionFilter.NONE)) {
            FigureScene scene = FigureScene.compose(SceneFixtures.network(), overlay(filter), single);
            assertTrue(scene.height() * 25.4 / 72 <= 228, filter + ": " + scene.height() * 25.4 / 72 + " mm");
        }
    }

    @Test
    void aGeneOfItsOwnBelowTheMinimumIsFilledGreyNotByItsValue() {
        assertEquals(new NodeFill(NotExpressed.FILL, java.awt.Color.BLACK, false, true),
                NodeFill.ofValue(new org.senescope.model.data.Measurement(1.0796, 0.9997, false),
                        new DivergingScale(2)));
        assertFalse(NodeFill.ofValue(new org.senescope.model.data.Measurement(1.0796, 0.9997),
                new DivergingScale(2)).notExpressed());
    }

    @Test
    void withoutTheFilterNothingIsHatchedAndTheLegendHasNoEntry() throws IOException {
        FigureScene scene = FigureScene.compose(SceneFixtures.network(), overlay(ExpressionFilter.NONE),
                SceneFixtures.options());
        assertFalse(scene.legendTexts().contains("not expressed (below --min-expression)"));
        assertFalse(group(svg(scene), "member-cell-IL12_IL12B_HS_DESeq2_genesymb").contains("rgb(230,230,230)"));
    }

    /** Writes the figure where a person can look at it (target/member-cells). */
    private static void write(FigureScene scene) throws IOException {
        Path dir = Files.createDirectories(Path.of("target", "member-cells"));
        try (OutputStream out = Files.newOutputStream(dir.resolve("members-min-expression.png"))) {
            new PngFigureWriter().write(scene, out);
        }
    }
}
