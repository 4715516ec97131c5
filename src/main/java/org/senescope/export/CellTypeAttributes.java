package org.senescope.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.senescope.model.Network;
import org.senescope.model.cell.NodeCellTypes;
import org.senescope.model.table.AttributeTable;
import org.senescope.model.table.AttributeValue;
import org.senescope.model.table.Column;
import org.senescope.model.table.ColumnType;
import org.senescope.model.table.NetworkTables;

/**
 * The columns cell-type expression adds after a network's own. On nodes, per cell type {@code T} (its name with every
 * character other than letters, digits, '.', '-' and '_' made '_', as the overlay's condition columns):
 * {@code celltype_fraction_T} and {@code celltype_mean_T} (decimals, missing for a node not measured), so that a
 * continuous mapping can colour or size nodes by one type; and for all types {@value #EXPRESSING_COLUMN} (the types
 * expressing the node in at least the minimum fraction of their cells), {@value #TOP_COLUMN} (the type with the
 * largest fraction, for a discrete mapping) and {@value #GENES_COLUMN} (the data's genes that measured the node). On
 * the network, what the values are. Stateless.
 */
public final class CellTypeAttributes implements TableExtension {

    /** Node column: the cell types expressing the node in at least the minimum fraction of their cells. */
    public static final String EXPRESSING_COLUMN = "celltypes_expressing";
    /** Node column: the cell type with the largest fraction of cells expressing the node (the first on a tie). */
    public static final String TOP_COLUMN = "celltype_top";
    /** Node column: the data's genes that measured the node. */
    public static final String GENES_COLUMN = "celltype_genes";

    private final NodeCellTypes values;

    /** The columns of {@code values}. */
    public CellTypeAttributes(NodeCellTypes values) {
        this.values = Objects.requireNonNull(values, "values");
    }

    /** The node column of the fraction of type {@code type}'s cells expressing a node. */
    public static String fractionColumn(String type) {
        return "celltype_fraction_" + plainName(type);
    }

    /** The node column of the mean expression of a node in type {@code type}. */
    public static String meanColumn(String type) {
        return "celltype_mean_" + plainName(type);
    }

    private static String plainName(String type) {
        return type.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    @Override
    public NetworkTables addTo(NetworkTables tables, Network network) {
        List<Column> nodeColumns = new ArrayList<>();
        for (String type : values.types()) {
            nodeColumns.add(new Column(fractionColumn(type), ColumnType.DOUBLE, "fraction of the " + type
                    + " cells with a count above 0"));
            nodeColumns.add(new Column(meanColumn(type), ColumnType.DOUBLE, "mean expression in the " + type
                    + " cells (" + values.meanNote() + ")"));
        }
        nodeColumns.add(new Column(EXPRESSING_COLUMN, ColumnType.STRING_LIST, "the cell types with at least "
                + values.minFraction() + " of their cells expressing the node"));
        nodeColumns.add(new Column(TOP_COLUMN, ColumnType.STRING, "the cell type with the largest fraction of "
                + "cells expressing the node"));
        nodeColumns.add(new Column(GENES_COLUMN, ColumnType.STRING_LIST, "the data's genes that measured the node"));
        AttributeTable nodes = tables.nodes().withColumns(nodeColumns, this::nodeValues);
        List<Column> networkColumns = List.of(
                new Column("celltype_column", ColumnType.STRING, "the cell-type column of the cell metadata"),
                new Column("celltype_types", ColumnType.STRING_LIST, "the cell types, in order"),
                new Column("celltype_mean_values", ColumnType.STRING, "what the celltype_mean columns hold"),
                new Column("celltype_min_fraction", ColumnType.DOUBLE, "the fraction of a type's cells at or above "
                        + "which it counts in " + EXPRESSING_COLUMN));
        List<AttributeValue> networkValues = List.of(AttributeValue.of(values.column()),
                AttributeValue.of(values.types()), AttributeValue.of(values.meanNote()),
                AttributeValue.ofDecimal(values.minFraction()));
        AttributeTable networkTable = tables.network().withColumns(networkColumns, id -> networkValues);
        return new NetworkTables(networkTable, nodes, tables.edges());
    }

    private List<AttributeValue> nodeValues(String nodeId) {
        NodeCellTypes.NodeExpression node = values.byNode().get(nodeId);
        List<AttributeValue> row = new ArrayList<>();
        List<String> expressing = new ArrayList<>();
        String top = "";
        double best = 0;
        for (int t = 0; t < values.types().size(); t++) {
            double fraction = node == null ? Double.NaN : node.fraction(t);
            row.add(AttributeValue.ofDecimal(fraction));
            row.add(AttributeValue.ofDecimal(node == null ? Double.NaN : node.mean(t)));
            if (fraction >= values.minFraction() && fraction > 0) {
                expressing.add(values.types().get(t));
            }
            if (fraction > best) {
                best = fraction;
                top = values.types().get(t);
            }
        }
        row.add(AttributeValue.of(expressing));
        row.add(AttributeValue.of(top));
        row.add(AttributeValue.of(node == null ? List.of() : node.genes()));
        return row;
    }
}
