package org.senescope.cytoscape;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.cytoscape.model.CyEdge;
import org.cytoscape.model.CyNetwork;
import org.cytoscape.model.CyNode;
import org.cytoscape.view.model.CyNetworkView;
import org.cytoscape.view.model.View;
import org.cytoscape.view.model.VisualLexicon;
import org.cytoscape.view.model.VisualProperty;
import org.cytoscape.view.presentation.property.BasicVisualLexicon;
import org.cytoscape.view.vizmap.VisualMappingFunction;
import org.cytoscape.view.vizmap.VisualPropertyDependency;
import org.cytoscape.view.vizmap.VisualStyle;

/**
 * An in-memory {@link VisualStyle}: one mapping per property (adding another replaces it, as in Cytoscape), defaults,
 * Cytoscape's two dependencies in their initial state (node size locked, arrow colour apart), and an {@link #apply}
 * that sets every node and edge view's mapped properties from the network's rows.
 */
final class MemoryVisualStyle implements VisualStyle {

    private static final VisualLexicon LEXICON = MemoryLexicon.dingLike();

    private String title;
    private final Map<VisualProperty<?>, VisualMappingFunction<?, ?>> mappings = new LinkedHashMap<>();
    private final Map<VisualProperty<?>, Object> defaults = new HashMap<>();
    private final VisualPropertyDependency<Double> nodeSize = new VisualPropertyDependency<>("nodeSizeLocked",
            "Lock node width and height", Set.of(BasicVisualLexicon.NODE_WIDTH, BasicVisualLexicon.NODE_HEIGHT), LEXICON);
    private final VisualPropertyDependency<java.awt.Paint> arrowColor = new VisualPropertyDependency<>(
            "arrowColorMatchesEdge", "Edge color to arrows", Set.of(BasicVisualLexicon.EDGE_UNSELECTED_PAINT), LEXICON);
    int applied;
    /** Whether the next {@link #apply} fails (an injected fault, once). */
    static volatile boolean failApply;

    MemoryVisualStyle(String title) {
        this.title = title;
        nodeSize.setDependency(true);
        arrowColor.setDependency(false);
    }

    @Override
    public String getTitle() {
        return title;
    }

    @Override
    public void setTitle(String title) {
        this.title = title;
    }

    @Override
    public void addVisualMappingFunction(VisualMappingFunction<?, ?> mapping) {
        mappings.put(mapping.getVisualProperty(), mapping);
    }

    @Override
    public void removeVisualMappingFunction(VisualProperty<?> vp) {
        mappings.remove(vp);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <V> VisualMappingFunction<?, V> getVisualMappingFunction(VisualProperty<V> vp) {
        return (VisualMappingFunction<?, V>) mappings.get(vp);
    }

    /** The live collection, as the real style's ({@code HashMap.values()}) is. */
    @Override
    public java.util.Collection<VisualMappingFunction<?, ?>> getAllVisualMappingFunctions() {
        return mappings.values();
    }

    /** The defaults set, without those set to null (as none). */
    Map<VisualProperty<?>, Object> defaults() {
        Map<VisualProperty<?>, Object> set = new HashMap<>(defaults);
        set.values().removeIf(java.util.Objects::isNull);
        return set;
    }

    Map<VisualProperty<?>, VisualMappingFunction<?, ?>> mappings() {
        return Map.copyOf(mappings);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <V> V getDefaultValue(VisualProperty<V> vp) {
        return (V) defaults.get(vp);
    }

    @Override
    public <V, S extends V> void setDefaultValue(VisualProperty<V> vp, S value) {
        defaults.put(vp, value);
    }

    @Override
    public Set<VisualPropertyDependency<?>> getAllVisualPropertyDependencies() {
        return Set.of(nodeSize, arrowColor);
    }

    @Override
    public void apply(CyNetworkView view) {
        if (failApply) {
            failApply = false;
            throw new IllegalStateException("injected failure in apply");
        }
        applied++;
        CyNetwork network = view.getModel();
        for (CyNode node : network.getNodeList()) {
            applyTo(view.getNodeView(node), (MemoryTable.MemoryRow) network.getRow(node), "NODE_");
        }
        for (CyEdge edge : network.getEdgeList()) {
            applyTo(view.getEdgeView(edge), (MemoryTable.MemoryRow) network.getRow(edge), "EDGE_");
        }
    }

    private void applyTo(View<?> elementView, MemoryTable.MemoryRow row, String prefix) {
        defaults.forEach((vp, value) -> {
            if (vp.getIdString().startsWith(prefix)) {
                elementView.setVisualProperty(vp, value);
            }
        });
        mappings.forEach((vp, mapping) -> {
            if (vp.getIdString().startsWith(prefix)) {
                Object mapped = ((MemoryMappings.Base<?, ?>) mapping).map(row.raw(mapping.getMappingColumnName()));
                if (mapped != null) {
                    elementView.setVisualProperty(vp, mapped);
                }
            }
        });
    }
}
