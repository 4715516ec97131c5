package org.senescope.workflow;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

import org.senescope.failure.BadRequestException;
import org.senescope.model.cell.CellAnnotations;
import org.senescope.model.cell.CellMatrix;
import org.senescope.read.InputLimits;
import org.senescope.read.anndata.AnnData;
import org.senescope.read.anndata.AnnDataMatrix;
import org.senescope.read.anndata.AnnDataReader;
import org.senescope.read.tenx.TenxFolderReader;
import org.senescope.read.tenxh5.TenxH5Reader;

/**
 * Single-cell data once read: the matrix, the AnnData file's {@code obs} (no columns for 10x data), the kind of file,
 * and the files read (to protect from being written over). Immutable.
 *
 * @param name   what to call the data in titles and notes ({@link CellDataChoice#name()})
 * @param path   the folder or file read, for messages about it
 * @param format what the data is
 * @param matrix the genes × cells matrix
 * @param obs    the AnnData file's per-cell annotations; none for 10x data
 * @param files  the files read: the folder's files, or the one file
 */
record CellData(String name, Path path, Format format, CellMatrix matrix, CellAnnotations obs, List<Path> files) {

    /** What single-cell data files are. */
    enum Format {
        TENX_FOLDER("a 10x matrix folder"), TENX_H5("a 10x .h5 file"), ANNDATA("an .h5ad file");

        private final String phrase;

        Format(String phrase) {
            this.phrase = phrase;
        }

        /** E.g. "a 10x .h5 file". */
        String phrase() {
            return phrase;
        }
    }

    CellData {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(matrix, "matrix");
        Objects.requireNonNull(obs, "obs");
        files = List.copyOf(files);
    }

    /**
     * Reads the data {@code choice} names.
     *
     * @throws BadRequestException when the path is none of the three formats, or the part chosen is not one the
     *                             format has (a genome of an AnnData file)
     * @throws org.senescope.failure.InputFormatException from the readers, naming file and place
     * @throws IOException when a file cannot be read
     */
    static CellData read(CellDataChoice choice) throws IOException {
        Path data = choice.data();
        String name = choice.name();
        Format format = format(data);
        CellDataChoice.Part part = choice.part();
        if (part instanceof CellDataChoice.Genome && format != Format.TENX_H5) {
            throw new BadRequestException("--genome is for a 10x .h5 file; " + data + " is " + format.phrase());
        }
        if ((part instanceof CellDataChoice.Layer || part instanceof CellDataChoice.Raw) && format != Format.ANNDATA) {
            throw new BadRequestException("--layer and --raw are for an .h5ad file; " + data + " is "
                    + format.phrase());
        }
        CellAnnotations none = new CellAnnotations(List.of(), List.of());
        return switch (format) {
            case TENX_FOLDER -> new CellData(name, data, format,
                    new TenxFolderReader(InputLimits.DEFAULT).read(data), none, folderFiles(data));
            case TENX_H5 -> new CellData(name, data, format, part instanceof CellDataChoice.Genome genome
                    ? new TenxH5Reader().read(data, genome.name()) : new TenxH5Reader().read(data), none,
                    List.of(data));
            case ANNDATA -> {
                AnnData read = new AnnDataReader().read(data, part instanceof CellDataChoice.Layer layer
                        ? AnnDataMatrix.layer(layer.name())
                        : part instanceof CellDataChoice.Raw ? AnnDataMatrix.RAW : AnnDataMatrix.X);
                yield new CellData(name, data, format, read.matrix(), read.obs(), List.of(data));
            }
        };
    }

    private static Format format(Path data) throws NoSuchFileException {
        String lower = Objects.toString(data.getFileName(), data.toString()).toLowerCase(Locale.ROOT);
        if (!Files.exists(data)) {
            throw new NoSuchFileException(data.toString());
        }
        if (Files.isDirectory(data)) {
            return Format.TENX_FOLDER;
        }
        if (lower.endsWith(".h5ad")) {
            return Format.ANNDATA;
        }
        if (lower.endsWith(".h5")) {
            return Format.TENX_H5;
        }
        throw new BadRequestException(data + ": expected a 10x matrix folder, a 10x .h5 file or an .h5ad file");
    }

    private static List<Path> folderFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
