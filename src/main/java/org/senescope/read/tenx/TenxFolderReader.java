package org.senescope.read.tenx;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.senescope.failure.InputFormatException;
import org.senescope.model.cell.CellMatrix;
import org.senescope.model.cell.Feature;
import org.senescope.read.InputFile;
import org.senescope.read.InputLimits;
import org.senescope.read.TextLines;

/**
 * Reads a 10x Genomics matrix folder as Cell Ranger writes it: {@code matrix.mtx[.gz]}, {@code features.tsv[.gz]}
 * (id, name, type, and any further columns, which are ignored) or the older {@code genes.tsv[.gz]} (id, name), and
 * {@code barcodes.tsv[.gz]}. Every file is read line by line within the {@link InputLimits}; gzip is recognised by
 * its content. The matrix is refused before its entries are read when they would not fit in the Java heap
 * ({@link org.senescope.read.cells.CellMatrixBuilder}). Immutable and thread-safe.
 */
public final class TenxFolderReader {

    private static final String LAYOUT = "expected a 10x matrix folder: matrix.mtx[.gz], features.tsv[.gz] (or"
            + " genes.tsv[.gz]) and barcodes.tsv[.gz]";

    private final InputLimits limits;
    private final long heapBytes;

    /** A reader within {@code limits} and the Java heap. */
    public TenxFolderReader(InputLimits limits) {
        this(limits, Runtime.getRuntime().maxMemory());
    }

    /** A reader that takes the heap to be {@code heapBytes} (for tests of the refusal). */
    public TenxFolderReader(InputLimits limits, long heapBytes) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.heapBytes = heapBytes;
    }

    /**
     * Reads the folder.
     *
     * @throws InputFormatException naming the file, line and column of anything not in the format, a file missing
     *                              from the folder, or a matrix over the heap
     * @throws IOException          when a file cannot be read
     */
    public CellMatrix read(Path folder) throws IOException {
        Path matrix = find(folder, "matrix.mtx");
        Path featureFile = find(folder, "features.tsv", "genes.tsv");
        Path barcodeFile = find(folder, "barcodes.tsv");
        List<Feature> features = features(featureFile);
        List<String> barcodes = barcodes(barcodeFile);
        try (TextLines lines = TextLines.open(matrix, limits)) {
            return new MatrixMarketEntries(lines, features.size(), barcodes.size(), heapBytes)
                    .read(featureFile.getFileName().toString(), barcodeFile.getFileName().toString())
                    .build(features, barcodes);
        }
    }

    /**
     * The first of {@code names}, plain or {@code .gz}, that {@code folder} holds.
     *
     * @throws InputFormatException when it is not a folder or holds none of them
     */
    public static Path find(Path folder, String... names) {
        if (!Files.isDirectory(folder)) {
            throw new InputFormatException(InputFile.displayName(folder), 0, 0, "not a folder; " + LAYOUT);
        }
        for (String name : names) {
            for (String candidate : List.of(name + ".gz", name)) {
                if (Files.isRegularFile(folder.resolve(candidate))) {
                    return folder.resolve(candidate);
                }
            }
        }
        throw new InputFormatException(InputFile.displayName(folder), 0, 0, "no " + String.join(" or ", names)
                + " (plain or .gz); " + LAYOUT);
    }

    /**
     * The features of a {@code features.tsv[.gz]} or {@code genes.tsv[.gz]}, as {@link #read} takes them.
     *
     * @throws InputFormatException naming the line that is not an id and a name, or a file without features
     */
    public List<Feature> features(Path file) throws IOException {
        List<Feature> features = new ArrayList<>();
        try (TextLines lines = TextLines.open(file, limits)) {
            for (Optional<String> line = lines.next(); line.isPresent(); line = lines.next()) {
                String[] f = line.get().split("\t", -1);
                if (f.length < 2 || f[0].isEmpty() || f[1].isEmpty()) {
                    throw new InputFormatException(lines.source(), lines.number(), 0, "\"" + line.get()
                            + "\"; expected a feature id and name separated by a tab (and its type)");
                }
                features.add(new Feature(f[0], f[1], f.length > 2 && !f[2].isEmpty() ? f[2]
                        : Feature.GENE_EXPRESSION));
            }
            if (features.isEmpty()) {
                throw new InputFormatException(lines.source(), 0, 0, "no features; expected one line per row of"
                        + " the matrix");
            }
        }
        return features;
    }

    /**
     * The barcodes of a {@code barcodes.tsv[.gz]}, as {@link #read} takes them.
     *
     * @throws InputFormatException naming an empty line, a barcode given twice, or a file without barcodes
     */
    public List<String> barcodes(Path file) throws IOException {
        List<String> barcodes = new ArrayList<>();
        Map<String, Long> seen = new HashMap<>();
        try (TextLines lines = TextLines.open(file, limits)) {
            for (Optional<String> line = lines.next(); line.isPresent(); line = lines.next()) {
                String barcode = line.get();
                if (barcode.isEmpty() || barcode.indexOf('\t') >= 0) {
                    throw new InputFormatException(lines.source(), lines.number(), 0, "\"" + barcode
                            + "\"; expected one barcode a line");
                }
                Long first = seen.putIfAbsent(barcode, lines.number());
                if (first != null) {
                    throw new InputFormatException(lines.source(), lines.number(), 0, "barcode " + barcode
                            + " again (line " + first + " gave it); expected each cell once");
                }
                barcodes.add(barcode);
            }
            if (barcodes.isEmpty()) {
                throw new InputFormatException(lines.source(), 0, 0, "no barcodes; expected one line per column of"
                        + " the matrix");
            }
        }
        return barcodes;
    }
}
