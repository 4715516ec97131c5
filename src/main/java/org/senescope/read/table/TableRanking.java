package org.senescope.read.table;

import org.senescope.read.TextTable;

import java.util.ArrayList;
import java.util.List;

import org.senescope.failure.InputFormatException;
import org.senescope.model.data.RankedList;

/**
 * A ranking taken from one numeric column of a table (a DE result's {@code stat}, say), with a note counting the
 * rows left out for want of a gene name or a finite statistic. Shared by the command line and the Cytoscape app.
 *
 * @param list  the genes and their statistics, in table order
 * @param notes at most one line, the rows left out; empty when none were
 */
public record TableRanking(RankedList list, List<String> notes) {

    public TableRanking {
        notes = List.copyOf(notes);
    }

    /**
     * Ranks {@code table}'s rows by {@code statisticColumn}, naming genes from {@code geneColumn} (blank: the first
     * column). Rows with no gene name, {@code NA}, or a non-finite statistic are left out and counted.
     *
     * @param name the table's file, for messages
     * @throws InputFormatException naming the file when a column is missing, or the cell that is not a number
     */
    public static TableRanking of(TextTable table, String name, String statisticColumn, String geneColumn)
            throws InputFormatException {
        int statistic = column(table, statisticColumn, name);
        int gene = geneColumn.isBlank() ? 0 : column(table, geneColumn, name);
        List<String> genes = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        int missing = 0;
        for (int row = 0; row < table.rowCount(); row++) {
            double v = table.number(row, statistic);
            String g = table.cell(row, gene).strip();
            if (!Double.isFinite(v) || g.isEmpty() || g.equals("NA")) {
                missing++;
                continue;
            }
            genes.add(g);
            values.add(v);
        }
        List<String> notes = missing == 0 ? List.of() : List.of(missing + " rows of " + name
                + " have no gene name or no finite " + statisticColumn.strip() + " and were left out");
        return new TableRanking(new RankedList(genes, values.stream().mapToDouble(Double::doubleValue).toArray()),
                notes);
    }

    private static int column(TextTable table, String column, String name) throws InputFormatException {
        return table.findColumn(column.strip()).orElseThrow(() -> new InputFormatException(name, 1, 0,
                "no column '" + column.strip() + "'; expected one of " + table.columns()));
    }
}
