package org.senescope.demo;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.senescope.output.TsvCell;


/**
 * Writes DE tables as tab-separated text, DESeq2 style: {@code #} comment lines first, then a header with
 * {@code gene_symbol}, {@code log2FoldChange}, {@code pvalue} and {@code padj}, one gene a row, {@code NA} for a
 * missing value; the overlay's table reader reads them back. Stateless.
 */
public final class DeTableFile {

    static final List<String> COLUMNS = List.of("gene_symbol", "log2FoldChange", "pvalue", "padj");

    private DeTableFile() {
    }

    /** Writes {@code table} with {@code comment} lines (each prefixed {@code # }) above the header; flushes, never closes. */
    public static void write(DeTable table, List<String> comment, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        for (String line : comment) {
            w.write("# " + line + "\n");
        }
        w.write(TsvCell.row(COLUMNS));
        for (DeRow r : table.rows()) {
            w.write(TsvCell.row(List.of(r.symbol(), number(r.log2FoldChange(), "%.4f"), number(r.pvalue(), "%.4g"),
                    number(r.padj(), "%.4g"))));
        }
        w.flush();
    }

    private static String number(double v, String format) {
        return Double.isNaN(v) ? "NA" : String.format(Locale.ROOT, format, v);
    }
}
