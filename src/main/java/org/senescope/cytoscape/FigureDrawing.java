package org.senescope.cytoscape;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonGenerator;
import org.cytoscape.model.CyColumn;
import org.cytoscape.model.CyNetwork;
import org.cytoscape.view.model.CyNetworkView;
import org.senescope.failure.BadRequestException;
import org.senescope.knowledge.CurationException;
import org.senescope.model.Network;
import org.senescope.model.data.NodeOverlay;
import org.senescope.model.data.Overlay;
import org.senescope.model.figure.FigureOptions;
import org.senescope.model.format.FigureFormat;
import org.senescope.workflow.FigureData;
import org.senescope.workflow.FigureRequest;
import org.senescope.workflow.FigureResult;
import org.senescope.workflow.NetworkOrigin;

/**
 * What Export figure asks the figure job to draw for one network view, and how the view was read: a network Senescope
 * built is the bundled network cut to the view ({@link DrawnNetwork}); any other is read from its tables and view
 * ({@link ViewedNetwork}). Either way the overlay imported into the network in this session colours the nodes, found
 * by Cytoscape node, on the colour scale the view shows. Immutable; make it on the task thread.
 */
final class FigureDrawing {

    private final NetworkOrigin.View network;
    private final FigureData data;
    private final double colourLimit;
    private final String caption;
    private final Mapping mapping;
    private final boolean unseenColumns;

    /** How the network was read, for the command's JSON result. */
    private sealed interface Mapping permits Built, Viewed {
    }

    private record Built() implements Mapping {
    }

    private record Viewed(ViewedNetwork viewed, ViewedNetwork.GeneColumn genes, String edgeColumns)
            implements Mapping {
    }

    private FigureDrawing(NetworkOrigin.View network, FigureData data, double colourLimit, String caption,
                          Mapping mapping, boolean unseenColumns) {
        this.network = network;
        this.data = data;
        this.colourLimit = colourLimit;
        this.caption = caption;
        this.mapping = mapping;
        this.unseenColumns = unseenColumns;
    }

    /**
     * The drawing of {@code view}, coloured by {@code imported} when present.
     *
     * @throws BadRequestException when the view shows none of the network's nodes
     * @throws CurationException  when the bundled curation (for a Senescope network) does not build
     */
    static FigureDrawing of(CyNetwork source, CyNetworkView view, Optional<SessionOverlays.Imported> imported,
                            BundledData bundled) {
        boolean unseen = imported.isEmpty() && source.getDefaultNodeTable().getColumn(OverlayColumns.VALUE) != null;
        double limit = imported.map(i -> i.result().colourScale().range()).orElse(0.0);
        String name = OverlayTarget.title(source);
        if (source.getDefaultNodeTable().getColumn(OverlayTarget.SENESCOPE_ID) != null) {
            Network drawn = DrawnNetwork.of(bundled.build(), name, SenescopeNodes.of(source), view);
            FigureData data = imported.<FigureData>map(i -> new FigureData.Imported(
                    DrawnNetwork.overlayOf(i.result().overlay(), drawn), i.result().report()))
                    .orElse(new FigureData.None());
            return new FigureDrawing(new NetworkOrigin.View(drawn, name), data, limit, "", new Built(), unseen);
        }
        ViewedNetwork.GeneColumn genes = geneColumn(source, imported, bundled);
        ViewedNetwork viewed = ViewedNetwork.of(source, view, genes);
        FigureData data = imported.<FigureData>map(i -> new FigureData.Imported(rekeyed(i, viewed),
                i.result().report())).orElse(new FigureData.None());
        return new FigureDrawing(new NetworkOrigin.View(viewed.network(), name), data, limit, viewed.caption(),
                new Viewed(viewed, genes, EdgeSigns.of(source).columnsRead()), unseen);
    }

    /** The column the overlay was imported by, else the best identifier column, else none. */
    private static ViewedNetwork.GeneColumn geneColumn(CyNetwork source, Optional<SessionOverlays.Imported> imported,
                                                       BundledData bundled) {
        CyColumn used = imported.map(i -> source.getDefaultNodeTable().getColumn(i.column())).orElse(null);
        if (used != null && NodeIdentifierColumns.isCandidate(used)) {
            Optional<NodeIdentifierColumns.Found> found = NodeIdentifierColumns.detect(source, used.getName(),
                    bundled.genes());
            if (found.isPresent()) {
                return ViewedNetwork.GeneColumn.of(found.get());
            }
        }
        return NodeIdentifierColumns.detect(source, bundled.genes()).stream().findFirst()
                .map(ViewedNetwork.GeneColumn::of).orElse(ViewedNetwork.GeneColumn.NONE);
    }

    /** The imported overlay with its nodes under the drawn network's ids; nodes the view does not show are dropped. */
    private static Overlay rekeyed(SessionOverlays.Imported imported, ViewedNetwork viewed) {
        Overlay overlay = imported.result().overlay();
        List<NodeOverlay> nodes = new ArrayList<>();
        for (NodeOverlay node : overlay.nodes()) {
            Long suid = imported.nodeSuids().get(node.nodeId());
            String id = suid == null ? null : viewed.idsBySuid().get(suid);
            if (id != null) {
                nodes.add(new NodeOverlay(id, node.measurements(), node.inputIdentifier(), node.mappingRoute()));
            }
        }
        return new Overlay(overlay.title(), overlay.valueLabel(), overlay.conditions(), nodes);
    }

    /**
     * The figure job's request: the view's network and data, titled {@code title} (may be empty), the view's colour
     * scale, every other option the command line's default.
     */
    FigureRequest request(String title, List<FigureFormat> formats, Path directory, String baseName) {
        FigureOptions options = FigureOptions.defaults(title, caption);
        if (data instanceof FigureData.Imported) {
            options = options.withColourLimit(colourLimit);
        }
        return new FigureRequest(network, data, List.of(), options, formats, directory, baseName);
    }

    /** Why a view coloured by data can come out grey. */
    static final String UNSEEN_COLUMNS = "the node table has overlay columns, but no data was imported into this "
            + "network in this Cytoscape session; import the data again to draw them";

    /** Whether the node table has overlay columns this session's imports did not make, so the figure lacks them. */
    boolean unseenColumns() {
        return unseenColumns;
    }

    /** The network drawn. */
    Network network() {
        return network.network();
    }

    /** The data drawn. */
    FigureData data() {
        return data;
    }

    /** Writes the {@code mapping} object of the command's JSON result: how the view became {@code figure}. */
    void writeMapping(JsonGenerator json, FigureResult figure) throws IOException {
        json.writeObjectFieldStart("mapping");
        if (mapping instanceof Viewed v) {
            json.writeStringField("network", "cytoscape");
            json.writeStringField("geneColumn", v.genes().column());
            json.writeStringField("genes", v.genes().description());
            json.writeNumberField("geneNodes", v.viewed().geneNodes());
            json.writeNumberField("otherNodes", v.viewed().otherNodes());
            json.writeStringField("otherNodeKind", ViewedNetwork.OTHER_KIND.label());
            json.writeStringField("edgeSignColumns", v.edgeColumns());
            json.writeNumberField("signedEdges", v.viewed().signedEdges());
            json.writeNumberField("unsignedEdges", v.viewed().unsignedEdges());
            json.writeNumberField("skippedEdges", v.viewed().skippedEdges());
        } else {
            json.writeStringField("network", "senescope");
            json.writeStringField("geneColumn", OverlayTarget.SENESCOPE_ID);
        }
        // The request asks for the view's positions; the job lays out automatically only a view without any.
        json.writeStringField("layout", figure.options().layout().automatic()
                ? figure.options().layout().describe() + ": the view places every node at one point" : "view");
        json.writeStringField("overlay", data instanceof FigureData.Imported i ? i.overlay().title()
                : unseenColumns ? "none: " + UNSEEN_COLUMNS : "none");
        json.writeNumberField("measuredNodes", figure.measuredNodes());
        json.writeEndObject();
    }
}
