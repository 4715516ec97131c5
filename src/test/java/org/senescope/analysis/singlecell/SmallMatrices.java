package org.senescope.analysis.singlecell;

import java.util.List;

/** Small hand-made matrices for the scores' edge cases. */
final class SmallMatrices {

    private SmallMatrices() {
    }

    /** Genes G1..Gn and the given cells, each given as its dense values. */
    static Pbmc1k.Matrix dense(double[]... cells) {
        int genes = cells[0].length;
        List<String> names = java.util.stream.IntStream.rangeClosed(1, genes).mapToObj(g -> "G" + g).toList();
        List<SparseColumn> columns = java.util.Arrays.stream(cells).map(SmallMatrices::sparse).toList();
        List<String> barcodes = java.util.stream.IntStream.rangeClosed(1, cells.length).mapToObj(c -> "C" + c).toList();
        return new Pbmc1k.Matrix(names, barcodes, columns);
    }

    /** The non-zero values of {@code values}, by gene. */
    static SparseColumn sparse(double... values) {
        int[] genes = java.util.stream.IntStream.range(0, values.length).filter(g -> values[g] != 0).toArray();
        return SparseColumn.of(genes, java.util.Arrays.stream(genes).mapToDouble(g -> values[g]).toArray());
    }
}
