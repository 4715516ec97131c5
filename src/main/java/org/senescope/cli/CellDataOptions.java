package org.senescope.cli;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;
import org.senescope.workflow.CellDataChoice;
import org.senescope.workflow.CellTypeChoice;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The single-cell data and its cell annotations, as the single-cell commands take them (a picocli mixin): DATA, the
 * part of it ({@code --genome}, {@code --layer}, {@code --raw}), and where cell types come from.
 */
final class CellDataOptions {

    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    CommandLine.Model.CommandSpec command;

    @Parameters(index = "0", paramLabel = "DATA",
            description = "A 10x matrix folder, a 10x .h5 file or an AnnData .h5ad file.")
    Path data;

    @Option(names = "--genome", paramLabel = "NAME",
            description = "The genome of a 10x .h5 file that holds several.")
    @Nullable String genome;

    @Option(names = "--layer", paramLabel = "NAME", description = "An .h5ad file's layer (layers/NAME) instead of X.")
    @Nullable String layer;

    @Option(names = "--raw", description = "An .h5ad file's raw/X instead of X.")
    boolean raw;

    @Option(names = "--data-name", paramLabel = "NAME",
            description = "What to call the data in figure titles and notes (default: the file or folder name, or "
                    + "for Cell Ranger's own names such as filtered_feature_bc_matrix the enclosing folder's).")
    @Nullable String dataName;

    @Option(names = "--cell-types", paramLabel = "TSV",
            description = "Cell metadata: a TSV with the barcode first and a header naming the columns.")
    @Nullable Path cellTypes;

    @Option(names = "--cell-type-column", paramLabel = "NAME", description = "The column of --cell-types to use.")
    @Nullable String cellTypeColumn;

    @Option(names = "--obs-column", paramLabel = "NAME",
            description = "Cell types from this column of an .h5ad file's obs (instead of --cell-types).")
    @Nullable String obsColumn;

    /**
     * The data asked for.
     *
     * @throws CommandLine.ParameterException when more than one of {@code --genome}, {@code --layer}, {@code --raw}
     *                                        is given
     */
    CellDataChoice data() {
        int parts = (genome != null ? 1 : 0) + (layer != null ? 1 : 0) + (raw ? 1 : 0);
        if (parts > 1) {
            throw usage("give at most one of --genome, --layer and --raw");
        }
        CellDataChoice.Part part = genome != null ? new CellDataChoice.Genome(genome)
                : layer != null ? new CellDataChoice.Layer(layer)
                : raw ? new CellDataChoice.Raw() : new CellDataChoice.Whole();
        return dataName == null ? new CellDataChoice(data, part) : new CellDataChoice(data, part, dataName);
    }

    /**
     * Where the cell types come from.
     *
     * @throws CommandLine.ParameterException when {@code --cell-types} and {@code --cell-type-column} come apart,
     *                                        or come with {@code --obs-column}
     */
    CellTypeChoice cellTypes() {
        if (obsColumn != null && (cellTypes != null || cellTypeColumn != null)) {
            throw usage("give --cell-types TSV --cell-type-column NAME or --obs-column NAME, not both");
        }
        if (cellTypes != null && cellTypeColumn == null) {
            throw usage("--cell-types needs --cell-type-column NAME");
        }
        if (cellTypeColumn != null && cellTypes == null) {
            throw usage("--cell-type-column needs --cell-types TSV (for an .h5ad file's obs, use --obs-column)");
        }
        if (cellTypes != null && cellTypeColumn != null) {
            return new CellTypeChoice.FileColumn(cellTypes, cellTypeColumn);
        }
        return obsColumn != null ? new CellTypeChoice.ObsColumn(obsColumn) : new CellTypeChoice.None();
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(command.commandLine(), message);
    }
}
