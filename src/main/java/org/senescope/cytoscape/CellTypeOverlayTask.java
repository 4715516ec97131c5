package org.senescope.cytoscape;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.cytoscape.model.CyNetwork;
import org.cytoscape.model.subnetwork.CyRootNetworkManager;
import org.cytoscape.work.TaskMonitor;
import org.cytoscape.work.Tunable;
import org.cytoscape.work.json.JSONResult;
import org.jspecify.annotations.Nullable;
import org.senescope.failure.SenescopeException;
import org.senescope.model.Network;
import org.senescope.workflow.ScOverlayJob;
import org.senescope.workflow.ScOverlayRequest;
import org.senescope.workflow.ScOverlayResult;

/**
 * Apps &gt; Senescope &gt; Single-cell cell types... and the {@code senescope sc-overlay} command: which cell types of
 * the user's single-cell data express each gene node. Runs the command line's {@link ScOverlayJob} (the same
 * fractions, means, identifier mapping and notes; its files are not written) and puts its node columns
 * ({@link CellTypeColumns}) onto a network Senescope built, replacing an earlier run's. Whole or nothing: cancelled
 * before the columns are written, or failing while writing them, it leaves the tables as they were. Runs on
 * Cytoscape's task thread.
 */
public final class CellTypeOverlayTask extends SingleCellTask {

    static final String TITLE = "Single-cell cell types...";

    static final String COMMAND = "sc-overlay";

    static final String EXAMPLE_JSON = """
            {"network": 5326, "data": "/data/pbmc/filtered_feature_bc_matrix", "cellTypeColumn": "cell_type", \
            "cellTypes": ["CD14 Mono", "CD4 T", "NK"], "measuredNodes": 27, "notes": ["cell types from ..."], \
            "summary": ["27 gene nodes measured, in 3 cell types of cell_type"], \
            "nodeColumns": ["senescope::celltype_fraction_CD14_Mono", "senescope::celltype_mean_CD14_Mono"]}""";

    @Tunable(description = "Network", context = Tunable.NOGUI_CONTEXT,
            longDescription = "The Senescope network to put the cell types on: 'current' or 'SUID:<n>'.",
            exampleStringValue = "current")
    public String network = NetworkChoice.CURRENT;

    @Tunable(description = "Fraction of a type's cells that counts as expressing", gravity = 10.0,
            longDescription = "A cell type counts as expressing a node (senescope::celltypes_expressing) when at least "
                    + "this fraction of its cells have a value above 0; from 0 to 1.", exampleStringValue = "0.1")
    public double minFraction = ScOverlayRequest.DEFAULT_MIN_FRACTION;

    @Tunable(description = "Pseudobulk: sample column of the metadata (empty: no pseudobulk)", gravity = 30.0,
            longDescription = "With cellType, conditionColumn and contrast: the column of cellTypes naming each "
                    + "cell's sample, for the pseudobulk contrast (as senescope sc-overlay --sample-column).",
            exampleStringValue = "sample")
    public String sampleColumn = "";

    @Tunable(description = "Pseudobulk: cell type compared", gravity = 31.0,
            longDescription = "The cell type whose pseudobulk samples are compared (sc-overlay --cell-type).",
            exampleStringValue = "CD14 Mono")
    public String cellType = "";

    @Tunable(description = "Pseudobulk: condition column of the metadata", gravity = 32.0,
            longDescription = "The column of cellTypes naming each cell's condition, one per sample "
                    + "(sc-overlay --condition-column).", exampleStringValue = "condition")
    public String conditionColumn = "";

    @Tunable(description = "Pseudobulk: contrast TEST-REF", gravity = 33.0,
            longDescription = "The two conditions compared, test minus reference on the log scale, as sc-overlay "
                    + "--contrast; limma's moderated t on pseudobulk log-CPM, its summary in the notes.",
            exampleStringValue = "treated-control")
    public String contrast = "";

    private static final Map<String, String> PARAMETERS = parameters();

    private final CytoscapeServices services;
    private final BundledData bundled;
    private volatile @Nullable CellTypeOutcome outcome;

    CellTypeOverlayTask(CytoscapeServices services, BundledData bundled) {
        this.services = services;
        this.bundled = bundled;
    }

    private static Map<String, String> parameters() {
        Map<String, String> all = new HashMap<>(DATA_PARAMETERS);
        all.put("--min-fraction", "minFraction");
        all.put("--sample-column", "sampleColumn");
        all.put("--cell-type", "cellType");
        all.put("--condition-column", "conditionColumn");
        all.put("--contrast", "contrast");
        return Map.copyOf(all);
    }

    @Override
    public void run(TaskMonitor monitor) throws IOException {
        monitor.setTitle("Single-cell cell types");
        try {
            overlay(monitor);
        } catch (SenescopeException e) {
            throw CommandFailure.told(e, PARAMETERS);
        }
    }

    private void overlay(TaskMonitor monitor) throws IOException {
        CyNetwork target = services.networkChoice().resolve(network);
        SenescopeNodes ids = SenescopeNodes.of(target);
        // The job plans its files into a folder; the app writes none of them, only the node columns.
        ScOverlayRequest request = new ScOverlayRequest(dataChoice(), cellTypeChoice(), minFraction, Path.of(""),
                ScOverlayRequest.pseudobulk(sampleColumn, cellType, conditionColumn, contrast));
        monitor.setStatusMessage("Reading " + request.data().data().getFileName()
                + " and the cell types, and averaging each gene per cell type");
        ScOverlayResult result = new ScOverlayJob(bundled::build, bundled::genes).run(request);
        monitor.setProgress(0.9);
        if (cancelled) {
            return;
        }
        List<String> columns = write(result, bundled.build(), target, ids, services.roots());
        CellTypeOutcome done = new CellTypeOutcome(target.getSUID(), request.data().data().toString(), result,
                columns);
        monitor.setProgress(1.0);
        result.notes().forEach(n -> monitor.showMessage(TaskMonitor.Level.INFO, "Note: " + n));
        result.summary().forEach(s -> monitor.showMessage(TaskMonitor.Level.INFO, s));
        outcome = done;
    }

    /**
     * Writes the cell-type columns of {@code values} onto {@code target} ({@link CellTypeColumns#replace}) in one go:
     * a failure part-way puts back every cell-type column (an earlier run's included) as it was in the whole collection
     * ({@link ColumnSnapshot#ofCollection}), then is rethrown.
     */
    static List<String> write(ScOverlayResult values, Network network, CyNetwork target, SenescopeNodes ids,
                              CyRootNetworkManager roots) {
        ColumnSnapshot before = ColumnSnapshot.ofCollection(CellTypeColumns::isCellTypeColumn, roots, target);
        try {
            return CellTypeColumns.replace(values, network, target, ids);
        } catch (RuntimeException e) {
            Rollback.of(e, before::restore);
            throw e;
        }
    }

    @Override
    public List<Class<?>> getResultClasses() {
        return TaskResults.TYPES;
    }

    /** The summary as text, or the {@link JSONResult}; {@code null} (Cytoscape's convention) otherwise. */
    @Override
    public <R> @Nullable R getResults(Class<? extends R> type) {
        CellTypeOutcome done = outcome;
        return done == null ? null : TaskResults.as(type, done::text, done::json);
    }

    /** The service properties that make the task's factory a menu item and a command. */
    static Properties properties() {
        Properties p = TaskProperties.menu(TITLE, 5.0, "network",
                "Shows which cell types of your single-cell data express each gene node");
        p.putAll(TaskProperties.command(COMMAND, "Put single-cell cell-type expression on the network's gene nodes",
                "Reads single-cell data (a 10x matrix folder, a 10x .h5 or an .h5ad file) and each cell's type (a "
                        + "cell-metadata TSV's column, or an .h5ad file's obs column), and computes, as senescope "
                        + "sc-overlay does, per gene node and cell type the fraction of cells expressing it (a value "
                        + "above 0) and its mean log-normalised expression (counts normalised as Seurat's "
                        + "NormalizeData). Writes them onto a Senescope network as node columns "
                        + "senescope::celltype_fraction_<type> and celltype_mean_<type> (one pair per cell type), "
                        + "celltypes_expressing, celltype_top and celltype_genes, replacing an earlier run's; all of "
                        + "them or, on failure, none. Returns the cell types, how many nodes were measured, the notes "
                        + "(value kind, identifier mapping, cells without a type) and the node columns. With "
                        + "sampleColumn, cellType, conditionColumn and contrast it also computes that cell type's "
                        + "pseudobulk contrast (limma on log-CPM, as sc-pseudobulk), writes its log fold change, "
                        + "adjusted p and DE gene as celltype_pseudobulk_logfc, celltype_pseudobulk_padj and "
                        + "celltype_pseudobulk_gene, and adds its summary to the notes.",
                EXAMPLE_JSON));
        return p;
    }
}
