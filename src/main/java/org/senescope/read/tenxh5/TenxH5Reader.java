package org.senescope.read.tenxh5;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import io.jhdf.api.Group;
import io.jhdf.api.Node;

import org.senescope.failure.InputFormatException;
import org.senescope.model.cell.CellMatrix;
import org.senescope.model.cell.Feature;
import org.senescope.read.hdf5.CompressedMatrix;
import org.senescope.read.hdf5.Hdf5Input;
import org.senescope.read.hdf5.MatrixOrientation;

/**
 * Reads a 10x Genomics feature-barcode matrix in HDF5: Cell Ranger 3 and later write one {@code /matrix} group
 * ({@code data, indices, indptr, shape, barcodes} and {@code features/{id, name, feature_type}}); Cell Ranger 1 and
 * 2 write one group per genome ({@code /GENOME/{data, indices, indptr, shape, barcodes, genes, gene_names}}), of
 * which a file with several genomes needs one chosen. Values and indices are read in blocks, and the heap checked
 * before any entry is read. Immutable and thread-safe.
 */
public final class TenxH5Reader {

    private static final String EXPECTED = "expected a 10x Genomics feature-barcode matrix (.h5): Cell Ranger 3's"
            + " /matrix group, or Cell Ranger 2's one group per genome";

    private final long heapBytes;

    /** A reader within the Java heap. */
    public TenxH5Reader() {
        this(Runtime.getRuntime().maxMemory());
    }

    /** A reader that takes the heap to be {@code heapBytes} (for tests of the refusal). */
    public TenxH5Reader(long heapBytes) {
        this.heapBytes = heapBytes;
    }

    /**
     * Reads the matrix of a Cell Ranger 3 file, or of a Cell Ranger 2 file with one genome.
     *
     * @throws InputFormatException when the file is not such a matrix, or holds several genomes (naming them)
     * @throws IOException          when it cannot be read
     */
    public CellMatrix read(Path file) throws IOException {
        try (Hdf5Input in = Hdf5Input.open(file, EXPECTED)) {
            return matrix(in, matrixGroup(in));
        }
    }

    /**
     * The group of the one matrix in a file: {@code /matrix} (Cell Ranger 3), or the one genome's group (Cell Ranger
     * 2). For readers that stream the matrix themselves (the Spark module's converter), as {@link #read(Path)}.
     *
     * @throws InputFormatException when the file is not such a matrix, or holds several genomes (naming them)
     */
    public static String matrixGroup(Hdf5Input in) {
        if (in.group("/matrix").isPresent()) {
            return "/matrix";
        }
        List<String> genomes = genomes(in);
        if (genomes.size() > 1) {
            throw in.fail(genomes.size() + " genomes (" + String.join(", ", genomes) + "); expected one of them"
                    + " to be chosen");
        }
        return "/" + genomes.get(0);
    }

    /**
     * Reads genome {@code genome}'s matrix of a Cell Ranger 2 file.
     *
     * @throws InputFormatException when the file is not such a matrix or has no such genome (naming those it has)
     * @throws IOException          when it cannot be read
     */
    public CellMatrix read(Path file, String genome) throws IOException {
        Objects.requireNonNull(genome, "genome");
        try (Hdf5Input in = Hdf5Input.open(file, EXPECTED)) {
            if (in.group("/matrix").isPresent()) {
                throw in.fail("a Cell Ranger 3 matrix (/matrix), which has no genome groups; expected no genome to"
                        + " be chosen");
            }
            List<String> genomes = genomes(in);
            if (!genomes.contains(genome)) {
                throw in.fail("no genome \"" + genome + "\"; expected one of " + String.join(", ", genomes));
            }
            return matrix(in, "/" + genome);
        }
    }

    /** The root groups that hold a matrix (Cell Ranger 2's genomes), in the file's order. */
    private static List<String> genomes(Hdf5Input in) {
        List<String> genomes = new ArrayList<>();
        for (Node node : in.group("/").orElseThrow().getChildren().values()) {
            if (node instanceof Group g && g.getChildren().keySet().containsAll(List.of("indptr", "shape", "barcodes"))) {
                genomes.add(g.getName());
            }
        }
        if (genomes.isEmpty()) {
            throw in.fail("no /matrix group and no genome group (with data, indices, indptr and shape); "
                    + EXPECTED);
        }
        return genomes.stream().sorted().collect(Collectors.toList());
    }

    private CellMatrix matrix(Hdf5Input in, String group) {
        Axes axes = axes(in, group);
        return CompressedMatrix.read(in, group, MatrixOrientation.BY_CELL, axes.features(), axes.barcodes(),
                heapBytes);
    }

    /** The genes (rows) and barcodes (columns) of a matrix group. */
    public record Axes(List<Feature> features, List<String> barcodes) {
    }

    /**
     * The genes and barcodes of matrix group {@code group} ({@link #matrixGroup}), checked against its shape.
     *
     * @throws InputFormatException when a dataset is missing or their lengths do not match the shape
     */
    public static Axes axes(Hdf5Input in, String group) {
        boolean v3 = group.equals("/matrix");
        String ids = v3 ? "features/id" : "genes";
        String names = v3 ? "features/name" : "gene_names";
        double[] shape = in.numbers(in.dataset(group + "/shape", EXPECTED));
        List<String> barcodes = in.texts(in.dataset(group + "/barcodes", EXPECTED));
        List<String> featureIds = in.texts(in.dataset(group + "/" + ids, EXPECTED));
        List<String> featureNames = in.texts(in.dataset(group + "/" + names, EXPECTED));
        List<String> types = in.node(group + "/features/feature_type").isPresent()
                ? in.texts(in.dataset(group + "/features/feature_type", EXPECTED)) : List.of();
        if (shape.length != 2 || shape[0] != featureIds.size() || shape[1] != barcodes.size()
                || featureNames.size() != featureIds.size() || (!types.isEmpty() && types.size() != featureIds.size())) {
            throw in.fail(group + "/shape is " + java.util.Arrays.toString(shape) + " for " + featureIds.size()
                    + " feature ids, " + featureNames.size() + " names and " + barcodes.size() + " barcodes; expected"
                    + " genes x cells, one id and name per gene and one barcode per cell");
        }
        List<Feature> features = new ArrayList<>(featureIds.size());
        for (int i = 0; i < featureIds.size(); i++) {
            features.add(new Feature(featureIds.get(i), featureNames.get(i),
                    types.isEmpty() ? Feature.GENE_EXPRESSION : types.get(i)));
        }
        return new Axes(features, barcodes);
    }
}
