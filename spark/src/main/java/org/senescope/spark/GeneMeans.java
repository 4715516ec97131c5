package org.senescope.spark;

import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.senescope.analysis.singlecell.ExactSums;
import org.senescope.analysis.singlecell.LogNormalised;
import org.senescope.analysis.singlecell.SparseColumn;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The first pass of the module score: each gene's mean log-normalised value over all cells. Each partition adds its
 * cells into {@link ExactSums}, the partitions' sums are merged and rounded once, so the means are the single-machine
 * kernel's doubles however the cells were partitioned.
 */
final class GeneMeans {

    private GeneMeans() {
    }

    /** One partition's number of cells and each gene's exact sum. */
    record PartialSums(long cells, ExactSums sums) implements Serializable {
        private static final long serialVersionUID = 1L;

        /** The zero of {@link #plus}: small, because Spark ships it with every task. */
        static PartialSums none() {
            return new PartialSums(0, new ExactSums(0));
        }

        PartialSums plus(PartialSums other) {
            if (other.cells == 0) {
                return this;
            }
            if (cells == 0) {
                return other;
            }
            sums.addAll(other.sums);
            return new PartialSums(cells + other.cells, sums);
        }
    }

    static double[] of(JavaSparkContext context, Dataset<Row> cells, ArrayList<String> genes) {
        Broadcast<ArrayList<String>> names = context.broadcast(genes);
        PartialSums total = cells.toJavaRDD().mapPartitions(new Sum(names)).fold(PartialSums.none(), PartialSums::plus);
        // No cells at all: every mean is 0/0, as the single-machine kernel's would be.
        return (total.cells() == 0 ? new ExactSums(genes.size()) : total.sums()).means(total.cells());
    }

    private record Sum(Broadcast<ArrayList<String>> genes) implements FlatMapFunction<Iterator<Row>, PartialSums> {
        private static final long serialVersionUID = 1L;

        @Override
        public Iterator<PartialSums> call(Iterator<Row> rows) {
            ExactSums sums = new ExactSums(genes.value().size());
            long count = 0;
            CellBlock block = new CellBlock(genes.value());
            LogNormalised normalised = LogNormalised.seurat(block);
            while (rows.hasNext()) {
                Row row = rows.next();
                block.add(row);
                count++;
                SparseColumn column = normalised.cell(0);
                for (int i = 0; i < column.size(); i++) {
                    sums.add(column.gene(i), column.value(i));
                }
                block.clear();
            }
            return count == 0 ? List.<PartialSums>of().iterator()
                    : List.of(new PartialSums(count, sums)).iterator();
        }
    }
}
