package org.senescope.model.overlay;

import java.util.List;
import java.util.Objects;

/**
 * What became of one input row: the row in the mapping report.
 *
 * @param source     the input file
 * @param line       the row's 1-based line in it
 * @param identifier the identifier cell as found
 * @param outcome    the one category the row ends in
 * @param nodeIds    the nodes it reached (empty unless it was mapped)
 * @param detail     the route, or why the row was not used
 */
public record RowRecord(String source, long line, String identifier, RowOutcome outcome, List<String> nodeIds,
                        String detail) {
    public RowRecord {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(identifier, "identifier");
        Objects.requireNonNull(outcome, "outcome");
        nodeIds = List.copyOf(nodeIds);
        Objects.requireNonNull(detail, "detail");
    }
}
