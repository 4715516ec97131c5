package org.senescope.analysis.singlecell;

import org.senescope.failure.BadDataException;
import org.senescope.failure.BadRequestException;
import org.senescope.model.data.GeneSet;

import java.util.Arrays;
import java.util.List;

/**
 * AUCell scores (Aibar et al. 2017) as AUCell's {@code .auc} computes them with {@code normAUC = TRUE}. In each cell
 * the genes are ranked by decreasing value; tied values are ordered by the matrix's gene order (AUCell breaks ties at
 * random; the gene order makes the score deterministic). Only ranks below {@code aucMaxRank} count: with x the sorted
 * ranks of the set's genes below it, the area under the recovery curve is {@code sum((x[i+1] - x[i]) * i)}, with
 * {@code aucMaxRank} after the last, and the score divides it by the same area for a set whose k genes present are
 * the cell's top k. The default {@code aucMaxRank} is {@code ceil(0.05 * genes)}, AUCell's default top 5%. Stateless;
 * the matrix is read once, cell by cell.
 */
public final class AUCell {

    /** AUCell's default share of the top-ranked genes that count. */
    public static final double DEFAULT_TOP_SHARE = 0.05;

    private AUCell() {
    }

    /** AUCell's default {@code aucMaxRank} for {@code geneCount} genes: {@code ceil(0.05 * geneCount)}. */
    public static int defaultMaxRank(int geneCount) {
        return (int) Math.ceil(DEFAULT_TOP_SHARE * geneCount);
    }

    /** Scores of {@code sets} in every cell of {@code matrix} with the default {@code aucMaxRank}. */
    public static CellScores score(CellColumns matrix, List<GeneSet> sets) {
        return score(matrix, sets, defaultMaxRank(matrix.genes().size()));
    }

    /**
     * Scores of {@code sets} in every cell of {@code matrix}.
     *
     * @throws BadRequestException if {@code aucMaxRank} is below 2 (no rank would count)
     * @throws BadDataException    if no gene of a set is in the data (its score would be 0 / 0)
     */
    public static CellScores score(CellColumns matrix, List<GeneSet> sets, int aucMaxRank) {
        if (aucMaxRank < 2) {
            throw new BadRequestException("AUCell's maximum rank must be at least 2, not " + aucMaxRank);
        }
        List<SetGenes> resolved = SetGenes.resolve(sets, matrix.genes());
        double[] best = new double[resolved.size()];
        for (int s = 0; s < best.length; s++) {
            SetGenes set = resolved.get(s);
            if (set.present().length == 0) {
                throw new BadDataException("no gene of set " + set.name() + " is in the data, so AUCell cannot score it");
            }
            int top = Math.min(set.present().length, aucMaxRank - 1);
            int[] ideal = new int[top];
            Arrays.setAll(ideal, i -> i + 1);
            best[s] = area(ideal, top, aucMaxRank);
        }
        int cells = matrix.cellCount();
        double[] values = new double[resolved.size() * cells];
        CellRanks ranks = new CellRanks(matrix.genes().size());
        int[] found = new int[resolved.stream().mapToInt(set -> set.present().length).max().orElse(0)];
        for (int cell = 0; cell < cells; cell++) {
            ranks.rank(matrix.cell(cell), cell);
            for (int s = 0; s < resolved.size(); s++) {
                int count = 0;
                for (int gene : resolved.get(s).present()) {
                    int rank = ranks.firstRank(gene);
                    if (rank < aucMaxRank) {
                        found[count++] = rank;
                    }
                }
                Arrays.sort(found, 0, count);
                values[s * cells + cell] = area(found, count, aucMaxRank) / best[s];
            }
        }
        return new CellScores(SetGenes.names(resolved), cells, values);
    }

    /** The area under the recovery curve of the first {@code count} sorted ranks, up to {@code aucMaxRank}. */
    private static double area(int[] ranks, int count, int aucMaxRank) {
        long area = 0;
        for (int i = 0; i < count; i++) {
            int next = i + 1 < count ? ranks[i + 1] : aucMaxRank;
            area += (long) (next - ranks[i]) * (i + 1);
        }
        return area;
    }
}
