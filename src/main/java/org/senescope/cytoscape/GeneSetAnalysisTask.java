package org.senescope.cytoscape;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.cytoscape.model.CyNetwork;
import org.cytoscape.model.CyTable;
import org.cytoscape.work.AbstractTask;
import org.cytoscape.work.ObservableTask;
import org.cytoscape.work.TaskMonitor;
import org.cytoscape.work.Tunable;
import org.cytoscape.work.json.JSONResult;
import org.jspecify.annotations.Nullable;
import org.senescope.failure.BadRequestException;
import org.senescope.failure.SenescopeException;
import org.senescope.workflow.GeneSetChoice;
import org.senescope.workflow.GseaJob;
import org.senescope.workflow.GseaOutputs;
import org.senescope.workflow.GseaRequest;
import org.senescope.workflow.GseaResult;
import org.senescope.workflow.ModuleChoice;
import org.senescope.workflow.RankingSource;

/**
 * Apps &gt; Senescope &gt; Gene-set analysis (GSEA)... and the {@code senescope gsea} command: preranked GSEA
 * ({@link GseaJob}, the job {@code senescope gsea} runs) of the network's modules and/or GMT files, on a ranking
 * from a node column of the network (an imported overlay, {@link GseaRanking}) or from a .rnk or
 * differential-expression file. The task turns its Tunables into a {@link GseaRequest}, runs the job, and writes the
 * result into the unassigned table {@value GseaColumns#TABLE_TITLE} and onto the nodes ({@link GseaColumns}).
 * Cancelled before the results are written, it leaves every table as it was. Runs on Cytoscape's task thread.
 */
public final class GeneSetAnalysisTask extends AbstractTask implements ObservableTask {

    static final String TITLE = "Gene-set analysis (GSEA)...";

    static final String COMMAND = "gsea";

    static final String EXAMPLE_JSON = """
            {"network": 5326, "table": 9120, "ranking": "node column senescope::overlay_value of 'Senescence'", \
            "rankedGenes": 14, "seed": 42, "permutations": 10000, "setsTested": 3, "setsSkipped": 7, \
            "significant": 1, "results": [{"name": "sasp", "ES": 0.71, "NES": 1.62, "p": 0.012, "q": 0.036, \
            "size": 6, "leadingEdge": ["CCL2", "IL15"]}], "skipped": [{"name": "nk_immunity", "sizeBefore": 9, \
            "sizeInData": 2, "reason": "fewer genes in the data than the minimum size"}], "notes": [], \
            "nodeColumns": ["senescope::gsea_sets", "senescope::gsea_set", "senescope::gsea_nes", \
            "senescope::gsea_q"]}""";

    @Tunable(description = "Network", context = Tunable.NOGUI_CONTEXT,
            longDescription = "The network: 'current' or 'SUID:<n>'.", exampleStringValue = "current")
    public String network = NetworkChoice.CURRENT;

    @Tunable(description = "Rank by node column", gravity = 1.0,
            longDescription = "A number column of the network's nodes, e.g. an imported overlay's "
                    + "senescope::overlay_value; each node naming one human gene ranks that gene. Ignored when "
                    + "rankFile is given.", exampleStringValue = "senescope::overlay_value")
    public String rankColumn = OverlayColumns.VALUE;

    @Tunable(description = "...or rank a file (.rnk or differential-expression table)", gravity = 2.0,
            params = "input=true;fileCategory=table", longDescription = "A .rnk ranked list, or a table ranked by "
            + "rankBy; a genome-wide ranking, unlike a node column.", exampleStringValue = "/data/deseq2.tsv")
    public @Nullable File rankFile;

    @Tunable(description = "Table column to rank by (e.g. stat)", gravity = 3.0,
            longDescription = "For a table rankFile: the column to rank by.", exampleStringValue = "stat")
    public String rankBy = "";

    @Tunable(description = "Table column of gene names (empty: the first)", gravity = 4.0,
            longDescription = "For a table rankFile: the column of HGNC symbols.", exampleStringValue = "gene")
    public String geneColumn = "";

    @Tunable(description = "Test the network's modules", gravity = 5.0,
            longDescription = "Use the modules of a Senescope network as gene sets (their member nodes' HGNC "
                    + "symbols).", exampleStringValue = "true")
    public boolean modules = true;

    @Tunable(description = "Gene sets from a GMT file", gravity = 6.0, params = "input=true;fileCategory=unspecified",
            longDescription = "A GMT file of gene sets (HGNC symbols).", exampleStringValue = "/data/hallmark.gmt")
    public @Nullable File gmtFile;

    @Tunable(description = "More GMT files (comma-separated paths)", gravity = 7.0,
            longDescription = "Further GMT files, separated by commas.",
            exampleStringValue = "/data/a.gmt,/data/b.gmt")
    public String gmtFiles = "";

    @Tunable(description = "Smallest set size in the data", gravity = 8.0,
            longDescription = "Sets with fewer genes in the ranking are skipped (and listed). The default, 3, suits a "
                    + "ranking of the network's own genes; give 15 (the command line's default) for a genome-wide "
                    + "file.", exampleStringValue = "3", format = WholeNumber.FORMAT)
    public double minSize = 3;

    @Tunable(description = "Largest set size in the data", gravity = 9.0, exampleStringValue = "500",
            longDescription = "Sets with more genes in the ranking are skipped (and listed).",
            format = WholeNumber.FORMAT)
    public double maxSize = 500;

    @Tunable(description = "Permutations", gravity = 10.0, exampleStringValue = "10000",
            longDescription = "Random sets for NES and the permutation p-values.", format = WholeNumber.FORMAT)
    public double permutations = 10_000;

    @Tunable(description = "Random seed", gravity = 11.0, exampleStringValue = "42",
            longDescription = "The seed of every random number; the same seed gives the same results.",
            format = WholeNumber.FORMAT)
    public double seed = 42;

    /** The command-line options the GSEA job's messages name, and this command's parameters for them. */
    static final Map<String, String> PARAMETERS = Map.of("--ranks", "rankFile", "--table", "rankFile",
            "--column", "rankBy", "--gene-column", "geneColumn", "--gene-sets", "gmtFile", "--modules", "modules", "--min-size", "minSize",
            "--max-size", "maxSize", "--seed", "seed", "--permutations", "permutations");

    private final CytoscapeServices services;
    private final BundledData bundled;
    private volatile @Nullable GseaOutcome outcome;

    GeneSetAnalysisTask(CytoscapeServices services, BundledData bundled) {
        this.services = services;
        this.bundled = bundled;
    }

    @Override
    public void run(TaskMonitor monitor) throws IOException {
        monitor.setTitle("Gene-set analysis (GSEA)");
        try {
            analyse(monitor);
        } catch (SenescopeException e) {
            throw CommandFailure.told(e, PARAMETERS);
        }
    }

    private void analyse(TaskMonitor monitor) throws IOException {
        CyNetwork target = services.networkChoice().resolve(network);
        OverlayTarget genes = OverlayTarget.of(target, "", bundled);
        monitor.setStatusMessage("Reading the ranking and the gene sets");
        GseaRequest request = request(target, genes);
        List<String> notes = new ArrayList<>();
        if (modules && !genes.senescope()) {
            notes.add("the network is not one Senescope built, so it has no modules to test");
        }
        monitor.setProgress(0.1);
        if (cancelled) {
            return;
        }
        monitor.setStatusMessage("Running GSEA");
        GseaResult result = GseaJob.run(request);
        notes.addAll(result.notes());
        monitor.setProgress(0.9);
        if (cancelled) {
            return;
        }
        // Past this point nothing checks for cancellation: the table and the columns are written in one go, and a
        // failure part-way removes the new table and puts the node columns and the current table back.
        List<CyTable> earlier = GseaColumns.earlierTables(services.tables());
        @Nullable CyTable shown = services.application().getCurrentTable();
        ColumnSnapshot columnsBefore = ColumnSnapshot.ofCollection(GseaColumns::isGseaColumn, services.roots(), target);
        List<CyTable> made = new ArrayList<>();
        CyTable table;
        List<String> columns;
        try {
            table = GseaColumns.writeTable(result, services.tableFactory(), services.tables());
            made.add(table);
            // Cytoscape's table panel lists a new public unassigned table but shows it only once it is the current one.
            services.application().setCurrentTable(table);
            columns = GseaColumns.writeNodes(result, target, genes);
            earlier.forEach(old -> services.tables().deleteTable(old.getSUID()));
        } catch (RuntimeException e) {
            Rollback.of(e, () -> made.forEach(t -> services.tables().deleteTable(t.getSUID())),
                    () -> services.application().setCurrentTable(shown), columnsBefore::restore);
            throw e;
        }
        GseaOutcome done = new GseaOutcome(target.getSUID(), table.getSUID(), result, notes, columns);
        monitor.setProgress(1.0);
        notes.forEach(n -> monitor.showMessage(TaskMonitor.Level.INFO, "Note: " + n));
        monitor.showMessage(TaskMonitor.Level.INFO, done.summary());
        outcome = done;
    }

    /**
     * The GSEA the Tunables ask for on {@code target}: the ranking from {@link #rankFile} when given, else from the
     * node column {@link #rankColumn}; the modules when asked for and the network is one Senescope built.
     *
     * @throws BadRequestException when there are no gene sets or a setting is out of range
     */
    GseaRequest request(CyNetwork target, OverlayTarget genes) {
        RankingSource ranking = rankFile != null
                ? RankingSource.ofFile(CommandFailure.existing("rankFile", rankFile).toPath(), rankBy, geneColumn)
                : GseaRanking.fromColumn(target, rankColumn.strip(), genes);
        ModuleChoice moduleSets = modules && genes.senescope() ? ModuleChoice.bundled() : ModuleChoice.none();
        List<Path> gmt = gmtPaths();
        if (gmt.isEmpty() && moduleSets instanceof ModuleChoice.None) {
            throw new BadRequestException("no gene sets: test the modules of a Senescope network (modules=true) or "
                    + "give a GMT file (gmtFile)");
        }
        GeneSetChoice sets = new GeneSetChoice(gmt, moduleSets, WholeNumber.intValue("minSize", minSize),
                WholeNumber.intValue("maxSize", maxSize));
        return new GseaRequest(ranking, sets, WholeNumber.longValue("seed", seed),
                WholeNumber.intValue("permutations", permutations), 0, GseaOutputs.none());
    }

    private List<Path> gmtPaths() {
        List<Path> paths = new ArrayList<>();
        if (gmtFile != null) {
            paths.add(CommandFailure.existing("gmtFile", gmtFile).toPath());
        }
        Arrays.stream(gmtFiles.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(s -> CommandFailure.existing("gmtFiles", new File(s)).toPath())
                .forEach(paths::add);
        return paths;
    }

    @Override
    public List<Class<?>> getResultClasses() {
        return TaskResults.TYPES;
    }

    /** The summary as text, or the {@link JSONResult}; {@code null} (Cytoscape's convention) otherwise. */
    @Override
    public <R> @Nullable R getResults(Class<? extends R> type) {
        GseaOutcome done = outcome;
        return done == null ? null : TaskResults.as(type, done::summary, done::json);
    }

    /** The service properties that make the task's factory a menu item and a command. */
    static Properties properties() {
        Properties p = TaskProperties.menu(TITLE, 4.0, "network",
                "Tests whether the network's modules or your gene sets move in your data (preranked GSEA)");
        p.putAll(TaskProperties.command(COMMAND, "Preranked GSEA of the network's modules and GMT gene sets",
                "Runs preranked GSEA as senescope gsea does (fgsea's multilevel method: ES, NES, p, BH q, leading "
                        + "edge; seeded) on a ranking from a number column of the network's nodes (an imported "
                        + "overlay, e.g. senescope::overlay_value) or from a .rnk or differential-expression file, "
                        + "testing the network's modules and/or GMT gene sets filtered by their size in the "
                        + "ranking. Writes the results into the unassigned table 'Senescope GSEA' (replacing an "
                        + "earlier run's) and onto the nodes: senescope::gsea_sets lists 'set: NES' for every set a "
                        + "node belongs to; senescope::gsea_set, gsea_nes and gsea_q hold its first-listed set's. "
                        + "Returns the table's SUID, every set tested and skipped (with the reason), and notes on "
                        + "what the ranking left out.",
                EXAMPLE_JSON));
        return p;
    }
}
