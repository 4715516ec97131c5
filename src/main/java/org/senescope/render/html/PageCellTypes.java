package org.senescope.render.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.senescope.model.cell.NodeCellTypes;
import org.senescope.model.cell.NodeCellTypes.NodeExpression;

/**
 * The page's cell-type expression ({@code senescope sc-overlay}): what the side panel lists for a measured gene node,
 * one row per cell type in the figure's strip order. Only pages of a figure with cell types carry these keys, so that
 * other pages keep their bytes.
 */
final class PageCellTypes {

    private PageCellTypes() {
    }

    /** The page-wide facts: the cell-type column, what the mean is, and each type with its number of cells. */
    static Map<String, Object> summary(NodeCellTypes values) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("column", values.column());
        s.put("meanNote", values.meanNote());
        List<Object> types = new ArrayList<>();
        for (int t = 0; t < values.types().size(); t++) {
            types.add(List.of(values.types().get(t), values.cells().get(t)));
        }
        s.put("types", types);
        return s;
    }

    /**
     * Puts into node data {@code d} the rows of node {@code nodeId}, one per cell type (type, cells, fraction expressing,
     * mean, and the member gene shown: the node's one gene, or for a family the member expressed in the largest
     * fraction of that type's cells), and the data's genes that measured it; nothing for a node not measured.
     */
    static void put(Map<String, Object> d, NodeCellTypes values, String nodeId) {
        NodeExpression e = values.byNode().get(nodeId);
        if (e == null) {
            return;
        }
        List<Object> rows = new ArrayList<>();
        for (int t = 0; t < values.types().size(); t++) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("type", values.types().get(t));
            row.put("cells", values.cells().get(t));
            row.put("fraction", e.fraction(t));
            row.put("mean", e.mean(t));
            row.put("gene", e.shown().get(t));
            rows.add(row);
        }
        d.put("cellTypes", rows);
        d.put("cellTypeGenes", e.genes());
    }
}
