package org.senescope.genes;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.senescope.failure.InputFormatException;
import org.senescope.input.TsvRow;
import org.senescope.model.Species;

/**
 * Curated products of multi-product genes (background knowledge, not from the seeds): which gene and which product a
 * name such as {@code p19Arf} or {@code INK4A} means. Immutable and safe to share between threads; arguments must not
 * be null.
 */
public final class GeneProductTable {
    /** Classpath name of the shipped table. */
    public static final String SHIPPED_RESOURCE = "/org/senescope/genes/gene-products.tsv";
    /** The header the table must have, in this order. */
    public static final List<String> COLUMNS = List.of("hgnc_symbol", "product", "species", "aliases", "note");

    private final List<GeneProduct> products;

    /** A table of these products, in this order. */
    public GeneProductTable(List<GeneProduct> products) {
        this.products = List.copyOf(products);
    }

    /** Reads the table shipped in the Senescope jar; an {@link IOException} here means a broken build. */
    public static GeneProductTable readShipped() throws IOException {
        return new GeneProductTable(GeneTsv.readResource(SHIPPED_RESOURCE, COLUMNS, GeneProductTable::parse));
    }

    /** Reads a table file of the same form, plain or gzip-compressed. */
    public static GeneProductTable read(Path file) throws IOException {
        return new GeneProductTable(GeneTsv.readFile(file, COLUMNS, GeneProductTable::parse));
    }

    private static GeneProduct parse(TsvRow row) throws InputFormatException {
        Species species = Species.fromLabel(row.field(2))
                .filter(s -> s != Species.UNSPECIFIED)
                .orElseThrow(() -> row.error(3, "expected human or mouse, found '" + row.field(2) + "'"));
        return new GeneProduct(row.required(0, "an HGNC symbol"), row.required(1, "a product name"), species,
                row.list(3), row.field(4));
    }

    /** All products in table order. */
    public List<GeneProduct> products() {
        return products;
    }

    /** Every product called {@code name} (as name or alias, ignoring case), of either species. */
    public List<GeneProduct> byName(String name) {
        return products.stream().filter(p -> p.isNamed(name)).toList();
    }

    /** Every product of {@code species} called {@code name} (as name or alias, ignoring case). */
    public List<GeneProduct> byName(String name, Species species) {
        return products.stream().filter(p -> p.species() == species && p.isNamed(name)).toList();
    }

    /** Every product of the gene with this HGNC symbol (exact). */
    public List<GeneProduct> byGene(String hgncSymbol) {
        return products.stream().filter(p -> p.hgncSymbol().equals(hgncSymbol)).toList();
    }
}
