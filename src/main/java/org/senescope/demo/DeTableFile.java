package org.senescope.demo;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;


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
        w.write(String.join("\t", COLUMNS) + "\n");
        for (DeRow r : table.rows()) {
            w.write(r.symbol() + "\t" + number(r.log2FoldChange(), "%.4f") + "\t" + number(r.pvalue(), "%.4g") + "\t"
                    + number(r.padj(), "%.4g") + "\n");
        }
        w.flush();
    }

    private static String number(double v, String format) {
        return Double.isNaN(v) ? "NA" : String.format(Locale.ROOT, format, v);
    }
}
