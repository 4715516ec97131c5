package org.senescope.workflow;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Pseudobulk counts to make, as {@code senescope sc-pseudobulk} asks for them: the cells' counts summed by cell type ×
 * sample, and with a contrast of conditions limma's moderated t on log-CPM. Immutable.
 *
 * @param data           the single-cell counts
 * @param annotations    the cell-metadata TSV (barcode first)
 * @param cellTypeColumn its column of cell types
 * @param sampleColumn   its column of samples
 * @param cellTypes      the cell types kept, or empty for all
 * @param contrast       the conditions compared, or none
 * @param directory      the folder to write into
 */
public record PseudobulkRequest(CellDataChoice data, Path annotations, String cellTypeColumn, String sampleColumn,
                                List<String> cellTypes, Contrast contrast, Path directory) {

    public PseudobulkRequest {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(annotations, "annotations");
        Objects.requireNonNull(cellTypeColumn, "cellTypeColumn");
        Objects.requireNonNull(sampleColumn, "sampleColumn");
        cellTypes = List.copyOf(cellTypes);
        Objects.requireNonNull(contrast, "contrast");
        Objects.requireNonNull(directory, "directory");
    }

    /** Which conditions are compared, if any. */
    public sealed interface Contrast permits NoContrast, Conditions {
    }

    /** No comparison: the counts only. */
    public record NoContrast() implements Contrast {
    }

    /**
     * Two conditions compared, each sample's condition from column {@code column}.
     *
     * @param spec {@code TEST-REFERENCE} as for {@code overlay --contrast} (test minus reference on the log scale),
     *             read against the conditions found in the column ({@link GroupContrast#parse})
     */
    public record Conditions(String column, String spec) implements Contrast {
        public Conditions {
            Objects.requireNonNull(column, "column");
            Objects.requireNonNull(spec, "spec");
        }
    }
}
