package org.senescope.spark;

import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.senescope.analysis.singlecell.LogNormalised;
import org.senescope.analysis.singlecell.SparseColumn;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;

/**
 * The first pass of the module score: each gene's mean log-normalised value over all cells. Each partition sums its
 * cells in its order; the driver adds the partitions' sums in the order of their first cell and divides by the number
 * of cells. With one partition that is the single-machine kernel's sum exactly; with several the additions are
 * grouped differently, which can move a mean by a rounding step (docs/spark.md says when that matters).
 */
final class GeneMeans {

    private GeneMeans() {
    }

    /** One partition's cells: the smallest cell index, the number of cells and each gene's sum. */
    record PartialSums(long firstCell, long cells, double[] sums) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    static double[] of(JavaSparkContext context, Dataset<Row> cells, ArrayList<String> genes) {
        Broadcast<ArrayList<String>> names = context.broadcast(genes);
        List<PartialSums> partials = new ArrayList<>(cells.toJavaRDD().mapPartitions(new Sum(names)).collect());
        partials.sort(Comparator.comparingLong(PartialSums::firstCell));
        double[] sums = new double[genes.size()];
        long count = 0;
        for (PartialSums partial : partials) {
            count += partial.cells();
            for (int g = 0; g < sums.length; g++) {
                sums[g] += partial.sums()[g];
            }
        }
        for (int g = 0; g < sums.length; g++) {
            sums[g] /= count;
        }
        return sums;
    }

    private record Sum(Broadcast<ArrayList<String>> genes) implements FlatMapFunction<Iterator<Row>, PartialSums> {
        private static final long serialVersionUID = 1L;

        @Override
        public Iterator<PartialSums> call(Iterator<Row> rows) {
            double[] sums = new double[genes.value().size()];
            long first = Long.MAX_VALUE;
            long count = 0;
            CellBlock block = new CellBlock(genes.value());
            LogNormalised normalised = LogNormalised.seurat(block);
            while (rows.hasNext()) {
                Row row = rows.next();
                block.add(row);
                first = Math.min(first, row.<Long>getAs(CellTable.CELL));
                count++;
                SparseColumn column = normalised.cell(0);
                for (int i = 0; i < column.size(); i++) {
                    sums[column.gene(i)] += column.value(i);
                }
                block.clear();
            }
            return count == 0 ? List.<PartialSums>of().iterator()
                    : List.of(new PartialSums(first, count, sums)).iterator();
        }
    }
}
