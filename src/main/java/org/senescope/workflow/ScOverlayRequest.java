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
 * @param pseudobulk  the pseudobulk contrast whose log fold changes colour the figure's nodes, or none
 */
public record ScOverlayRequest(CellDataChoice data, CellTypeChoice cellTypes, double minFraction, Path directory,
                               Pseudobulk pseudobulk) {

    /** The default of {@code --min-fraction}: a tenth of a type's cells. */
    public static final double DEFAULT_MIN_FRACTION = 0.1;

    /**
     * @throws BadRequestException when there are no cell types, the minimum fraction is outside [0, 1], or a
     *                             pseudobulk contrast comes without a cell-metadata TSV
     */
    public ScOverlayRequest {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(cellTypes, "cellTypes");
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(pseudobulk, "pseudobulk");
        if (pseudobulk instanceof Contrast && !(cellTypes instanceof CellTypeChoice.FileColumn)) {
            throw new BadRequestException("the pseudobulk contrast (--sample-column, --cell-type, "
                    + "--condition-column, --contrast) reads samples and conditions from --cell-types TSV: give it "
                    + "with --cell-type-column NAME");
        }
        if (cellTypes instanceof CellTypeChoice.None) {
            throw new BadRequestException("sc-overlay needs cell types: --cell-types TSV --cell-type-column NAME "
                    + "(or --obs-column NAME for an .h5ad file)");
        }
        if (!(minFraction >= 0 && minFraction <= 1)) {
            throw new BadRequestException("--min-fraction must be between 0 and 1, found " + minFraction);
        }
    }

    /** Cell types on the network without a pseudobulk contrast. */
    public ScOverlayRequest(CellDataChoice data, CellTypeChoice cellTypes, double minFraction, Path directory) {
        this(data, cellTypes, minFraction, directory, new NoPseudobulk());
    }

    /**
     * The pseudobulk contrast of the four options, each blank when not given: none when all are blank.
     *
     * @throws BadRequestException when some are given and some not
     */
    public static Pseudobulk pseudobulk(String sampleColumn, String cellType, String conditionColumn,
                                        String contrast) {
        List<String> given = List.of(sampleColumn, cellType, conditionColumn, contrast);
        long blank = given.stream().filter(String::isBlank).count();
        if (blank == given.size()) {
            return new NoPseudobulk();
        }
        if (blank > 0) {
            throw new BadRequestException("--sample-column, --cell-type, --condition-column and --contrast go "
                    + "together (the pseudobulk contrast)");
        }
        return new Contrast(sampleColumn.strip(), cellType.strip(), new PseudobulkRequest.Conditions(
                conditionColumn.strip(), contrast.strip()));
    }

    /** Whether a pseudobulk contrast colours the nodes. */
    public sealed interface Pseudobulk permits NoPseudobulk, Contrast {
    }

    /** Cell types only. */
    public record NoPseudobulk() implements Pseudobulk {
    }

    /**
     * The pseudobulk contrast of one cell type, as {@code sc-pseudobulk --cell-type NAME --contrast TEST-REF} computes
     * it from the same cell-metadata TSV.
     *
     * @param sampleColumn the TSV's column of samples
     * @param cellType     the cell type whose samples are compared
     * @param conditions   the TSV's column of conditions and the contrast
     */
    public record Contrast(String sampleColumn, String cellType, PseudobulkRequest.Conditions conditions)
            implements Pseudobulk {
        public Contrast {
            Objects.requireNonNull(sampleColumn, "sampleColumn");
            Objects.requireNonNull(cellType, "cellType");
            Objects.requireNonNull(conditions, "conditions");
        }
    }

    /** The files named here that the job reads besides the data: the cell-metadata TSV. */
    public List<Path> inputs() {
        return cellTypes instanceof CellTypeChoice.FileColumn file ? List.of(file.file()) : List.of();
    }
}
