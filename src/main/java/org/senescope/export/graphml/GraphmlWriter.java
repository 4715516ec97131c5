package org.senescope.export.graphml;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.senescope.model.table.AttributeTable;
import org.senescope.model.table.AttributeValue;
import org.senescope.model.table.Column;
import org.senescope.model.table.ColumnType;
import org.senescope.export.ModuleScoreAttributes;
import org.senescope.export.TableExtension;
import org.senescope.model.table.NetworkTables;
import org.senescope.export.OverlayLayer;
import org.senescope.export.NetworkWriter;
import org.senescope.export.XmlOutput;
import org.senescope.model.Edge;
import org.senescope.model.Network;
import org.senescope.model.Node;
import org.senescope.model.data.ModuleScores;
import org.senescope.export.AttributeTables;

/**
 * Writes a network as GraphML: one {@code key} per attribute column (network keys {@code g0...}, node keys
 * {@code n0...}, edge keys {@code e0...}) with its {@code attr.name}, {@code attr.type} and description; a directed
 * graph whose undirected edges say {@code directed="false"}. Node ids are the Senescope ids. Edges carry no id
 * attribute, since GraphML's schema wants an XML name token there and edge ids have spaces; their id is the
 * {@code name} data. (Senescope node ids are name tokens; one that is not would still be read by the common
 * readers, only a validating one would refuse it.)
 *
 * <p>GraphML has no list type, so list columns are strings with the items joined by
 * {@value AttributeValue#LIST_SEPARATOR} (each such key says so in its description). The layout is not written.
 * Stateless and thread-safe; nulls are not accepted; failures are {@link IOException}s. Flushes but does not close the
 * stream.
 */
public final class GraphmlWriter implements NetworkWriter {

    static final String GRAPHML_NAMESPACE = "http://graphml.graphdrawing.org/xmlns";
    private static final String XSI_NAMESPACE = "http://www.w3.org/2001/XMLSchema-instance";
    private static final String SCHEMA_LOCATION =
            GRAPHML_NAMESPACE + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd";

    private final Function<Network, NetworkTables> tablesOf;

    /** A writer of a network's own attributes. */
    public GraphmlWriter() {
        this(AttributeTables::of);
    }

    private GraphmlWriter(Function<Network, NetworkTables> tablesOf) {
        this.tablesOf = tablesOf;
    }

    /** A writer that adds the columns of {@code layer} (see {@link OverlayLayer}). */
    public GraphmlWriter withOverlay(OverlayLayer layer) {
        Objects.requireNonNull(layer, "layer");
        return new GraphmlWriter(n -> AttributeTables.of(n, layer));
    }

    /** This writer, adding the node and network columns of {@code scores} after all others. */
    public GraphmlWriter withModuleScores(ModuleScores scores) {
        Objects.requireNonNull(scores, "scores");
        return withColumns((tables, network) -> ModuleScoreAttributes.addTo(tables, network, scores));
    }

    /** This writer, adding the columns of {@code extension} after all others; the style is unchanged. */
    public GraphmlWriter withColumns(TableExtension extension) {
        Objects.requireNonNull(extension, "extension");
        Function<Network, NetworkTables> base = tablesOf;
        return new GraphmlWriter(n -> extension.addTo(base.apply(n), n));
    }

    @Override
    public void write(Network network, OutputStream out) throws IOException {
        NetworkTables tables = tablesOf.apply(network);
        Objects.requireNonNull(out, "out");
        XmlOutput xml = XmlOutput.open(out);
        xml.start("graphml")
                .defaultNamespace(GRAPHML_NAMESPACE)
                .namespace("xsi", XSI_NAMESPACE)
                .attribute("xsi", XSI_NAMESPACE, "schemaLocation", SCHEMA_LOCATION);
        writeKeys(xml, "graph", "g", tables.network().columns());
        writeKeys(xml, "node", "n", tables.nodes().columns());
        writeKeys(xml, "edge", "e", tables.edges().columns());
        xml.start("graph").attribute("id", "G").attribute("edgedefault", "directed");
        writeData(xml, "g", tables.network().columns(), tables.networkRow());
        for (int i = 0; i < network.nodes().size(); i++) {
            Node node = network.nodes().get(i);
            xml.start("node").attribute("id", node.id());
            writeData(xml, "n", tables.nodes().columns(), tables.nodes().rows().get(i));
            xml.end();
        }
        for (int i = 0; i < network.edges().size(); i++) {
            Edge edge = network.edges().get(i);
            xml.start("edge")
                    .attribute("source", edge.sourceId())
                    .attribute("target", edge.targetId());
            if (!edge.directed()) {
                xml.attribute("directed", "false");
            }
            writeData(xml, "e", tables.edges().columns(), tables.edges().rows().get(i));
            xml.end();
        }
        xml.finish();
    }

    private static void writeKeys(XmlOutput xml, String domain, String prefix, List<Column> columns)
            throws IOException {
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            xml.start("key")
                    .attribute("id", prefix + i)
                    .attribute("for", domain)
                    .attribute("attr.name", column.name())
                    .attribute("attr.type", typeName(column.type()));
            String description = column.type() == ColumnType.STRING_LIST || column.type() == ColumnType.DOUBLE_LIST
                    ? column.description() + " (a list: items joined by " + AttributeValue.LIST_SEPARATOR + ")"
                    : column.description();
            xml.start("desc").text(description).end();
            xml.end();
        }
    }

    private static void writeData(XmlOutput xml, String prefix, List<Column> columns, AttributeTable.Row row)
            throws IOException {
        for (int i = 0; i < columns.size(); i++) {
            if (row.values().get(i).isMissing()) {
                continue;
            }
            xml.start("data").attribute("key", prefix + i).text(row.values().get(i).flatText()).end();
        }
    }

    private static String typeName(ColumnType type) {
        return switch (type) {
            case STRING, STRING_LIST, DOUBLE_LIST -> "string";
            case INTEGER -> "int";
            case BOOLEAN -> "boolean";
            case DOUBLE -> "double";
        };
    }
}
