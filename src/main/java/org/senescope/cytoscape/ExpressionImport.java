package org.senescope.cytoscape;

import java.io.File;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import org.cytoscape.model.CyNetwork;
import org.cytoscape.view.model.CyNetworkView;
import org.cytoscape.view.vizmap.VisualStyle;
import org.cytoscape.work.TaskMonitor;
import org.senescope.read.table.TableOptions;
import org.senescope.overlay.InputTable;
import org.senescope.overlay.InputTableReader;
import org.senescope.overlay.OverlayMapper;
import org.senescope.overlay.OverlayOptions;
import org.senescope.overlay.OverlayResult;

/**
 * What Import expression data does once its choices are made, for the menu's dialog and the command alike: reads the
 * file, maps it onto the network ({@link OverlayTarget}: a Senescope network or any network whose nodes carry gene
 * identifiers), writes the overlay columns (replacing an earlier import's) and colours the network's views. Nothing is
 * written when cancelled before the columns are. Runs on the task's thread.
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

    /** Reads {@code file} as a table of expression data, naming the file when it is missing. */
    static InputTable read(File file) throws IOException {
        try {
            return InputTableReader.read(file.toPath(), TableOptions.defaults());
        } catch (NoSuchFileException e) {
            throw new NoSuchFileException(file.toString(), null, "no such file");
        }
    }

    /**
     * Lays {@code file} over {@code network}, the genes of its nodes read from {@code networkColumn} (empty:
     * detected); empty when {@code cancelled} turned true before anything was written.
     */
    Optional<ImportedOverlay> run(File file, OverlayOptions options, CyNetwork network, String networkColumn,
                                  TaskMonitor monitor, BooleanSupplier cancelled) throws IOException, CurationFailure {
        OverlayTarget target = OverlayTarget.of(network, networkColumn, bundled);
        monitor.setStatusMessage("Reading " + file.getName());
        InputTable table = read(file);
        monitor.setProgress(0.4);
        if (cancelled.getAsBoolean()) {
            return Optional.empty();
        }
        monitor.setStatusMessage("Mapping identifiers to the network's genes");
        OverlayResult overlay = new OverlayMapper(target.model(), bundled.genes()).map(List.of(table), options);
        monitor.setProgress(0.8);
        if (cancelled.getAsBoolean()) {
            return Optional.empty();
        }
        // Past this point nothing checks for cancellation: the columns are written in one go, never half.
        List<String> columns = OverlayColumns.replace(target.model(), overlay, network, target.ids());
        Optional<String> style = restyle(network, overlay);
        Map<String, Long> nodeSuids = new HashMap<>();
        target.ids().nodes().forEach((id, node) -> nodeSuids.put(id, node.getSUID()));
        overlays.put(network.getSUID(), new SessionOverlays.Imported(overlay, target.column(), nodeSuids));
        monitor.setProgress(1.0);
        monitor.showMessage(TaskMonitor.Level.INFO, "Network genes from " + target.description());
        for (String line : overlay.report().summary()) {
            monitor.showMessage(TaskMonitor.Level.INFO, line);
        }
        return Optional.of(new ImportedOverlay(network.getSUID(), file.toString(), target.column(),
                target.description(), overlay.report(), columns, style));
    }

    private Optional<String> restyle(CyNetwork target, OverlayResult overlay) {
        List<CyNetworkView> views = List.copyOf(services.views().getNetworkViews(target));
        if (views.isEmpty()) {
            return Optional.empty();
        }
        VisualStyle style = services.style().installOverlay(overlay.colourScale().range());
        for (CyNetworkView view : views) {
            services.style().styles().setVisualStyle(style, view);
            style.apply(view);
            view.updateView();
        }
        return Optional.of(style.getTitle());
    }
}
