package org.senescope.genes;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the tab-separated gene files of this package with FastCSV: a fixed header, then rows of exactly as many fields.
 * Quotes have no meaning in these files (an alias may start with an apostrophe), so quoting is switched off in effect
 * by choosing NUL as the quote character. Empty lines are not skipped: they are rows with the wrong field count, and
 * keeping them keeps FastCSV's line numbers equal to the file's.
 */
final class TsvReader {
    /** The default cap on one line; the longest line of the human table is under 1,000 characters. */
    static final int DEFAULT_MAX_LINE_CHARS = 64 * 1024;

    /** The cap on the size of a small curated table (orthologs, products, complexes), plain or gzip. */
    static final long SMALL_TABLE_MAX_BYTES = 16L * 1024 * 1024;

    // FastCSV reads 8,192 characters at a time and needs room for them beside the unfinished line.
    private static final int FASTCSV_READ_CHARS = 8192;

    private final String fileName;
    private final List<String> header;
    private final int maxLineChars;

    /** Receives each data row in file order; may stop the read by throwing. */
    @FunctionalInterface
    interface RowHandler {
        void row(TsvRow row) throws GeneTableFormatException;
    }

    TsvReader(String fileName, List<String> header, int maxLineChars) {
        this.fileName = fileName;
        this.header = List.copyOf(header);
        this.maxLineChars = maxLineChars;
    }

    /** Turns one data row of a small curated table into its record. */
    @FunctionalInterface
    interface RowParser<T> {
        T parse(TsvRow row) throws GeneTableFormatException;
    }

    /** Reads a small curated table shipped as a classpath resource (an absolute name such as {@code /org/...}). */
    static <T> List<T> readResource(String resource, List<String> header, RowParser<T> parser) throws IOException {
        InputStream raw = TsvReader.class.getResourceAsStream(resource);
        if (raw == null) {
            throw new IOException("resource " + resource + " is missing from the Senescope jar");
        }
        try (InputStream in = BoundedInput.decompressing(raw, SMALL_TABLE_MAX_BYTES)) {
            return readAll(in, resource.substring(1), header, parser);
        }
    }

    /** Reads a small curated table from a file, plain or gzip. */
    static <T> List<T> readFile(Path file, List<String> header, RowParser<T> parser) throws IOException {
        try (InputStream in = BoundedInput.open(file, SMALL_TABLE_MAX_BYTES)) {
            return readAll(in, file.toString(), header, parser);
        }
    }

    private static <T> List<T> readAll(InputStream in, String name, List<String> header, RowParser<T> parser)
            throws GeneTableFormatException {
        List<T> records = new ArrayList<>();
        new TsvReader(name, header, DEFAULT_MAX_LINE_CHARS).read(in, row -> records.add(parser.parse(row)));
        return records;
    }

    /** Reads UTF-8 text from {@code in} (which the caller closes), handing every data row to {@code handler}. */
    void read(InputStream in, RowHandler handler) throws GeneTableFormatException {
        CsvReader<CsvRecord> csv = CsvReader.builder()
                .fieldSeparator('\t')
                .quoteCharacter('\0')
                .skipEmptyLines(false)
                .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
                .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                .maxBufferSize(maxLineChars + 2 * FASTCSV_READ_CHARS)
                .ofCsvRecord(in, StandardCharsets.UTF_8);
        long lastLine = 0;
        try {
            for (CsvRecord record : csv) {
                lastLine = record.getStartingLineNumber();
                TsvRow row = new TsvRow(fileName, record);
                checkLength(row);
                if (lastLine == 1) {
                    checkHeader(row);
                } else {
                    checkFieldCount(row);
                    handler.row(row);
                }
            }
        } catch (CsvParseException e) {
            // The buffer fills up only on a line far over the cap; checkLength catches the ones just over it.
            String reason = e.getMessage().contains("maximum buffer size") ? tooLong() : e.getMessage();
            throw new GeneTableFormatException(fileName, lastLine + 1, reason);
        } catch (UncheckedIOException e) {
            throw new GeneTableFormatException(fileName, lastLine + 1, e.getCause().getMessage(), e.getCause());
        }
        if (lastLine == 0) {
            throw new GeneTableFormatException(fileName, 1, "expected the header " + String.join(" <TAB> ", header)
                    + ", found an empty file");
        }
    }

    private void checkLength(TsvRow row) throws GeneTableFormatException {
        long length = row.fieldCount() - 1L;
        for (int i = 0; i < row.fieldCount(); i++) {
            length += row.field(i).length();
        }
        if (length > maxLineChars) {
            throw row.lineError(tooLong());
        }
    }

    private String tooLong() {
        return "line longer than " + maxLineChars + " characters, the most accepted";
    }

    private void checkHeader(TsvRow row) throws GeneTableFormatException {
        for (int i = 0; i < header.size(); i++) {
            String found = i < row.fieldCount() ? row.field(i) : "";
            if (i == 0 && found.startsWith("\uFEFF")) {
                found = found.substring(1);
            }
            if (!header.get(i).equals(found)) {
                String shown = i < row.fieldCount() ? "'" + found + "'" : "no column";
                throw row.error(i + 1, "expected header column '" + header.get(i) + "', found " + shown);
            }
        }
        if (row.fieldCount() != header.size()) {
            throw row.lineError("expected a header of " + header.size() + " tab-separated columns, found "
                    + row.fieldCount());
        }
    }

    private void checkFieldCount(TsvRow row) throws GeneTableFormatException {
        if (row.fieldCount() != header.size()) {
            throw row.lineError("expected " + header.size() + " tab-separated fields, found " + row.fieldCount());
        }
    }
}
