package org.senescope.genes;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.senescope.input.BoundedInput;
import org.senescope.input.ReadFailures;
import org.senescope.failure.InputFormatException;
import org.senescope.input.TsvReader;
import org.senescope.input.TsvRow;
import org.senescope.input.TsvSyntax;

/**
 * Reads the small curated gene tables of this package (orthologs, products, complexes) with the strict reader of
 * {@link org.senescope.input}: a fixed header, then rows of exactly as many fields, plain or gzip, under a size cap.
 * Format errors leave as {@link InputFormatException}, this package's public type, with the message unchanged.
 */
final class GeneTsv {
    /** The cap on the size of a small curated table, plain or gzip. */
    static final long SMALL_TABLE_MAX_BYTES = 16L * 1024 * 1024;

    private GeneTsv() {
    }

    /** Turns one data row of a small curated table into its record. */
    @FunctionalInterface
    interface RowParser<T> {
        T parse(TsvRow row) throws InputFormatException;

        /** Checks what no single row can show, once every row is parsed. */
        default void finish() throws InputFormatException {
        }
    }

    /** Reads a small curated table shipped as a classpath resource (an absolute name such as {@code /org/...}). */
    static <T> List<T> readResource(String resource, List<String> header, RowParser<T> parser) throws IOException {
        InputStream raw = GeneTsv.class.getResourceAsStream(resource);
        if (raw == null) {
            throw new IOException("resource " + resource + " is missing from the Senescope jar");
        }
        try (InputStream in = BoundedInput.decompressing(raw, SMALL_TABLE_MAX_BYTES, ReadFailures.plain())) {
            return readAll(in, resource.substring(1), header, parser);
        }
    }

    /** Reads a small curated table from a file, plain or gzip. */
    static <T> List<T> readFile(Path file, List<String> header, RowParser<T> parser) throws IOException {
        try (InputStream in = BoundedInput.open(file, SMALL_TABLE_MAX_BYTES, ReadFailures.plain())) {
            return readAll(in, file.toString(), header, parser);
        }
    }

    private static <T> List<T> readAll(InputStream in, String name, List<String> header, RowParser<T> parser)
            throws InputFormatException {
        List<T> records = new ArrayList<>();
        try {
            new TsvReader(name, TsvSyntax.STRICT, TsvReader.DEFAULT_MAX_LINE_CHARS)
                    .readTable(in, header, row -> records.add(parser.parse(row)));
            parser.finish();
        } catch (InputFormatException e) {
            throw e;
        }
        return records;
    }
}
