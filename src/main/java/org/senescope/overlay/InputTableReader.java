package org.senescope.overlay;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

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
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".gct") || name.endsWith(".gct.gz")) {
            return InputTable.of(InputFile.displayName(file), new GctReader(options.limits()).read(file).matrix(),
                    GCT_FIRST_DATA_LINE);
        }
        return InputTable.of(new DelimitedTableReader(options).read(file));
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
