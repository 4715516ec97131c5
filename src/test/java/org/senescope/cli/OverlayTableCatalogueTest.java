package org.senescope.cli;

import static org.senescope.cli.BadInput.bad;
import static org.senescope.cli.BadInputRun.cut;
import static org.senescope.cli.BadInputRun.gzip;
import static org.senescope.cli.BadInputRun.latin1;
import static org.senescope.cli.CatalogueInputs.DE;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The bad-input catalogue, part 1: {@code senescope overlay} with bad DE tables (TSV, CSV, gzip) and bad options. */
class OverlayTableCatalogueTest {

    private static final String HEAD = "gene_symbol\tlog2FoldChange\tpvalue\tpadj\n";

    /** {@code overlay $D/FILE --out $D/out} and {@code more} options. */
    private static BadInput.Builder overlay(String name, String file, String text, String... more) {
        BadInput.Builder b = bad(name).file(file, text).run("overlay", "$D/" + file, "--out", "$D/out");
        return b.run(more);
    }

    static Stream<Named<BadInput>> cases() {
        return Stream.of(
                overlay("table: empty file", "de.tsv", "").expect(65,
                        "senescope overlay: $D/de.tsv: empty file (no rows); expected a table"),
                overlay("table: only blank lines", "de.tsv", "\n\n\n").expect(65,
                        "senescope overlay: $D/de.tsv: empty file (no rows); expected a table"),
                overlay("table: header only", "de.tsv", HEAD).expect(65,
                        "senescope overlay: $D/de.tsv:1: a header without data rows; expected at least one row after "
                        + "the header"),
                overlay("table: ragged row", "de.tsv", HEAD + "TP53\t-1.5\t0.001\n").expect(65,
                        "senescope overlay: $D/de.tsv:2: found 3 fields; expected 4 as the header has"),
                overlay("table: duplicate column names", "de.tsv", "gene_symbol\tpadj\tlog2FoldChange\tpadj\n"
                        + "TP53\t0.01\t-1.5\t0.01\n").expect(65,
                        "senescope overlay: $D/de.tsv:1:4: duplicate column name 'padj' (also column 2); expected "
                        + "unique column names"),
                overlay("table: malformed header (no identifier column)", "de.tsv", "a\tb\tc\nx\t1\t2\n")
                        .expect(65,
                        "senescope overlay: $D/de.tsv:1:1: no identifier matched the network: column 'a' holds no "
                        + "gene identifier (none of its 1 values is an HGNC symbol, an Ensembl, Entrez or MGI id); "
                        + "name the identifier column with --id-column, or give --species mouse if these are mouse "
                        + "genes written in capitals"),
                overlay("table: no value column", "de.tsv", "gene_symbol\nTP53\nIL6\n")
                        .expect(65,
                        "senescope overlay: $D/de.tsv:1: no value column: expected the columns of a DESeq2, limma, "
                        + "edgeR or Seurat result (e.g. log2FoldChange and padj) or numeric columns after the "
                        + "identifiers; found 'V1'; name one with --value-column"),
                overlay("table: NUL byte (binary)", "de.tsv", HEAD + "TP\u000053\t-1.5\t0.001\t0.01\n")
                        .expect(65,
                        "senescope overlay: $D/de.tsv:2:3: binary data (a NUL byte at byte 3); expected a text file"),
                bad("table: Latin-1 byte (not UTF-8)").file("de.tsv", latin1(HEAD + "TP53\t-1.5\t0.001\t0.01\n"
                        + "Caf\u00e9\t1\t0.5\t0.6\n")).run("overlay", "$D/de.tsv", "--out", "$D/out").expect(65,
                        "senescope overlay: $D/de.tsv:3:4: invalid UTF-8: byte 0xE9 at byte 4 of the line; expected "
                        + "UTF-8 text (name the file's encoding, e.g. windows-1252, to read it)"),
                bad("table: truncated gzip").file("de.tsv.gz", cut(gzip(DE), 30)).run("overlay", "$D/de.tsv.gz",
                        "--out", "$D/out").expect(65,
                        "senescope overlay: $D/de.tsv.gz: truncated gzip: the compressed data end after 19 bytes of "
                        + "text; expected a complete .gz file"),
                bad("table: gzip cut after its header").file("de.tsv.gz", cut(gzip(DE), 10))
                        .run("overlay", "$D/de.tsv.gz", "--out", "$D/out").expect(65,
                        "senescope overlay: $D/de.tsv.gz: truncated gzip: the compressed data end after 0 bytes of "
                        + "text; expected a complete .gz file"),
                overlay("table: UTF-8 BOM then duplicate column names", "de.tsv", "\ufeffgene_symbol\tgene_symbol\t"
                        + "log2FoldChange\nTP53\tTP53\t1\n").expect(65,
                        "senescope overlay: $D/de.tsv:1:2: duplicate column name 'gene_symbol' (also column 1); "
                        + "expected unique column names"),
                overlay("table: CSV with a short row", "de.csv", "gene_symbol,log2FoldChange,padj\nTP53,1,0.01\n"
                        + "IL6,2\n").expect(65,
                        "senescope overlay: $D/de.csv:3: found 2 fields; expected 3 as the header has"),
                bad("table: empty gzip").file("de.tsv.gz", gzip("")).run("overlay", "$D/de.tsv.gz", "--out",
                        "$D/out").expect(65,
                        "senescope overlay: $D/de.tsv.gz: empty file (no rows); expected a table"),
                overlay("table: unclosed quote", "de.tsv", HEAD + "\"TP53\t-1.5\t0.001\t0.01\n").expect(65,
                        "senescope overlay: $D/de.tsv:2: a quoted field opens here and is never closed; expected a "
                        + "closing \""),
                overlay("table: text where a fold change belongs", "de.tsv", HEAD + "TP53\thigh\t0.001\t0.01\n")
                        .expect(65,
                        "senescope overlay: $D/de.tsv:2:2: column 'log2FoldChange': expected a number, found 'high'"),
                overlay("table: decimal comma", "de.tsv", HEAD + "TP53\t-1,5\t0.001\t0.01\n").expect(65,
                        "senescope overlay: $D/de.tsv:2:2: column 'log2FoldChange': expected a number, found '-1,5'"),
                overlay("table: negative p-value", "de.tsv", HEAD + "TP53\t-1.5\t-0.001\t0.01\n").expect(65,
                        "senescope overlay: $D/de.tsv:2:3: column 'pvalue': expected a p-value between 0 and 1, "
                        + "found '-0.001'"),
                overlay("table: negative adjusted p-value", "de.tsv", HEAD + "TP53\t-1.5\t0.001\t-0.01\n")
                        .expect(65,
                        "senescope overlay: $D/de.tsv:2:4: column 'padj': expected a p-value between 0 and 1, found "
                        + "'-0.01'"),
                overlay("table: p-value above 1", "de.tsv", HEAD + "TP53\t-1.5\t1.5\t0.01\n").expect(65,
                        "senescope overlay: $D/de.tsv:2:3: column 'pvalue': expected a p-value between 0 and 1, "
                        + "found '1.5'"),
                overlay("table: no identifier is a human or mouse gene", "de.tsv", HEAD + "FOO1\t1\t0.1\t0.2\n"
                        + "BAR2\t1\t0.1\t0.2\n").expect(65,
                        "senescope overlay: $D/de.tsv:1:1: no identifier matched the network: column 'gene_symbol' "
                        + "holds no gene identifier (none of its 2 values is an HGNC symbol, an Ensembl, Entrez or MGI "
                        + "id); name the identifier column with --id-column, or give --species mouse if these are "
                        + "mouse genes written in capitals"),
                overlay("option: --id-column names an absent column", "de.tsv", DE, "--id-column", "symbol")
                        .expect(65,
                        "senescope overlay: $D/de.tsv:1: no identifier column 'symbol'; the columns are "
                        + "'gene_symbol', 'log2FoldChange', 'pvalue', 'padj'"),
                overlay("option: --value-column names an absent column", "de.tsv", DE, "--value-column", "lfc")
                        .expect(65,
                        "senescope overlay: $D/de.tsv:1: no value column 'lfc'; the columns are 'gene_symbol', "
                        + "'log2FoldChange', 'pvalue', 'padj'"),
                overlay("option: --padj-column names an absent column", "de.tsv", DE, "--padj-column", "fdr")
                        .expect(65,
                        "senescope overlay: $D/de.tsv:1: no adjusted p-value column 'fdr'; the columns are "
                        + "'gene_symbol', 'log2FoldChange', 'pvalue', 'padj'"),
                overlay("option: --value-column is the text column", "de.tsv", DE, "--value-column",
                        "gene_symbol").expect(65,
                        "senescope overlay: $D/de.tsv:1: no identifier column: no column holds gene identifiers; "
                        + "name one with --id-column"),
                overlay("option: unknown --duplicates rule", "de.tsv", DE, "--duplicates", "first").expect(2,
                        "senescope: Invalid value for option '--duplicates': expected one of most-significant, mean, "
                        + "max-abs, found 'first'"),
                overlay("option: negative --range", "de.tsv", DE, "--range", "-2").expect(2,
                        "senescope: Invalid value for option '--range': expected a positive number (or 0 for a range "
                        + "from the data), found -2.0"),
                overlay("option: --range not a number", "de.tsv", DE, "--range", "wide").expect(2,
                        "senescope: Invalid value for option '--range': expected a number, found 'wide'"),
                overlay("option: unknown --species", "de.tsv", DE, "--species", "martian").expect(2,
                        "senescope: Invalid value for option '--species': expected human, mouse or auto, found "
                        + "'martian'"),
                overlay("option: unknown --network", "de.tsv", DE, "--network", "other").expect(2,
                        "senescope: Invalid value for option '--network': only 'default' (the bundled "
                        + "senescence–immunity network) is available, found 'other'"),
                overlay("option: unknown option", "de.tsv", DE, "--nope").expect(2,
                        "senescope: Unknown option: '--nope'"),
                overlay("option: --name is a path", "de.tsv", DE, "--name", "../x").expect(2,
                        "senescope: Invalid value for option '--name': must be a plain file name, found '../x'"),
                overlay("option: --contrast without --groups", "de.tsv", DE, "--contrast", "M-W").expect(2,
                        "senescope: --contrast and --log2 work on a matrix with sample groups; give --groups FILE"),
                bad("option: missing --out").file("de.tsv", DE).run("overlay", "$D/de.tsv").expect(2,
                        "senescope: Missing required option: '--out=DIR'"),
                bad("option: input file absent").run("overlay", "$D/absent.tsv", "--out", "$D/out").expect(74,
                        "senescope overlay: $D/absent.tsv: no such file or folder"),
                bad("output: the data is the overlay table it would write").file("out/x.overlay.tsv", DE)
                        .run("overlay", "$D/out/x.overlay.tsv", "--out", "$D/out", "--name", "x").expect(74,
                        "senescope overlay: $D/out/x.overlay.tsv: would overwrite the input $D/out/x.overlay.tsv; "
                        + "nothing written"),
                bad("output: --out is a file").file("de.tsv", DE).file("o", "x")
                        .run("overlay", "$D/de.tsv", "--out", "$D/o").expect(74,
                        "senescope overlay: $D/o: already exists"))
                .map(BadInput::named);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void isRefusedLeavingEverythingAsItWas(BadInput c, @TempDir Path dir) throws IOException {
        BadInputRun.assertRefused(c, dir);
    }
}
