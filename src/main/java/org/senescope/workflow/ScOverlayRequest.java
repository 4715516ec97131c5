package org.senescope.workflow;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import org.senescope.failure.BadRequestException;

/**
 * Cell-type expression on the network, as {@code senescope sc-overlay} asks for it. Immutable.
 *
 * @param data        the single-cell data and which matrix of it
 * @param cellTypes   where the cells' types come from (a cell-metadata TSV's column or an {@code .h5ad} file's obs)
 * @param minFraction the fraction of a type's cells, in [0, 1], at or above which the type counts as expressing a
 *                    node ({@code celltypes_expressing})
 * @param directory   the folder to write into
 */
public record ScOverlayRequest(CellDataChoice data, CellTypeChoice cellTypes, double minFraction, Path directory) {

    /** The default of {@code --min-fraction}: a tenth of a type's cells. */
    public static final double DEFAULT_MIN_FRACTION = 0.1;

    /** @throws BadRequestException when there are no cell types or the minimum fraction is outside [0, 1] */
    public ScOverlayRequest {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(cellTypes, "cellTypes");
        Objects.requireNonNull(directory, "directory");
        if (cellTypes instanceof CellTypeChoice.None) {
            throw new BadRequestException("sc-overlay needs cell types: --cell-types TSV --cell-type-column NAME "
                    + "(or --obs-column NAME for an .h5ad file)");
        }
        if (!(minFraction >= 0 && minFraction <= 1)) {
            throw new BadRequestException("--min-fraction must be between 0 and 1, found " + minFraction);
        }
    }

    /** The files named here that the job reads besides the data: the cell-metadata TSV. */
    public List<Path> inputs() {
        return cellTypes instanceof CellTypeChoice.FileColumn file ? List.of(file.file()) : List.of();
    }
}
