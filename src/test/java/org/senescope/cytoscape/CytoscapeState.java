package org.senescope.cytoscape;

import java.util.Map;
import java.util.TreeMap;

import org.cytoscape.model.CyColumn;
import org.cytoscape.model.CyEdge;
import org.cytoscape.model.CyNetwork;
import org.cytoscape.model.CyNode;
import org.cytoscape.model.CyRow;
import org.cytoscape.model.CyTable;
import org.cytoscape.view.vizmap.VisualPropertyDependency;
import org.cytoscape.view.vizmap.VisualStyle;

/**
 * Everything of an in-memory Cytoscape a task may change, as one sorted map to compare before and after: networks,
 * their tables' columns (name and type) and values, the unassigned tables and the current one, the styles (their
 * mappings, as the very objects, defaults and dependencies), each view's style and its visual property values.
 */
final class CytoscapeState {

    private CytoscapeState() {
    }

    static Map<String, Object> of(MemoryCytoscape cytoscape) {
        Map<String, Object> state = new TreeMap<>();
        for (CyNetwork network : cytoscape.getNetworkSet()) {
            String n = "network " + network.getSUID() + " ";
            table(state, n + "nodes ", network.getDefaultNodeTable());
            table(state, n + "edges ", network.getDefaultEdgeTable());
            table(state, n + "network ", network.getDefaultNetworkTable());
        }
        for (CyTable table : cytoscape.tables) {
            table(state, "unassigned " + table.getSUID() + " " + table.getTitle() + " ", table);
        }
        state.put("current table", String.valueOf(cytoscape.currentTable == null ? null
                : cytoscape.currentTable.getSUID()));
        for (VisualStyle style : cytoscape.getAllVisualStyles()) {
            String s = "style " + style.getTitle() + " ";
            MemoryVisualStyle memory = (MemoryVisualStyle) style;
            memory.mappings().forEach((vp, m) -> state.put(s + "mapping " + vp.getIdString(), m));
            memory.defaults().forEach((vp, v) -> state.put(s + "default " + vp.getIdString(), v));
            for (VisualPropertyDependency<?> d : style.getAllVisualPropertyDependencies()) {
                state.put(s + "dependency " + d.getIdString(), d.isDependencyEnabled());
            }
        }
        for (MemoryNetworkView view : cytoscape.views) {
            String v = "view " + view.getSUID() + " ";
            state.put(v + "network", view.getModel().getSUID());
            VisualStyle style = cytoscape.getVisualStyle(view);
            state.put(v + "style", style == null ? "none" : style);
            for (CyNode node : view.getModel().getNodeList()) {
                ((MemoryView<?>) view.getNodeView(node)).values()
                        .forEach((vp, value) -> state.put(v + "node " + node.getSUID() + " " + vp, value));
            }
            for (CyEdge edge : view.getModel().getEdgeList()) {
                ((MemoryView<?>) view.getEdgeView(edge)).values()
                        .forEach((vp, value) -> state.put(v + "edge " + edge.getSUID() + " " + vp, value));
            }
        }
        return state;
    }

    private static void table(Map<String, Object> state, String prefix, CyTable table) {
        for (CyColumn column : table.getColumns()) {
            state.put(prefix + "column " + column.getName(), column.getType() + " of " + column.getListElementType());
            for (CyRow row : table.getAllRows()) {
                Object value = row.get(column.getName(), column.getType());
                if (value != null) {
                    state.put(prefix + "row " + row.getSUID() + " " + column.getName(), value);
                }
            }
        }
    }
}
