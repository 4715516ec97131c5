package org.senescope.cytoscape;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.cytoscape.application.CyApplicationManager;
import org.cytoscape.event.CyEventHelper;
import org.cytoscape.model.CyNetwork;
import org.cytoscape.model.CyNetworkFactory;
import org.cytoscape.model.CyNetworkManager;
import org.cytoscape.model.CyTable;
import org.cytoscape.model.CyTableFactory;
import org.cytoscape.model.CyTableManager;
import org.cytoscape.model.subnetwork.CyRootNetworkManager;
import org.cytoscape.session.CyNetworkNaming;
import org.cytoscape.view.model.CyNetworkView;
import org.cytoscape.view.model.CyNetworkViewFactory;
import org.cytoscape.view.model.CyNetworkViewManager;
import org.cytoscape.view.model.VisualLexicon;
import org.cytoscape.view.vizmap.VisualMappingManager;
import org.cytoscape.view.vizmap.VisualStyle;
import org.cytoscape.view.vizmap.VisualStyleFactory;
import org.jspecify.annotations.Nullable;

/**
 * An in-memory Cytoscape: the services the adapter uses, each recording what was done to it, wired into the
 * {@link CytoscapeServices} the tasks take.
 */
final class MemoryCytoscape implements CyApplicationManager, CyNetworkFactory, CyNetworkManager, CyNetworkNaming, CyNetworkViewFactory,
        CyNetworkViewManager, CyEventHelper, VisualMappingManager, VisualStyleFactory, CyTableFactory, CyTableManager,
        CyRootNetworkManager {

    /** The tables added to the table manager (unassigned tables), in order. */
    final List<CyTable> tables = new ArrayList<>();

    final List<MemoryNetwork> created = new ArrayList<>();
    final Set<CyNetwork> networks = new LinkedHashSet<>();
    final List<MemoryNetworkView> views = new ArrayList<>();
    final Set<VisualStyle> styles = new LinkedHashSet<>();
    final Map<CyNetworkView, VisualStyle> styleOfView = new HashMap<>();
    int flushes;
    CyNetwork current;
    /** The running renderer's lexicon: Cytoscape desktop's by default; null for a Cytoscape without a renderer. */
    @Nullable VisualLexicon lexicon = MemoryLexicon.dingLike();

    @Override
    public CyNetwork getCurrentNetwork() {
        return current;
    }

    @Override
    public CyNetworkView getCurrentNetworkView() {
        return views.stream().filter(v -> v.getModel() == current).findFirst().orElse(null);
    }

    /** The table the table panel shows, as the real manager keeps it: set by whoever calls the setter. */
    CyTable currentTable;

    @Override
    public CyTable getCurrentTable() {
        return currentTable;
    }

    @Override
    public void setCurrentTable(CyTable table) {
        step("setCurrentTable");
        currentTable = table;
    }

    /**
     * A step that fails once (an injected fault, as a real service may throw), by its method name; none when null.
     * It fails only once, so that undoing the failed task can call it again.
     */
    @Nullable String failAt;

    private void step(String name) {
        if (name.equals(failAt)) {
            failAt = null;
            throw new IllegalStateException("injected failure in " + name);
        }
    }

    CytoscapeServices services() {
        SenescopeVisualStyle style = new SenescopeVisualStyle(this, this,
                MemoryMappings.factory(MemoryMappings.Kind.DISCRETE),
                MemoryMappings.factory(MemoryMappings.Kind.PASSTHROUGH),
                MemoryMappings.factory(MemoryMappings.Kind.CONTINUOUS),
                () -> Optional.ofNullable(lexicon));
        return new CytoscapeServices(this, this, this, this, this, this, this, this, this, this, style);
    }

    /** Runs Build with its defaults and returns the network it made, now the current one. */
    MemoryNetwork buildSeedNetwork(NetworkSource source) throws Exception {
        new BuildNetworkTask(services(), source).run(new RecordingTaskMonitor());
        return (MemoryNetwork) current;
    }

    /** As model-impl's: a sub-network's root; this double has no other kind of network. */
    @Override
    public MemoryRootNetwork getRootNetwork(CyNetwork network) {
        if (network instanceof MemoryNetwork sub) {
            return sub.root();
        }
        throw new IllegalArgumentException("Your network isn't of proper type - can't provide a root network");
    }

    @Override
    public CyNetwork createNetwork() {
        MemoryNetwork network = new MemoryNetwork();
        created.add(network);
        return network;
    }

    @Override
    public void addNetwork(CyNetwork network) {
        networks.add(network);
        current = network;
    }

    @Override
    public void addNetwork(CyNetwork network, boolean setCurrent) {
        networks.add(network);
    }

    @Override
    public Set<CyNetwork> getNetworkSet() {
        return Set.copyOf(networks);
    }

    @Override
    public CyNetwork getNetwork(long suid) {
        return networks.stream().filter(n -> n.getSUID() == suid).findFirst().orElse(null);
    }

    @Override
    public void destroyNetwork(CyNetwork network) {
        networks.remove(network);
        // Cytoscape's network view manager destroys a destroyed network's views with it.
        views.removeIf(v -> {
            boolean of = v.getModel() == network;
            if (of) {
                v.dispose();
                styleOfView.remove(v);
            }
            return of;
        });
    }

    /** Like Cytoscape's: a title already taken gets a number. */
    @Override
    public String getSuggestedNetworkTitle(String desiredTitle) {
        long taken = networks.stream()
                .map(n -> n.getRow(n).get(CyNetwork.NAME, String.class))
                .filter(t -> t != null && t.startsWith(desiredTitle))
                .count();
        return taken == 0 ? desiredTitle : desiredTitle + "_" + taken;
    }

    @Override
    public CyNetworkView createNetworkView(CyNetwork network) {
        step("createNetworkView");
        return new MemoryNetworkView(network);
    }

    @Override
    public void addNetworkView(CyNetworkView view) {
        step("addNetworkView");
        views.add((MemoryNetworkView) view);
    }

    @Override
    public Collection<CyNetworkView> getNetworkViews(CyNetwork network) {
        return views.stream().filter(v -> v.getModel() == network).<CyNetworkView>map(v -> v).toList();
    }

    @Override
    public void flushPayloadEvents() {
        step("flushPayloadEvents");
        flushes++;
    }

    @Override
    public void addVisualStyle(VisualStyle visualStyle) {
        step("addVisualStyle");
        styles.add(visualStyle);
    }

    @Override
    public void setVisualStyle(VisualStyle visualStyle, CyNetworkView view) {
        step("setVisualStyle");
        styleOfView.put(view, visualStyle);
    }

    @Override
    public void removeVisualStyle(VisualStyle visualStyle) {
        styles.remove(visualStyle);
        styleOfView.values().removeIf(visualStyle::equals);
    }

    @Override
    public VisualStyle getVisualStyle(CyNetworkView view) {
        return styleOfView.get(view);
    }

    @Override
    public Set<VisualStyle> getAllVisualStyles() {
        return Set.copyOf(styles);
    }

    @Override
    public VisualStyle createVisualStyle(String title) {
        return new MemoryVisualStyle(title);
    }

    @Override
    public CyTable createTable(String title, String primaryKey, Class<?> primaryKeyType, boolean pub,
                               boolean isMutable) {
        step("createTable");
        return new MemoryTable(title, primaryKey, primaryKeyType);
    }

    /** Only unassigned tables: a network's own tables are not registered here. */
    @Override
    public Set<CyTable> getAllTables(boolean includePrivate) {
        return new LinkedHashSet<>(tables);
    }

    @Override
    public void addTable(CyTable table) {
        step("addTable");
        tables.add(table);
    }

    @Override
    public CyTable getTable(long suid) {
        return tables.stream().filter(t -> t.getSUID() == suid).findFirst().orElse(null);
    }

    @Override
    public void deleteTable(long suid) {
        step("deleteTable");
        tables.removeIf(t -> t.getSUID() == suid);
    }
}
