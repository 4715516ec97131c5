package org.senescope.workflow;

import java.util.Objects;
import java.nio.file.Path;

/**
 * The single-cell data a job reads: a 10x matrix folder, a 10x HDF5 file ({@code .h5}) or an AnnData file
 * ({@code .h5ad}), told apart by what the path is, and which part of it. Immutable.
 *
 * @param data the folder or file
 * @param part which matrix of it: the only one, a 10x HDF5 file's genome, or an AnnData file's layer or raw counts
 */
public record CellDataChoice(Path data, Part part) {

    public CellDataChoice {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(part, "part");
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
