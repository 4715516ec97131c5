package org.senescope.cytoscape;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cytoscape.model.CyNetwork;
import org.cytoscape.model.CyNode;
import org.cytoscape.model.CyRow;
import org.senescope.model.table.Columns;
import org.senescope.workflow.NetworkRequest;
import org.senescope.workflow.OverlayRequest;

/**
 * The Cytoscape app driven as a user or a script would, on the in-memory Cytoscape, for tests outside this package
 * (the workflow's parity tests): the requests the tasks build from their default Tunables, and what their runs leave
 * in the node table. One driver is one Cytoscape session.
 */
public final class AppDriver {

    private final MemoryCytoscape cytoscape = new MemoryCytoscape();
    private final BundledData bundled = new BundledData();
    private final SessionOverlays overlays = new SessionOverlays();
    private final RecordingTaskMonitor monitor = new RecordingTaskMonitor();

    /** The request Apps &gt; Senescope &gt; Build runs. */
    public static NetworkRequest buildRequest() {
        return BuildNetworkTask.request();
    }

    /** Runs Apps &gt; Senescope &gt; Build with its defaults; the new network becomes the current one. */
    public void build() throws Exception {
        new BuildNetworkTask(cytoscape.services(), bundled).run(monitor);
    }

    /** The request the {@code senescope overlay} command builds, with its defaults, for {@code file} on the current network. */
    public OverlayRequest overlayRequest(Path file) {
        ImportExpressionTask task = new ImportExpressionTask(cytoscape.services(), bundled, overlays);
        task.file = file.toFile();
        OverlayTarget target = OverlayTarget.of(cytoscape.current, task.networkColumn, bundled);
        return ExpressionImport.request(task.file, task.options(), target);
    }

    /** Runs the {@code senescope overlay} command with its defaults for {@code file} on the current network. */
    public void importExpression(Path file) throws Exception {
        ImportExpressionTask task = new ImportExpressionTask(cytoscape.services(), bundled, overlays);
        task.file = file.toFile();
        task.run(monitor);
    }

    /**
     * The current network's node table: per node (by Senescope id) the named columns' values as flat text (lists
     * joined with {@code |}, numbers as Java writes them, an empty cell as empty text), as the exports would write
     * them; columns are given by their names without namespace.
     */
    public Map<String, Map<String, String>> nodeTable(List<String> columns) {
        CyNetwork network = cytoscape.current;
        Map<String, Map<String, String>> table = new LinkedHashMap<>();
        for (CyNode node : network.getNodeList()) {
            CyRow row = network.getRow(node);
            Map<String, String> values = new LinkedHashMap<>();
            for (String column : columns) {
                Object value = ((MemoryTable.MemoryRow) row).raw(SenescopeColumns.of(column));
                values.put(column, value instanceof List<?> list ? String.join("|", list.stream().map(String::valueOf)
                        .toList()) : value == null ? "" : String.valueOf(value));
            }
            table.put(row.get(SenescopeColumns.of(Columns.SENESCOPE_ID), String.class), values);
        }
        return table;
    }

    /** Every message the tasks showed, as {@code LEVEL text}, in order. */
    public List<String> messages() {
        return List.copyOf(monitor.messages);
    }
}
