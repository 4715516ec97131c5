package org.senescope.genes;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.senescope.failure.InputFormatException;
import org.senescope.input.TsvRow;
import java.util.Optional;

/**
 * Curated multi-gene complexes (background knowledge, not from the seeds). Immutable and safe to share between
 * threads; arguments must not be null.
 */
public final class GeneComplexTable {
    /** Classpath name of the shipped table. */
    public static final String SHIPPED_RESOURCE = "/org/senescope/genes/gene-complexes.tsv";
    /** The header the table must have, in this order. */
    public static final List<String> COLUMNS = List.of("complex", "subunits", "aliases", "note");

    private final List<GeneComplex> complexes;

    /** A table of these complexes, in this order. */
    public GeneComplexTable(List<GeneComplex> complexes) {
        this.complexes = List.copyOf(complexes);
    }

    /** Reads the table shipped in the Senescope jar; an {@link IOException} here means a broken build. */
    public static GeneComplexTable readShipped() throws IOException {
        return new GeneComplexTable(GeneTsv.readResource(SHIPPED_RESOURCE, COLUMNS, GeneComplexTable::parse));
    }

    /** Reads a table file of the same form, plain or gzip-compressed. */
    public static GeneComplexTable read(Path file) throws IOException {
        return new GeneComplexTable(GeneTsv.readFile(file, COLUMNS, GeneComplexTable::parse));
    }

    private static GeneComplex parse(TsvRow row) throws InputFormatException {
        List<String> subunits = row.list(1);
        if (subunits.size() < 2) {
            throw row.error(2, "expected two or more subunit symbols joined by |, found '" + row.field(1) + "'");
        }
        return new GeneComplex(row.required(0, "a complex name"), subunits, row.list(2), row.field(3));
    }

    /** All complexes in table order. */
    public List<GeneComplex> complexes() {
        return complexes;
    }

    /** The complex called {@code name} (as name or alias, ignoring case); names are unique in the shipped table. */
    public Optional<GeneComplex> byName(String name) {
        return complexes.stream().filter(c -> c.isNamed(name)).findFirst();
    }

    /** Every complex that has the gene with this HGNC symbol (exact) as a subunit. */
    public List<GeneComplex> containing(String hgncSymbol) {
        return complexes.stream().filter(c -> c.subunitSymbols().contains(hgncSymbol)).toList();
    }
}
