package org.senescope.analysis.singlecell;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.senescope.model.data.ExpressionMatrix;

/**
 * Pseudobulk counts with one row per gene name. Where several features of the data share a name (24 symbols of
 * Ensembl 93 name two genes each), the feature with the most counts over all columns is kept, the first in the
 * data's order on a tie, and the others are left out, as edgeR's user's guide keeps one row per symbol before
 * normalising: summing would add up the counts of different genes, and two rows of one name would reach
 * {@code overlay} as duplicates. Immutable.
 *
 * @param counts the rows kept, in the data's order
 * @param shared every feature whose name another feature has, in the data's order, with its total and whether it was
 *               kept
 */
public record UniqueNames(ExpressionMatrix counts, List<SharedName> shared) {

    /**
     * A feature whose name another feature of the data has.
     *
     * @param name  the name the features share
     * @param row   the feature's 1-based row in the data
     * @param id    the feature's id (the row description of the counts)
     * @param total its counts summed over all columns
     * @param kept  whether it is the row kept for the name
     */
    public record SharedName(String name, int row, String id, double total, boolean kept) {
        public SharedName {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(id, "id");
        }
    }

    public UniqueNames {
        Objects.requireNonNull(counts, "counts");
        shared = List.copyOf(shared);
    }

    /** How many names several features share. */
    public long namesShared() {
        return shared.stream().map(SharedName::name).distinct().count();
    }

    /** How many features were left out. */
    public long left() {
        return shared.stream().filter(s -> !s.kept()).count();
    }

    /** The rows of {@code counts} (named by {@link ExpressionMatrix#rowIds()}), one per name. */
    public static UniqueNames of(ExpressionMatrix counts) {
        int rows = counts.rowCount();
        double[] totals = new double[rows];
        Map<String, List<Integer>> rowsOfName = new LinkedHashMap<>();
        for (int r = 0; r < rows; r++) {
            for (double v : counts.row(r)) {
                totals[r] += v;
            }
            rowsOfName.computeIfAbsent(counts.rowIds().get(r), k -> new ArrayList<>()).add(r);
        }
        boolean[] keep = new boolean[rows];
        boolean[] isShared = new boolean[rows];
        for (List<Integer> same : rowsOfName.values()) {
            if (same.size() > 1) {
                same.forEach(r -> isShared[r] = true);
            }
            int best = same.get(0);
            for (int r : same) {
                if (totals[r] > totals[best]) {
                    best = r;
                }
            }
            keep[best] = true;
        }
        List<SharedName> shared = new ArrayList<>();
        List<Integer> kept = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            String name = counts.rowIds().get(r);
            if (isShared[r]) {
                shared.add(new SharedName(name, r + 1, counts.rowDescriptions().get(r), totals[r], keep[r]));
            }
            if (keep[r]) {
                kept.add(r);
            }
        }
        if (kept.size() == rows) {
            return new UniqueNames(counts, shared);
        }
        int n = counts.sampleCount();
        double[] values = new double[kept.size() * n];
        for (int i = 0; i < kept.size(); i++) {
            System.arraycopy(counts.row(kept.get(i)), 0, values, i * n, n);
        }
        return new UniqueNames(ExpressionMatrix.adopting(kept.stream().map(counts.rowIds()::get).toList(),
                kept.stream().map(counts.rowDescriptions()::get).toList(), counts.sampleNames(), values), shared);
    }
}
