package org.senescope.cytoscape;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.cytoscape.model.CyColumn;
import org.cytoscape.model.CyEdge;
import org.cytoscape.model.CyNetwork;
import org.cytoscape.model.CyRow;
import org.cytoscape.model.CyTable;
import org.senescope.model.Sign;

/**
 * The sign of an edge of a network Senescope did not build, read from its edge table: a column named {@code sign}
 * (any case) first, then Cytoscape's {@code interaction}. A word of activation ({@code activates}, {@code
 * activation}, {@code stimulates}, {@code upregulates}, {@code up-regulates}, {@code positive}, {@code +}, or a
 * number above 0 in the sign column) gives {@link Sign#POSITIVE}; a word of inhibition ({@code inhibits}, {@code
 * inhibition}, {@code represses}, {@code downregulates}, {@code down-regulates}, {@code negative}, {@code -}, {@code
 * -|}, or a number below 0) gives {@link Sign#NEGATIVE}; anything else (SIF's {@code pp}, {@code pd}, blank) gives
 * {@link Sign#NONE}, since guessing a sign would draw an arrow the network never stated. Reads the table only; call
 * it from a task.
 */
final class EdgeSigns {

    static final Set<String> ACTIVATING = Set.of("activates", "activation", "stimulates", "upregulates", "up-regulates",
            "positive", "+");

    static final Set<String> INHIBITING = Set.of("inhibits", "inhibition", "represses", "downregulates",
            "down-regulates", "negative", "-", "-|");

    private final CyNetwork network;
    private final Optional<CyColumn> signColumn;
    private final Optional<CyColumn> interaction;

    private EdgeSigns(CyNetwork network, Optional<CyColumn> signColumn, Optional<CyColumn> interaction) {
        this.network = network;
        this.signColumn = signColumn;
        this.interaction = interaction;
    }

    /** The rule for {@code network}'s edge table, as it is now. */
    static EdgeSigns of(CyNetwork network) {
        CyTable table = network.getDefaultEdgeTable();
        Optional<CyColumn> sign = table.getColumns().stream()
                .filter(c -> c.getName().equalsIgnoreCase("sign")).findFirst();
        return new EdgeSigns(network, sign, Optional.ofNullable(table.getColumn(CyEdge.INTERACTION)));
    }

    /** The edge's sign: the sign column's when it says one, else the interaction's, else none. */
    Sign of(CyEdge edge) {
        CyRow row = network.getRow(edge);
        Sign fromSignColumn = signColumn.map(c -> read(row, c)).orElse(Sign.NONE);
        return fromSignColumn != Sign.NONE ? fromSignColumn : interaction.map(c -> read(row, c)).orElse(Sign.NONE);
    }

    /** The edge's {@code interaction} value, empty when it has none. */
    String interaction(CyEdge edge) {
        return interaction.map(c -> network.getRow(edge).get(c.getName(), c.getType()))
                .map(v -> v.toString().strip()).orElse("");
    }

    /** The columns read, in order, for reports: e.g. {@code sign, interaction}. */
    String columnsRead() {
        StringBuilder read = new StringBuilder();
        signColumn.ifPresent(c -> read.append(c.getName()));
        interaction.ifPresent(c -> read.append(read.isEmpty() ? "" : ", ").append(c.getName()));
        return read.toString();
    }

    private static Sign read(CyRow row, CyColumn column) {
        Object value = row.get(column.getName(), column.getType());
        if (value instanceof Number number) {
            double v = number.doubleValue();
            return v > 0 ? Sign.POSITIVE : v < 0 ? Sign.NEGATIVE : Sign.NONE;
        }
        String word = value == null ? "" : value.toString().strip().toLowerCase(Locale.ROOT);
        return ACTIVATING.contains(word) ? Sign.POSITIVE : INHIBITING.contains(word) ? Sign.NEGATIVE : Sign.NONE;
    }
}
