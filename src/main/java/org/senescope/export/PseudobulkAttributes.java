package org.senescope.export;

import java.util.List;
import java.util.Objects;

import org.senescope.model.Network;
import org.senescope.model.data.Measurement;
import org.senescope.model.data.NodeOverlay;
import org.senescope.model.data.Overlay;
import org.senescope.model.table.AttributeTable;
import org.senescope.model.table.AttributeValue;
import org.senescope.model.table.Column;
import org.senescope.model.table.ColumnType;
import org.senescope.model.table.NetworkTables;

/**
 * The columns {@code sc-overlay}'s pseudobulk contrast adds after the cell-type columns: on nodes
 * {@value #LOGFC_COLUMN} (the value that colours the node in the figure), {@value #PADJ_COLUMN} and
 * {@value #GENE_COLUMN} (the DE table's gene that gave them; for a family or complex the member row the overlay's
 * duplicate rule chose), missing (the gene empty) on a node the contrast did not reach; on the network {@value #CONTRAST_COLUMN}. Their
 * names start with {@code celltype}, as every column of {@link CellTypeAttributes}, so that a front end replacing the
 * cell-type columns replaces these too. Stateless.
 */
public final class PseudobulkAttributes implements TableExtension {

    /** Node column: the pseudobulk log2 fold change (test over reference). */
    public static final String LOGFC_COLUMN = "celltype_pseudobulk_logfc";
    /** Node column: its adjusted p-value (limma's adj.P.Val). */
    public static final String PADJ_COLUMN = "celltype_pseudobulk_padj";
    /** Node column: the gene of the DE table the values came from. */
    public static final String GENE_COLUMN = "celltype_pseudobulk_gene";
    /** Network column: the cell type and contrast, e.g. {@code CD14 Mono B-A}. */
    public static final String CONTRAST_COLUMN = "celltype_pseudobulk_contrast";

    private final Overlay contrast;

    /** The columns of {@code contrast}, an overlay of one condition (the cell type and contrast). */
    public PseudobulkAttributes(Overlay contrast) {
        this.contrast = Objects.requireNonNull(contrast, "contrast");
        if (contrast.conditions().size() != 1) {
            throw new IllegalArgumentException("a pseudobulk contrast is one condition, found "
                    + contrast.conditions());
        }
    }

    @Override
    public NetworkTables addTo(NetworkTables tables, Network network) {
        String name = contrast.conditions().get(0);
        AttributeTable nodes = tables.nodes().withColumns(List.of(
                new Column(LOGFC_COLUMN, ColumnType.DOUBLE, contrast.valueLabel() + ", pseudobulk " + name
                        + " (the node's colour in the figure)"),
                new Column(PADJ_COLUMN, ColumnType.DOUBLE, "adjusted p-value, pseudobulk " + name),
                new Column(GENE_COLUMN, ColumnType.STRING, "the pseudobulk DE table's gene the values came from")),
                id -> {
                    Measurement m = contrast.node(id).map(n -> n.measurements().get(0)).orElse(Measurement.MISSING);
                    return List.of(AttributeValue.ofDecimal(m.value()), AttributeValue.ofDecimal(m.adjustedP()),
                            AttributeValue.of(contrast.node(id).map(NodeOverlay::inputIdentifier).orElse("")));
                });
        AttributeTable networkTable = tables.network().withColumns(List.of(new Column(CONTRAST_COLUMN,
                ColumnType.STRING, "the cell type and contrast of the " + LOGFC_COLUMN + " column")),
                id -> List.of(AttributeValue.of(name)));
        return new NetworkTables(networkTable, nodes, tables.edges());
    }
}
