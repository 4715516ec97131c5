package org.senescope.cytoscape;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonGenerator;
import org.cytoscape.model.CyColumn;
import org.cytoscape.model.CyNetwork;
import org.cytoscape.view.model.CyNetworkView;
import org.senescope.knowledge.CurationException;
import org.senescope.model.Network;
import org.senescope.model.data.NodeOverlay;
import org.senescope.model.data.Overlay;
import org.senescope.model.figure.FigureOptions;
import org.senescope.render.FigureScene;
import org.senescope.model.figure.LayoutChoice;

/**
 * What Export figure draws for one network view, and how the view was read: a network Senescope built is the bundled
 * network cut to the view ({@link DrawnNetwork}); any other is read from its tables and view ({@link ViewedNetwork}).
 * Either way the overlay imported into the network in this session colours the nodes, found by Cytoscape node, so
 * the figure shows the same colours and legend as the view. Immutable; make it on the task thread.
 */
final class FigureDrawing {

    /** The automatic layout's seed when a view has no positions; the demo's, so the same network looks the same. */
    static final long LAYOUT_SEED = 1;

    private final Network network;
    private final Overlay overlay;
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

    private FigureDrawing(Network network, Overlay overlay, double colourLimit, String caption, Mapping mapping,
                          boolean unseenColumns) {
        this.unseenColumns = unseenColumns;
        this.network = network;
        this.overlay = overlay;
        this.colourLimit = colourLimit;
        this.caption = caption;
        this.mapping = mapping;
    }

    /**
     * The drawing of {@code view}, coloured by {@code imported} when present.
     *
     * @throws IllegalArgumentException when the view shows none of the network's nodes
     * @throws CurationFailure          when the bundled curation (for a Senescope network) does not build
     */
    static FigureDrawing of(CyNetwork source, CyNetworkView view, Optional<SessionOverlays.Imported> imported,
                            BundledData bundled) throws CurationFailure {
        boolean unseen = imported.isEmpty() && source.getDefaultNodeTable().getColumn(OverlayColumns.VALUE) != null;
        double limit = imported.map(i -> i.result().colourScale().range()).orElse(0.0);
        if (source.getDefaultNodeTable().getColumn(OverlayTarget.SENESCOPE_ID) != null) {
            Network drawn;
            try {
                drawn = DrawnNetwork.of(bundled.build(), SenescopeNodes.of(source), view);
            } catch (CurationException e) {
                throw new CurationFailure(e);
            }
            Overlay overlay = DrawnNetwork.overlayOf(imported.map(i -> i.result().overlay()), drawn).orElse(null);
            return new FigureDrawing(drawn, overlay, limit, "", new Built(), unseen);
        }
        ViewedNetwork.GeneColumn genes = geneColumn(source, imported, bundled);
        ViewedNetwork viewed = ViewedNetwork.of(source, view, genes);
        Overlay overlay = imported.map(i -> rekeyed(i, viewed)).orElse(null);
        return new FigureDrawing(viewed.network(), overlay, limit, viewed.caption(),
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

    /** The composed figure, titled {@code title} (may be empty). */
    FigureScene scene(String title) {
        FigureOptions options = FigureOptions.defaults(title, caption);
        if (overlay != null) {
            options = options.withColourLimit(colourLimit);
        }
        if (!network.hasCuratedLayout()) {
            options = options.withLayout(LayoutChoice.automatic(LAYOUT_SEED));
        }
        return overlay == null ? FigureScene.compose(network, options) : FigureScene.compose(network, overlay, options);
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
        return network;
    }

    /** Writes the {@code mapping} object of the command's JSON result: how the view became the figure. */
    void writeMapping(JsonGenerator json) throws IOException {
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
        json.writeStringField("layout", network.hasCuratedLayout() ? "view"
                : LayoutChoice.automatic(LAYOUT_SEED).describe() + ": the view places every node at one point");
        json.writeStringField("overlay", overlay != null ? overlay.title() : unseenColumns ? "none: " + UNSEEN_COLUMNS
                : "none");
        json.writeNumberField("measuredNodes", overlay == null ? 0
                : (int) overlay.nodes().stream().filter(n -> n.measurements().stream().anyMatch(m -> m.isMeasured()))
                        .count());
        json.writeEndObject();
    }
}
