package org.senescope.workflow;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.senescope.analysis.singlecell.CellScores;
import org.senescope.model.data.GeneSet;
import org.senescope.output.TsvCell;

/** The TSV tables of {@code senescope sc-score}: scores per cell, their summaries per cell type, the genes found. */
final class CellScoreTables {

    static final String CELL_SCORES = "cell-scores.tsv";
    static final String CELL_TYPE_SCORES = "cell-type-scores.tsv";
    static final String MAPPING = "gene-set-mapping.tsv";
    static final String SKIPPED = "sc-score-skipped.tsv";
    static final String SETTINGS = "sc-score-settings.tsv";

    private CellScoreTables() {
    }

    /** One row per cell, the barcode first, then one column per set. */
    static byte[] cellScores(CellScores scores, List<String> barcodes) {
        List<String> header = new ArrayList<>(List.of("barcode"));
        header.addAll(scores.sets());
        StringBuilder b = new StringBuilder(TsvCell.row(header));
        for (int cell = 0; cell < barcodes.size(); cell++) {
            List<String> row = new ArrayList<>(List.of(barcodes.get(cell)));
            for (int s = 0; s < scores.sets().size(); s++) {
                row.add(GseaTables.number(scores.value(s, cell)));
            }
            b.append(TsvCell.row(row));
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * One row per group × set, groups in order, then sets: the number of cells, the scores' mean and median, and the
     * fraction of cells scoring above 0.
     */
    static byte[] groupSummaries(CellScores scores, CellLabels labels) {
        StringBuilder b = new StringBuilder(TsvCell.row(List.of(labels.column(), "gene_set", "cells", "mean",
                "median", "fraction_above_0")));
        for (int g = 0; g < labels.groups().size(); g++) {
            for (int s = 0; s < scores.sets().size(); s++) {
                double[] sorted = groupScores(scores, labels, s, g);
                int n = sorted.length;
                long above = Arrays.stream(sorted).filter(v -> v > 0).count();
                double mean = Arrays.stream(sorted).sum() / n;
                b.append(TsvCell.row(List.of(labels.groups().get(g), scores.sets().get(s), Integer.toString(n),
                        GseaTables.number(mean), GseaTables.number(median(sorted)),
                        GseaTables.number((double) above / n))));
            }
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The scores of set {@code set} in the cells of group {@code group}, ascending. */
    static double[] groupScores(CellScores scores, CellLabels labels, int set, int group) {
        int[] groupOf = labels.groupOf();
        double[] values = new double[groupOf.length];
        int n = 0;
        for (int cell = 0; cell < groupOf.length; cell++) {
            if (groupOf[cell] == group) {
                values[n++] = scores.value(set, cell);
            }
        }
        double[] sorted = Arrays.copyOf(values, n);
        Arrays.sort(sorted);
        return sorted;
    }

    /** The median of {@code sorted}, ascending and not empty: the mean of the middle two for an even count. */
    static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /**
     * One row per scored set: its source (a GMT file or {@value GeneSetCatalog#MODULE}), its distinct genes, how many
     * the data has, and those it lacks, comma-separated in the set's order.
     */
    static byte[] mapping(List<GeneSet> sets, GeneSetCatalog catalog, Set<String> dataGenes) {
        StringBuilder b = new StringBuilder(TsvCell.row(List.of("gene_set", "source", "genes", "found",
                "missing")));
        for (GeneSet set : sets) {
            Set<String> distinct = new LinkedHashSet<>(set.genes());
            List<String> missing = distinct.stream().filter(g -> !dataGenes.contains(g)).toList();
            b.append(TsvCell.row(List.of(set.name(), catalog.sources().getOrDefault(set.name(), ""),
                    Integer.toString(distinct.size()), Integer.toString(distinct.size() - missing.size()),
                    String.join(",", missing))));
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }
}
