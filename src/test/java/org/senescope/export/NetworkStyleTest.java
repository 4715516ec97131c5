package org.senescope.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.senescope.model.style.VisualStyleSpec.DiscreteMapping;
import org.senescope.model.style.VisualStyleSpec.Property;
import org.senescope.model.style.VisualStyleSpec.Setting;
import org.senescope.model.Edge;
import org.senescope.model.Network;
import org.senescope.model.NodeKind;
import org.senescope.model.table.AttributeTable;
import org.senescope.model.table.Column;

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
        assertEquals(new NetworkStyle.EdgeLook(NetworkStyle.ARROW_TRIANGLE, NetworkStyle.LINE_SOLID, "#404040", 2.0),
                NetworkStyle.edgeLook(edge(NetworkFixture.POSITIVE)));
        assertEquals(new NetworkStyle.EdgeLook(NetworkStyle.ARROW_TEE, NetworkStyle.LINE_SOLID, "#404040", 2.0),
                NetworkStyle.edgeLook(edge(NetworkFixture.NEGATIVE)));
        assertEquals(new NetworkStyle.EdgeLook(NetworkStyle.ARROW_NONE, NetworkStyle.LINE_DASHED, "#9E9E9E", 2.0),
                NetworkStyle.edgeLook(edge(NetworkFixture.NEGATIVE_FINDING)));
        assertEquals(new NetworkStyle.EdgeLook(NetworkStyle.ARROW_TRIANGLE, NetworkStyle.LINE_SOLID, "#404040", 1.0),
                NetworkStyle.edgeLook(edge(NetworkFixture.BACKGROUND)));
    }

    private Edge edge(String id) {
        Optional<Edge> edge = network.edges().stream().filter(e -> e.id().equals(id)).findFirst();
        return edge.orElseThrow();
    }
}
