package org.senescope.spark;

import org.senescope.model.cell.CellAnnotations;
import org.senescope.model.cell.Feature;
import org.senescope.read.InputLimits;
import org.senescope.read.TextLines;
import org.senescope.read.tenx.MatrixMarketEntries;
import org.senescope.read.tenx.TenxFolderReader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A 10x matrix folder as a {@link CellSource}: the genes and barcodes as {@link TenxFolderReader} reads them, the
 * MatrixMarket entries checked by its parser as they come and put in cell order through a {@link CellTranspose} (the
 * format allows any order, and the header does not say which).
 */
final class TenxFolderCells implements CellSource {

    private final Path matrix;
    private final Path featureFile;
    private final Path barcodeFile;
    private final List<Feature> features;
    private final List<String> barcodes;
    private final Path spillDir;

    TenxFolderCells(Path folder, Path spillDir) throws IOException {
        TenxFolderReader reader = new TenxFolderReader(InputLimits.DEFAULT);
        this.matrix = TenxFolderReader.find(folder, "matrix.mtx");
        this.featureFile = TenxFolderReader.find(folder, "features.tsv", "genes.tsv");
        this.barcodeFile = TenxFolderReader.find(folder, "barcodes.tsv");
        this.features = reader.features(featureFile);
        this.barcodes = reader.barcodes(barcodeFile);
        this.spillDir = spillDir;
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
        return Optional.empty();
    }

    @Override
    public void cells(int blockCells, CellSink sink) throws IOException {
        try (TextLines lines = TextLines.open(matrix, InputLimits.DEFAULT)) {
            CellAssembler assembler = CellAssembler.anyOrder(lines.source(), barcodes.size(), blockCells, spillDir,
                    sink);
            try {
                new MatrixMarketEntries(lines, features.size(), barcodes.size(), Long.MAX_VALUE)
                        .stream(featureFile.getFileName().toString(), barcodeFile.getFileName().toString(), assembler);
                assembler.finish();
            } catch (UncheckedIOException e) {
                assembler.abandon();
                throw e.getCause();
            } catch (RuntimeException e) {
                assembler.abandon();
                throw e;
            }
        }
    }

    @Override
    public void close() {
        // every file is opened and closed within cells()
    }
}
