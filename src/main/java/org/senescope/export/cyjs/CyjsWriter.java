package org.senescope.export.cyjs;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.Properties;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonGenerator;

import org.senescope.model.table.AttributeTable;
import org.senescope.export.JsonOutput;
import org.senescope.export.ModuleScoreAttributes;
import org.senescope.export.TableExtension;
import org.senescope.model.table.NetworkTables;
import org.senescope.export.OverlayLayer;
import org.senescope.export.NetworkWriter;
import org.senescope.model.Edge;
import org.senescope.model.Network;
import org.senescope.model.Node;
import org.senescope.model.Position;
import org.senescope.model.data.ModuleScores;
import org.senescope.export.AttributeTables;

/**
 * Writes a network as Cytoscape.js JSON in the layout Cytoscape Desktop exports: {@code format_version},
 * {@code generated_by}, {@code target_cytoscapejs_version}, network {@code data}, and {@code elements} with
 * {@code nodes} (data with {@code id} = Senescope id, then every node column; {@code position} from the layout) and
 * {@code edges} (data with {@code id}, {@code source}, {@code target}, then every edge column). Immutable and
 * thread-safe; nulls are not accepted; failures are {@link IOException}s. Flushes but does not close the stream.
 */
public final class CyjsWriter implements NetworkWriter {

    /** Written by the build (a filtered resource), so that jar and test classpath report the same version. */
    private static final String VERSION_RESOURCE = "/org/senescope/version.properties";

    private final String generatedBy;
    private final Function<Network, NetworkTables> tablesOf;

    /** A writer that names the running Senescope version, or {@code senescope-unknown} when it cannot tell. */
    public CyjsWriter() {
        this(runningVersion());
    }

    /** A writer that names Senescope {@code senescopeVersion} as the generator. */
    public CyjsWriter(String senescopeVersion) {
        Objects.requireNonNull(senescopeVersion, "senescopeVersion");
        this.generatedBy = "senescope-" + senescopeVersion;
        this.tablesOf = AttributeTables::of;
    }

    private CyjsWriter(CyjsWriter base, OverlayLayer layer) {
        this.generatedBy = base.generatedBy;
        this.tablesOf = n -> AttributeTables.of(n, layer);
    }

    private CyjsWriter(String generatedBy, Function<Network, NetworkTables> tablesOf) {
        this.generatedBy = generatedBy;
        this.tablesOf = tablesOf;
    }

    /** This writer, adding the node and network columns of {@code scores} after all others. */
    public CyjsWriter withModuleScores(ModuleScores scores) {
        Objects.requireNonNull(scores, "scores");
        return withColumns((tables, network) -> ModuleScoreAttributes.addTo(tables, network, scores));
    }

    /** This writer, adding the columns of {@code extension} after all others; the style is unchanged. */
    public CyjsWriter withColumns(TableExtension extension) {
        Objects.requireNonNull(extension, "extension");
        Function<Network, NetworkTables> base = tablesOf;
        return new CyjsWriter(generatedBy, n -> extension.addTo(base.apply(n), n));
    }

    /** This writer, adding the columns of {@code layer} (see {@link OverlayLayer}). */
    public CyjsWriter withOverlay(OverlayLayer layer) {
        return new CyjsWriter(this, Objects.requireNonNull(layer, "layer"));
    }

    @Override
    public void write(Network network, OutputStream out) throws IOException {
        NetworkTables tables = tablesOf.apply(network);
        Objects.requireNonNull(out, "out");
        try (JsonGenerator json = JsonOutput.open(out)) {
            json.writeStartObject();
            json.writeStringField("format_version", "1.0");
            json.writeStringField("generated_by", generatedBy);
            json.writeStringField("target_cytoscapejs_version", "~2.1");
            json.writeObjectFieldStart("data");
            JsonOutput.writeFields(json, tables.network().columns(), tables.networkRow());
            json.writeEndObject();
            json.writeObjectFieldStart("elements");
            json.writeArrayFieldStart("nodes");
            for (int i = 0; i < network.nodes().size(); i++) {
                writeNode(json, network, network.nodes().get(i), tables.nodes(), tables.nodes().rows().get(i));
            }
            json.writeEndArray();
            json.writeArrayFieldStart("edges");
            for (int i = 0; i < network.edges().size(); i++) {
                writeEdge(json, network.edges().get(i), tables.edges(), tables.edges().rows().get(i));
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeEndObject();
        }
    }

    private static void writeNode(JsonGenerator json, Network network, Node node, AttributeTable table,
            AttributeTable.Row row) throws IOException {
        Position position = network.position(node.id());
        json.writeStartObject();
        json.writeObjectFieldStart("data");
        json.writeStringField("id", node.id());
        JsonOutput.writeFields(json, table.columns(), row);
        json.writeEndObject();
        json.writeObjectFieldStart("position");
        json.writeNumberField("x", position.x());
        json.writeNumberField("y", position.y());
        json.writeEndObject();
        json.writeBooleanField("selected", false);
        json.writeEndObject();
    }

    private static void writeEdge(JsonGenerator json, Edge edge, AttributeTable table, AttributeTable.Row row)
            throws IOException {
        json.writeStartObject();
        json.writeObjectFieldStart("data");
        json.writeStringField("id", edge.id());
        json.writeStringField("source", edge.sourceId());
        json.writeStringField("target", edge.targetId());
        JsonOutput.writeFields(json, table.columns(), row);
        json.writeEndObject();
        json.writeBooleanField("selected", false);
        json.writeEndObject();
    }

    /** The version the build recorded, or {@code unknown} when the resource is missing. */
    private static String runningVersion() {
        try (InputStream in = CyjsWriter.class.getResourceAsStream(VERSION_RESOURCE)) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + VERSION_RESOURCE, e);
        }
    }
}
