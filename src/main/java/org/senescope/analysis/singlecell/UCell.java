package org.senescope.analysis.singlecell;

import org.senescope.failure.BadRequestException;
import org.senescope.model.data.GeneSet;

import java.util.List;
import java.util.stream.IntStream;

/**
 * UCell scores (Andreatta &amp; Carmona 2021) as UCell 2's {@code u_stat} computes them. In each cell the genes are
 * ranked by decreasing value, tied values sharing their average rank (all genes at 0 share one); a rank above
 * {@code maxRank} counts as {@code maxRank}, and so does each gene of the set missing from the data. With the set's n
 * distinct genes and their rank sum R, the score is the Mann–Whitney U statistic scaled to [0, 1]:
 * {@code 1 - (R - n(n+1)/2) / (n maxRank - n(n+1)/2)}: 1 when the set's genes are the cell's top n, 0 when none is
 * within the top {@code maxRank}. As UCell, {@code maxRank} larger than the number of genes is lowered to it, and a set
 * with more genes than {@code maxRank} is refused. Stateless; the matrix is read once, cell by cell, runs of cells on
 * the common fork-join pool's threads, so {@code matrix} must allow reading cells from several threads.
 */
public final class UCell {

    /** UCell's default maximum rank. */
    public static final int DEFAULT_MAX_RANK = 1500;

    private UCell() {
    }

    /** Scores of {@code sets} in every cell of {@code matrix} at the default maximum rank, 1500. */
    public static CellScores score(CellColumns matrix, List<GeneSet> sets) {
        return score(matrix, sets, DEFAULT_MAX_RANK);
    }

    /**
     * Scores of {@code sets} in every cell of {@code matrix}.
     *
     * @throws BadRequestException if {@code maxRank} is below 1 or a set has more distinct genes than the maximum
     *                             rank in use
     */
    public static CellScores score(CellColumns matrix, List<GeneSet> sets, int maxRank) {
        if (maxRank < 1) {
            throw new BadRequestException("UCell's maximum rank must be at least 1, not " + maxRank);
        }
        int geneCount = matrix.genes().size();
        int rankCap = Math.min(maxRank, geneCount);
        List<SetGenes> resolved = SetGenes.resolve(sets, matrix.genes());
        for (SetGenes set : resolved) {
            if (set.size() > rankCap) {
                throw new BadRequestException("gene set " + set.name() + " has " + set.size()
                        + " genes, more than UCell's maximum rank (" + rankCap
                        + "); raise the maximum rank or use a shorter set");
            }
        }
        int cells = matrix.cellCount();
        double[] values = new double[resolved.size() * cells];
        // Runs of cells are scored in parallel, each with its own ranks; every cell's scores are written once.
        int runs = Math.max(1, Math.min(cells / 1024, 256));
        IntStream.range(0, runs).parallel().forEach(run -> {
            CellRanks ranks = new CellRanks(geneCount);
            for (int cell = (int) ((long) cells * run / runs); cell < (long) cells * (run + 1) / runs; cell++) {
                ranks.rank(matrix.cell(cell), cell);
                for (int s = 0; s < resolved.size(); s++) {
                    values[s * cells + cell] = score(resolved.get(s), ranks, rankCap);
                }
            }
        });
        return new CellScores(SetGenes.names(resolved), cells, values);
    }

    private static double score(SetGenes set, CellRanks ranks, int maxRank) {
        double n = set.size();
        double rankSum = (set.size() - set.present().length) * (double) maxRank;
        for (int gene : set.present()) {
            rankSum += Math.min(ranks.averageRank(gene), maxRank);
        }
        double minimum = n * (n + 1) / 2;
        return 1 - (rankSum - minimum) / (n * maxRank - minimum);
    }
}
