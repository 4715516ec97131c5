package org.senescope.export.xgmml;

import org.senescope.export.files.NetworkFiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.senescope.export.TestDocuments.child;
import static org.senescope.export.TestDocuments.children;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.senescope.export.NetworkFixture;
import org.senescope.model.format.NetworkFormat;
import org.senescope.export.files.OutputFile;
import org.senescope.export.OverlayLayer;
import org.senescope.export.TestDocuments;
import org.senescope.model.data.Overlay;
import org.w3c.dom.Element;

/** The Style XML of an overlaid network, parsed with the JDK's XML parser: the CX2 export's colour mapping. */
class CytoscapeOverlayStyleTest {

    private static final OverlayLayer LAYER = new OverlayLayer(
            new Overlay("test data", "log2 fold change", List.of("d8"), List.of()), 0, 2.5, 0.05, Map.of(), Map.of(),
            "a note");
    private static Element node;

    @BeforeAll
    static void write() throws Exception {
        Element vizmap = TestDocuments.parse(TestDocuments.bytes(new CytoscapeStyleWriter().withOverlay(LAYER),
                NetworkFixture.network())).getDocumentElement();
        assertEquals("VizMap-Senescope overlay", vizmap.getAttribute("id"));
        node = children(child(vizmap, "visualStyle", "name", "Senescope overlay"), "node").get(0);
    }

    @Test
    void fillIsAContinuousMappingOfTheOverlayValueOnTheDivergingScale() {
        Element fill = child(node, "visualProperty", "name", "NODE_FILL_COLOR");
        assertEquals("#C8C8C8", fill.getAttribute("default"), "unmeasured nodes are grey");
        assertEquals(List.of(), children(fill, "discreteMapping"), "no fill by kind");
        List<Element> mappings = children(fill, "continuousMapping");
        assertEquals(1, mappings.size());
        assertEquals("overlay_value", mappings.get(0).getAttribute("attributeName"));
        assertEquals("float", mappings.get(0).getAttribute("attributeType"));
        List<List<String>> points = new ArrayList<>();
        for (Element p : children(mappings.get(0), "continuousMappingPoint")) {
            points.add(List.of(p.getAttribute("attrValue"), p.getAttribute("lesserValue"), p.getAttribute("equalValue"),
                    p.getAttribute("greaterValue")));
        }
        assertEquals(List.of(List.of("-2.5", "#2166AC", "#2166AC", "#2166AC"),
                List.of("-1.875", "#4393C3", "#4393C3", "#4393C3"), List.of("-1.25", "#92C5DE", "#92C5DE", "#92C5DE"),
                List.of("-0.625", "#D1E5F0", "#D1E5F0", "#D1E5F0"), List.of("0.0", "#F7F7F7", "#F7F7F7", "#F7F7F7"),
                List.of("0.625", "#FDDBC7", "#FDDBC7", "#FDDBC7"), List.of("1.25", "#F4A582", "#F4A582", "#F4A582"),
                List.of("1.875", "#D6604D", "#D6604D", "#D6604D"),
                List.of("2.5", "#B2182B", "#B2182B", "#B2182B")), points);
    }

    @Test
    void borderWidthFollowsSignificanceAndTheRestOfTheStyleStays() {
        Element border = child(node, "visualProperty", "name", "NODE_BORDER_WIDTH");
        assertEquals("1.0", border.getAttribute("default"));
        Element mapping = children(border, "discreteMapping").get(0);
        assertEquals("overlay_significant", mapping.getAttribute("attributeName"));
        assertEquals("boolean", mapping.getAttribute("attributeType"));
        Element entry = children(mapping, "discreteMappingEntry").get(0);
        assertEquals("true", entry.getAttribute("attributeValue"));
        assertEquals("6.0", entry.getAttribute("value"));
        Element shape = children(child(node, "visualProperty", "name", "NODE_SHAPE"), "discreteMapping").get(0);
        assertEquals("kind", shape.getAttribute("attributeName"));
    }

    @Test
    void theOverlaidXgmmlFormatWritesTheOverlayStyle() throws Exception {
        List<OutputFile> files = NetworkFiles.of(NetworkFormat.XGMML, "net", LAYER);
        assertEquals("net.style.xml", files.get(1).fileName());
        String xml = new String(TestDocuments.bytes(files.get(1).writer(), NetworkFixture.network()),
                java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(xml.contains("<continuousMapping attributeName=\"overlay_value\""), xml);
    }
}
