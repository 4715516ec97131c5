package org.senescope.genes.hgnc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.senescope.failure.InputFormatException;
import org.senescope.input.BoundedInput;
import org.senescope.input.ReadFailures;
import org.senescope.input.TsvReader;
import org.senescope.input.TsvSyntax;

/**
 * Reads an HGNC download in genenames.org's 13-column text layout with Senescope's strict tab-separated reader
 * ({@link TsvReader}, {@link TsvSyntax#STRICT}): UTF-8, quotes without meaning, every line a row (an empty one too).
 * The header is checked against HGNC's column names, since columns are assigned by position. A data line becomes a
 * gene when it has exactly 13 fields, an approved symbol and an HGNC ID; any other line is reported with its number
 * and reason, or fails the read, by {@link RejectPolicy}. Input may be plain or gzip; size and line length are capped.
 *
 * <p>A reader holds only its settings and may be shared between threads.
 */
public final class HgncFileReader {
    /** The number of tab-separated fields of a line of HGNC's layout. */
    public static final int FIELD_COUNT = 13;
    /** HGNC's names for the 13 columns, in the order the reader assigns them. */
    public static final List<String> COLUMNS = List.of("Approved symbol", "Approved name", "Status",
            "Previous symbols", "Previous name", "Alias symbols", "Chromosome", "Accession numbers", "OMIM ID",
            "RefSeq IDs", "Ensembl gene ID", "UniProt ID", "HGNC ID");
    /** Default cap on the bytes read after decompression; HGNC's complete set is about 30 MB. */
    public static final long DEFAULT_MAX_BYTES = 256L * 1024 * 1024;
    /** Default cap on one line's length in characters. */
    public static final int DEFAULT_MAX_LINE_CHARS = 64 * 1024;

    private final RejectPolicy policy;
    private final long maxBytes;
    private final int maxLineChars;

    /** A reader with the default caps. */
    public HgncFileReader(RejectPolicy policy) {
        this(policy, DEFAULT_MAX_BYTES, DEFAULT_MAX_LINE_CHARS);
    }

    /** A reader with explicit caps, both at least 1. */
    public HgncFileReader(RejectPolicy policy, long maxBytes, int maxLineChars) {
        this.policy = Objects.requireNonNull(policy, "policy");
        if (maxBytes < 1 || maxLineChars < 1) {
            throw new IllegalArgumentException("caps must be 1 or more: " + maxBytes + ", " + maxLineChars);
        }
        this.maxBytes = maxBytes;
        this.maxLineChars = maxLineChars;
    }

    /**
     * Reads an HGNC file.
     *
     * @throws InputFormatException for a wrong header, a line over the cap, too many bytes, text that is not
     *                              UTF-8, a truncated gzip, or (under {@link RejectPolicy#FAIL}) a data line that is
     *                              not a gene
     * @throws IOException          when the file cannot be opened or read
     */
    public HgncReadResult read(Path file) throws IOException {
        try (InputStream in = BoundedInput.open(file, maxBytes, ReadFailures.plain())) {
            return parse(in, file.toString());
        }
    }

    /** Reads HGNC text from {@code in} (plain or gzip; the caller closes it), naming it {@code fileName}. */
    public HgncReadResult read(InputStream in, String fileName) throws IOException {
        return parse(BoundedInput.decompressingText(in, maxBytes, ReadFailures.plain(), fileName), fileName);
    }

    private HgncReadResult parse(InputStream in, String fileName) throws InputFormatException {
        HgncRows rows = new HgncRows(fileName, policy);
        new TsvReader(fileName, TsvSyntax.STRICT, maxLineChars).readRows(in, rows);
        return rows.result();
    }
}
