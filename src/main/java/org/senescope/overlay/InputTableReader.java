package org.senescope.overlay;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Locale;

import org.senescope.failure.InputFormatException;
import org.senescope.read.gct.GctReader;
import org.senescope.read.table.DelimitedTableReader;
import org.senescope.read.InputFile;
import org.senescope.read.InputText;
import org.senescope.read.table.StreamedTable;
import org.senescope.read.table.TableOptions;

/**
 * Reads a user's data file for the overlay with the project's readers: GCT ({@code .gct}, {@code .gct.gz}) with
 * {@link GctReader}, a large UTF-8 delimited table with {@link StreamedTable}, everything else (TSV, CSV, .rnk, gzip,
 * xlsx) with {@link DelimitedTableReader}. Reads only; stateless.
 */
public final class InputTableReader {

    /**
     * The heap reading a table and mapping it takes per byte of its text (bytes, decoded text, split cells, row
     * records of the mapping report), measured on a DESeq2-style table of 25 MB with margin; see
     * docs/input-formats.md.
     */
    static final long HEAP_BYTES_PER_TEXT_BYTE = 24;

    /**
     * The most text a delimited table may have to be read whole (at {@link #HEAP_BYTES_PER_TEXT_BYTE}, under
     * 200 MB of heap); larger ones are streamed.
     */
    static final long WHOLE_MAX_BYTES = 8L << 20;

    /** The rows of a streamed table that detection looks at: its first 100,000, or fewer if wider than 10. */
    static final int SAMPLE_ROWS = 100_000;

    /** The most cells of a streamed table held for detection. */
    static final int SAMPLE_CELLS = 1_000_000;

    /** GCT files have a version line, a dimensions line and a header before the first row. */
    private static final long GCT_FIRST_DATA_LINE = 4;

    private InputTableReader() {
    }

    /**
     * The table in {@code file}, read whole.
     *
     * @throws org.senescope.failure.InputFormatException when the file is not a readable table, naming line and
     *                                                    column, or is larger than the heap can hold read whole
     * @throws IOException                           when the file cannot be read
     */
    public static InputTable read(Path file, TableOptions options) throws IOException {
        if (!InputFile.isZip(file)) {
            checkHeap(file, InputFile.textBytes(file, options.limits()), Runtime.getRuntime().maxMemory());
        }
        return readWhole(file, options);
    }

    /**
     * The table in {@code file} for the overlay: a UTF-8 delimited table of more than {@link #WHOLE_MAX_BYTES} of
     * text is streamed (its first {@link #SAMPLE_ROWS} rows held for detection, all rows read again as the mapping
     * needs them); xlsx, GCT, UTF-16 and smaller tables are read whole, as {@link #read(Path, TableOptions)} reads
     * them.
     *
     * @throws org.senescope.failure.InputFormatException when the file is not a readable table, naming line and
     *                                                    column
     * @throws IOException                           when the file cannot be read
     */
    public static OverlaySource open(Path file, TableOptions options) throws IOException {
        return open(file, options, WHOLE_MAX_BYTES);
    }

    /** As {@link #open(Path, TableOptions)}, streaming a table of more than {@code wholeMaxBytes} of text. */
    static OverlaySource open(Path file, TableOptions options, long wholeMaxBytes) throws IOException {
        if (InputFile.isZip(file) || isGct(file) || !(options.encoding() instanceof TableOptions.EncodingChoice.Detect)
                || isUtf16(file, options)) {
            return OverlaySource.of(read(file, options));
        }
        if (InputFile.textBytes(file, options.limits()) <= wholeMaxBytes) {
            return OverlaySource.of(readWhole(file, options));
        }
        StreamedTable table = StreamedTable.open(file, options);
        return OverlaySource.streamed(InputTable.of(table.head(SAMPLE_ROWS, SAMPLE_CELLS)), table);
    }

    private static InputTable readWhole(Path file, TableOptions options) throws IOException {
        if (isGct(file)) {
            return InputTable.of(InputFile.displayName(file), new GctReader(options.limits()).read(file).matrix(),
                    GCT_FIRST_DATA_LINE);
        }
        return InputTable.of(new DelimitedTableReader(options).read(file));
    }

    private static boolean isGct(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".gct") || name.endsWith(".gct.gz");
    }

    /** Whether the text starts with a UTF-16 byte-order mark, which only the whole reading decodes. */
    private static boolean isUtf16(Path file, TableOptions options) throws IOException {
        byte[] head;
        try (InputStream in = InputFile.open(file, options.limits())) {
            head = in.readNBytes(2);
        }
        int mark = head.length == 2 ? (head[0] & 0xff) << 8 | (head[1] & 0xff) : 0;
        return mark == 0xFFFE || mark == 0xFEFF;
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
                    "%,d bytes of text; the overlay reads this table whole, at about %d bytes of heap a byte of text, "
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
