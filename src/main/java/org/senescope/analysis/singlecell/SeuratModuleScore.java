package org.senescope.analysis.singlecell;

import org.senescope.failure.BadDataException;
import org.senescope.failure.BadRequestException;
import org.senescope.model.data.GeneSet;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Module scores as Seurat 4.3.0's {@code AddModuleScore(object, features = list(set), nbin, ctrl, seed)} computes
 * them, one set per call, on log-normalised data (Seurat's {@code data} slot). Every gene's mean over the cells is
 * taken, the genes are ordered by it (stably), each mean gets R's {@code rnorm() / 1e30} after {@code set.seed(seed)}
 * (which only separates the genes whose mean is 0) and the genes are cut into {@code nbin} equal-count bins (ggplot2's
 * {@code cut_number}). For each gene of the set present in the data, {@code ctrl} control genes are drawn without
 * replacement from its bin with R's {@code sample}; the score of a cell is the mean of the set's genes minus the mean
 * of the distinct control genes. Genes of the set missing from the data are dropped, as Seurat drops them (Seurat
 * then tries case-insensitive matches when none is left; this refuses the set instead). Every set starts from the same
 * seed, as separate calls do. Stateless; the matrix is read twice, cell by cell.
 */
public final class SeuratModuleScore {

    /** Seurat's defaults: 24 bins, 100 control genes per gene, seed 1. */
    public static final int DEFAULT_BINS = 24;
    public static final int DEFAULT_CONTROLS = 100;
    public static final int DEFAULT_SEED = 1;

    private SeuratModuleScore() {
    }

    /** Scores of {@code sets} in every cell of {@code data} with Seurat's defaults. */
    public static CellScores score(CellColumns data, List<GeneSet> sets) {
        return score(data, sets, DEFAULT_BINS, DEFAULT_CONTROLS, DEFAULT_SEED);
    }

    /**
     * Scores of {@code sets} in every cell of {@code data}.
     *
     * @throws BadRequestException if {@code bins} or {@code controls} is below 1
     * @throws BadDataException    if the genes cannot be cut into {@code bins} bins, a bin holds fewer than
     *                             {@code controls} genes, or no gene of a set is in the data
     */
    public static CellScores score(CellColumns data, List<GeneSet> sets, int bins, int controls, int seed) {
        List<int[]> controlGenes = controlGenes(data.genes(), rowMeans(data), sets, bins, controls, seed);
        return scoreWithControls(data, sets, controlGenes);
    }

    /**
     * The control genes of each set, as {@link #score(CellColumns, List, int, int, int)} draws them from the genes'
     * means over all cells. Public for engines that compute the means themselves over data no one machine holds
     * (the Spark job in {@code spark/}, docs/spark.md), then score the cells in parts with
     * {@link #scoreWithControls}.
     *
     * @param means each gene's mean over all cells, parallel to {@code genes}
     * @return one array of gene indices per set, in the order of {@code sets}
     * @throws BadRequestException if {@code bins} or {@code controls} is below 1
     * @throws BadDataException    as {@link #score(CellColumns, List, int, int, int)}
     */
    public static List<int[]> controlGenes(List<String> genes, double[] means, List<GeneSet> sets, int bins,
                                           int controls, int seed) {
        if (bins < 1) {
            throw new BadRequestException("the number of expression bins must be at least 1, not " + bins);
        }
        if (controls < 1) {
            throw new BadRequestException("the number of control genes must be at least 1, not " + controls);
        }
        List<SetGenes> resolved = SetGenes.resolve(sets, genes);
        for (SetGenes set : resolved) {
            if (set.present().length == 0) {
                throw new BadDataException("no gene of set " + set.name() + " is in the data, so it has no module score");
            }
        }
        RRandom random = RRandom.seeded(seed);
        int[][] binMembers = binMembers(means, bins, random);
        int[] binOf = new int[genes.size()];
        for (int b = 0; b < binMembers.length; b++) {
            for (int gene : binMembers[b]) {
                binOf[gene] = b;
            }
        }
        List<int[]> controlGenes = new ArrayList<>(resolved.size());
        for (SetGenes set : resolved) {
            controlGenes.add(controls(set, binMembers, binOf, controls, random.copy(), genes));
        }
        return controlGenes;
    }

    /**
     * Scores of {@code sets} in every cell of {@code data} against the given control genes (from
     * {@link #controlGenes}); each cell's score depends on that cell alone.
     */
    public static CellScores scoreWithControls(CellColumns data, List<GeneSet> sets, List<int[]> controlGenes) {
        return scores(data, SetGenes.resolve(sets, data.genes()), controlGenes);
    }

    /** The genes of each bin, in the order of their means (R's {@code which(data.cut == bin)}). */
    private static int[][] binMembers(double[] means, int bins, RRandom random) {
        int[] order = IntStream.range(0, means.length).boxed()
                .sorted(Comparator.comparingDouble(g -> means[g])).mapToInt(Integer::intValue).toArray();
        double[] jittered = new double[order.length];
        for (int i = 0; i < order.length; i++) {
            jittered[i] = means[order[i]] + random.normal() / 1e30;
        }
        int[] codes = ExpressionBins.cut(jittered, bins);
        int[][] members = new int[bins][];
        for (int b = 0; b < bins; b++) {
            int bin = b + 1;
            members[b] = IntStream.range(0, order.length).filter(i -> codes[i] == bin).map(i -> order[i]).toArray();
        }
        return members;
    }

    /**
     * Each gene's mean over the cells, as {@code Matrix::rowMeans}; the sums are exact and rounded once, so an engine
     * that adds the cells in parts gets the same means.
     */
    private static double[] rowMeans(CellColumns data) {
        ExactSums sums = new ExactSums(data.genes().size());
        for (int cell = 0; cell < data.cellCount(); cell++) {
            SparseColumn column = data.cell(cell);
            for (int i = 0; i < column.size(); i++) {
                sums.add(column.gene(i), column.value(i));
            }
        }
        return sums.means(data.cellCount());
    }

    /** The distinct control genes of one set, in the order first drawn. */
    private static int[] controls(SetGenes set, int[][] binMembers, int[] binOf, int controls, RRandom random,
                                  List<String> genes) {
        LinkedHashSet<Integer> drawn = new LinkedHashSet<>();
        for (int gene : set.present()) {
            int[] pool = binMembers[binOf[gene]];
            if (pool.length < controls) {
                throw new BadDataException("set " + set.name() + ": the expression bin of " + genes.get(gene) + " holds "
                        + pool.length + " genes, fewer than the " + controls + " control genes to draw");
            }
            for (int d : random.sampleWithoutReplacement(pool.length, controls)) {
                drawn.add(pool[d - 1]);
            }
        }
        return drawn.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Mean of each set's genes minus mean of its control genes, per cell. */
    private static CellScores scores(CellColumns data, List<SetGenes> sets, List<int[]> controlGenes) {
        int cells = data.cellCount();
        double[] values = new double[sets.size() * cells];
        double[] dense = new double[data.genes().size()];
        for (int cell = 0; cell < cells; cell++) {
            SparseColumn column = data.cell(cell);
            for (int i = 0; i < column.size(); i++) {
                dense[column.gene(i)] = column.value(i);
            }
            for (int s = 0; s < sets.size(); s++) {
                values[s * cells + cell] = mean(dense, sets.get(s).present()) - mean(dense, controlGenes.get(s));
            }
            for (int i = 0; i < column.size(); i++) {
                dense[column.gene(i)] = 0;
            }
        }
        return new CellScores(SetGenes.names(sets), cells, values);
    }

    private static double mean(double[] dense, int[] genes) {
        double sum = 0;
        for (int gene : genes) {
            sum += dense[gene];
        }
        return sum / genes.length;
    }
}
