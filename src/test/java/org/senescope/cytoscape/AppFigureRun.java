package org.senescope.cytoscape;

import java.nio.file.Path;
import java.util.List;

import org.senescope.workflow.FigureRequest;
import org.senescope.workflow.FigureResult;

/**
 * Export figure as a user of the app runs it, in the in-memory Cytoscape, for tests outside this package (the
 * workflow's parity tests): the seed network built, data imported, the figure exported.
 */
public final class AppFigureRun {

    private AppFigureRun() {
    }

    /**
     * What the task asked the figure job for and what it made (and wrote).
     *
     * @param request the request the task built from its Tunables and the view
     * @param result  the job's result the task wrote
     */
    public record Run(FigureRequest request, FigureResult result) {
    }

    /**
     * Builds the seed network with its view at the curated positions, imports each of {@code data} with
     * {@code species} (auto, human or mouse), and exports the view's figure to {@code file} plus {@code formats}
     * (comma-separated) titled {@code title}.
     */
    public static Run seedNetwork(Path file, String formats, String title, List<Path> data, String species)
            throws Exception {
        MemoryCytoscape cytoscape = new MemoryCytoscape();
        BundledData bundled = new BundledData();
        SessionOverlays overlays = new SessionOverlays();
        cytoscape.buildSeedNetwork(bundled);
        for (Path table : data) {
            ImportExpressionTask imported = new ImportExpressionTask(cytoscape.services(), bundled, overlays);
            imported.file = table.toFile();
            imported.species = species;
            imported.run(new RecordingTaskMonitor());
        }
        ExportFigureTask task = new ExportFigureTask(cytoscape.services(), bundled, overlays);
        task.file = file.toFile();
        task.formats = formats;
        task.title = title;
        FigureRequest request = task.ask().request();
        task.run(new RecordingTaskMonitor());
        return new Run(request, task.result().orElseThrow());
    }
}
