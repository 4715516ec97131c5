package org.senescope.cytoscape;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.cytoscape.model.CyNetwork;
import org.cytoscape.work.AbstractTask;
import org.cytoscape.work.ObservableTask;
import org.cytoscape.work.TaskMonitor;
import org.cytoscape.work.Tunable;
import org.cytoscape.work.json.JSONResult;
import org.cytoscape.work.util.ListSingleSelection;
import org.jspecify.annotations.Nullable;
import org.senescope.failure.SenescopeException;
import org.senescope.model.overlay.DuplicateRule;
import org.senescope.model.overlay.SpeciesChoice;
import org.senescope.model.overlay.OverlayOptions;

/**
 * The second step of Import expression data...: a dialog whose lists hold the file's columns and the network's
 * identifier columns, each with what {@link ImportDefaults} detected already selected, so that the user only changes
 * what was detected wrongly. Running it lays the data over the network ({@link ExpressionImport}); the dialog's Cancel
 * never runs it, and a cancel while it runs stops before any column is written. Runs on Cytoscape's task thread.
 */
public final class ImportOptionsTask extends AbstractTask implements ObservableTask {

    /** The choice that stands for "no adjusted p-value column". */
    static final String NONE = "(none)";

    @Tunable(description = "Network node column with gene identifiers", gravity = 1.0,
            tooltip = "The node column whose values name the network's genes")
    public ListSingleSelection<String> networkColumn;

    @Tunable(description = "Identifier column", gravity = 2.0,
            tooltip = "The file's column of gene identifiers (symbols, Entrez, Ensembl, UniProt; human or mouse)")
    public ListSingleSelection<String> idColumn;

    @Tunable(description = "Value column", gravity = 3.0,
            tooltip = "The values to colour the nodes by; a matrix can keep all its detected columns")
    public ListSingleSelection<String> valueColumn;

    @Tunable(description = "Adjusted p-value column", gravity = 4.0,
            tooltip = "Significant nodes get a wide border")
    public ListSingleSelection<String> padjColumn;

    @Tunable(description = "Species of the identifiers", gravity = 5.0,
            tooltip = "Mouse genes reach human nodes only through the ortholog table")
    public ListSingleSelection<String> species;

    @Tunable(description = "Several rows for one node", gravity = 6.0)
    public ListSingleSelection<String> duplicates;

    @Tunable(description = "Colour range (0: from the data)", gravity = 7.0)
    public double range = 0;

    @Tunable(description = "Minimum mean expression (empty: no filter)", gravity = 8.0,
            tooltip = "Genes whose mean expression (baseMean, AveExpr, logCPM or a matrix's row mean) is below this "
                    + "are drawn not expressed, not as changes")
    public String minExpression = "";

    private final ExpressionImport importer;
    private final File file;
    private final CyNetwork network;
    private final ImportDefaults defaults;
    private final String allValues;
    private volatile @Nullable ImportedOverlay result;

    ImportOptionsTask(ExpressionImport importer, File file, CyNetwork network, ImportDefaults defaults) {
        this.importer = Objects.requireNonNull(importer, "importer");
        this.file = Objects.requireNonNull(file, "file");
        this.network = Objects.requireNonNull(network, "network");
        this.defaults = Objects.requireNonNull(defaults, "defaults");
        networkColumn = selection(defaults.networkColumns(), defaults.networkColumns().get(0));
        idColumn = selection(defaults.columns(), defaults.idColumn());
        List<String> valueChoices = new ArrayList<>();
        allValues = defaults.values().size() > 1 ? "all " + defaults.values().size() + " detected: "
                + String.join(", ", defaults.values()) : "";
        if (!allValues.isEmpty()) {
            valueChoices.add(allValues);
        }
        valueChoices.addAll(defaults.columns());
        valueColumn = selection(valueChoices, allValues.isEmpty() ? defaults.values().get(0) : allValues);
        List<String> padjChoices = new ArrayList<>();
        padjChoices.add(NONE);
        padjChoices.addAll(defaults.columns());
        padjColumn = selection(padjChoices, defaults.padjColumn().isEmpty() ? NONE : defaults.padjColumn());
        species = selection(Arrays.stream(SpeciesChoice.values()).map(SpeciesChoice::optionName).toList(),
                defaults.species());
        List<String> rules = Arrays.stream(DuplicateRule.values()).map(DuplicateRule::optionName).toList();
        duplicates = selection(rules, rules.get(0));
    }

    private static ListSingleSelection<String> selection(List<String> choices, String selected) {
        ListSingleSelection<String> list = new ListSingleSelection<>(choices);
        list.setSelectedValue(selected);
        return list;
    }

    /**
     * The command-line options the overlay job's messages name, and this dialog's choices for them (the dialog has no
     * minimum-expression choice, so the job never names that option here).
     */
    static final Map<String, String> PARAMETERS = Map.of("--id-column", "idColumn", "--value-column", "valueColumn",
            "--padj-column", "padjColumn", "--species", "species", "--duplicates", "duplicates", "--range", "range");

    @Override
    public void run(TaskMonitor monitor) throws IOException {
        monitor.setTitle("Import expression data");
        try {
            importWithChoices(monitor);
        } catch (SenescopeException e) {
            throw CommandFailure.told(e, PARAMETERS);
        }
    }

    private void importWithChoices(TaskMonitor monitor) throws IOException {
        String value = valueColumn.getSelectedValue();
        List<String> values = value.equals(allValues) ? defaults.values() : List.of(value);
        String padj = padjColumn.getSelectedValue();
        OverlayOptions options = ImportExpressionTask.options(idColumn.getSelectedValue(), values,
                NONE.equals(padj) ? "" : padj, species.getSelectedValue(), duplicates.getSelectedValue(), range)
                .withExpression(ImportExpressionTask.expressionFilter(minExpression));
        result = importer.run(file, options, network, networkColumn.getSelectedValue(), monitor, () -> cancelled)
                .orElse(null);
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
}
