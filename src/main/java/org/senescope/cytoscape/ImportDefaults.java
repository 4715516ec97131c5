package org.senescope.cytoscape;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.cytoscape.model.CyNetwork;
import org.senescope.workflow.DetectedColumns;

/**
 * What the import dialog offers and pre-selects: the file's columns with what the overlay job detected
 * ({@link org.senescope.workflow.OverlayJob#detect}: the identifier column and its species, found by mapping the file
 * once onto the network; the value and adjusted p-value columns), and the network's identifier columns, best first.
 * When detection fails the first choices are selected and {@link #problem()} says why, so that the user can pick.
 * Immutable.
 *
 * @param columns        the file's columns, in order
 * @param idColumn       the detected identifier column
 * @param values         the detected value columns
 * @param padjColumn     the detected adjusted p-value column, or empty
 * @param species        {@code human} or {@code mouse} as detected, or {@code auto}
 * @param networkColumns the network's node columns with gene identifiers, the detected one first
 * @param problem        why detection fell back to defaults, or empty
 */
record ImportDefaults(List<String> columns, String idColumn, List<String> values, String padjColumn, String species,
                      List<String> networkColumns, String problem) {

    ImportDefaults {
        columns = List.copyOf(columns);
        Objects.requireNonNull(idColumn, "idColumn");
        values = List.copyOf(values);
        Objects.requireNonNull(padjColumn, "padjColumn");
        Objects.requireNonNull(species, "species");
        networkColumns = List.copyOf(networkColumns);
        Objects.requireNonNull(problem, "problem");
    }

    /**
     * The dialog's choices for laying a file, detected as {@code detected}, over {@code network} ({@code target}).
     */
    static ImportDefaults of(DetectedColumns detected, OverlayTarget target, CyNetwork network, BundledData bundled) {
        List<String> networkColumns = new ArrayList<>();
        networkColumns.add(target.column());
        NodeIdentifierColumns.detect(network, bundled.genes()).stream().map(NodeIdentifierColumns.Found::column)
                .filter(c -> !networkColumns.contains(c)).forEach(networkColumns::add);
        return new ImportDefaults(detected.columns(), detected.idColumn(), detected.valueColumns(),
                detected.adjustedPColumn().orElse(""), detected.species().optionName(), networkColumns,
                String.join("; ", detected.problems()));
    }
}
