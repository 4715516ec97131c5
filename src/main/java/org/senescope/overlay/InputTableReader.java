package org.senescope.overlay;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

import org.senescope.failure.InputFormatException;
import org.senescope.read.gct.GctReader;
import org.senescope.read.table.DelimitedTableReader;
import org.senescope.read.InputFile;
import org.senescope.read.InputText;
import org.senescope.read.table.TableOptions;

/**
 * Reads a user's data file for the overlay with the project's readers: GCT ({@code .gct}, {@code .gct.gz}) with
 * {@link GctReader}, everything else (TSV, CSV, .rnk, gzip, xlsx) with {@link DelimitedTableReader}. Reads only;
 * stateless.
 */
public final class InputTableReader {

    /**
     * The heap reading a table and mapping it takes per byte of its text (bytes, decoded text, split cells, row
     * records of the mapping report), measured on a DESeq2-style table of 25 MB with margin; see
     * docs/input-formats.md.
     */
    static final long HEAP_BYTES_PER_TEXT_BYTE = 24;

    /** GCT files have a version line, a dimensions line and a header before the first row. */
    private static final long GCT_FIRST_DATA_LINE = 4;

    private InputTableReader() {
    }

    /**
     * The table in {@code file}.
     *
     * @throws org.senescope.failure.InputFormatException when the file is not a readable table, naming line and column
     * @throws IOException                           when the file cannot be read
     */
    public static InputTable read(Path file, TableOptions options) throws IOException {
        if (!InputFile.isZip(file)) {
            checkHeap(file, InputFile.textBytes(file, options.limits()), Runtime.getRuntime().maxMemory());
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".gct") || name.endsWith(".gct.gz")) {
            return InputTable.of(InputFile.displayName(file), new GctReader(options.limits()).read(file).matrix(),
                    GCT_FIRST_DATA_LINE);
        }
        return InputTable.of(new DelimitedTableReader(options).read(file));
    }

    /**
     * Refuses, before reading it, a table whose text the heap cannot hold at {@link #HEAP_BYTES_PER_TEXT_BYTE}: a
     * message at once instead of an OutOfMemoryError after minutes.
     *
     * @param textBytes the table's size after decompression
     * @param heap      the most heap the JVM will use
     * @throws org.senescope.failure.InputFormatException when the table is too large
     */
    static void checkHeap(Path file, long textBytes, long heap) {
        if (textBytes * HEAP_BYTES_PER_TEXT_BYTE > heap) {
            throw new InputFormatException(InputFile.displayName(file), 0, 0, String.format(Locale.ROOT,
                    "%,d bytes of text; the overlay reads a table whole, at about %d bytes of heap a byte of text, "
                            + "so this one needs about %,d MB, more than the %,d MB Java heap; expected a smaller "
                            + "table (or a larger heap: java -Xmx)", textBytes, HEAP_BYTES_PER_TEXT_BYTE,
                    (textBytes * HEAP_BYTES_PER_TEXT_BYTE) >> 20, heap >> 20));
        }
    }

    /**
     * The delimited table (TSV, CSV; not gzip, xlsx or GCT) held in {@code content}, read as {@link #read(Path,
     * TableOptions)} reads a file with the same bytes, for data that is written only together with what is made from
     * it (the demo's simulated tables).
     *
     * @param source the name every message and report gives the table, e.g. the path it is about to be written to
     * @throws org.senescope.failure.InputFormatException when the content is not a readable table
     */
    public static InputTable read(String source, byte[] content, TableOptions options) {
        return InputTable.of(new DelimitedTableReader(options).read(InputText.of(source, content, false)));
    }
}
