package org.senescope.workflow;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.IntStream;

import org.senescope.analysis.limma.ModeratedT;
import org.senescope.analysis.limma.ModeratedTResult;
import org.senescope.analysis.singlecell.Pseudobulk;
import org.senescope.failure.BadDataException;
import org.senescope.failure.BadRequestException;
import org.senescope.model.data.ExpressionMatrix;
import org.senescope.model.data.SampleGroups;
import org.senescope.output.TsvCell;

/**
 * limma's moderated t of two conditions on pseudobulk log-CPM, as {@code sc-pseudobulk --contrast} writes it: the
 * samples' CLS file, and the table (limma's {@code topTable} columns) that {@code overlay}, {@code figure} and
 * {@code gsea} read. Genes with fewer than {@value #MIN_COUNT} counts summed over the compared samples are left out,
 * as no test can find them changed. Immutable.
 *
 * @param contrast    the conditions compared, test minus reference
 * @param cls         the CLS file of every pseudobulk column's condition
 * @param table       {@code gene, logFC, AveExpr, t, P.Value, adj.P.Val, B}, one row per gene tested
 * @param description what was compared and how, one line
 */
record PseudobulkDe(GroupContrast contrast, String cls, String table, String description) {

    static final String CLS = "pseudobulk.cls";
    static final String TABLE = "pseudobulk-de.tsv";
    /** Fewest counts, summed over the compared samples, of a gene tested. */
    static final int MIN_COUNT = 10;

    PseudobulkDe {
        Objects.requireNonNull(contrast, "contrast");
        Objects.requireNonNull(cls, "cls");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(description, "description");
    }

    /**
     * Each column's condition: the one condition of all its cells.
     *
     * @throws BadDataException when a column's cells have no condition or more than one
     */
    static List<String> conditionOfColumns(PseudobulkColumns columns, CellLabels conditions) {
        List<Set<String>> seen = new ArrayList<>();
        columns.names().forEach(n -> seen.add(new LinkedHashSet<>()));
        int[] columnOf = columns.columnOf();
        int[] conditionOf = conditions.groupOf();
        for (int c = 0; c < columnOf.length; c++) {
            if (columnOf[c] >= 0) {
                seen.get(columnOf[c]).add(conditionOf[c] < 0 ? "" : conditions.groups().get(conditionOf[c]));
            }
        }
        List<String> result = new ArrayList<>();
        for (int i = 0; i < seen.size(); i++) {
            if (seen.get(i).size() != 1 || seen.get(i).contains("")) {
                throw new BadDataException("sample " + columns.samples().get(i) + " has cells of conditions "
                        + String.join(", ", seen.get(i).stream().map(s -> s.isEmpty() ? "(none)" : s).toList())
                        + " in column " + conditions.column() + "; expected one condition per sample");
            }
            result.add(seen.get(i).iterator().next());
        }
        return result;
    }

    /**
     * The contrast of {@code counts}' columns of the two conditions.
     *
     * @throws BadRequestException when the contrast does not name two of the samples' conditions, or the columns hold
     *                             several cell types
     * @throws BadDataException    when fewer than 2 genes have {@value #MIN_COUNT} counts
     */
    static PseudobulkDe of(ExpressionMatrix counts, PseudobulkColumns columns, List<String> conditions,
                           PseudobulkRequest.Conditions conditionColumn) {
        GroupContrast contrast = GroupContrast.parse(conditionColumn.spec(),
                List.copyOf(new LinkedHashSet<>(conditions)), "column " + conditionColumn.column());
        if (columns.types().stream().distinct().count() > 1) {
            throw new BadRequestException("--contrast compares the samples of one cell type; the columns hold "
                    + columns.types().stream().distinct().count() + ": give --cell-type NAME");
        }
        int[] compared = IntStream.range(0, conditions.size()).filter(i -> conditions.get(i).equals(contrast.test())
                || conditions.get(i).equals(contrast.reference())).toArray();
        ExpressionMatrix sub = columnsOf(counts, compared);
        ExpressionMatrix logCpm = Pseudobulk.logCpm(sub);
        int[] kept = IntStream.range(0, sub.rowCount()).filter(r -> IntStream.range(0, compared.length)
                .mapToDouble(s -> sub.value(r, s)).sum() >= MIN_COUNT).toArray();
        if (kept.length < 2) {
            throw new BadDataException(kept.length + " genes have " + MIN_COUNT + " or more counts in the compared "
                    + "samples; expected at least 2 to fit limma's variance prior");
        }
        List<String> labels = IntStream.of(compared).mapToObj(conditions::get).toList();
        ModeratedTResult fit = ModeratedT.twoGroups(rowsOf(logCpm, kept), new SampleGroups(
                List.of(contrast.reference(), contrast.test()), labels), contrast.reference(), contrast.test());
        String description = String.format(Locale.ROOT, "%s-%s: limma moderated t (lmFit + eBayes) on log-CPM "
                + "(voom's log2((count + 0.5) / (library + 1) x 1e6)), %s (n = %d) minus %s (n = %d) samples of %s; "
                + "%,d of %,d genes with %d or more counts tested; prior df %.4g", contrast.test(),
                contrast.reference(), contrast.test(), labels.stream().filter(contrast.test()::equals).count(),
                contrast.reference(), labels.stream().filter(contrast.reference()::equals).count(),
                columns.types().get(0), kept.length, sub.rowCount(), MIN_COUNT, fit.dfPrior());
        return new PseudobulkDe(contrast, cls(conditions), topTable(fit), description + clsRenames(conditions));
    }

    /** A CLS file separates names by white space, so a condition's own white space is written as underscores. */
    private static String clsName(String condition) {
        return condition.strip().replaceAll("\\s+", "_");
    }

    /**
     * The conditions whose CLS name differs, said in the summary; empty when none does.
     *
     * @throws BadDataException when two conditions would have the same CLS name
     */
    private static String clsRenames(List<String> conditions) {
        Map<String, String> byClsName = new LinkedHashMap<>();
        List<String> renamed = new ArrayList<>();
        for (String condition : new LinkedHashSet<>(conditions)) {
            String written = clsName(condition);
            String before = byClsName.putIfAbsent(written, condition);
            if (before != null) {
                throw new BadDataException("conditions '" + before + "' and '" + condition + "' would both be "
                        + written + " in " + CLS + ", which separates names by spaces; rename one");
            }
            if (!written.equals(condition)) {
                renamed.add("'" + condition + "' as " + written);
            }
        }
        return renamed.isEmpty() ? "" : "; " + CLS + " writes " + String.join(", ", renamed)
                + " (a CLS file separates names by spaces)";
    }

    private static String cls(List<String> conditions) {
        List<String> written = conditions.stream().map(PseudobulkDe::clsName).toList();
        List<String> names = List.copyOf(new LinkedHashSet<>(written));
        return written.size() + " " + names.size() + " 1\n# " + String.join(" ", names) + "\n"
                + String.join(" ", written) + "\n";
    }

    private static String topTable(ModeratedTResult fit) {
        List<String> header = new ArrayList<>(List.of("gene"));
        header.addAll(GroupedValues.TOP_TABLE_COLUMNS);
        StringBuilder b = new StringBuilder(TsvCell.row(header));
        double[][] columns = {fit.logFC(), fit.aveExpr(), fit.t(), fit.p(), fit.adjP(), fit.b()};
        for (int g = 0; g < fit.genes().size(); g++) {
            List<String> row = new ArrayList<>(List.of(fit.genes().get(g)));
            for (double[] column : columns) {
                row.add(Double.toString(column[g]));
            }
            b.append(TsvCell.row(row));
        }
        return b.toString();
    }

    /** {@code gene}, then one column per pseudobulk column; whole counts written without a decimal point. */
    static String matrixTable(ExpressionMatrix counts) {
        List<String> header = new ArrayList<>(List.of("gene"));
        header.addAll(counts.sampleNames());
        StringBuilder b = new StringBuilder(TsvCell.row(header));
        for (int r = 0; r < counts.rowCount(); r++) {
            List<String> row = new ArrayList<>(List.of(counts.rowIds().get(r)));
            for (int s = 0; s < counts.sampleCount(); s++) {
                double v = counts.value(r, s);
                row.add(v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v));
            }
            b.append(TsvCell.row(row));
        }
        return b.toString();
    }

    private static ExpressionMatrix columnsOf(ExpressionMatrix m, int[] columns) {
        double[] values = new double[m.rowCount() * columns.length];
        for (int r = 0; r < m.rowCount(); r++) {
            for (int s = 0; s < columns.length; s++) {
                values[r * columns.length + s] = m.value(r, columns[s]);
            }
        }
        return ExpressionMatrix.adopting(m.rowIds(), m.rowDescriptions(), IntStream.of(columns)
                .mapToObj(m.sampleNames()::get).toList(), values);
    }

    private static ExpressionMatrix rowsOf(ExpressionMatrix m, int[] rows) {
        int n = m.sampleCount();
        double[] values = new double[rows.length * n];
        for (int i = 0; i < rows.length; i++) {
            for (int s = 0; s < n; s++) {
                values[i * n + s] = m.value(rows[i], s);
            }
        }
        return ExpressionMatrix.adopting(IntStream.of(rows).mapToObj(m.rowIds()::get).toList(),
                IntStream.of(rows).mapToObj(m.rowDescriptions()::get).toList(), m.sampleNames(), values);
    }
}
