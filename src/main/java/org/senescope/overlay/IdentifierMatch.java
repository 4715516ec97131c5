package org.senescope.overlay;

import java.util.List;
import java.util.Objects;

import org.senescope.model.Node;
import org.senescope.model.overlay.RowOutcome;

/**
 * Where one identifier leads: the nodes it reaches and how, or why it reaches none.
 *
 * @param outcome {@link RowOutcome#USED} when it reaches nodes (the duplicate rule may still set the row aside);
 *                otherwise why it reaches none
 * @param nodes   the nodes reached, in network order; empty unless the outcome is {@code USED}
 * @param route   how the identifier reached the nodes, or why it did not, in words
 * @param repairedExcelName whether an Excel-damaged name was repaired on the way
 * @param symbol  the gene symbol (HGNC, or MGI for a mouse identifier) through which the nodes were reached: which
 *                member of a family or complex node the row measures; empty unless the outcome is {@code USED}
 */
public record IdentifierMatch(RowOutcome outcome, List<Node> nodes, String route, boolean repairedExcelName,
                              String symbol) {
    public IdentifierMatch {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(route, "route");
        nodes = List.copyOf(nodes);
        if ((outcome == RowOutcome.USED) == nodes.isEmpty()) {
            throw new IllegalArgumentException("nodes are given exactly when the identifier is used: " + route);
        }
    }

    static IdentifierMatch none(RowOutcome outcome, String why) {
        return new IdentifierMatch(outcome, List.of(), why, false, "");
    }
}
