package org.senescope.genes.hgnc;

import java.util.List;
import java.util.Objects;

/**
 * What an {@link HgncFileReader} read: the genes and every data line it could not read, so that nothing is lost
 * silently. {@code dataLines == genes.size() + rejectedLines.size()} always holds. Immutable.
 *
 * @param file          the file name as given to the reader
 * @param genes         genes in file order
 * @param rejectedLines rejected data lines in file order (always empty under {@link RejectPolicy#FAIL})
 * @param dataLines     lines after the header, empty ones included
 */
public record HgncReadResult(String file, List<HgncGene> genes, List<RejectedLine> rejectedLines, long dataLines) {
    public HgncReadResult {
        Objects.requireNonNull(file, "file");
        genes = List.copyOf(genes);
        rejectedLines = List.copyOf(rejectedLines);
        if (dataLines != genes.size() + (long) rejectedLines.size()) {
            throw new IllegalArgumentException(dataLines + " data lines but " + genes.size() + " genes and "
                    + rejectedLines.size() + " rejected lines");
        }
    }

    /** How many lines became genes. */
    public int acceptedCount() {
        return genes.size();
    }

    /** How many data lines were rejected. */
    public int rejectedCount() {
        return rejectedLines.size();
    }
}
