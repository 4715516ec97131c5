package org.senescope.cytoscape;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.cytoscape.model.CyNetwork;
import org.senescope.failure.InputFormatException;
import org.senescope.overlay.IdentifierColumn;
import org.senescope.overlay.InputTable;
import org.senescope.overlay.OverlayMapper;
import org.senescope.overlay.OverlayOptions;
import org.senescope.overlay.ValueColumnDetector;
import org.senescope.overlay.ValueColumns;

/**
 * What the import dialog offers and pre-selects, detected from the file's columns and the network's node table with
 * the same code the import runs: the identifier column and its species (by mapping the file once onto the network),
 * the value and adjusted p-value columns, and the network's identifier columns, best first. When detection fails the
 * first choices are selected and {@link #problem()} says why, so that the user can pick. Immutable.
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
     * Detects the defaults for laying {@code table} over {@code network}.
     *
     * @throws IllegalArgumentException when the network has no node column of gene identifiers
     */
    static ImportDefaults detect(InputTable table, CyNetwork network, BundledData bundled) throws CurationFailure {
        OverlayTarget target = OverlayTarget.of(network, "", bundled);
        List<String> networkColumns = new ArrayList<>();
        networkColumns.add(target.column());
        NodeIdentifierColumns.detect(network, bundled.genes()).stream().map(NodeIdentifierColumns.Found::column)
                .filter(c -> !networkColumns.contains(c)).forEach(networkColumns::add);
        List<String> columns = table.columns();
        String problem = "";
        List<String> values = List.of();
        String padj = "";
        try {
            ValueColumns roles = ValueColumnDetector.detect(table, List.of(), "", "", "values");
            values = roles.values().stream().map(columns::get).toList();
            padj = roles.adjustedP() < 0 ? "" : columns.get(roles.adjustedP());
        } catch (InputFormatException e) {
            problem = e.getMessage();
        }
        String idColumn = columns.get(0);
        String species = "auto";
        if (problem.isEmpty()) {
            Optional<IdentifierColumn> id = identifierColumn(table, target, bundled);
            if (id.isPresent()) {
                idColumn = id.get().name();
                species = id.get().kind().species().label().toLowerCase(Locale.ROOT);
            } else {
                problem = "no identifier column of the file reaches the network's genes";
            }
        }
        if (values.isEmpty()) {
            values = columns.size() > 1 ? List.of(columns.get(1)) : List.of(columns.get(0));
        }
        return new ImportDefaults(columns, idColumn, values, padj, species, networkColumns, problem);
    }

    /** The identifier column the import would choose, found by mapping the table once. */
    private static Optional<IdentifierColumn> identifierColumn(InputTable table, OverlayTarget target,
                                                               BundledData bundled) {
        try {
            return new OverlayMapper(target.model(), bundled.genes()).map(List.of(table), OverlayOptions.defaults())
                    .report().columns().stream().findFirst();
        } catch (InputFormatException e) {
            return Optional.empty();
        }
    }
}
