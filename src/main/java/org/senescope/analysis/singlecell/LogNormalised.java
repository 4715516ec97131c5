package org.senescope.analysis.singlecell;

import java.util.List;

/**
 * Counts log-normalised as Seurat's {@code NormalizeData} does by default ({@code LogNormalize}): each value becomes
 * {@code log1p(count / cell total * scale)}, with the cell total the sum of the cell's counts and the scale 10,000.
 * A view: each cell is normalised when it is read. A cell whose total is 0 stays all zeros (its values are all 0).
 *
 * @param counts the raw counts, non-negative
 * @param scale  the scale factor, positive and finite
 */
public record LogNormalised(CellColumns counts, double scale) implements CellColumns {

    /** Seurat's default scale factor. */
    public static final double SEURAT_SCALE = 1e4;

    public LogNormalised {
        if (!(scale > 0 && Double.isFinite(scale))) {
            throw new IllegalArgumentException("scale factor must be positive and finite, not " + scale);
        }
    }

    /** {@code counts} at Seurat's default scale, 10,000. */
    public static LogNormalised seurat(CellColumns counts) {
        return new LogNormalised(counts, SEURAT_SCALE);
    }

    @Override
    public List<String> genes() {
        return counts.genes();
    }

    @Override
    public int cellCount() {
        return counts.cellCount();
    }

    @Override
    public SparseColumn cell(int cell) {
        SparseColumn raw = counts.cell(cell);
        double total = 0;
        for (int i = 0; i < raw.size(); i++) {
            total += raw.value(i);
        }
        double[] values = new double[raw.size()];
        for (int i = 0; i < values.length; i++) {
            double count = raw.value(i);
            // the order of Seurat's LogNorm: divide by the total, then multiply by the scale
            values[i] = count == 0 ? 0 : Math.log1p(count / total * scale);
        }
        return new Normalised(raw, values);
    }

    /** A cell's genes, from the counts, with its normalised values. */
    private record Normalised(SparseColumn raw, double[] values) implements SparseColumn {
        @Override
        public int size() {
            return values.length;
        }

        @Override
        public int gene(int i) {
            return raw.gene(i);
        }

        @Override
        public double value(int i) {
            return values[i];
        }
    }
}
