package org.senescope.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.senescope.model.style.VisualStyleSpec.DiscreteMapping;
import org.senescope.model.style.VisualStyleSpec.Property;
import org.senescope.model.style.VisualStyleSpec.Setting;
import org.senescope.model.style.VisualStyleSpec.Value;
import org.senescope.model.Edge;
import org.senescope.model.EvidenceType;
import org.senescope.model.Network;
import org.senescope.model.NodeKind;
import org.senescope.model.table.AttributeTable;
import org.senescope.model.table.Column;
import org.senescope.model.table.Columns;

class NetworkStyleTest {

    private final Network network = NetworkFixture.network();

    @Test
    void everyKindHasItsOwnShapeAndFill() {
        List<NetworkStyle.NodeLook> looks = Arrays.stream(NodeKind.values()).map(NetworkStyle::nodeLook).toList();
        assertEquals(NodeKind.values().length, looks.stream().map(NetworkStyle.NodeLook::shape).distinct().count());
        assertEquals(NodeKind.values().length, looks.stream().map(NetworkStyle.NodeLook::fillColor).distinct().count());
        looks.forEach(look -> assertTrue(look.fillColor().matches("#[0-9A-F]{6}"), look.fillColor()));
    }

    @Test
    void mappingsReadColumnsThatExistWithTheirTypes() {
        AttributeTable nodes = AttributeTables.nodes(network);
        AttributeTable edges = AttributeTables.edges(network);
        for (DiscreteMapping mapping : NetworkStyle.nodeMappings()) {
            assertEquals(mapping.column().type(), nodes.column(mapping.column().name()).orElseThrow().type());
        }
        Column label = NetworkStyle.nodeLabel().column();
        assertEquals(label.type(), nodes.column(label.name()).orElseThrow().type());
        for (DiscreteMapping mapping : NetworkStyle.edgeMappings()) {
            assertEquals(mapping.column().type(), edges.column(mapping.column().name()).orElseThrow().type());
        }
    }

    @Test
    void everyMappedPropertyHasADefault() {
        List<Property> withDefaults = Stream.concat(NetworkStyle.nodeDefaults().stream(),
                NetworkStyle.edgeDefaults().stream()).map(Setting::property).toList();
        Stream.concat(Stream.concat(NetworkStyle.nodeMappings().stream(), NetworkStyle.edgeMappings().stream())
                        .map(DiscreteMapping::property), Stream.of(NetworkStyle.nodeLabel().property()))
                .forEach(p -> assertTrue(withDefaults.contains(p), p.cx2Name()));
    }

    @Test
    void edgeLooksFollowSignAndEvidence() {
        Edge positive = edge(NetworkFixture.POSITIVE);
        assertEquals(EvidenceType.SEED_FINDING, positive.evidenceLevel());
        assertEquals(new NetworkStyle.EdgeLook(NetworkStyle.ARROW_TRIANGLE,
                        new EvidenceStyle.EvidenceLook(NetworkStyle.LINE_SOLID, "#404040", 3.0, 1.0)),
                NetworkStyle.edgeLook(positive));
        assertEquals(new NetworkStyle.EdgeLook(NetworkStyle.ARROW_TEE,
                        new EvidenceStyle.EvidenceLook(NetworkStyle.LINE_SOLID, "#404040", 2.0, 0.55)),
                NetworkStyle.edgeLook(edge(NetworkFixture.NEGATIVE)));
        assertEquals(new NetworkStyle.EdgeLook(NetworkStyle.ARROW_NONE,
                        new EvidenceStyle.EvidenceLook(NetworkStyle.LINE_DASHED, "#9E9E9E", 2.0, 1.0)),
                NetworkStyle.edgeLook(edge(NetworkFixture.NEGATIVE_FINDING)));
        assertEquals(new NetworkStyle.EdgeLook(NetworkStyle.ARROW_NONE,
                        new EvidenceStyle.EvidenceLook(NetworkStyle.LINE_SOLID, "#404040", 1.0, 0.55)),
                NetworkStyle.edgeLook(edge(NetworkFixture.BACKGROUND)));
        assertEquals(new NetworkStyle.EdgeLook(NetworkStyle.ARROW_NONE,
                        new EvidenceStyle.EvidenceLook(EvidenceStyle.LINE_DOTTED, "#404040", 2.0, 1.0)),
                NetworkStyle.edgeLook(edge(NetworkFixture.UNDIRECTED)));
    }

    @Test
    void everyEvidenceLevelLooksDifferent() {
        List<EvidenceStyle.EvidenceLook> looks = Arrays.stream(EvidenceType.values()).map(EvidenceStyle::look).toList();
        assertEquals(EvidenceType.values().length, looks.stream().distinct().count());
        assertEquals("#9E9E9E", EvidenceStyle.look(EvidenceType.NEGATIVE_FINDING).color());
        assertEquals(new Value("0.55", "140"), EvidenceStyle.look(EvidenceType.REVIEW_CLAIM).opacityValue());
    }

    @Test
    void theEvidenceLevelColumnCarriesLineStyleWidthOpacityAndColour() {
        Map<String, Map<String, Value>> byProperty = new LinkedHashMap<>();
        for (DiscreteMapping m : NetworkStyle.edgeMappings()) {
            if (m.column().name().equals(Columns.EVIDENCE_LEVEL)) {
                Map<String, Value> entries = new LinkedHashMap<>();
                m.entries().forEach(e -> entries.put(e.columnValue(), e.value()));
                byProperty.put(m.property().cx2Name(), entries);
            }
        }
        assertEquals(List.of("EDGE_LINE_STYLE", "EDGE_LINE_COLOR", "EDGE_WIDTH", "EDGE_OPACITY"),
                List.copyOf(byProperty.keySet()));
        assertEquals(new Value("dotted", "DOT"), byProperty.get("EDGE_LINE_STYLE").get("hypothesis"));
        assertEquals(new Value("dashed", "EQUAL_DASH"), byProperty.get("EDGE_LINE_STYLE").get("negative finding"));
        assertEquals(Value.number(3.0), byProperty.get("EDGE_WIDTH").get("finding reported in the seed"));
        assertEquals(Value.number(1.0), byProperty.get("EDGE_WIDTH").get("background"));
        assertEquals(new Value("0.55", "140"), byProperty.get("EDGE_OPACITY").get("review claim"));
        assertEquals(new Value("1.0", "255"), byProperty.get("EDGE_OPACITY").get("prior work the seed cites"));
        assertEquals(Value.same("#9E9E9E"), byProperty.get("EDGE_LINE_COLOR").get("negative finding"));
        byProperty.values().forEach(entries -> assertEquals(EvidenceType.values().length, entries.size()));
    }

    @Test
    void bindingAndAssociationHaveNoArrowhead() {
        for (Edge e : network.edges()) {
            if (!e.relation().isSigned()) {
                assertEquals(NetworkStyle.ARROW_NONE, NetworkStyle.edgeLook(e).targetArrow(), e.id());
            }
        }
    }

    private Edge edge(String id) {
        Optional<Edge> edge = network.edges().stream().filter(e -> e.id().equals(id)).findFirst();
        return edge.orElseThrow();
    }
}
