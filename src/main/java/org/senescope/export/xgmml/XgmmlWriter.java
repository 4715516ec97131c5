package org.senescope.export.xgmml;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.senescope.model.data.Measurement;
import org.senescope.model.table.AttributeTable;
import org.senescope.model.table.AttributeValue;
import org.senescope.model.table.Column;
import org.senescope.export.ModuleScoreAttributes;
import org.senescope.export.TableExtension;
import org.senescope.export.NetworkStyle;
import org.senescope.model.table.NetworkTables;
import org.senescope.export.NetworkWriter;
import org.senescope.export.OverlayLayer;
import org.senescope.export.LabelContrast;
import org.senescope.export.OverlayStyle;
import org.senescope.export.XmlOutput;
import org.senescope.model.Edge;
import org.senescope.model.Network;
import org.senescope.model.Node;
import org.senescope.model.Position;
import org.senescope.model.data.ModuleScores;
import org.senescope.export.AttributeTables;

/**
 * Writes a network as Cytoscape 3 XGMML ({@code cy:documentVersion="3.0"}): network, node and edge attributes as
 * typed {@code att} elements ({@code cy:type}, lists with {@code cy:elementType}), each node with a {@code graphics}
 * element giving its layout position, size, shape and colours, each edge with its width, colour, line type and arrow,
 * all from {@link NetworkStyle}. Node ids and edge ids are the Senescope ids. Stateless and thread-safe; nulls are
 * not accepted; failures are {@link IOException}s. Flushes but does not close the stream.
 */
public final class XgmmlWriter implements NetworkWriter {

    static final String XGMML_NAMESPACE = "http://www.cs.rpi.edu/XGMML";
    static final String CY_NAMESPACE = "http://www.cytoscape.org";
    static final String CY = "cy";

    private final Function<Network, NetworkTables> tablesOf;
    private final BiFunction<Node, NetworkStyle.NodeLook, String> fillOf;

    /** A writer of a network's own attributes and style. */
    public XgmmlWriter() {
        this(AttributeTables::of, (node, look) -> look.fillColor());
    }

    private XgmmlWriter(Function<Network, NetworkTables> tablesOf, BiFunction<Node, NetworkStyle.NodeLook, String> fillOf) {
        this.tablesOf = tablesOf;
        this.fillOf = fillOf;
    }

    /**
     * A writer that adds the columns of {@code layer} and fills each node with its colour on the overlay's scale
     * ({@link OverlayStyle}), grey where it was not measured.
     */
    public XgmmlWriter withOverlay(OverlayLayer layer) {
        Objects.requireNonNull(layer, "layer");
        return new XgmmlWriter(n -> AttributeTables.of(n, layer), (node, look) -> OverlayStyle.colorOf(
                layer.overlay().node(node.id())
                        .map(o -> o.measurements().get(layer.shownCondition())).orElse(Measurement.MISSING),
                layer.colourRange()));
    }

    /** This writer, adding the node and network columns of {@code scores} after all others. */
    public XgmmlWriter withModuleScores(ModuleScores scores) {
        Objects.requireNonNull(scores, "scores");
        return withColumns((tables, network) -> ModuleScoreAttributes.addTo(tables, network, scores));
    }

    /** This writer, adding the columns of {@code extension} after all others; the style is unchanged. */
    public XgmmlWriter withColumns(TableExtension extension) {
        Objects.requireNonNull(extension, "extension");
        Function<Network, NetworkTables> base = tablesOf;
        return new XgmmlWriter(n -> extension.addTo(base.apply(n), n), fillOf);
    }

    @Override
    public void write(Network network, OutputStream out) throws IOException {
        NetworkTables tables = tablesOf.apply(network);
        Objects.requireNonNull(out, "out");
        XmlOutput xml = XmlOutput.open(out);
        xml.start("graph")
                .defaultNamespace(XGMML_NAMESPACE)
                .namespace(CY, CY_NAMESPACE)
                .attribute("id", network.name())
                .attribute("label", network.name())
                .attribute("directed", flag(network.edges().stream().anyMatch(Edge::directed)))
                .attribute(CY, CY_NAMESPACE, "documentVersion", "3.0");
        writeAtts(xml, tables.network(), tables.networkRow());
        for (int i = 0; i < network.nodes().size(); i++) {
            writeNode(xml, network, network.nodes().get(i), tables.nodes(), tables.nodes().rows().get(i), fillOf);
        }
        for (int i = 0; i < network.edges().size(); i++) {
            writeEdge(xml, network.edges().get(i), tables.edges(), tables.edges().rows().get(i));
        }
        xml.finish();
    }

    private static void writeNode(XmlOutput xml, Network network, Node node, AttributeTable table,
            AttributeTable.Row row, BiFunction<Node, NetworkStyle.NodeLook, String> fillOf) throws IOException {
        xml.start("node").attribute("id", node.id()).attribute("label", node.label());
        writeAtts(xml, table, row);
        Position position = network.position(node.id());
        NetworkStyle.NodeLook look = NetworkStyle.nodeLook(node.kind());
        String fill = fillOf.apply(node, look);
        xml.start("graphics")
                .attribute("type", look.shape().cytoscapeName())
                .attribute("x", Double.toString(position.x()))
                .attribute("y", Double.toString(position.y()))
                .attribute("w", Double.toString(NetworkStyle.NODE_WIDTH))
                .attribute("h", Double.toString(NetworkStyle.NODE_HEIGHT))
                .attribute("fill", fill)
                .attribute("outline", NetworkStyle.NODE_BORDER_COLOR)
                .attribute("width", Double.toString(NetworkStyle.NODE_BORDER_WIDTH));
        writeAtt(xml, "NODE_LABEL", AttributeValue.of(node.label()));
        writeAtt(xml, "NODE_LABEL_COLOR", AttributeValue.of(LabelContrast.labelOn(fill)));
        xml.end().end();
    }

    private static void writeEdge(XmlOutput xml, Edge edge, AttributeTable table, AttributeTable.Row row)
            throws IOException {
        xml.start("edge")
                .attribute("id", edge.id())
                .attribute("label", edge.id())
                .attribute("source", edge.sourceId())
                .attribute("target", edge.targetId())
                .attribute(CY, CY_NAMESPACE, "directed", flag(edge.directed()));
        writeAtts(xml, table, row);
        NetworkStyle.EdgeLook look = NetworkStyle.edgeLook(edge);
        xml.start("graphics")
                .attribute("width", Double.toString(look.evidence().width()))
                .attribute("fill", look.evidence().color());
        writeAtt(xml, "EDGE_TARGET_ARROW_SHAPE", AttributeValue.of(look.targetArrow().cytoscapeName()));
        writeAtt(xml, "EDGE_LINE_TYPE", AttributeValue.of(look.evidence().lineStyle().cytoscapeName()));
        writeAtt(xml, "EDGE_TRANSPARENCY", AttributeValue.of(look.evidence().opacityValue().cytoscapeName()));
        xml.end().end();
    }

    private static void writeAtts(XmlOutput xml, AttributeTable table, AttributeTable.Row row) throws IOException {
        List<Column> columns = table.columns();
        for (int i = 0; i < columns.size(); i++) {
            if (!row.values().get(i).isMissing()) {
                writeAtt(xml, columns.get(i).name(), row.values().get(i));
            }
        }
    }

    /** One {@code att}: scalars with a value, lists as a parent holding one child {@code att} per item. */
    private static void writeAtt(XmlOutput xml, String name, AttributeValue value) throws IOException {
        if (value instanceof AttributeValue.TextList list) {
            writeList(xml, name, "String", list.items().stream().map(AttributeValue::of).toList());
            return;
        }
        if (value instanceof AttributeValue.DecimalList list) {
            writeList(xml, name, "Double", list.items().stream().map(AttributeValue::ofDecimal).toList());
            return;
        }
        xml.empty("att").attribute("name", name);
        if (value instanceof AttributeValue.Text text) {
            typed(xml, text.text(), "string", "String");
        } else if (value instanceof AttributeValue.WholeNumber number) {
            typed(xml, number.flatText(), "integer", "Integer");
        } else if (value instanceof AttributeValue.Flag flag) {
            typed(xml, flag(flag.set()), "boolean", "Boolean");
        } else if (value instanceof AttributeValue.Decimal decimal) {
            typed(xml, decimal.flatText(), "real", "Double");
        }
    }

    /** A list as Cytoscape writes one: a parent {@code att} of type list holding one child per item. */
    private static void writeList(XmlOutput xml, String name, String elementType, List<AttributeValue> items)
            throws IOException {
        xml.start("att")
                .attribute("name", name)
                .attribute("type", "list")
                .attribute(CY, CY_NAMESPACE, "type", "List")
                .attribute(CY, CY_NAMESPACE, "elementType", elementType);
        for (AttributeValue item : items) {
            writeAtt(xml, name, item);
        }
        xml.end();
    }

    private static void typed(XmlOutput xml, String value, String xgmmlType, String cyType) throws IOException {
        xml.attribute("value", value)
                .attribute("type", xgmmlType)
                .attribute(CY, CY_NAMESPACE, "type", cyType);
    }

    /** XGMML's booleans are 1 and 0. */
    private static String flag(boolean value) {
        return value ? "1" : "0";
    }
}
