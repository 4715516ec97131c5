package org.senescope.overlay;

import java.util.List;
import java.util.Objects;
import org.senescope.model.overlay.SpeciesChoice;

/**
 * How to read and map a user's tables. Empty strings and lists mean "detect"; nulls are not accepted.
 *
 * @param idColumn              the identifier column, or empty to detect it
 * @param valueColumns          the value columns, or empty to detect them
 * @param adjustedPColumn       the adjusted p-value column, or empty to detect it
 * @param species               the species of the data, or {@link SpeciesChoice#AUTO}
 * @param duplicates            what a node gets from several rows
 * @param colourRange           half-width of the colour scale, or 0 to take it from the data
 * @param significanceThreshold adjusted p-value below which a value counts as significant
 */
public record OverlayOptions(String idColumn, List<String> valueColumns, String adjustedPColumn,
                             SpeciesChoice species, DuplicateRule duplicates, double colourRange,
                             double significanceThreshold) {

    public OverlayOptions {
        Objects.requireNonNull(idColumn, "idColumn");
        valueColumns = List.copyOf(valueColumns);
        Objects.requireNonNull(adjustedPColumn, "adjustedPColumn");
        Objects.requireNonNull(species, "species");
        Objects.requireNonNull(duplicates, "duplicates");
        if (!(colourRange >= 0) || Double.isInfinite(colourRange)) {
            throw new IllegalArgumentException("colour range must be 0 (from the data) or positive: " + colourRange);
        }
        if (!(significanceThreshold > 0 && significanceThreshold <= 1)) {
            throw new IllegalArgumentException("significance threshold must be in (0, 1]: " + significanceThreshold);
        }
    }

    /** Everything detected; most significant row per node; range from the data; significance at 0.05. */
    public static OverlayOptions defaults() {
        return new OverlayOptions("", List.of(), "", SpeciesChoice.AUTO, DuplicateRule.MOST_SIGNIFICANT, 0, 0.05);
    }

    public OverlayOptions withIdColumn(String column) {
        return new OverlayOptions(column, valueColumns, adjustedPColumn, species, duplicates, colourRange,
                significanceThreshold);
    }

    public OverlayOptions withSpecies(SpeciesChoice choice) {
        return new OverlayOptions(idColumn, valueColumns, adjustedPColumn, choice, duplicates, colourRange,
                significanceThreshold);
    }

    public OverlayOptions withDuplicates(DuplicateRule rule) {
        return new OverlayOptions(idColumn, valueColumns, adjustedPColumn, species, rule, colourRange,
                significanceThreshold);
    }
}
