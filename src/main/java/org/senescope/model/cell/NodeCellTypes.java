package org.senescope.model.cell;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Cell-type expression laid on the network's gene nodes: per measured node, per cell type, the fraction of the type's
 * cells expressing the node and its mean expression, as the Cytoscape files carry them. Immutable.
 *
 * @param column      the cell-type column the types come from
 * @param types       the cell types, in order
 * @param cells       per type (in {@link #types()} order), how many of the data's cells it has
 * @param minFraction the fraction of a type's cells at or above which the type counts as expressing a node
 * @param meanNote    what the mean is (which values, normalised how), for the network's attributes
 * @param byNode      per measured node id, its values; nodes not listed were not measured
 */
public record NodeCellTypes(String column, List<String> types, List<Integer> cells, double minFraction,
                            String meanNote, Map<String, NodeExpression> byNode) {

    public NodeCellTypes {
        Objects.requireNonNull(column, "column");
        types = List.copyOf(types);
        cells = List.copyOf(cells);
        if (cells.size() != types.size()) {
            throw new IllegalArgumentException("expected one cell count per cell type");
        }
        Objects.requireNonNull(meanNote, "meanNote");
        byNode = Map.copyOf(byNode);
        if (!(minFraction >= 0 && minFraction <= 1)) {
            throw new IllegalArgumentException("the minimum fraction must be in [0, 1]: " + minFraction);
        }
    }

    /**
     * One node's values per cell type (in {@link #types()} order): for a node of several measured members (a family
     * or complex), the member expressed in the largest fraction of that type's cells, first in {@code genes} on a tie.
     *
     * @param genes     the data's genes that measured the node, in the data's order
     * @param shown     per type, the gene whose values are shown
     * @param fractions per type, the fraction of cells with a value above 0
     * @param means     per type, the mean expression over all the type's cells
     */
    public record NodeExpression(List<String> genes, List<String> shown, double[] fractions, double[] means) {

        public NodeExpression {
            genes = List.copyOf(genes);
            shown = List.copyOf(shown);
            fractions = fractions.clone();
            means = means.clone();
            if (fractions.length != shown.size() || means.length != shown.size()) {
                throw new IllegalArgumentException("expected one fraction and one mean per cell type");
            }
        }

        @Override
        public double[] fractions() {
            return fractions.clone();
        }

        @Override
        public double[] means() {
            return means.clone();
        }

        /** The fraction for type {@code type}. */
        public double fraction(int type) {
            return fractions[type];
        }

        /** The mean for type {@code type}. */
        public double mean(int type) {
            return means[type];
        }
    }
}
