package org.senescope.overlay;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.senescope.failure.InputFormatException;
import org.senescope.read.NumberCells;
import org.senescope.model.overlay.ColumnChoice;
import org.senescope.read.TextTable;

/**
 * Finds the value columns of a table: those the user named, else the columns of a recognised differential-expression
 * result (DESeq2, limma topTable, edgeR, Seurat FindMarkers, by their exact column names), else every numeric column
 * (an expression matrix, a ranked list). Stateless.
 */
public final class ValueColumnDetector {

    private static final int ROWS_SAMPLED = 200;

    /** The format of an expression matrix: one value column per sample. */
    static final String SAMPLE_COLUMNS = "numeric columns (samples)";

    /** A known result format: the value, p-value and adjusted p-value columns it always writes. */
    private record Profile(String format, List<String> value, String pValue, String adjustedP) {
    }

    private static final List<Profile> PROFILES = List.of(
            new Profile("DESeq2", List.of("log2FoldChange"), "pvalue", "padj"),
            new Profile("limma topTable", List.of("logFC"), "P.Value", "adj.P.Val"),
            new Profile("edgeR", List.of("logFC"), "PValue", "FDR"),
            new Profile("Seurat FindMarkers", List.of("avg_log2FC", "avg_logFC"), "p_val", "p_val_adj"));

    private ValueColumnDetector() {
    }

    /**
     * The value columns of {@code table}.
     *
     * @param named       value columns the user named, or empty to detect them
     * @param namedPadj   the adjusted p-value column the user named, or to detect (with named value columns, none)
     * @param idColumn    the identifier column the user named, never taken as a value column, or to detect
     * @param condition   the condition name for a single-value table (usually the file's base name)
     * @throws InputFormatException when a named column is missing or no value column can be found
     */
    public static ValueColumns detect(InputTable table, List<String> named, ColumnChoice namedPadj,
                                      ColumnChoice idColumn, String condition) throws InputFormatException {
        List<String> columns = table.columns();
        int padj = namedPadj instanceof ColumnChoice.Named n ? require(table, n.name(), "adjusted p-value") : -1;
        String namedId = idColumn instanceof ColumnChoice.Named n ? n.name() : "";
        if (!named.isEmpty()) {
            List<Integer> values = new ArrayList<>();
            for (String name : named) {
                values.add(require(table, name, "value"));
            }
            List<String> conditions = named.size() == 1 ? List.of(condition)
                    : named.stream().map(n -> condition + ":" + n).toList();
            return new ValueColumns("named columns", values, conditions, -1, padj, String.join(", ", named));
        }
        for (Profile profile : PROFILES) {
            int adjusted = columns.indexOf(profile.adjustedP());
            for (String value : profile.value()) {
                int v = columns.indexOf(value);
                if (v >= 0 && adjusted >= 0) {
                    return new ValueColumns(profile.format(), List.of(v), List.of(condition),
                            columns.indexOf(profile.pValue()), padj >= 0 ? padj : adjusted, "log2 fold change");
                }
            }
        }
        boolean ranking = table.source().toLowerCase(Locale.ROOT).matches(".*\\.rnk(\\.gz)?");
        if (ranking && columns.size() >= 2 && padj != 1 && !columns.get(1).equals(namedId)) {
            // A ranked list's second field is its statistic by definition: a text cell in it is an error at that
            // cell (found by the mapping), not a reason to look for another value column.
            return new ValueColumns("numeric column", List.of(1), List.of(condition), -1, padj, "ranking statistic");
        }
        List<Integer> numeric = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            if (!columns.get(c).equals(namedId) && c != padj && c > 0 && isNumeric(table, c)) {
                numeric.add(c);
            }
        }
        if (numeric.isEmpty()) {
            throw new InputFormatException(table.source(), table.headerLine(), 0, "no value column: expected the "
                    + "columns of a DESeq2, limma, edgeR or Seurat result (e.g. log2FoldChange and padj) or numeric "
                    + "columns after the identifiers; found " + TextTable.quotedNames(columns)
                    + "; name one with --value-column");
        }
        if (numeric.size() == 1) {
            String label = ranking ? "ranking statistic" : columns.get(numeric.get(0));
            return new ValueColumns("numeric column", numeric, List.of(condition), -1, padj, label);
        }
        return new ValueColumns(SAMPLE_COLUMNS, numeric,
                numeric.stream().map(columns::get).toList(), -1, padj, "expression");
    }

    /** Whether the sampled non-missing cells of a column are all numbers (a column of only NA is not numeric). */
    static boolean isNumeric(InputTable table, int column) {
        int numbers = 0;
        for (int r = 0; r < table.rowCount() && r < ROWS_SAMPLED; r++) {
            NumberCells.Kind kind = NumberCells.kind(table.cell(r, column), table.decimalMark());
            if (kind == NumberCells.Kind.TEXT) {
                return false;
            }
            if (kind == NumberCells.Kind.NUMBER) {
                numbers++;
            }
        }
        return numbers > 0;
    }

    private static int require(InputTable table, String name, String role) throws InputFormatException {
        int index = table.columnIndex(name);
        if (index < 0) {
            throw new InputFormatException(table.source(), table.headerLine(), 0, "no " + role + " column '" + name
                    + "'; the columns are " + TextTable.quotedNames(table.columns()));
        }
        return index;
    }
}
