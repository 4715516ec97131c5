package org.senescope.spark;

import org.apache.spark.sql.Row;
import org.senescope.analysis.singlecell.CellColumns;
import org.senescope.analysis.singlecell.SparseColumn;

import java.util.ArrayList;
import java.util.List;

/**
 * A block of cell-table rows as the scoring kernels' matrix: each cell is independent in UCell, AUCell and the
 * module score with fixed control genes, so a partition is scored block by block with the same doubles as the
 * whole matrix at once.
 */
final class CellBlock implements CellColumns {

    private final List<String> genes;
    private final List<SparseColumn> columns = new ArrayList<>();
    private final List<Row> rows = new ArrayList<>();

    CellBlock(List<String> genes) {
        this.genes = genes;
    }

    void add(Row row) {
        // iterated, never indexed: the lists Spark hands out may be linked lists (get(i) walks from the head)
        List<Integer> index = row.getList(row.fieldIndex(CellTable.GENES));
        List<Float> value = row.getList(row.fieldIndex(CellTable.VALUES));
        int[] g = new int[index.size()];
        double[] v = new double[g.length];
        int i = 0;
        for (int gene : index) {
            g[i++] = gene;
        }
        i = 0;
        for (float x : value) {
            v[i++] = x;
        }
        columns.add(SparseColumn.of(g, v));
        rows.add(row);
    }

    Row row(int cell) {
        return rows.get(cell);
    }

    void clear() {
        columns.clear();
        rows.clear();
    }

    @Override
    public List<String> genes() {
        return genes;
    }

    @Override
    public int cellCount() {
        return columns.size();
    }

    @Override
    public SparseColumn cell(int cell) {
        return columns.get(cell);
    }
}
