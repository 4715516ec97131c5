package org.senescope.model.cell;

import java.util.Objects;

/**
 * One row of a single-cell matrix: a gene (or another feature) as the file names it.
 *
 * @param id   the identifier column (an Ensembl id in Cell Ranger's output; some files repeat the symbol here)
 * @param name the name column (usually the symbol); AnnData's var index, which anndata makes unique
 * @param type the feature type as the file gives it, or {@link #GENE_EXPRESSION} for files that predate feature types
 *             (Cell Ranger before 3 wrote only genes)
 */
public record Feature(String id, String name, String type) {

    /** Cell Ranger's type for genes, and the type of features in files that name none. */
    public static final String GENE_EXPRESSION = "Gene Expression";

    public Feature {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }
}
