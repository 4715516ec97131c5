package org.senescope.workflow;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Per-cell gene-set scores to compute, as {@code senescope sc-score} asks for them. Immutable.
 *
 * @param data      the single-cell data and which matrix of it
 * @param geneSets  the sets to score (GMT files, the network's modules) and the range of sizes in the data
 * @param method    the score
 * @param cellTypes where the cells' types come from, for the summaries by cell type; or none
 * @param directory the folder to write into
 */
public record ScScoreRequest(CellDataChoice data, GeneSetChoice geneSets, CellScoreMethod method,
                             CellTypeChoice cellTypes, Path directory) {

    public ScScoreRequest {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(geneSets, "geneSets");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(cellTypes, "cellTypes");
        Objects.requireNonNull(directory, "directory");
    }

    /** The files named here that the job reads besides the data: the GMT files and the cell-metadata TSV. */
    public List<Path> inputs() {
        List<Path> files = new ArrayList<>(geneSets.gmtFiles());
        if (cellTypes instanceof CellTypeChoice.FileColumn file) {
            files.add(file.file());
        }
        return List.copyOf(files);
    }
}
