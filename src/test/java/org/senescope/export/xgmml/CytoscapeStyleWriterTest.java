package org.senescope.export.xgmml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.senescope.export.TestDocuments.child;
import static org.senescope.export.TestDocuments.children;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.senescope.export.NetworkFixture;
import org.senescope.export.TestDocuments;
import org.w3c.dom.Element;

class CytoscapeStyleWriterTest {

    /** Visual property ids of Cytoscape Desktop's lexicon that the style may use. */
    private static final Set<String> DESKTOP_PROPERTIES = Set.of("NETWORK_BACKGROUND_PAINT", "NODE_SHAPE",
            "NODE_FILL_COLOR", "NODE_LABEL", "NODE_LABEL_COLOR", "NODE_LABEL_FONT_SIZE", "NODE_LABEL_WIDTH",
            "NODE_WIDTH", "NODE_HEIGHT", "NODE_BORDER_PAINT", "NODE_BORDER_WIDTH", "EDGE_TARGET_ARROW_SHAPE",
            "EDGE_SOURCE_ARROW_SHAPE", "EDGE_LINE_TYPE", "EDGE_UNSELECTED_PAINT", "EDGE_STROKE_UNSELECTED_PAINT",
            "EDGE_TARGET_ARROW_UNSELECTED_PAINT", "EDGE_WIDTH", "EDGE_TRANSPARENCY");
    private static final Set<String> DESKTOP_SHAPES = Set.of("RECTANGLE", "ROUND_RECTANGLE", "TRIANGLE",
            "PARALLELOGRAM", "DIAMOND", "ELLIPSE", "HEXAGON", "OCTAGON", "VEE");

    private static Element style;

    @BeforeAll
    static void write() throws Exception {
        Element vizmap = TestDocuments.parse(TestDocuments.bytes(new CytoscapeStyleWriter(), NetworkFixture.network()))
                .getDocumentElement();
        assertEquals("vizmap", vizmap.getTagName());
        assertEquals("3.1", vizmap.getAttribute("documentVersion"));
        style = child(vizmap, "visualStyle", "name", "Senescope");
    }

    @Test
    void hasTheThreeSectionsWithKnownPropertiesOnly() {
        List<String> names = new ArrayList<>();
        for (String section : List.of("network", "node", "edge")) {
            List<Element> sections = children(style, section);
            assertEquals(1, sections.size(), section);
            children(sections.get(0), "visualProperty").forEach(p -> names.add(p.getAttribute("name")));
        }
        assertTrue(DESKTOP_PROPERTIES.containsAll(names), names.toString());
        assertEquals(names.size(), Set.copyOf(names).size(), "each property once");
        assertEquals("true", child(section("edge"), "dependency", "name", "arrowColorMatchesEdge").getAttribute("value"));
        assertEquals("false", child(section("node"), "dependency", "name", "nodeSizeLocked").getAttribute("value"));
    }

    @Test
    void nodeShapeAndColourFollowTheKind() {
        Map<String, String> shapes = discrete("node", "NODE_SHAPE", "kind", "string");
        assertEquals("ELLIPSE", shapes.get("gene"));
        assertEquals("ROUND_RECTANGLE", shapes.get("gene family"));
        assertEquals("DIAMOND", shapes.get("cell type"));
        assertEquals(9, shapes.size());
        assertTrue(DESKTOP_SHAPES.containsAll(shapes.values()), shapes.toString());
        assertEquals("#56B4E9", discrete("node", "NODE_FILL_COLOR", "kind", "string").get("gene"));
        Element label = child(section("node"), "visualProperty", "name", "NODE_LABEL");
        Element passthrough = children(label, "passthroughMapping").get(0);
        assertEquals("name", passthrough.getAttribute("attributeName"));
        assertEquals("string", passthrough.getAttribute("attributeType"));
    }

    @Test
    void edgeArrowsLinesAndColoursFollowSignAndEvidence() {
        assertEquals(Map.of("+", "DELTA", "-", "T", "0", "NONE"),
                discrete("edge", "EDGE_TARGET_ARROW_SHAPE", "sign", "string"));
        assertEquals("NONE", child(section("edge"), "visualProperty", "name", "EDGE_TARGET_ARROW_SHAPE")
                .getAttribute("default"));
        Map<String, String> lines = discrete("edge", "EDGE_LINE_TYPE", "evidence_level", "string");
        assertEquals("EQUAL_DASH", lines.get("negative finding"));
        assertEquals("DOT", lines.get("hypothesis"));
        assertEquals("SOLID", lines.get("review claim"));
        assertEquals("#9E9E9E",
                discrete("edge", "EDGE_STROKE_UNSELECTED_PAINT", "evidence_level", "string").get("negative finding"));
        assertEquals("#9E9E9E", discrete("edge", "EDGE_UNSELECTED_PAINT", "evidence_level", "string")
                .get("negative finding"));
        Map<String, String> transparency = discrete("edge", "EDGE_TRANSPARENCY", "evidence_level", "string");
        assertEquals("140", transparency.get("review claim"));
        assertEquals("140", transparency.get("background"));
        assertEquals("255", transparency.get("finding reported in the seed"));
        assertEquals("255", child(section("edge"), "visualProperty", "name", "EDGE_TRANSPARENCY")
                .getAttribute("default"));
        assertEquals("#404040", child(section("edge"), "visualProperty", "name", "EDGE_STROKE_UNSELECTED_PAINT")
                .getAttribute("default"));
        Map<String, String> widths = discrete("edge", "EDGE_WIDTH", "evidence_level", "string");
        assertEquals("3.0", widths.get("finding reported in the seed"));
        assertEquals("2.0", widths.get("prior work the seed cites"));
        assertEquals("1.0", widths.get("background"));
    }

    private static Element section(String name) {
        return children(style, name).get(0);
    }

    private static Map<String, String> discrete(String section, String property, String column, String type) {
        Element mapping = children(child(section(section), "visualProperty", "name", property), "discreteMapping")
                .get(0);
        assertEquals(column, mapping.getAttribute("attributeName"));
        assertEquals(type, mapping.getAttribute("attributeType"));
        Map<String, String> entries = new LinkedHashMap<>();
        children(mapping, "discreteMappingEntry")
                .forEach(e -> entries.put(e.getAttribute("attributeValue"), e.getAttribute("value")));
        return entries;
    }
}
