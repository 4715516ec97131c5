package org.senescope.workflow;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.senescope.model.overlay.SpeciesChoice;

/**
 * What an overlay of one file would use, detected with the code the overlay runs, for a front end that lets the user
 * confirm or change it (the import dialog). When detection fails the first columns stand in and {@link #problems()}
 * says why. Immutable; nulls are not accepted.
 *
 * @param columns      the file's columns, in order
 * @param idColumn     the identifier column the mapping would choose (else the first column)
 * @param species      the species detected for it (else {@link SpeciesChoice#AUTO})
 * @param valueColumns the value columns detected (else the second column, or the first of a one-column file)
 * @param adjustedP    the adjusted p-value column detected, when there is one (zero or one name)
 * @param problems     why detection fell back, one line each; empty when it did not
 */
public record DetectedColumns(List<String> columns, String idColumn, SpeciesChoice species,
                              List<String> valueColumns, List<String> adjustedP, List<String> problems) {

    public DetectedColumns {
        columns = List.copyOf(columns);
        Objects.requireNonNull(idColumn, "idColumn");
        Objects.requireNonNull(species, "species");
        valueColumns = List.copyOf(valueColumns);
        adjustedP = List.copyOf(adjustedP);
        if (adjustedP.size() > 1) {
            throw new IllegalArgumentException("one adjusted p-value column at most: " + adjustedP);
        }
        problems = List.copyOf(problems);
    }

    /** The adjusted p-value column detected, if any. */
    public Optional<String> adjustedPColumn() {
        return adjustedP.stream().findFirst();
    }
}
