package org.senescope.model.overlay;

import java.util.List;
import java.util.Objects;
import org.senescope.model.overlay.SpeciesChoice;

/**
 * How to read and map a user's tables. Immutable; nulls are not accepted.
 *
 * @param idColumn              the identifier column, or {@link ColumnChoice#DETECT}
 * @param valueColumns          the value columns, or empty to detect them
 * @param adjustedPColumn       the adjusted p-value column, or {@link ColumnChoice#DETECT} (with named value columns
 *                              nothing is detected: the table then has no adjusted p-values)
 * @param species               the species of the data, or {@link SpeciesChoice#AUTO}
 * @param duplicates            what a node gets from several rows
 * @param colourRange           half-width of the colour scale, or {@link ColourRange#FROM_DATA}
 * @param significanceThreshold adjusted p-value below which a value counts as significant, in (0, 1]
 * @param expression            which measured genes count as expressed ({@code --min-expression})
 */
public record OverlayOptions(ColumnChoice idColumn, List<String> valueColumns, ColumnChoice adjustedPColumn,
                             SpeciesChoice species, DuplicateRule duplicates, ColourRange colourRange,
                             double significanceThreshold, ExpressionFilter expression) {

    /** The threshold both front ends use: adjusted p below 0.05 is significant. */
    public static final double DEFAULT_SIGNIFICANCE = 0.05;

    public OverlayOptions {
        Objects.requireNonNull(idColumn, "idColumn");
        valueColumns = List.copyOf(valueColumns);
        Objects.requireNonNull(adjustedPColumn, "adjustedPColumn");
        Objects.requireNonNull(species, "species");
        Objects.requireNonNull(duplicates, "duplicates");
        Objects.requireNonNull(colourRange, "colourRange");
        Objects.requireNonNull(expression, "expression");
        if (!(significanceThreshold > 0 && significanceThreshold <= 1)) {
            throw new IllegalArgumentException("significance threshold must be in (0, 1]: " + significanceThreshold);
        }
    }

    /**
     * Everything detected; most significant row per node; the figures' colour range ({@link ColourRange#DEFAULT});
     * significance at 0.05; no filter.
     */
    public static OverlayOptions defaults() {
        return new OverlayOptions(ColumnChoice.DETECT, List.of(), ColumnChoice.DETECT, SpeciesChoice.AUTO,
                DuplicateRule.MOST_SIGNIFICANT, ColourRange.DEFAULT, DEFAULT_SIGNIFICANCE,
                ExpressionFilter.NONE);
    }

    public OverlayOptions withIdColumn(ColumnChoice column) {
        return new OverlayOptions(column, valueColumns, adjustedPColumn, species, duplicates, colourRange,
                significanceThreshold, expression);
    }

    public OverlayOptions withValueColumns(List<String> columns) {
        return new OverlayOptions(idColumn, columns, adjustedPColumn, species, duplicates, colourRange,
                significanceThreshold, expression);
    }

    public OverlayOptions withAdjustedPColumn(ColumnChoice column) {
        return new OverlayOptions(idColumn, valueColumns, column, species, duplicates, colourRange,
                significanceThreshold, expression);
    }

    public OverlayOptions withSpecies(SpeciesChoice choice) {
        return new OverlayOptions(idColumn, valueColumns, adjustedPColumn, choice, duplicates, colourRange,
                significanceThreshold, expression);
    }

    public OverlayOptions withDuplicates(DuplicateRule rule) {
        return new OverlayOptions(idColumn, valueColumns, adjustedPColumn, species, rule, colourRange,
                significanceThreshold, expression);
    }

    public OverlayOptions withColourRange(ColourRange range) {
        return new OverlayOptions(idColumn, valueColumns, adjustedPColumn, species, duplicates, range,
                significanceThreshold, expression);
    }

    public OverlayOptions withExpression(ExpressionFilter filter) {
        return new OverlayOptions(idColumn, valueColumns, adjustedPColumn, species, duplicates, colourRange,
                significanceThreshold, filter);
    }
}
