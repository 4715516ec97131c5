package org.senescope.workflow;

import java.util.List;
import java.util.Optional;

import org.senescope.failure.InputFormatException;
import org.senescope.knowledge.GeneReference;
import org.senescope.model.overlay.IdentifierColumn;
import org.senescope.model.overlay.SpeciesChoice;
import org.senescope.overlay.IdentifierDetector;
import org.senescope.overlay.InputTable;

/**
 * What a column of values holds, decided by the overlay's own identifier detector: symbols, Entrez, Ensembl or
 * UniProt ids, human or mouse. For a front end whose identifiers are not in a file (the node table of a Cytoscape
 * network). Stateless.
 */
public final class IdentifierDetection {

    private IdentifierDetection() {
    }

    /**
     * The identifier kind and species of {@code values}, read as the rows (from line 2) of a one-column table named
     * {@code source}; empty when they are not gene identifiers.
     *
     * @param values the non-blank values, one per row
     */
    public static Optional<IdentifierColumn> of(String source, String column, List<String> values,
                                                GeneReference genes) {
        List<List<String>> rows = values.stream().map(List::of).toList();
        long[] lines = new long[rows.size()];
        for (int i = 0; i < lines.length; i++) {
            lines[i] = i + 2L;
        }
        InputTable table = new InputTable(source, List.of(column), rows, lines);
        try {
            return Optional.of(IdentifierDetector.detect(table, 0, SpeciesChoice.AUTO, genes));
        } catch (InputFormatException e) {
            return Optional.empty();
        }
    }
}
