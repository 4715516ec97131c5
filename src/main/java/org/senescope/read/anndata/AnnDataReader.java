package org.senescope.read.anndata;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import io.jhdf.api.Dataset;
import io.jhdf.api.Node;

import org.senescope.failure.InputFormatException;
import org.senescope.model.cell.CellAnnotations;
import org.senescope.model.cell.CellMatrix;
import org.senescope.model.cell.Feature;
import org.senescope.read.hdf5.CompressedMatrix;
import org.senescope.read.hdf5.DenseMatrix;
import org.senescope.read.hdf5.Hdf5Input;
import org.senescope.read.hdf5.MatrixOrientation;

/**
 * Reads an AnnData {@code .h5ad} file (anndata 0.7 and later): the chosen matrix (cells × genes in the file; dense,
 * {@code csr_matrix} or {@code csc_matrix}) as genes × cells, its genes from {@code var} (or {@code raw/var}): the
 * index as the name, the {@code gene_ids} column as the id where there is one, {@code feature_types} as the type; and
 * the cells from {@code obs}: the index as barcodes and every column, categorical or plain, as text. The heap is
 * checked before a sparse matrix's entries are read, and while a dense one's are. Immutable and thread-safe.
 */
public final class AnnDataReader {

    private static final String EXPECTED = "expected an AnnData .h5ad file (anndata 0.7 or later)";

    private final long heapBytes;

    /** A reader within the Java heap. */
    public AnnDataReader() {
        this(Runtime.getRuntime().maxMemory());
    }

    /** A reader that takes the heap to be {@code heapBytes} (for tests of the refusal). */
    public AnnDataReader(long heapBytes) {
        this.heapBytes = heapBytes;
    }

    /**
     * Reads {@code which} matrix and the cell annotations.
     *
     * @throws InputFormatException naming the file and the HDF5 object that is not as AnnData writes it
     * @throws IOException          when the file cannot be read
     */
    public AnnData read(Path file, AnnDataMatrix which) throws IOException {
        Objects.requireNonNull(which, "which");
        try (Hdf5Input in = Hdf5Input.open(file, EXPECTED)) {
            List<String> barcodes = DataFrames.index(in, "obs");
            CellAnnotations obs = new CellAnnotations(barcodes, DataFrames.columns(in, "obs", barcodes.size()));
            List<Feature> features = features(in, which.var());
            Node node = in.node(which.path()).orElseThrow(() -> in.fail("no /" + which.path() + "; " + EXPECTED));
            CellMatrix matrix = node instanceof Dataset dense
                    ? DenseMatrix.read(in, dense, features.size(), barcodes.size(), heapBytes).build(features, barcodes)
                    : CompressedMatrix.read(in, "/" + which.path(), orientation(in, node, features.size(), barcodes.size()),
                    features, barcodes, heapBytes);
            return new AnnData(matrix, obs);
        }
    }

    /** The genes of var frame {@code var} ({@code var} or {@code raw/var}), as {@link #read} takes them. */
    public static List<Feature> features(Hdf5Input in, String var) {
        List<String> names = DataFrames.index(in, var);
        List<String> ids = DataFrames.texts(in, var, "gene_ids");
        List<String> types = DataFrames.texts(in, var, "feature_types");
        List<Feature> features = new ArrayList<>(names.size());
        for (int i = 0; i < names.size(); i++) {
            features.add(new Feature(ids.size() == names.size() ? ids.get(i) : names.get(i), names.get(i),
                    types.size() == names.size() ? types.get(i) : Feature.GENE_EXPRESSION));
        }
        return features;
    }

    /**
     * Which way sparse matrix group {@code group} runs, from its encoding (0.8) or h5sparse (0.7) attributes, its shape
     * checked against {@code genes} and {@code cells}.
     *
     * @throws InputFormatException when the shape differs or the encoding is neither csr_matrix nor csc_matrix
     */
    public static MatrixOrientation orientation(Hdf5Input in, Node group, int genes, int cells) {
        String encoding = in.textAttribute(group, "encoding-type")
                .or(() -> in.textAttribute(group, "h5sparse_format").map(f -> f + "_matrix")).orElse("");
        // jhdf names a group with a trailing slash ("/X/"); messages name it as its datasets are named ("/X").
        String path = group.getPath().replaceAll("/+$", "");
        long[] shape = in.wholesAttribute(group, "shape");
        if (shape.length == 0) {
            shape = in.wholesAttribute(group, "h5sparse_shape");
        }
        if (shape.length != 2 || shape[0] != cells || shape[1] != genes) {
            throw in.fail(path + " has shape " + java.util.Arrays.toString(shape) + "; expected ["
                    + cells + ", " + genes + "] (cells x genes, as obs and var)");
        }
        return switch (encoding) {
            case "csr_matrix" -> MatrixOrientation.BY_CELL;
            case "csc_matrix" -> MatrixOrientation.BY_GENE;
            default -> throw in.fail(path + " is encoded as \"" + encoding + "\"; expected csr_matrix"
                    + " or csc_matrix (or a dense dataset)");
        };
    }
}
