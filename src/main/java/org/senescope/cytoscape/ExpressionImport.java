package org.senescope.cytoscape;

import java.io.File;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import org.cytoscape.model.CyNetwork;
import org.cytoscape.view.model.CyNetworkView;
import org.cytoscape.view.vizmap.VisualStyle;
import org.cytoscape.work.TaskMonitor;
import org.senescope.model.overlay.OverlayOptions;
import org.senescope.model.style.StyleDefinition;
import org.senescope.workflow.FileOutput;
import org.senescope.workflow.OverlayJob;
import org.senescope.workflow.OverlayRequest;
import org.senescope.workflow.OverlayResult;
import org.senescope.workflow.VisualStyles;

/**
 * What Import expression data does once its choices are made, for the menu's dialog and the command alike: runs the
 * command line's {@link OverlayJob} on the file and the network ({@link OverlayTarget}: a Senescope network or any
 * network whose nodes carry gene identifiers), writes the columns it adds (replacing an earlier import's) and colours
 * the network's views. Nothing is written when cancelled before the columns are. Runs on the task's thread.
 */
final class ExpressionImport {

    private final CytoscapeServices services;
    private final BundledData bundled;
    private final SessionOverlays overlays;

    ExpressionImport(CytoscapeServices services, BundledData bundled, SessionOverlays overlays) {
        this.services = services;
        this.bundled = bundled;
        this.overlays = overlays;
    }

    /** The overlay job, with the app's kept bundled network and gene tables. */
    OverlayJob job() {
        return new OverlayJob(bundled::build, bundled::genes);
    }

    /** The import's choices as the job's request: one file, the target network, no files written. */
    static OverlayRequest request(File file, OverlayOptions options, OverlayTarget target) {
        return new OverlayRequest(new OverlayRequest.Tables(List.of(file.toPath())), target.requestTarget(), options,
                FileOutput.NONE);
    }

    /**
     * Lays {@code file} over {@code network}, the genes of its nodes read from {@code networkColumn} (empty:
     * detected); empty when {@code cancelled} turned true before anything was written.
     */
    Optional<ImportedOverlay> run(File file, OverlayOptions options, CyNetwork network, String networkColumn,
                                  TaskMonitor monitor, BooleanSupplier cancelled) throws IOException {
        OverlayTarget target = OverlayTarget.of(network, networkColumn, bundled);
        monitor.setStatusMessage("Reading " + file.getName() + " and mapping identifiers to the network's genes");
        OverlayResult result = job().run(request(file, options, target));
        monitor.setProgress(0.8);
        if (cancelled.getAsBoolean()) {
            return Optional.empty();
        }
        // Past this point nothing checks for cancellation: the columns are written in one go, never half. A failure
        // while writing them or restyling puts the columns and the styles back as they were.
        List<CyNetworkView> views = List.copyOf(services.views().getNetworkViews(network));
        StyleDefinition definition = VisualStyles.overlay(result.mapped().colourScale().range());
        ColumnSnapshot columnsBefore = ColumnSnapshot.ofCollection(SenescopeColumns::isInNamespace, services.roots(),
                network);
        StyleSnapshot stylesBefore = StyleSnapshot.of(services.style(), definition, views);
        List<String> columns;
        Optional<String> style;
        try {
            columns = OverlayColumns.replace(result, network, target.ids());
            style = restyle(views, definition, note -> monitor.showMessage(TaskMonitor.Level.WARN, note));
        } catch (RuntimeException e) {
            Rollback.of(e, columnsBefore::restore, stylesBefore::restore);
            throw e;
        }
        Map<String, Long> nodeSuids = new HashMap<>();
        target.ids().nodes().forEach((id, node) -> nodeSuids.put(id, node.getSUID()));
        overlays.put(network.getSUID(), new SessionOverlays.Imported(result.mapped(), target.column(), nodeSuids));
        monitor.setProgress(1.0);
        monitor.showMessage(TaskMonitor.Level.INFO, "Network genes from " + target.description());
        result.warnings().forEach(w -> monitor.showMessage(TaskMonitor.Level.WARN, w));
        result.notes().forEach(n -> monitor.showMessage(TaskMonitor.Level.INFO, n));
        return Optional.of(new ImportedOverlay(network.getSUID(), file.toString(), target.column(),
                target.description(), result.mapped().report(), columns, style));
    }

    private Optional<String> restyle(List<CyNetworkView> views, StyleDefinition definition,
                                     Consumer<String> styleNotes) {
        if (views.isEmpty()) {
            return Optional.empty();
        }
        // The column and row events of the columns just written are handled before the style changes and is set,
        // so that no view is redrawn from the new style half-installed or from the columns half-replaced.
        services.events().flushPayloadEvents();
        VisualStyle style = services.style().install(definition, styleNotes);
        for (CyNetworkView view : views) {
            services.style().styles().setVisualStyle(style, view);
            style.apply(view);
            view.updateView();
        }
        return Optional.of(style.getTitle());
    }
}
