package org.senescope.spark;

import io.jhdf.api.Dataset;
import io.jhdf.api.Node;
import org.senescope.model.cell.CellAnnotations;
import org.senescope.model.cell.CellMatrix;
import org.senescope.model.cell.Feature;
import org.senescope.read.anndata.AnnDataMatrix;
import org.senescope.read.anndata.AnnDataReader;
import org.senescope.read.anndata.DataFrames;
import org.senescope.read.hdf5.CompressedMatrix;
import org.senescope.read.hdf5.Hdf5Input;
import org.senescope.read.hdf5.MatrixOrientation;
import org.senescope.read.tenxh5.TenxH5Reader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A 10x {@code .h5} or an {@code .h5ad} as a {@link CellSource}: genes, barcodes and obs as Senescope's readers read
 * them; the sparse matrix's entries checked by its reader ({@link CompressedMatrix#stream}) as they come, in blocks of
 * a million entries. A matrix stored by cell (10x, {@code csr_matrix}) is handed on one cell at a time; one stored by
 * gene ({@code csc_matrix}) goes through a {@link CellTranspose} on disk. A dense {@code X}, rare at atlas scale, is
 * read whole by {@link AnnDataReader}.
 */
final class Hdf5Cells implements CellSource {

    private static final String EXPECTED = "expected a 10x .h5 or an AnnData .h5ad";

    private final Path file;
    private final Hdf5Input in;
    private final String group;
    private final List<Feature> features;
    private final List<String> barcodes;
    private final Optional<CellAnnotations> obs;
    private final Path spillDir;

    private Hdf5Cells(Path file, Hdf5Input in, String group, List<Feature> features, List<String> barcodes,
                      Optional<CellAnnotations> obs, Path spillDir) {
        this.file = file;
        this.in = in;
        this.group = group;
        this.features = features;
        this.barcodes = barcodes;
        this.obs = obs;
        this.spillDir = spillDir;
    }

    /** A 10x {@code .h5} (Cell Ranger 3's {@code /matrix}, or Cell Ranger 2's one genome). */
    static Hdf5Cells tenx(Path file, Path spillDir) throws IOException {
        Hdf5Input in = Hdf5Input.open(file, EXPECTED);
        try {
            String group = TenxH5Reader.matrixGroup(in);
            TenxH5Reader.Axes axes = TenxH5Reader.axes(in, group);
            return new Hdf5Cells(file, in, group, axes.features(), axes.barcodes(), Optional.empty(), spillDir);
        } catch (RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /** An {@code .h5ad}'s {@code X}, var and obs. */
    static Hdf5Cells anndata(Path file, Path spillDir) throws IOException {
        Hdf5Input in = Hdf5Input.open(file, EXPECTED);
        try {
            List<String> barcodes = DataFrames.index(in, "obs");
            CellAnnotations obs = new CellAnnotations(barcodes, DataFrames.columns(in, "obs", barcodes.size()));
            List<Feature> features = AnnDataReader.features(in, "var");
            return new Hdf5Cells(file, in, "/" + AnnDataMatrix.X.path(), features, barcodes, Optional.of(obs),
                    spillDir);
        } catch (RuntimeException e) {
            in.close();
            throw e;
        }
    }

    @Override
    public List<Feature> features() {
        return features;
    }

    @Override
    public List<String> barcodes() {
        return barcodes;
    }

    @Override
    public Optional<CellAnnotations> obs() {
        return obs;
    }

    @Override
    public void cells(int blockCells, CellSink sink) throws IOException {
        Node node = in.node(group).orElseThrow(() -> in.fail("no " + group + "; " + EXPECTED));
        if (node instanceof Dataset) {
            dense(sink);
            return;
        }
        MatrixOrientation orientation = obs.isPresent()
                ? AnnDataReader.orientation(in, node, features.size(), barcodes.size()) : MatrixOrientation.BY_CELL;
        CellAssembler assembler = orientation == MatrixOrientation.BY_CELL
                ? CellAssembler.byCell(in.source(), barcodes.size(), sink)
                : CellAssembler.anyOrder(in.source(), barcodes.size(), blockCells, spillDir, sink);
        try {
            CompressedMatrix.stream(in, group, orientation, features.size(), barcodes.size(), n -> assembler);
            assembler.finish();
        } catch (UncheckedIOException e) {
            assembler.abandon();
            throw e.getCause();
        } catch (RuntimeException e) {
            assembler.abandon();
            throw e;
        }
    }

    private void dense(CellSink sink) throws IOException {
        CellMatrix matrix = new AnnDataReader().read(file, AnnDataMatrix.X).matrix();
        for (int c = 0; c < matrix.cells(); c++) {
            int n = matrix.end(c) - matrix.start(c);
            int[] genes = new int[n];
            float[] values = new float[n];
            for (int k = 0; k < n; k++) {
                genes[k] = matrix.gene(matrix.start(c) + k);
                values[k] = matrix.value(matrix.start(c) + k);
            }
            sink.cell(c, genes, values);
        }
    }

    @Override
    public void close() {
        in.close();
    }
}
