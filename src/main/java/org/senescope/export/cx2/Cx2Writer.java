package org.senescope.export.cx2;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonGenerator;

import org.senescope.model.table.AttributeTable;
import org.senescope.model.table.Column;
import org.senescope.model.table.ColumnType;
import org.senescope.export.JsonOutput;
import org.senescope.export.ModuleScoreAttributes;
import org.senescope.export.TableExtension;
import org.senescope.model.table.NetworkTables;
import org.senescope.export.NetworkWriter;
import org.senescope.export.OverlayLayer;
import org.senescope.export.OverlayStyle;
import org.senescope.model.Edge;
import org.senescope.model.Network;
import org.senescope.model.Node;
import org.senescope.model.Position;
import org.senescope.model.data.ModuleScores;
import org.senescope.export.AttributeTables;

/**
 * Writes a network as CX2: the descriptor, metaData with the element count of every aspect, attributeDeclarations,
 * networkAttributes, nodes with their layout coordinates, edges, visualProperties, visualEditorProperties and the
 * closing status. Node and edge ids are numbers counted from 0 in network order; the Senescope ids travel in the
 * attributes. Stateless and thread-safe; nulls are not accepted; failures are {@link IOException}s. Flushes but does
 * not close the stream.
 */
public final class Cx2Writer implements NetworkWriter {

    static final String CX_VERSION = "2.0";

    private final Function<Network, NetworkTables> tablesOf;
    private final List<OverlayLayer> layer;

    /** A writer of a network with its own attributes and the Senescope style. */
    public Cx2Writer() {
        this.tablesOf = AttributeTables::of;
        this.layer = List.of();
    }

    private Cx2Writer(OverlayLayer layer) {
        this.tablesOf = n -> AttributeTables.of(n, layer);
        this.layer = List.of(layer);
    }

    private Cx2Writer(Function<Network, NetworkTables> tablesOf, List<OverlayLayer> layer) {
        this.tablesOf = tablesOf;
        this.layer = layer;
    }

    /**
     * This writer, adding the node and network columns of {@code scores} after all others (see
     * {@link ModuleScoreAttributes}); the style is unchanged.
     */
    public Cx2Writer withModuleScores(ModuleScores scores) {
        Objects.requireNonNull(scores, "scores");
        return withColumns((tables, network) -> ModuleScoreAttributes.addTo(tables, network, scores));
    }

    /** This writer, adding the columns of {@code extension} after all others; the style is unchanged. */
    public Cx2Writer withColumns(TableExtension extension) {
        Objects.requireNonNull(extension, "extension");
        Function<Network, NetworkTables> base = tablesOf;
        return new Cx2Writer(n -> extension.addTo(base.apply(n), n), layer);
    }

    /**
     * A writer that adds the columns of {@code layer} and styles the nodes by it: a continuous fill mapping from
     * {@link OverlayLayer#VALUE_COLUMN} on {@link OverlayStyle}'s diverging scale (grey by default, so unmeasured
     * nodes are grey) and a border-width mapping from {@link OverlayLayer#SIGNIFICANT_COLUMN}.
     */
    public Cx2Writer withOverlay(OverlayLayer layer) {
        return new Cx2Writer(Objects.requireNonNull(layer, "layer"));
    }

    @Override
    public void write(Network network, OutputStream out) throws IOException {
        NetworkTables tables = tablesOf.apply(network);
        Objects.requireNonNull(out, "out");
        try (JsonGenerator json = JsonOutput.open(out)) {
            json.writeStartArray();
            json.writeStartObject();
            json.writeStringField("CXVersion", CX_VERSION);
            json.writeBooleanField("hasFragments", false);
            json.writeEndObject();
            writeMetaData(json, aspectSizes(network));
            writeDeclarations(json, tables);
            startAspect(json, "networkAttributes");
            writeRowObject(json, tables.network(), tables.networkRow());
            endAspect(json);
            writeNodes(json, network, tables.nodes());
            writeEdges(json, network, tables.edges());
            startAspect(json, "visualProperties");
            if (layer.isEmpty()) {
                Cx2VisualProperties.write(json);
            } else {
                Cx2VisualProperties.write(json, layer.get(0));
            }
            endAspect(json);
            startAspect(json, "visualEditorProperties");
            Cx2VisualProperties.writeEditorProperties(json);
            endAspect(json);
            startAspect(json, "status");
            json.writeStartObject();
            json.writeStringField("error", "");
            json.writeBooleanField("success", true);
            json.writeEndObject();
            endAspect(json);
            json.writeEndArray();
        }
    }

    /** The aspects written, in order, with their element counts. */
    private static Map<String, Integer> aspectSizes(Network network) {
        Map<String, Integer> sizes = new LinkedHashMap<>();
        sizes.put("attributeDeclarations", 1);
        sizes.put("networkAttributes", 1);
        sizes.put("nodes", network.nodes().size());
        sizes.put("edges", network.edges().size());
        sizes.put("visualProperties", 1);
        sizes.put("visualEditorProperties", 1);
        return sizes;
    }

    private static void writeMetaData(JsonGenerator json, Map<String, Integer> sizes) throws IOException {
        startAspect(json, "metaData");
        for (Map.Entry<String, Integer> aspect : sizes.entrySet()) {
            json.writeStartObject();
            json.writeStringField("name", aspect.getKey());
            json.writeNumberField("elementCount", aspect.getValue());
            json.writeEndObject();
        }
        endAspect(json);
    }

    private static void writeDeclarations(JsonGenerator json, NetworkTables tables) throws IOException {
        startAspect(json, "attributeDeclarations");
        json.writeStartObject();
        writeDeclaration(json, "networkAttributes", tables.network().columns());
        writeDeclaration(json, "nodes", tables.nodes().columns());
        writeDeclaration(json, "edges", tables.edges().columns());
        json.writeEndObject();
        endAspect(json);
    }

    private static void writeDeclaration(JsonGenerator json, String aspect, List<Column> columns) throws IOException {
        json.writeObjectFieldStart(aspect);
        for (Column column : columns) {
            json.writeObjectFieldStart(column.name());
            json.writeStringField("d", typeName(column.type()));
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    private static void writeNodes(JsonGenerator json, Network network, AttributeTable nodeTable) throws IOException {
        startAspect(json, "nodes");
        for (int i = 0; i < network.nodes().size(); i++) {
            Node node = network.nodes().get(i);
            Position position = network.position(node.id());
            json.writeStartObject();
            json.writeNumberField("id", i);
            json.writeNumberField("x", position.x());
            json.writeNumberField("y", position.y());
            json.writeFieldName("v");
            writeRowObject(json, nodeTable, nodeTable.rows().get(i));
            json.writeEndObject();
        }
        endAspect(json);
    }

    private static void writeEdges(JsonGenerator json, Network network, AttributeTable edgeTable) throws IOException {
        Map<String, Integer> nodeNumbers = new HashMap<>();
        for (int i = 0; i < network.nodes().size(); i++) {
            nodeNumbers.put(network.nodes().get(i).id(), i);
        }
        startAspect(json, "edges");
        // CX2 gives nodes and edges separate id spaces, but Cytoscape.js and viewers built on it keep one: numbering
        // edges after the nodes keeps every edge there (Cytoscape Desktop's own exports use SUIDs, also disjoint).
        int firstEdgeId = network.nodes().size();
        for (int i = 0; i < network.edges().size(); i++) {
            Edge edge = network.edges().get(i);
            json.writeStartObject();
            json.writeNumberField("id", firstEdgeId + i);
            // Every endpoint is a node of the network (checked when the network was made).
            json.writeNumberField("s", Objects.requireNonNull(nodeNumbers.get(edge.sourceId())));
            json.writeNumberField("t", Objects.requireNonNull(nodeNumbers.get(edge.targetId())));
            json.writeFieldName("v");
            writeRowObject(json, edgeTable, edgeTable.rows().get(i));
            json.writeEndObject();
        }
        endAspect(json);
    }

    private static void writeRowObject(JsonGenerator json, AttributeTable table, AttributeTable.Row row)
            throws IOException {
        json.writeStartObject();
        JsonOutput.writeFields(json, table.columns(), row);
        json.writeEndObject();
    }

    /** The CX2 name of a column type, as declared in attributeDeclarations and mapping definitions. */
    static String typeName(ColumnType type) {
        return switch (type) {
            case STRING -> "string";
            case INTEGER -> "integer";
            case BOOLEAN -> "boolean";
            case STRING_LIST -> "list_of_string";
            case DOUBLE_LIST -> "list_of_double";
            case DOUBLE -> "double";
        };
    }

    /** Each aspect is an object with one field, the aspect's name, holding the array of its elements. */
    static void startAspect(JsonGenerator json, String name) throws IOException {
        json.writeStartObject();
        json.writeArrayFieldStart(name);
    }

    static void endAspect(JsonGenerator json) throws IOException {
        json.writeEndArray();
        json.writeEndObject();
    }
}
