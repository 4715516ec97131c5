package org.senescope.genes;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.senescope.input.BoundedInput;
import org.senescope.input.ReadFailures;
import org.senescope.failure.InputFormatException;
import org.senescope.input.TsvReader;
import org.senescope.input.TsvSyntax;

/**
 * Reads human gene tables: the one shipped with Senescope, or any file of the same form, plain or gzip-compressed.
 * The form is a header of {@link #COLUMNS} and one tab-separated row per gene, with list fields joined by {@code |}.
 * Any deviation (header, field count, a non-numeric, empty or repeated Entrez id, an empty symbol, a line or a
 * decompressed size over the caps, a truncated gzip) fails with a {@link InputFormatException} naming file, line
 * and, where it applies, column. A reader holds only its limits, so one may be shared between threads.
 */
public final class HumanGeneTableReader {
    /** Classpath name of the shipped table. */
    public static final String SHIPPED_RESOURCE = "/org/senescope/genes/human-genes-2022-09-12.tsv.gz";
    /** Date of the Entrez Gene snapshot behind the shipped table. */
    public static final LocalDate SHIPPED_SNAPSHOT = LocalDate.of(2022, 9, 12);
    /** The shipped table's provenance in words. */
    public static final String SHIPPED_SOURCE =
            "NCBI Entrez Gene (snapshot 2022-09-12) via Bioconductor org.Hs.eg.db 3.16.0";
    /** The header every human gene table must have, in this order. */
    public static final List<String> COLUMNS = List.of("entrez_id", "symbol", "name", "gene_type",
            "ensembl_gene_ids", "uniprot_ids", "aliases", "chromosome");

    private static final int EXPECTED_SHIPPED_ROWS = 80_000;
    /** Far above any real gene table (the shipped human table is under 7 MB decompressed). */
    private static final long DEFAULT_MAX_BYTES = 512L * 1024 * 1024;

    private final long maxBytes;
    private final int maxLineChars;

    /** A reader with the default caps: 512 MiB after decompression, 64 KiB characters per line. */
    public HumanGeneTableReader() {
        this(DEFAULT_MAX_BYTES, TsvReader.DEFAULT_MAX_LINE_CHARS);
    }

    /** A reader with explicit caps, both at least 1. */
    public HumanGeneTableReader(long maxBytes, int maxLineChars) {
        if (maxBytes < 1 || maxLineChars < 1) {
            throw new IllegalArgumentException("caps must be 1 or more: " + maxBytes + ", " + maxLineChars);
        }
        this.maxBytes = maxBytes;
        this.maxLineChars = maxLineChars;
    }

    /**
     * Reads the table shipped in the Senescope jar.
     *
     * @throws IOException if the resource is missing or damaged, which means a broken build
     */
    public HumanGeneTable readShipped() throws IOException {
        InputStream raw = HumanGeneTableReader.class.getResourceAsStream(SHIPPED_RESOURCE);
        if (raw == null) {
            throw new IOException("resource " + SHIPPED_RESOURCE + " is missing from the Senescope jar");
        }
        try (InputStream in = BoundedInput.decompressing(raw, maxBytes, ReadFailures.plain())) {
            List<HumanGene> genes = readGenes(in, SHIPPED_RESOURCE.substring(1), EXPECTED_SHIPPED_ROWS);
            return HumanGeneTable.of(SHIPPED_SOURCE, SHIPPED_SNAPSHOT, genes);
        }
    }

    /** Reads a table file, plain or gzip-compressed; the table's source is the file's path. */
    public HumanGeneTable read(Path file) throws IOException {
        try (InputStream in = BoundedInput.open(file, maxBytes, ReadFailures.plain())) {
            return HumanGeneTable.of(file.toString(), readGenes(in, file.toString(), 1024));
        }
    }

    /**
     * Reads a table from {@code in} (plain or gzip; the caller closes it). {@code fileName} names the input in error
     * messages and becomes the table's source.
     */
    public HumanGeneTable read(InputStream in, String fileName) throws IOException {
        InputStream bounded = BoundedInput.decompressingText(in, maxBytes, ReadFailures.plain(), fileName);
        return HumanGeneTable.of(fileName, readGenes(bounded, fileName, 1024));
    }

    private List<HumanGene> readGenes(InputStream in, String fileName, int expectedRows)
            throws InputFormatException {
        List<HumanGene> genes = new ArrayList<>(expectedRows);
        Map<Integer, Long> firstLineOfEntrez = new HashMap<>(expectedRows * 4 / 3 + 1);
        try {
            new TsvReader(fileName, TsvSyntax.STRICT, maxLineChars).readTable(in, COLUMNS, row -> {
                int entrezId = row.positiveInt(0, "an Entrez Gene id", false).getAsInt();
                Long earlier = firstLineOfEntrez.putIfAbsent(entrezId, row.line());
                if (earlier != null) {
                    throw row.error(1, "duplicate Entrez Gene id " + entrezId + ", first on line " + earlier);
                }
                genes.add(new HumanGene(entrezId, row.required(1, "a gene symbol"), row.field(2), row.field(3),
                        row.list(4), row.list(5), row.list(6), row.field(7)));
            });
        } catch (InputFormatException e) {
            throw e;
        }
        return genes;
    }
}
