package org.senescope.cytoscape;

import java.io.File;
import java.util.List;
import java.util.Map;

import org.cytoscape.work.AbstractTask;
import org.cytoscape.work.ObservableTask;
import org.cytoscape.work.Tunable;
import org.jspecify.annotations.Nullable;
import org.senescope.failure.BadRequestException;
import org.senescope.workflow.CellDataChoice;
import org.senescope.workflow.CellTypeChoice;

/**
 * The single-cell data and its cell types, as the single-cell commands ({@code sc-overlay}, {@code sc-score}) take
 * them: the Tunables of the command line's DATA, {@code --data-name}, {@code --genome}, {@code --layer}, {@code --raw},
 * {@code --cell-types}, {@code --cell-type-column} and {@code --obs-column}, public fields of this class so that
 * Cytoscape's command executor and dialogs (which read a task's public fields, inherited ones included) show them for
 * each subclass. Runs on Cytoscape's task thread.
 */
public abstract class SingleCellTask extends AbstractTask implements ObservableTask {

    /** The command-line options the single-cell jobs' messages name, and these parameters for them. */
    static final Map<String, String> DATA_PARAMETERS = Map.of("--genome", "genome", "--layer", "layer",
            "--raw", "raw=true", "--cell-types", "cellTypes", "--cell-type-column", "cellTypeColumn",
            "--obs-column", "obsColumn", "--data-name", "dataName");

    private static final List<String> MATRIX_FILES = List.of("matrix.mtx", "matrix.mtx.gz");

    @Tunable(description = "Single-cell data (10x matrix.mtx[.gz], .h5 or .h5ad)", gravity = 1.0, required = true,
            params = "input=true;fileCategory=unspecified",
            longDescription = "A 10x Genomics matrix folder (or its matrix.mtx or matrix.mtx.gz file, which stands "
                    + "for the folder), a 10x HDF5 feature-barcode matrix (.h5) or an AnnData file (.h5ad).",
            exampleStringValue = "/data/pbmc/filtered_feature_bc_matrix")
    public @Nullable File data;

    @Tunable(description = "Name of the data in titles (empty: from the file or folder)", gravity = 1.5,
            longDescription = "What to call the data in figure titles and notes; empty: the file or folder name, or "
                    + "for Cell Ranger's own names such as filtered_feature_bc_matrix the enclosing folder's.",
            exampleStringValue = "pbmc1k_v2")
    public String dataName = "";

    @Tunable(description = "Cell metadata TSV (barcode first)", gravity = 2.0,
            params = "input=true;fileCategory=table",
            longDescription = "A TSV with the cell barcode first and a header naming the columns; give "
                    + "cellTypeColumn with it.", exampleStringValue = "/data/pbmc/cell_annotations.tsv")
    public @Nullable File cellTypes;

    @Tunable(description = "Cell-type column of the metadata", gravity = 3.0,
            longDescription = "The column of cellTypes that holds each cell's type.", exampleStringValue = "cell_type")
    public String cellTypeColumn = "";

    @Tunable(description = "...or the .h5ad file's obs column", gravity = 4.0,
            longDescription = "Cell types from this column of an .h5ad file's obs, instead of cellTypes.",
            exampleStringValue = "cell_type")
    public String obsColumn = "";

    @Tunable(description = "Genome of a 10x .h5 holding several (empty: the only one)", gravity = 20.0,
            longDescription = "The genome group of a 10x HDF5 file that holds several.", exampleStringValue = "GRCh38")
    public String genome = "";

    @Tunable(description = "Layer of an .h5ad file (empty: X)", gravity = 21.0,
            longDescription = "An .h5ad file's layer (layers/NAME) instead of X.", exampleStringValue = "counts")
    public String layer = "";

    @Tunable(description = "Use the .h5ad file's raw/X", gravity = 22.0,
            longDescription = "Read an .h5ad file's raw/X instead of X.", exampleStringValue = "false")
    public boolean raw;

    /**
     * The data the Tunables name; a 10x {@code matrix.mtx[.gz]} stands for its folder.
     *
     * @throws BadRequestException when there is no data, it does not exist, or more than one of genome, layer and
     *                             raw is given
     */
    final CellDataChoice dataChoice() {
        File file = data;
        if (file == null) {
            throw new BadRequestException("data: choose a 10x matrix folder, a 10x .h5 file or an .h5ad file");
        }
        if (!file.exists()) {
            throw new BadRequestException("data: no such file or folder: " + file);
        }
        File parent = file.getParentFile();
        File chosen = file.isFile() && MATRIX_FILES.contains(file.getName()) && parent != null ? parent : file;
        int parts = (genome.isBlank() ? 0 : 1) + (layer.isBlank() ? 0 : 1) + (raw ? 1 : 0);
        if (parts > 1) {
            throw new BadRequestException("give at most one of genome, layer and raw=true");
        }
        CellDataChoice.Part part = !genome.isBlank() ? new CellDataChoice.Genome(genome.strip())
                : !layer.isBlank() ? new CellDataChoice.Layer(layer.strip())
                : raw ? new CellDataChoice.Raw() : new CellDataChoice.Whole();
        return dataName.isBlank() ? new CellDataChoice(chosen.toPath(), part)
                : new CellDataChoice(chosen.toPath(), part, dataName);
    }

    /**
     * Where the cell types come from: none, a column of the metadata TSV, or an obs column.
     *
     * @throws BadRequestException when cellTypes and cellTypeColumn come apart or come with obsColumn, or the TSV
     *                             does not exist
     */
    final CellTypeChoice cellTypeChoice() {
        File tsv = cellTypes;
        String column = cellTypeColumn.strip();
        if (!obsColumn.isBlank() && (tsv != null || !column.isEmpty())) {
            throw new BadRequestException("give cellTypes with cellTypeColumn, or obsColumn, not both");
        }
        if (tsv == null) {
            if (!column.isEmpty()) {
                throw new BadRequestException("cellTypeColumn needs cellTypes, the metadata TSV (for an .h5ad "
                        + "file's obs, use obsColumn)");
            }
            return obsColumn.isBlank() ? new CellTypeChoice.None() : new CellTypeChoice.ObsColumn(obsColumn.strip());
        }
        if (column.isEmpty()) {
            throw new BadRequestException("cellTypes needs cellTypeColumn, the column of cell types");
        }
        return new CellTypeChoice.FileColumn(CommandFailure.existing("cellTypes", tsv).toPath(), column);
    }
}
