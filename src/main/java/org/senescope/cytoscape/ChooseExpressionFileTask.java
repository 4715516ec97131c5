package org.senescope.cytoscape;

import java.io.File;
import java.io.IOException;
import java.util.Properties;

import org.cytoscape.model.CyNetwork;
import org.cytoscape.work.AbstractTask;
import org.cytoscape.work.TaskMonitor;
import org.cytoscape.work.Tunable;
import org.senescope.failure.BadRequestException;
import org.senescope.workflow.DetectedColumns;

/**
 * The first step of Apps &gt; Senescope &gt; Import expression data...: the user chooses the file; the task reads its
 * columns, detects what the import would use (the overlay job's detection, {@link ImportDefaults}) and inserts
 * {@link ImportOptionsTask}, whose dialog shows those choices pre-selected. Cancelled, it inserts nothing and no table changes. Runs on Cytoscape's
 * task thread.
 */
public final class ChooseExpressionFileTask extends AbstractTask {

    @Tunable(description = "Expression data file", params = "input=true;fileCategory=table", required = true,
            longDescription = "A differential-expression table (DESeq2, limma, edgeR, Seurat), an expression matrix, "
                    + "a GCT file or a ranked list: TSV, CSV, .rnk, .gct or .xlsx, plain or gzip.",
            exampleStringValue = "/data/deseq2_results.tsv", gravity = 1.0)
    public File file;

    private final CytoscapeServices services;
    private final BundledData bundled;
    private final SessionOverlays overlays;

    ChooseExpressionFileTask(CytoscapeServices services, BundledData bundled, SessionOverlays overlays) {
        this.services = services;
        this.bundled = bundled;
        this.overlays = overlays;
    }

    @Override
    public void run(TaskMonitor monitor) throws IOException {
        monitor.setTitle("Import expression data");
        if (file == null) {
            throw new BadRequestException("file: choose the expression data file to import");
        }
        CyNetwork network = services.networkChoice().resolve(NetworkChoice.CURRENT);
        OverlayTarget target = OverlayTarget.of(network, "", bundled);
        monitor.setStatusMessage("Reading " + file.getName() + ", detecting columns and identifiers");
        ExpressionImport importer = new ExpressionImport(services, bundled, overlays);
        DetectedColumns detected = importer.job().detect(file.toPath(), target.requestTarget());
        if (cancelled) {
            return;
        }
        ImportDefaults defaults = ImportDefaults.of(detected, target, network, bundled);
        if (cancelled) {
            return;
        }
        if (!defaults.problem().isEmpty()) {
            monitor.showMessage(TaskMonitor.Level.WARN, "Detection: " + defaults.problem() + "; choose the columns");
        }
        monitor.setProgress(1.0);
        insertTasksAfterCurrentTask(new ImportOptionsTask(importer, file, network, defaults));
    }

    /** The service properties that make the task's factory the menu item. */
    static Properties properties() {
        return TaskProperties.menu(ImportExpressionTask.TITLE, 2.0, "network",
                "Lays your expression data over the network and colours its nodes");
    }
}
