package org.senescope.export.xgmml;


import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.senescope.model.table.ColumnType;
import org.senescope.export.NetworkStyle;
import org.senescope.export.NetworkWriter;
import org.senescope.export.OverlayLayer;
import org.senescope.export.MemberChart;
import org.senescope.export.OverlayStyle;
import org.senescope.model.style.VisualStyleSpec.ContinuousMapping;
import org.senescope.model.style.VisualStyleSpec.DiscreteMapping;
import org.senescope.model.style.VisualStyleSpec.Entry;
import org.senescope.model.style.VisualStyleSpec.PassthroughMapping;
import org.senescope.model.style.VisualStyleSpec.Point;
import org.senescope.model.style.VisualStyleSpec.Setting;
import org.senescope.model.style.VisualStyleSpec.Value;
import org.senescope.export.XmlOutput;
import org.senescope.model.Network;

/**
 * Writes the Senescope visual style ({@link NetworkStyle}) as a Cytoscape Style XML file ({@code <vizmap
 * documentVersion="3.1">} with one {@code visualStyle} named {@value NetworkStyle#STYLE_NAME}), which Cytoscape
 * Desktop imports with File &gt; Import &gt; Styles from File and applies to networks loaded from XGMML or SIF. The
 * network argument is not read: the style is the same for every network. With an overlay
 * ({@link #withOverlay}) the style is named {@value #OVERLAY_STYLE_NAME} and colours nodes as the CX2 and XGMML
 * exports of the overlaid network do: a continuous fill mapping from {@link OverlayLayer#VALUE_COLUMN} on
 * {@link OverlayStyle}'s scale (grey by default, for unmeasured nodes) and a wide border where
 * {@link OverlayLayer#SIGNIFICANT_COLUMN} is true, and each multi-member node's {@link MemberChart} under it (a
 * passthrough of {@link OverlayLayer#MEMBER_CHART_COLUMN} into Node Image/Chart 1). Stateless and thread-safe; nulls are not accepted; failures are
 * {@link IOException}s. Flushes but does not close the stream.
 */
public final class CytoscapeStyleWriter implements NetworkWriter {

    /** The style's name with an overlay, so that it does not replace the plain style when both are imported. */
    public static final String OVERLAY_STYLE_NAME = NetworkStyle.STYLE_NAME + " overlay";

    private final String name;
    private final List<Setting> nodeDefaults;
    private final List<DiscreteMapping> nodeDiscrete;
    private final List<ContinuousMapping> nodeContinuous;
    private final List<PassthroughMapping> nodePassthrough;

    /** A writer of the plain Senescope style: fill by node kind. */
    public CytoscapeStyleWriter() {
        this(NetworkStyle.STYLE_NAME, NetworkStyle.nodeDefaults(), NetworkStyle.nodeMappings(), List.of(),
                List.of(NetworkStyle.nodeLabel()));
    }

    private CytoscapeStyleWriter(String name, List<Setting> nodeDefaults, List<DiscreteMapping> nodeDiscrete,
                                 List<ContinuousMapping> nodeContinuous, List<PassthroughMapping> nodePassthrough) {
        this.name = name;
        this.nodeDefaults = List.copyOf(nodeDefaults);
        this.nodeDiscrete = List.copyOf(nodeDiscrete);
        this.nodeContinuous = List.copyOf(nodeContinuous);
        this.nodePassthrough = List.copyOf(nodePassthrough);
    }

    /**
     * A writer of the style of a network overlaid with {@code layer}: the Senescope style, except that the fill comes
     * from the overlay's value, the border width from its significance and the label colour from the per-node column
     * chosen for the node's fill, as in {@code Cx2Writer.withOverlay}.
     */
    public CytoscapeStyleWriter withOverlay(OverlayLayer layer) {
        Objects.requireNonNull(layer, "layer");
        List<Setting> defaults = new ArrayList<>(NetworkStyle.nodeDefaults().stream()
                .map(s -> s.property().equals(NetworkStyle.NODE_FILL)
                        ? new Setting(NetworkStyle.NODE_FILL, Value.same(OverlayStyle.MISSING_COLOR)) : s)
                .toList());
        defaults.addAll(OverlayStyle.chartDefaults());
        List<DiscreteMapping> discrete = new ArrayList<>(NetworkStyle.nodeMappings().stream()
                .filter(m -> !m.property().equals(NetworkStyle.NODE_FILL))
                .filter(m -> !m.property().equals(NetworkStyle.NODE_LABEL_COLOR)).toList());
        discrete.add(OverlayStyle.borderWidth());
        return new CytoscapeStyleWriter(OVERLAY_STYLE_NAME, defaults, discrete,
                List.of(OverlayStyle.fill(layer.colourRange())),
                List.of(NetworkStyle.nodeLabel(), OverlayStyle.labelColor(), MemberChart.mapping()));
    }

    @Override
    public void write(Network network, OutputStream out) throws IOException {
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(out, "out");
        XmlOutput xml = XmlOutput.open(out);
        xml.start("vizmap").attribute("id", "VizMap-" + name).attribute("documentVersion", "3.1");
        xml.start("visualStyle").attribute("name", name);
        xml.start("network");
        writeProperties(xml, NetworkStyle.networkDefaults(), List.of(), List.of(), List.of());
        xml.end();
        xml.start("node");
        dependency(xml, "nodeSizeLocked", NetworkStyle.NODE_SIZE_LOCKED);
        writeProperties(xml, nodeDefaults, nodeDiscrete, nodeContinuous, nodePassthrough);
        xml.end();
        xml.start("edge");
        dependency(xml, "arrowColorMatchesEdge", NetworkStyle.ARROW_COLOR_MATCHES_EDGE);
        writeProperties(xml, NetworkStyle.edgeDefaults(), NetworkStyle.edgeMappings(), List.of(), List.of());
        xml.end();
        xml.finish();
    }

    private static void dependency(XmlOutput xml, String name, boolean value) throws IOException {
        xml.empty("dependency").attribute("name", name).attribute("value", Boolean.toString(value));
    }

    /** One {@code visualProperty} per desktop name of each default, with the property's mapping if it has one. */
    private static void writeProperties(XmlOutput xml, List<Setting> defaults, List<DiscreteMapping> mappings,
            List<ContinuousMapping> continuousMappings, List<PassthroughMapping> passthrough) throws IOException {
        for (Setting setting : defaults) {
            Optional<DiscreteMapping> discrete = mappings.stream()
                    .filter(m -> m.property().equals(setting.property()))
                    .findFirst();
            Optional<ContinuousMapping> continuous = continuousMappings.stream()
                    .filter(m -> m.property().equals(setting.property()))
                    .findFirst();
            Optional<PassthroughMapping> through = passthrough.stream()
                    .filter(p -> p.property().equals(setting.property())).findFirst();
            for (String name : setting.property().cytoscapeNames()) {
                if (discrete.isEmpty() && continuous.isEmpty() && through.isEmpty()) {
                    xml.empty("visualProperty")
                            .attribute("name", name)
                            .attribute("default", setting.value().cytoscapeName());
                    continue;
                }
                xml.start("visualProperty").attribute("name", name).attribute("default", setting.value().cytoscapeName());
                if (discrete.isPresent()) {
                    writeDiscrete(xml, discrete.get());
                }
                if (continuous.isPresent()) {
                    writeContinuous(xml, continuous.get());
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

    /**
     * Style XML's continuous mapping: each point with the value below, at and above it; the ends extend the end
     * colours beyond the range, as CX2's open intervals do.
     */
    private static void writeContinuous(XmlOutput xml, ContinuousMapping mapping) throws IOException {
        xml.start("continuousMapping")
                .attribute("attributeName", mapping.column().name())
                .attribute("attributeType", typeName(mapping.column().type()));
        for (Point point : mapping.points()) {
            String value = point.value().cytoscapeName();
            xml.empty("continuousMappingPoint")
                    .attribute("attrValue", BigDecimal.valueOf(point.columnValue()).toPlainString())
                    .attribute("equalValue", value)
                    .attribute("greaterValue", value)
                    .attribute("lesserValue", value);
        }
        xml.end();
    }

    /** The column types as Style XML names them. */
    private static String typeName(ColumnType type) {
        return switch (type) {
            case STRING -> "string";
            case INTEGER -> "integer";
            case BOOLEAN -> "boolean";
            case STRING_LIST, DOUBLE_LIST -> "list";
            case DOUBLE -> "float";
        };
    }
}
