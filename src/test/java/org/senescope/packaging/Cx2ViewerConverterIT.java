package org.senescope.packaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.jspecify.annotations.Nullable;
import org.senescope.export.LabelContrast;
import org.senescope.export.MemberChart;
import org.senescope.export.OverlayStyle;
import org.senescope.model.NodeKind;
import org.senescope.model.figure.FigureOptions;
import org.senescope.render.DivergingScale;
import org.senescope.render.NodeFill;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The CX2 files that the packaged jar writes, read by a parser that is not ours: the Cytoscape team's CX2 converter
 * ({@code @js4cytoscape/cx-viz-converter}, which NDEx's web viewer used), run with Node.js. It checks that the files
 * parse as CX2, that every node and edge arrives with its attributes and loads into Cytoscape.js (as does the
 * {@code .cyjs} file), that the node shapes by kind survive, and that a viewer which applies the overlay's continuous
 * mapping paints each measured node the colour Senescope's own figures give it, on the figures' default range, with
 * the figures' label colour (computed by Cytoscape.js from the converted style; at least 4.5:1 against the fill), and
 * that the member-chart columns of multi-member nodes pass through it: the member values as numbers, the chart (which
 * the converter does not draw) with the figure's colours and range. Needs {@code node} and {@code npm} on the PATH and the npm registry ({@code .ci/run} installs Node.js
 * where it is missing); the converter is installed into the build folder, never shipped.
 */
class Cx2ViewerConverterIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static Path jar;
    private static Path converter;

    @TempDir
    static Path tmp;

    @BeforeAll
    static void installConverter() throws Exception {
        jar = Path.of(System.getProperty("senescope.jar", "target/senescope-0.1.0.jar"));
        converter = jar.toAbsolutePath().getParent().resolve("cx2-viewer-check");
        Files.createDirectories(converter);
        for (String f : List.of("package.json", "package-lock.json", "cx2-summary.js")) {
            Files.copy(Path.of("src/test/js", f), converter.resolve(f), StandardCopyOption.REPLACE_EXISTING);
        }
        if (!Files.isDirectory(converter.resolve("node_modules/@js4cytoscape/cx-viz-converter"))
                || !Files.isDirectory(converter.resolve("node_modules/cytoscape"))) {
            ExternalRun npm = run(converter, 180, "npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund");
            assertEquals(0, npm.code(), "npm ci in " + converter + ": " + npm.err());
        }
    }

    @Test
    void theSeedNetworkParsesWithEveryElementAndItsShapes() throws Exception {
        Path out = tmp.resolve("network");
        ExternalRun build = run(Path.of("."), 120, javaJar("network", "--out", out.toString(), "--format", "cx2,cyjs"));
        assertEquals(0, build.code(), build.err());
        Path cx2 = out.resolve("senescence-immunity.cx2");
        JsonNode summary = summarise(cx2, out.resolve("senescence-immunity.cyjs"));

        assertEquals(aspectSize(cx2, "nodes"), summary.get("nodes").asInt());
        assertEquals(aspectSize(cx2, "edges"), summary.get("edges").asInt());
        assertEquals(58, summary.get("nodes").asInt());
        assertEquals(125, summary.get("edges").asInt());
        // Cytoscape.js keeps nodes and edges in one id space; CX2 edge ids that repeat node ids would be dropped.
        assertEquals(58, summary.get("loadedNodes").asInt());
        assertEquals(125, summary.get("loadedEdges").asInt());
        assertEquals(58, summary.get("cyjs").get("nodes").asInt(), "the .cyjs file in Cytoscape.js");
        assertEquals(125, summary.get("cyjs").get("edges").asInt());
        assertEquals(58, summary.get("cyjs").get("positioned").asInt());
        assertEquals("[]", summary.get("warnings").toString(), "Cytoscape.js accepted every element and style");
        Map<String, String> shapeByKind = new HashMap<>();
        for (JsonNode rule : summary.get("style")) {
            String selector = rule.get("selector").asText();
            if (selector.startsWith("node[kind = '") && rule.get("style").has("shape")) {
                shapeByKind.put(selector.substring(13, selector.length() - 2), rule.get("style").get("shape").asText());
            }
        }
        assertEquals("ellipse", shapeByKind.get("gene"));
        assertEquals("diamond", shapeByKind.get("cell type"));
        assertEquals("rectangle", shapeByKind.get("process"));
        assertEquals(9, shapeByKind.size(), shapeByKind.toString());
        for (JsonNode view : summary.get("nodeViews")) {
            NodeFill byKind = NodeFill.ofKind(NodeKind.fromLabel(view.get("data").get("kind").asText())
                    .orElseThrow());
            assertEquals(hex(byKind.text()), hex(view.get("labelColor")), "the figure's label colour: " + view);
            assertEquals(hex(byKind.fill()), hex(view.get("fill")), "the figure's fill: " + view);
            assertTrue(view.get("data").hasNonNull("senescope_id"), view.toString());
            assertTrue(view.get("position").isArray(), "positions come from the CX2's x/y: " + view);
        }
    }

    @Test
    void anOverlaidNetworkIsPaintedWithSenescopesColours() throws Exception {
        Path out = tmp.resolve("overlay");
        ExternalRun overlay = run(Path.of("."), 120, javaJar("overlay", "../shared/data/liver-deseq2/HS_DESeq2_genesymb.tsv",
                "--out", out.toString()));
        assertEquals(0, overlay.code(), overlay.err());
        Path cx2 = out.resolve("senescence-immunity-overlay.cx2");
        JsonNode summary = summarise(cx2, out.resolve("senescence-immunity-overlay.cyjs"));
        assertEquals(summary.get("edges").asInt(), summary.get("loadedEdges").asInt());
        double range = networkAttribute(cx2, "overlay_colour_range").asDouble();
        double figureLimit = FigureOptions.defaults("", "").colourLimit();
        assertEquals(figureLimit, range, "the same default range as senescope figure");
        DivergingScale figure = new DivergingScale(figureLimit);

        int measured = 0;
        int unmeasured = 0;
        for (JsonNode view : summary.get("nodeViews")) {
            JsonNode value = view.get("data").get("overlay_value");
            String expected = value == null || value.isNull() ? OverlayStyle.colorOf(Double.NaN, range)
                    : OverlayStyle.colorOf(value.asDouble(), range);
            int[] rgb = rgb(expected);
            JsonNode color = view.get("color");
            for (int c = 0; c < 3; c++) {
                // The converter interpolates each channel itself and rounds; allow that one unit.
                assertTrue(Math.abs(color.get(c).asInt() - rgb[c]) <= 1,
                        view.get("name").asText() + ": viewer " + color + ", Senescope " + expected);
            }
            Color drawn = figure.colour(value == null || value.isNull() ? Double.NaN : value.asDouble());
            String label = hex(view.get("labelColor"));
            String fill = hex(view.get("fill"));
            assertTrue(LabelContrast.ratio(fill, label) >= LabelContrast.AA_NORMAL_TEXT,
                    view.get("name").asText() + ": label " + label + " on " + fill);
            if (value != null && !value.isNull()) {
                assertEquals(hex(DivergingScale.textOn(drawn)), label, view.get("name").asText()
                        + ": the figure's label colour on its fill " + drawn);
            }
            if (value == null || value.isNull()) {
                unmeasured++;
            } else {
                measured++;
            }
        }
        assertTrue(measured >= 15, "measured nodes: " + measured);
        assertTrue(unmeasured >= 10, "unmeasured nodes stay grey: " + unmeasured);
    }

    @Test
    void memberChartsPassTheConverterWithTheirValuesAsNumbersAndTheFiguresRange() throws Exception {
        Path out = tmp.resolve("members");
        ExternalRun overlay = run(Path.of("."), 120, javaJar("overlay", "../shared/data/liver-deseq2/HS_DESeq2_genesymb.tsv",
                "--out", out.toString()));
        assertEquals(0, overlay.code(), overlay.err());
        Path cx2 = out.resolve("senescence-immunity-overlay.cx2");
        JsonNode summary = summarise(cx2, null);
        assertEquals("[]", summary.get("warnings").toString(), "Cytoscape.js accepted every element and style");
        Map<String, JsonNode> written = new HashMap<>();
        for (JsonNode a : JSON.readTree(cx2.toFile())) {
            if (a.has("attributeDeclarations")) {
                JsonNode declared = a.get("attributeDeclarations").get(0).get("nodes");
                assertEquals("list_of_string", declared.get("overlay_member_symbols").get("d").asText());
                assertEquals("list_of_double", declared.get("overlay_member_values").get("d").asText());
                assertEquals("string", declared.get("overlay_member_chart").get("d").asText());
            }
            if (a.has("nodes")) {
                a.get("nodes").forEach(n -> written.put(n.get("v").get("name").asText(), n.get("v")));
            }
        }
        double range = FigureOptions.defaults("", "").colourLimit();
        DivergingScale figure = new DivergingScale(range);
        Map<String, List<String>> members = new HashMap<>();
        for (JsonNode view : summary.get("nodeViews")) {
            JsonNode data = view.get("data");
            JsonNode values = data.get("overlay_member_values");
            if (values == null || values.isNull()) {
                continue;
            }
            String name = view.get("name").asText();
            JsonNode cx2Values = written.get(name).get("overlay_member_values");
            assertEquals(cx2Values.size(), values.size(), name);
            for (int i = 0; i < values.size(); i++) {
                assertTrue(values.get(i).isNumber(), name + ": member values arrive as numbers, not text: " + values);
                assertEquals(cx2Values.get(i).asDouble(), values.get(i).asDouble(), 0.0, name);
            }
            List<String> symbols = new ArrayList<>();
            data.get("overlay_member_symbols").forEach(sym -> symbols.add(sym.asText()));
            assertEquals(values.size(), symbols.size(), name);
            members.put(name, symbols);
            String nodeChart = data.get("overlay_member_chart").asText();
            if (values.size() >= MemberChart.MIN_CHARTED_MEMBERS || name.contains("CDKN2A")) {
                // one cell per member, each in the figure's colour of its value
                StringBuilder colours = new StringBuilder();
                values.forEach(v -> colours.append(colours.length() == 0 ? "" : ",").append('"')
                        .append(hex(figure.colour(v.asDouble()))).append('"'));
                assertTrue(nodeChart.startsWith(MemberChart.BAR_CHART + ":{"), name + ": " + nodeChart);
                assertTrue(nodeChart.contains("\"cy_colors\":[" + colours + "]"), name + ": " + nodeChart);
            } else {
                assertEquals("", nodeChart, name);
            }
        }
        assertEquals(List.of("MICA", "MICB", "ULBP1", "ULBP2", "ULBP3", "RAET1E", "RAET1G", "RAET1L"),
                members.get("NKG2D ligands"));
        assertEquals(List.of("IL12A", "IL12B"), members.get("IL-12"));
        assertEquals(List.of("CDKN2A"), members.get("ARF (CDKN2A)"));
    }

    private static JsonNode summarise(Path cx2, @Nullable Path cyjs) throws Exception {
        ExternalRun node = cyjs == null ? run(converter, 60, "node", "cx2-summary.js", cx2.toAbsolutePath().toString())
                : run(converter, 60, "node", "cx2-summary.js", cx2.toAbsolutePath().toString(),
                cyjs.toAbsolutePath().toString());
        assertEquals(0, node.code(), "the converter rejected " + cx2 + ": " + node.err());
        return JSON.readTree(node.out());
    }

    private static int aspectSize(Path cx2, String aspect) throws IOException {
        for (JsonNode a : JSON.readTree(cx2.toFile())) {
            if (a.has(aspect)) {
                return a.get(aspect).size();
            }
        }
        return 0;
    }

    private static JsonNode networkAttribute(Path cx2, String name) throws IOException {
        for (JsonNode a : JSON.readTree(cx2.toFile())) {
            if (a.has("networkAttributes")) {
                return a.get("networkAttributes").get(0).get(name);
            }
        }
        throw new AssertionError("no networkAttributes in " + cx2);
    }

    private static String hex(Color c) {
        return String.format("#%06X", c.getRGB() & 0xFFFFFF);
    }

    private static String hex(JsonNode rgb) {
        return String.format("#%02X%02X%02X", rgb.get(0).asInt(), rgb.get(1).asInt(), rgb.get(2).asInt());
    }

    private static int[] rgb(String hex) {
        return new int[] {Integer.parseInt(hex.substring(1, 3), 16), Integer.parseInt(hex.substring(3, 5), 16),
                Integer.parseInt(hex.substring(5, 7), 16)};
    }

    private static String[] javaJar(String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString()));
        command.addAll(List.of(args));
        return command.toArray(String[]::new);
    }

    private static ExternalRun run(Path dir, int seconds, String... command) throws Exception {
        return ExternalRun.of(tmp, "Node.js 18+ with npm", dir, seconds, command);
    }
}
