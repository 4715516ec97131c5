package org.senescope.io.xgmml;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.senescope.io.ColumnType;
import org.senescope.io.NetworkStyle;
import org.senescope.io.NetworkWriter;
import org.senescope.io.VisualStyleSpec.DiscreteMapping;
import org.senescope.io.VisualStyleSpec.Entry;
import org.senescope.io.VisualStyleSpec.PassthroughMapping;
import org.senescope.io.VisualStyleSpec.Setting;
import org.senescope.io.XmlOutput;
import org.senescope.model.Network;

/**
 * Writes the Senescope visual style ({@link NetworkStyle}) as a Cytoscape Style XML file ({@code <vizmap
 * documentVersion="3.1">} with one {@code visualStyle} named {@value NetworkStyle#STYLE_NAME}), which Cytoscape
 * Desktop imports with File &gt; Import &gt; Styles from File and applies to networks loaded from XGMML or SIF. The
 * network argument is not read: the style is the same for every network. Stateless and thread-safe; nulls are not
 * accepted; failures are {@link IOException}s. Flushes but does not close the stream.
 */
public final class CytoscapeStyleWriter implements NetworkWriter {

    @Override
    public void write(Network network, OutputStream out) throws IOException {
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(out, "out");
        XmlOutput xml = XmlOutput.open(out);
        xml.start("vizmap").attribute("id", "VizMap-" + NetworkStyle.STYLE_NAME).attribute("documentVersion", "3.1");
        xml.start("visualStyle").attribute("name", NetworkStyle.STYLE_NAME);
        xml.start("network");
        writeProperties(xml, NetworkStyle.networkDefaults(), List.of(), Optional.empty());
        xml.end();
        xml.start("node");
        dependency(xml, "nodeSizeLocked", NetworkStyle.NODE_SIZE_LOCKED);
        writeProperties(xml, NetworkStyle.nodeDefaults(), NetworkStyle.nodeMappings(),
                Optional.of(NetworkStyle.nodeLabel()));
        xml.end();
        xml.start("edge");
        dependency(xml, "arrowColorMatchesEdge", NetworkStyle.ARROW_COLOR_MATCHES_EDGE);
        writeProperties(xml, NetworkStyle.edgeDefaults(), NetworkStyle.edgeMappings(), Optional.empty());
        xml.end();
        xml.finish();
    }

    private static void dependency(XmlOutput xml, String name, boolean value) throws IOException {
        xml.empty("dependency").attribute("name", name).attribute("value", Boolean.toString(value));
    }

    /** One {@code visualProperty} per desktop name of each default, with the property's mapping if it has one. */
    private static void writeProperties(XmlOutput xml, List<Setting> defaults, List<DiscreteMapping> mappings,
            Optional<PassthroughMapping> passthrough) throws IOException {
        for (Setting setting : defaults) {
            Optional<DiscreteMapping> discrete = mappings.stream()
                    .filter(m -> m.property().equals(setting.property()))
                    .findFirst();
            Optional<PassthroughMapping> through = passthrough.filter(p -> p.property().equals(setting.property()));
            for (String name : setting.property().cytoscapeNames()) {
                if (discrete.isEmpty() && through.isEmpty()) {
                    xml.empty("visualProperty")
                            .attribute("name", name)
                            .attribute("default", setting.value().cytoscapeName());
                    continue;
                }
                xml.start("visualProperty").attribute("name", name).attribute("default", setting.value().cytoscapeName());
                if (discrete.isPresent()) {
                    writeDiscrete(xml, discrete.get());
                }
                if (through.isPresent()) {
                    xml.empty("passthroughMapping")
                            .attribute("attributeName", through.get().column().name())
                            .attribute("attributeType", typeName(through.get().column().type()));
                }
                xml.end();
            }
        }
    }

    private static void writeDiscrete(XmlOutput xml, DiscreteMapping mapping) throws IOException {
        xml.start("discreteMapping")
                .attribute("attributeName", mapping.column().name())
                .attribute("attributeType", typeName(mapping.column().type()));
        for (Entry entry : mapping.entries()) {
            xml.empty("discreteMappingEntry")
                    .attribute("attributeValue", entry.columnValue())
                    .attribute("value", entry.value().cytoscapeName());
        }
        xml.end();
    }

    /** The column types as Style XML names them. */
    private static String typeName(ColumnType type) {
        return switch (type) {
            case STRING -> "string";
            case INTEGER -> "integer";
            case BOOLEAN -> "boolean";
            case STRING_LIST -> "list";
            case DOUBLE -> "float";
        };
    }
}
