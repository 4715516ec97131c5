package org.senescope.genes.hgnc;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.biojava.nbio.genome.parsers.genename.GeneName;
import org.biojava.nbio.genome.parsers.genename.GeneNamesParser;
import org.senescope.failure.InputFormatException;
import org.senescope.input.BoundedInput;
import org.senescope.input.ReadFailures;

/**
 * Reads an HGNC download with BioJava's {@link GeneNamesParser}, which silently drops (with a log warning only) every
 * line that {@code String.split("\t")} does not cut into exactly 13 fields; note that {@code split} drops trailing
 * empty fields, so a gene whose last columns are empty is dropped too. This reader applies the same rule first,
 * hands BioJava only the lines it will accept, and reports every other line with its number and field count, or fails
 * on it, by {@link RejectPolicy}. The header is checked against HGNC's column names because BioJava assigns the
 * columns by position. Input may be plain or gzip UTF-8 text; size and line length are capped.
 *
 * <p>BioJava decodes with the JVM's default charset, so lines are handed to it in that charset: a character the
 * default charset cannot represent (only possible on a non-Unicode default) reaches the result as {@code ?}.
 *
 * <p>A reader holds only its settings and may be shared between threads.
 */
public final class HgncFileReader {
    /** The number of tab-separated fields BioJava requires of a line. */
    public static final int FIELD_COUNT = 13;
    /** HGNC's names for the 13 columns, in the order BioJava assigns them. */
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
     *                                  UTF-8, a truncated gzip, or (under {@link RejectPolicy#FAIL}) a line without 13
     *                                  fields
     */
    public HgncReadResult read(Path file) throws IOException {
        try (InputStream in = BoundedInput.open(file, maxBytes, ReadFailures.plain())) {
            return parse(in, file.toString());
        }
    }

    /** Reads HGNC text from {@code in} (plain or gzip; the caller closes it), naming it {@code fileName}. */
    public HgncReadResult read(InputStream in, String fileName) throws IOException {
        return parse(BoundedInput.decompressing(in, maxBytes, ReadFailures.plain()), fileName);
    }

    private HgncReadResult parse(InputStream in, String fileName) throws IOException {
        BoundedLineReader lines = new BoundedLineReader(
                new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()), maxLineChars);
        AcceptedLinesStream accepted = new AcceptedLinesStream(lines, fileName, policy);
        List<GeneName> names = GeneNamesParser.getGeneNames(accepted);
        if (names.size() != accepted.acceptedCount()) {
            // The pre-scan mirrors BioJava's rule; a difference means that rule changed in a new BioJava version.
            throw new IllegalStateException("BioJava read " + names.size() + " genes from " + fileName
                    + " where " + accepted.acceptedCount() + " lines were handed to it");
        }
        List<HgncGene> genes = new ArrayList<>(names.size());
        for (GeneName name : names) {
            genes.add(toGene(name));
        }
        return new HgncReadResult(fileName, genes, accepted.rejectedLines(), accepted.dataLines());
    }

    private static HgncGene toGene(GeneName name) {
        return new HgncGene(text(name.getHgncId()), text(name.getApprovedSymbol()), text(name.getApprovedName()),
                text(name.getStatus()), list(name.getPreviousSymbols()), text(name.getPreviousNames()),
                list(name.getSynonyms()), text(name.getChromosome()), list(name.getAccessionNr()),
                list(name.getOmimId()), list(name.getRefseqIds()), text(name.getEnsemblGeneId()),
                list(name.getUniprot()));
    }

    private static String text(String value) {
        return value == null ? "" : value.trim();
    }

    /** HGNC joins list values with ", ". */
    private static List<String> list(String value) {
        List<String> parts = new ArrayList<>();
        for (String part : text(value).split(",")) {
            if (!part.isBlank()) {
                parts.add(part.trim());
            }
        }
        return List.copyOf(parts);
    }

    /** BioJava's rule: {@code line.split("\t")} must give 13 fields (trailing empty fields are dropped). */
    static int parserFieldCount(String line) {
        return line.split("\t").length;
    }

    /** Why a line with {@code fieldCount} fields under BioJava's rule is rejected. */
    static String rejectionReason(String line, int fieldCount) {
        String reason = "expected " + FIELD_COUNT + " tab-separated fields, found " + fieldCount;
        int written = line.split("\t", -1).length;
        if (line.isEmpty()) {
            return reason + " (empty line)";
        }
        if (written != fieldCount) {
            return reason + " (" + written + " written, but String.split drops the " + (written - fieldCount)
                    + " trailing empty ones)";
        }
        return reason;
    }
}
