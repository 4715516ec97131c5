package org.senescope.workflow;

import org.senescope.analysis.limma.ModeratedT;
import org.senescope.analysis.limma.ModeratedTResult;
import org.senescope.failure.InputFormatException;
import org.senescope.model.data.ExpressionMatrix;
import org.senescope.model.data.SampleGroups;
import org.senescope.output.TsvCell;
import org.senescope.overlay.InputTable;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A matrix with sample groups, turned into the table the overlay reads: a two-group limma contrast laid out as
 * limma's {@code topTable} (so the overlay colours logFC and draws {@code adj.P.Val} as significance), or one mean per
 * group (conditions, like the time points of a time course). Every matrix row stays a row, with its line in the
 * matrix file, so the mapping report still accounts for each. Computed here because the overlay may not use the
 * analysis package.
 *
 * @param table       the table to map: {@code NAME} then the value columns
 * @param conditions  the conditions the overlay shows, e.g. {@code [MUT-WT]} or the group names
 * @param valueLabel  what the values are, e.g. {@code log2 fold change}
 * @param description what was compared and how, one line, for the report and the console
 * @param topTable    for a contrast the full table (gene, logFC, AveExpr, t, P.Value, adj.P.Val, B) as TSV; else empty
 */
public record GroupedValues(InputTable table, List<String> conditions, String valueLabel, String description,
                     String topTable) {

    public static final List<String> TOP_TABLE_COLUMNS = List.of("logFC", "AveExpr", "t", "P.Value", "adj.P.Val", "B");

    public GroupedValues {
        Objects.requireNonNull(table, "table");
        conditions = List.copyOf(conditions);
        Objects.requireNonNull(valueLabel, "valueLabel");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(topTable, "topTable");
    }

    /**
     * limma's moderated t of {@code contrast} on the samples of its two groups (samples of other groups are left
     * out, so their variance does not enter the fit); rows with a missing value in a compared sample are left out
     * and come out with no value.
     *
     * @param read   the matrix as read, for its name and line numbers
     * @param values the values to compare (log2 taken when {@code log2})
     * @throws InputFormatException naming the matrix when fewer than two rows have every compared value
     */
    public static GroupedValues contrast(ExpressionFiles.ReadMatrix read, ExpressionMatrix values, MatrixGroups groups,
                                  GroupContrast contrast, boolean log2) throws InputFormatException {
        SampleGroups g = groups.groups();
        GroupContrast.Compared compared = contrast.restrict(values, g);
        ExpressionMatrix m = compared.matrix();
        List<Integer> kept = IntStream.range(0, m.rowCount()).filter(r -> IntStream.range(0, m.sampleCount())
                .allMatch(s -> Double.isFinite(m.value(r, s)))).boxed().toList();
        if (kept.size() < 2) {
            throw new InputFormatException(read.source(), 0, 0, kept.size() + " of " + values.rowCount() + " rows "
                    + "have a value in every sample of " + contrast.test() + " and " + contrast.reference()
                    + "; expected at least 2 to fit limma's variance prior");
        }
        ModeratedTResult fit = ModeratedT.twoGroups(rows(m, kept), compared.groups(), contrast.reference(),
                contrast.test());

        double[][] columns = {fit.logFC(), fit.aveExpr(), fit.t(), fit.p(), fit.adjP(), fit.b()};
        String[][] cells = new String[values.rowCount()][];
        List<String> topHeader = new ArrayList<>(List.of("gene"));
        topHeader.addAll(TOP_TABLE_COLUMNS);
        StringBuilder top = new StringBuilder(TsvCell.row(topHeader));
        for (int i = 0; i < kept.size(); i++) {
            String[] row = new String[columns.length];
            for (int c = 0; c < columns.length; c++) {
                row[c] = Double.toString(columns[c][i]);
            }
            cells[kept.get(i)] = row;
            List<String> topRow = new ArrayList<>(List.of(fit.genes().get(i)));
            topRow.addAll(List.of(row));
            top.append(TsvCell.row(topRow));
        }
        int others = values.sampleCount() - m.sampleCount();
        String description = String.format(Locale.ROOT, "%s from %s: limma moderated t (lmFit + eBayes, limma 3.54 "
                        + "conventions), %s (n = %d) minus %s (n = %d), groups from %s, on %s values; %,d of %,d rows "
                        + "compared (%,d with a missing value left out)%s; prior df %.4g",
                contrast.label(), read.source(), contrast.test(), g.count(contrast.test()), contrast.reference(),
                g.count(contrast.reference()), groups.source(), log2 ? "log2-transformed" : "the given (log-scale)",
                kept.size(), values.rowCount(), values.rowCount() - kept.size(),
                others > 0 ? "; " + others + " samples of other groups not used" : "", fit.dfPrior());
        List<String> header = new ArrayList<>(List.of("NAME"));
        header.addAll(TOP_TABLE_COLUMNS);
        return new GroupedValues(table(read, values, header, cells), List.of(contrast.label()),
                "log2 fold change (" + contrast.test() + "/" + contrast.reference() + ")",
                description, top.toString());
    }

    /** The given rows of {@code values}, in that order. */
    private static ExpressionMatrix rows(ExpressionMatrix values, List<Integer> rows) {
        int n = values.sampleCount();
        double[] sub = new double[rows.size() * n];
        for (int i = 0; i < rows.size(); i++) {
            for (int j = 0; j < n; j++) {
                sub[i * n + j] = values.value(rows.get(i), j);
            }
        }
        List<String> ids = rows.stream().map(values.rowIds()::get).toList();
        return ExpressionMatrix.adopting(ids, ids.stream().map(x -> "").toList(), values.sampleNames(), sub);
    }

    /** The mean of each group's samples per row, missing values left out of the mean (NaN when all are missing). */
    public static GroupedValues means(ExpressionFiles.ReadMatrix read, ExpressionMatrix values, MatrixGroups groups,
                               boolean log2) {
        SampleGroups g = groups.groups();
        List<String> names = g.groupNames();
        String[][] cells = new String[values.rowCount()][names.size()];
        for (int r = 0; r < values.rowCount(); r++) {
            for (int k = 0; k < names.size(); k++) {
                double sum = 0;
                int n = 0;
                for (int s = 0; s < values.sampleCount(); s++) {
                    double v = values.value(r, s);
                    if (g.labels().get(s).equals(names.get(k)) && Double.isFinite(v)) {
                        sum += v;
                        n++;
                    }
                }
                cells[r][k] = n == 0 ? "NA" : Double.toString(sum / n);
            }
        }
        String description = String.format(Locale.ROOT, "group means from %s: the mean of each group's samples (%s), "
                        + "groups from %s, of %s values; no test (give --contrast TEST-REFERENCE for limma)",
                read.source(), names.stream().map(n -> n + " n = " + g.count(n)).collect(Collectors.joining(", ")),
                groups.source(), log2 ? "log2-transformed" : "the given");
        List<String> header = new ArrayList<>(List.of("NAME"));
        header.addAll(names);
        return new GroupedValues(table(read, values, header, cells), names,
                log2 ? "mean log2 expression" : "mean expression", description, "");
    }

    private static InputTable table(ExpressionFiles.ReadMatrix read, ExpressionMatrix values, List<String> header,
                                    String[][] cells) {
        List<List<String>> rows = new ArrayList<>(values.rowCount());
        long[] lines = new long[values.rowCount()];
        for (int r = 0; r < values.rowCount(); r++) {
            List<String> row = new ArrayList<>(header.size());
            row.add(values.rowIds().get(r));
            for (int c = 1; c < header.size(); c++) {
                row.add(cells[r] == null ? "NA" : cells[r][c - 1]);
            }
            rows.add(row);
            lines[r] = read.firstDataLine() + r;
        }
        return new InputTable(read.source(), header, rows, lines);
    }
}
