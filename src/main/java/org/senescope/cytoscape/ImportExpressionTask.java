package org.senescope.cytoscape;

import java.io.File;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.cytoscape.model.CyNetwork;
import org.cytoscape.work.AbstractTask;
import org.cytoscape.work.ObservableTask;
import org.cytoscape.work.TaskMonitor;
import org.cytoscape.work.Tunable;
import org.cytoscape.work.json.JSONResult;
import org.jspecify.annotations.Nullable;
import org.senescope.failure.BadRequestException;
import org.senescope.failure.SenescopeException;
import org.senescope.model.overlay.ColourRange;
import org.senescope.model.overlay.ExpressionFilter;
import org.senescope.model.overlay.ColumnChoice;
import org.senescope.model.overlay.DuplicateRule;
import org.senescope.model.overlay.OverlayOptions;
import org.senescope.model.overlay.SpeciesChoice;

/**
 * The {@code senescope overlay} command: lays a user's expression data over a Senescope network, or over any network
 * whose nodes carry gene identifiers, with the command line's {@link org.senescope.workflow.OverlayJob}: reads the
 * file, detects (or takes) the identifier and value columns, maps identifiers to nodes through the gene tables, and
 * writes the overlay's node, edge and network columns, replacing those of an earlier import; the
 * {@value SenescopeVisualStyle#OVERLAY_STYLE_NAME} style colours the network's views by the values. Every input row
 * is accounted for in the mapping report shown at the end. Cancelled at any point before the columns are written, it
 * leaves the tables as they were. Runs on Cytoscape's task thread.
 */
public final class ImportExpressionTask extends AbstractTask implements ObservableTask {

    static final String TITLE = "Import expression data...";

    static final String COMMAND = "overlay";

    static final String EXAMPLE_JSON = """
            {"network": 5326, "file": "/data/deseq2_results.tsv", "rows": 20000, "rowsByOutcome": {"used": 61, \
            "not_on_network": 19890, "unknown_identifier": 49}, "geneNodes": 40, "measuredNodes": 38, \
            "networkColumn": "senescope::senescope_id", "networkGenes": "the Senescope network", \
            "summary": ["Rows: 20,000 = 61 used, ..."], "nodeColumns": ["senescope::overlay_value"], \
            "style": "Senescope overlay"}""";

    @Tunable(description = "Expression data file", params = "input=true;fileCategory=table", required = true,
            longDescription = "A differential-expression table (DESeq2, limma, edgeR, Seurat), an expression matrix, "
                    + "a GCT file or a ranked list: TSV, CSV, .rnk, .gct or .xlsx, plain or gzip.",
            exampleStringValue = "/data/deseq2_results.tsv", gravity = 1.0)
    public @Nullable File file;

    @Tunable(description = "Network", context = Tunable.NOGUI_CONTEXT,
            longDescription = "The network to lay the data over: 'current' or 'SUID:<n>'. A network made by senescope "
                    + "build, or any network whose nodes carry gene identifiers (see networkColumn).",
            exampleStringValue = "current")
    public String network = NetworkChoice.CURRENT;

    @Tunable(description = "Network node column with gene identifiers (empty: detected)", gravity = 1.5,
            longDescription = "The node column whose values name the network's genes. Empty: senescope::senescope_id "
                    + "on a network Senescope built, else the text or number column (name, shared name or any "
                    + "other) whose values name the most genes, with its identifier type and species detected.",
            exampleStringValue = "name")
    public String networkColumn = "";

    @Tunable(description = "Identifier column (empty: detected)", gravity = 2.0,
            longDescription = "The column holding gene identifiers (symbols, Entrez, Ensembl, UniProt, human or mouse); "
                    + "empty to detect it, as the mapping report then says.", exampleStringValue = "gene")
    public String idColumn = "";

    @Tunable(description = "Value columns, comma-separated (empty: detected)", gravity = 3.0,
            longDescription = "The value column(s), for example log2FoldChange; several give several conditions.",
            exampleStringValue = "log2FoldChange")
    public String valueColumns = "";

    @Tunable(description = "Adjusted p-value column (empty: detected)", gravity = 4.0,
            longDescription = "The adjusted p-value column; significant nodes get a wide border.",
            exampleStringValue = "padj")
    public String padjColumn = "";

    @Tunable(description = "Species: auto, human or mouse", gravity = 5.0,
            longDescription = "The species of the identifiers; auto detects it per identifier column. Mouse genes "
                    + "reach human nodes only through the ortholog table, one-to-many orthologs shown as such.",
            exampleStringValue = "auto")
    public String species = "auto";

    @Tunable(description = "Several rows for one node: most-significant, mean or max-abs", gravity = 6.0,
            longDescription = "What a node gets when several rows reach it (probes, family members).",
            exampleStringValue = "most-significant")
    public String duplicates = DuplicateRule.MOST_SIGNIFICANT.optionName();

    @Tunable(description = "Colour range (0: from the data)", gravity = 7.0,
            longDescription = "Values at or beyond plus or minus this get the end colours (default 2, as in the "
                    + "figures); 0 takes it from the data.",
            exampleStringValue = "2.0")
    public double range = ColourRange.DEFAULT_HALF_WIDTH;

    @Tunable(description = "Minimum mean expression (empty: no filter)", gravity = 8.0,
            longDescription = "Genes whose mean expression is below this are drawn not expressed, not as changes: "
                    + "baseMean (DESeq2, normalised counts), AveExpr (limma, log2), logCPM (edgeR, log2) or a "
                    + "matrix's row mean, in that column's unit. A table without such a column is refused.",
            exampleStringValue = "10")
    public String minExpression = "";

    /** The command-line options the overlay job's messages name, and this command's parameters for them. */
    static final Map<String, String> PARAMETERS = Map.of("--id-column", "idColumn", "--value-column", "valueColumns",
            "--padj-column", "padjColumn", "--species", "species", "--duplicates", "duplicates", "--range", "range",
            "--min-expression", "minExpression");

    private final CytoscapeServices services;
    private final BundledData bundled;
    private final SessionOverlays overlays;
    private volatile @Nullable ImportedOverlay result;

    ImportExpressionTask(CytoscapeServices services, BundledData bundled, SessionOverlays overlays) {
        this.services = services;
        this.bundled = bundled;
        this.overlays = overlays;
    }

    @Override
    public void run(TaskMonitor monitor) throws IOException {
        monitor.setTitle("Import expression data");
        try {
            OverlayOptions options = options();
            if (file == null) {
                throw new BadRequestException("file: choose the expression data file to import");
            }
            File data = CommandFailure.existing("file", file);
            CyNetwork target = services.networkChoice().resolve(network);
            result = new ExpressionImport(services, bundled, overlays)
                    .run(data, options, target, networkColumn, monitor, () -> cancelled).orElse(null);
        } catch (SenescopeException e) {
            throw CommandFailure.told(e, PARAMETERS);
        }
    }

    /**
     * The overlay options the Tunables ask for (value columns comma-separated), checked before any file is read.
     *
     * @throws BadRequestException naming the argument and what it expects
     */
    OverlayOptions options() {
        List<String> values = Arrays.stream(valueColumns.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .toList();
        return options(idColumn, values, padjColumn, species, duplicates, range)
                .withExpression(expressionFilter(minExpression));
    }

    /**
     * The filter {@code minimum} asks for: none when blank, else a finite number.
     *
     * @throws BadRequestException naming the argument and what it expects
     */
    static ExpressionFilter expressionFilter(String minimum) {
        if (minimum.isBlank()) {
            return ExpressionFilter.NONE;
        }
        try {
            double value = Double.parseDouble(minimum.strip());
            if (Double.isFinite(value)) {
                return new ExpressionFilter.AtLeast(value);
            }
        } catch (NumberFormatException e) {
            // reported below, as for a number that is not finite
        }
        throw new BadRequestException("minExpression: expected a number or nothing, found '" + minimum + "'");
    }

    /**
     * The overlay options from the task's words (blank columns: detected), checked before any file is read.
     *
     * @throws BadRequestException naming the argument and what it expects
     */
    static OverlayOptions options(String idColumn, List<String> valueColumns, String padjColumn, String species,
                                  String duplicates, double range) {
        SpeciesChoice speciesChoice = SpeciesChoice.fromOptionName(species).orElseThrow(() ->
                new BadRequestException("species: expected auto, human or mouse, found '" + species + "'"));
        DuplicateRule rule = DuplicateRule.fromOptionName(duplicates).orElseThrow(() -> new BadRequestException(
                "duplicates: expected one of " + DuplicateRule.optionNames() + ", found '" + duplicates + "'"));
        if (!ColourRange.accepts(range)) {
            throw new BadRequestException("range: expected " + ColourRange.ACCEPTED + ", found " + range);
        }
        return new OverlayOptions(ColumnChoice.of(idColumn), valueColumns, ColumnChoice.of(padjColumn), speciesChoice,
                rule, ColourRange.of(range), OverlayOptions.DEFAULT_SIGNIFICANCE, ExpressionFilter.NONE);
    }

    @Override
    public List<Class<?>> getResultClasses() {
        return TaskResults.TYPES;
    }

    /** The mapping report as text, or the {@link JSONResult}; {@code null} (Cytoscape's convention) otherwise. */
    @Override
    public <R> @Nullable R getResults(Class<? extends R> type) {
        ImportedOverlay imported = result;
        return imported == null ? null : imported.as(type);
    }

    /**
     * The service properties that make the task's factory the {@code senescope overlay} command; the menu item is
     * {@link ChooseExpressionFileTask}, whose dialog pre-fills what it detected.
     */
    static Properties properties() {
        Properties p = new Properties();
        p.putAll(TaskProperties.command(COMMAND, "Lay expression data over a network",
                "Reads a differential-expression table, expression matrix, GCT file or ranked list (the same reader "
                        + "and mapping as the command line's senescope overlay), maps its identifiers to the "
                        + "genes of the network (a Senescope network, or any network whose node column names genes: "
                        + "see networkColumn) through the human gene table and the mouse ortholog table, and writes the "
                        + "values as node columns (senescope::overlay_value and one column per condition), replacing "
                        + "those of an earlier import. The network's views get the Senescope overlay style, nodes "
                        + "coloured blue-white-red by value. Returns the mapping report: every input row counted by "
                        + "outcome, and how many gene nodes were measured.",
                EXAMPLE_JSON));
        return p;
    }
}
