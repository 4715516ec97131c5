package org.senescope.workflow;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Set;

import org.senescope.failure.BadRequestException;

/**
 * The single-cell data a job reads: a 10x matrix folder, a 10x HDF5 file ({@code .h5}) or an AnnData file
 * ({@code .h5ad}), told apart by what the path is, and which part of it. Immutable.
 *
 * @param data the folder or file
 * @param part which matrix of it: the only one, a 10x HDF5 file's genome, or an AnnData file's layer or raw counts
 * @param name what to call the data in figure titles and notes ({@code --data-name}); by default
 *             {@link #defaultName}
 */
public record CellDataChoice(Path data, Part part, String name) {

    /**
     * The names Cell Ranger gives every sample's folders and files (without {@code .h5}), which say nothing of the
     * data: {@link #defaultName} looks past them.
     */
    private static final Set<String> CELL_RANGER_NAMES = Set.of("filtered_feature_bc_matrix",
            "raw_feature_bc_matrix", "sample_filtered_feature_bc_matrix", "sample_raw_feature_bc_matrix",
            "filtered_gene_bc_matrices", "raw_gene_bc_matrices", "filtered_gene_bc_matrices_h5",
            "raw_gene_bc_matrices_h5", "outs");

    /** @throws BadRequestException when the name is blank */
    public CellDataChoice {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(part, "part");
        if (name.isBlank()) {
            throw new BadRequestException("--data-name must not be blank");
        }
        name = name.strip();
    }

    /** The part {@code part} of {@code data}, named by {@link #defaultName}. */
    public CellDataChoice(Path data, Part part) {
        this(data, part, defaultName(data));
    }

    /**
     * The data's file or folder name, or, when that is a name Cell Ranger gives every sample
     * ({@code filtered_feature_bc_matrix}, {@code filtered_feature_bc_matrix.h5}, {@code outs} ...), the nearest
     * enclosing folder's name that is not: {@code pbmc1k_v2} for {@code pbmc1k_v2/filtered_feature_bc_matrix} and
     * {@code sample/outs/filtered_feature_bc_matrix.h5} → {@code sample}. The name as given when no folder has another.
     */
    public static String defaultName(Path data) {
        Path absolute = data.toAbsolutePath().normalize();
        String own = Objects.toString(data.getFileName(), data.toString());
        for (Path p = absolute; p != null && p.getFileName() != null; p = p.getParent()) {
            String name = p.getFileName().toString();
            String stem = name.endsWith(".h5") ? name.substring(0, name.length() - ".h5".length()) : name;
            if (!CELL_RANGER_NAMES.contains(stem)) {
                return name;
            }
        }
        return own;
    }

    /** The data's only matrix ({@code X} of an AnnData file). */
    public static CellDataChoice of(Path data) {
        return new CellDataChoice(data, new Whole());
    }

    /** Which matrix of the data. */
    public sealed interface Part permits Whole, Genome, Layer, Raw {
    }

    /** The only matrix: a folder's, a one-genome {@code .h5}'s, an AnnData file's {@code X}. */
    public record Whole() implements Part {
    }

    /** The genome group of a 10x HDF5 file that holds several ({@code --genome}). */
    public record Genome(String name) implements Part {
        public Genome {
            Objects.requireNonNull(name, "name");
        }
    }

    /** An AnnData layer, {@code layers/NAME} ({@code --layer}). */
    public record Layer(String name) implements Part {
        public Layer {
            Objects.requireNonNull(name, "name");
        }
    }

    /** An AnnData file's {@code raw/X} ({@code --raw}). */
    public record Raw() implements Part {
    }
}
