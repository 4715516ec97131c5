package org.senescope.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.senescope.model.cell.NodeCellTypes;
import org.senescope.model.cell.NodeCellTypes.NodeExpression;
import org.senescope.model.figure.FigureOptions;
import org.senescope.model.figure.LayoutChoice;
import org.senescope.model.figure.PhysicalLength;
import org.senescope.render.png.PngFigureWriter;
import org.senescope.workflow.CellDataChoice;
import org.senescope.workflow.CellTypeChoice;
import org.senescope.workflow.ScOverlayJob;
import org.senescope.workflow.ScOverlayRequest;

/**
 * The dot strips of cell-type expression on the network, from the real PBMC 1k data and its cell types as
 * {@code sc-overlay} computes them: one dot per cell type per measured gene node, areas proportional to the fractions,
 * colours the viridis scale's for the means, every strip inside the figure and clear of labels, other nodes and edge
 * heads, and the legend naming the order, the sizes and the colours.
 */
class CellTypeDotsFigureTest {

    private static final Path PBMC = Path.of("..", "shared", "data", "single-cell", "pbmc1k_v2");
    private static final List<String> TYPES = List.of("CD14 Mono", "CD4 T", "NK", "B", "CD8 T", "FCGR3A Mono",
            "Platelet");
    private static @Nullable NodeCellTypes values;

    private static synchronized NodeCellTypes values() throws IOException {
        if (values == null) {
            values = new ScOverlayJob(SceneFixtures::network, org.senescope.knowledge.SenescenceImmunityNetwork
                    ::bundledGenes).run(new ScOverlayRequest(CellDataChoice.of(PBMC.resolve(
                    "filtered_feature_bc_matrix")), new CellTypeChoice.FileColumn(PBMC.resolve("cell_annotations.tsv"),
                    "cell_type"), ScOverlayRequest.DEFAULT_MIN_FRACTION, Path.of("target", "unused"))).nodes();
        }
        return values;
    }

    private static FigureScene scene(FigureOptions options) throws IOException {
        return CellTypeDots.figure(SceneFixtures.network(), values(), options);
    }

    @Test
    void everyMeasuredNodeHasOneDotPerCellTypeSizedByFractionColouredByMean() throws IOException {
        FigureScene scene = scene(SceneFixtures.options());
        CellTypeDots dots = scene.cellTypeDots().orElseThrow();
        assertEquals(TYPES, values().types());
        assertEquals(20, values().byNode().size());
        double largest = CellTypeDots.maxDiameter(scene.fontSize());
        double top = values().byNode().values().stream().flatMapToDouble(e -> java.util.Arrays.stream(e.means()))
                .max().orElseThrow();
        assertEquals(Math.ceil(top), dots.scale().top());
        int drawn = 0;
        for (SceneNode n : scene.nodes()) {
            NodeExpression e = values().byNode().get(n.node().id());
            assertEquals(e != null, n.hasStripe(), n.node().id());
            if (e == null) {
                continue;
            }
            List<CellTypeDots.Dot> strip = dots.dots(n.node().id(), n.stripe());
            assertEquals(TYPES, strip.stream().map(CellTypeDots.Dot::type).toList(), n.node().id());
            for (int t = 0; t < TYPES.size(); t++) {
                CellTypeDots.Dot dot = strip.get(t);
                double area = Math.PI * dot.shape().getWidth() * dot.shape().getHeight() / 4;
                assertEquals(Math.PI * largest * largest / 4 * e.fraction(t), area, 1e-9, n.node().id() + " " + t);
                assertEquals(e.mean(t), dot.mean());
                assertEquals(dots.scale().colour(e.mean(t)), dot.colour());
                assertTrue(e.fraction(t) == 0 || dot.slot().contains(dot.shape().getBounds2D()), "in its slot");
                assertEquals(n.stripe().getMinX() + t * n.stripe().getWidth() / TYPES.size(), dot.slot().getMinX(),
                        1e-9, "slots left to right in the types' order");
                drawn++;
            }
        }
        assertEquals(20 * 7, drawn);
        // CCL5: every one of the 10 platelets expresses it, so its platelet dot is the largest one drawn.
        SceneNode ccl5 = scene.nodes().stream().filter(n -> n.node().id().equals("CCL5")).findFirst().orElseThrow();
        assertEquals(1.0, values().byNode().get("CCL5").fraction(6));
        assertEquals(largest, dots.dots("CCL5", ccl5.stripe()).get(6).shape().getWidth(), 1e-12);
    }

    @Test
    void theScaleIsViridisFromZeroToTheRoundedLargestMean() {
        SequentialScale scale = new SequentialScale(4);
        assertEquals(new Color(0x440154), scale.colour(0));
        assertEquals(new Color(0x440154), scale.colour(-1));
        assertEquals(new Color(0x21918C), scale.colour(2));
        assertEquals(new Color(0xFDE725), scale.colour(4));
        assertEquals(new Color(0xFDE725), scale.colour(9));
        // Half way between viridis at 1/8 (#472D7B) and 2/8 (#3B528B), each channel rounded.
        assertEquals(new Color(0x41, 0x40, 0x83), scale.colour(0.75));
    }

    @Test
    void stripsStayInTheFigureAndClearOfLabelsOtherNodesAndEdgeHeads() throws IOException {
        for (String width : List.of("double", "single")) {
            for (LayoutChoice layout : List.of(LayoutChoice.PRESET, LayoutChoice.automatic(7))) {
                FigureScene scene = scene(SceneFixtures.options().withWidth(PhysicalLength.parse(width))
                        .withLayout(layout));
                String where = width + " " + layout;
                FigureGeometryTest.assertNoOverlap(scene.nodeBoxesInFigure(), where + " node footprints");
                Rectangle2D canvas = new Rectangle2D.Double(0, 0, scene.width(), scene.height());
                Rectangle2D panel = scene.panels().get(0).area();
                List<String> clashes = new ArrayList<>();
                for (SceneNode n : scene.nodes()) {
                    if (!n.hasStripe()) {
                        continue;
                    }
                    Rectangle2D s = n.stripe();
                    assertTrue(canvas.contains(s.getX() + panel.getX(), s.getY() + panel.getY(), s.getWidth(),
                            s.getHeight()), where + ": the strip of " + n.node().id() + " leaves the figure");
                    for (SceneNode other : scene.nodes()) {
                        if (s.intersects(other.labelBox())) {
                            clashes.add(where + ": " + n.node().id() + " covers the label of " + other.node().id());
                        }
                    }
                    for (DrawnEdge e : scene.edges()) {
                        if (e.head().intersects(s)) {
                            clashes.add(where + ": " + n.node().id() + " under the head of " + e.edge().id());
                        }
                    }
                }
                assertTrue(clashes.isEmpty(), clashes.toString());
            }
        }
    }

    @Test
    void theLegendNamesTheOrderTheSizesAndTheColoursAndThePngIsWritten() throws IOException {
        FigureScene scene = scene(SceneFixtures.options());
        List<String> texts = scene.legendTexts();
        int at = texts.indexOf("Cell types (cell_type), dots left to right");
        assertTrue(at >= 0, texts.toString());
        for (int t = 0; t < TYPES.size(); t++) {
            assertEquals((t + 1) + "  " + TYPES.get(t), texts.get(at + 1 + t));
        }
        int size = texts.indexOf("Dot area: % of the type's cells expressing");
        assertEquals(List.of("10%", "50%", "100%"), texts.subList(size + 1, size + 4));
        int colour = texts.indexOf("Dot colour: mean log-normalised expression");
        assertEquals(List.of("0", "2.5", "5"), texts.subList(colour + 1, colour + 4));
        int families = texts.indexOf("Families, complexes");
        assertEquals(List.of("each dot: the member gene expressed", "in the largest fraction of the type's cells"),
                texts.subList(families + 1, families + 3));
        assertTrue(scene.captionOutsideFigure().isEmpty());
        assertTrue(String.join(" ", scene.captionLines()).contains("one dot per cell type of cell_type, left to "
                + "right CD14 Mono, CD4 T, NK, B, CD8 T, FCGR3A Mono, Platelet"));
        Path png = Files.createDirectories(Path.of("target", "cell-type-dots")).resolve("pbmc1k.png");
        try (OutputStream out = Files.newOutputStream(png)) {
            new PngFigureWriter().write(scene, out);
        }
        assertTrue(Files.size(png) > 10_000);
    }
}
