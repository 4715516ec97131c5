package org.senescope.read.cellmeta;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.senescope.failure.InputFormatException;
import org.senescope.model.cell.CellAnnotations;
import org.senescope.model.cell.CellColumn;
import org.senescope.read.InputLimits;
import org.senescope.read.TextLines;

/**
 * Reads a cell-metadata TSV (plain or gzip): a header naming the columns, then one line per cell with its barcode in
 * the first field and as many tab-separated fields as the header. Barcodes and column names must be unique; an empty
 * field is a missing value. Read line by line within the {@link InputLimits}. Immutable and thread-safe.
 */
public final class CellAnnotationReader {

    private final InputLimits limits;

    public CellAnnotationReader(InputLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /**
     * Reads {@code file}.
     *
     * @throws InputFormatException naming line and field of anything not in the format
     * @throws IOException          when the file cannot be read
     */
    public CellAnnotations read(Path file) throws IOException {
        try (TextLines lines = TextLines.open(file, limits)) {
            String[] header = lines.next().orElseThrow(() -> new InputFormatException(lines.source(), 0, 0,
                    "an empty file; expected a header line: barcode, then the annotation columns, tab-separated"))
                    .split("\t", -1);
            Set<String> names = new HashSet<>();
            for (int i = 0; i < header.length; i++) {
                if (header[i].isEmpty() || !names.add(header[i])) {
                    throw new InputFormatException(lines.source(), 1, i + 1, (header[i].isEmpty() ? "an empty"
                            : "a repeated") + " column name \"" + header[i] + "\"; expected unique names");
                }
            }
            List<String> barcodes = new ArrayList<>();
            List<List<String>> values = new ArrayList<>();
            for (int i = 1; i < header.length; i++) {
                values.add(new ArrayList<>());
            }
            Map<String, Long> seen = new HashMap<>();
            for (Optional<String> line = lines.next(); line.isPresent(); line = lines.next()) {
                String[] f = line.get().split("\t", -1);
                if (f.length != header.length || f[0].isEmpty()) {
                    throw new InputFormatException(lines.source(), lines.number(), 0, f.length + " fields"
                            + (f[0].isEmpty() ? ", the first empty" : "") + "; expected " + header.length
                            + " as the header has, a barcode first");
                }
                Long first = seen.putIfAbsent(f[0], lines.number());
                if (first != null) {
                    throw new InputFormatException(lines.source(), lines.number(), 1, "barcode " + f[0]
                            + " again (line " + first + " gave it); expected one line per cell");
                }
                barcodes.add(f[0]);
                for (int i = 1; i < f.length; i++) {
                    values.get(i - 1).add(f[i]);
                }
            }
            List<CellColumn> columns = new ArrayList<>();
            for (int i = 1; i < header.length; i++) {
                columns.add(new CellColumn(header[i], values.get(i - 1), List.of()));
            }
            return new CellAnnotations(barcodes, columns);
        }
    }
}
