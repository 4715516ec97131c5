package org.senescope.cytoscape;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.cytoscape.model.CyColumn;
import org.cytoscape.model.CyNetwork;
import org.cytoscape.model.CyRow;
import org.cytoscape.model.CyTable;
import org.cytoscape.work.json.JSONResult;
import org.senescope.workflow.GseaRequest;

/**
 * Apps &gt; Senescope &gt; Gene-set analysis (GSEA)... driven from tests outside this package (the workflow's parity
 * tests): an in-memory Cytoscape with the seed network built, the task's Tunables set as a user would, the request
 * the task builds, and what it writes into Cytoscape.
 */
public final class AppGsea {

    private static final BundledData BUNDLED = new BundledData();

    private final MemoryCytoscape cytoscape = new MemoryCytoscape();
    private final GeneSetAnalysisTask task;

    /** The Tunables a test sets; {@link #file} names the ranking file and {@link #gmt} a GMT file. */
    public record Tunables(Path file, String rankBy, Path gmt, boolean modules, int minSize, int maxSize,
                           int permutations, long seed) {
    }

    private AppGsea(Tunables tunables) throws Exception {
        cytoscape.buildSeedNetwork(BUNDLED);
        task = new GeneSetAnalysisTask(cytoscape.services(), BUNDLED);
        task.rankFile = tunables.file().toFile();
        task.rankBy = tunables.rankBy();
        task.gmtFile = tunables.gmt() == null ? null : new File(tunables.gmt().toString());
        task.modules = tunables.modules();
        task.minSize = tunables.minSize();
        task.maxSize = tunables.maxSize();
        task.permutations = tunables.permutations();
        task.seed = tunables.seed();
    }

    /** The seed network in a new in-memory Cytoscape, and the task with these Tunables. */
    public static AppGsea of(Tunables tunables) throws Exception {
        return new AppGsea(tunables);
    }

    /** The request the task builds from its Tunables for the current network. */
    public GseaRequest request() throws Exception {
        CyNetwork target = cytoscape.services().networkChoice().resolve(task.network);
        return task.request(target, OverlayTarget.of(target, "", BUNDLED));
    }

    /** Runs the task as Cytoscape would. */
    public void run() throws Exception {
        task.run(new RecordingTaskMonitor());
    }

    /** The rows of the result table, each column by name, in the table's row order. */
    public List<Map<String, Object>> table() {
        CyTable table = cytoscape.tables.get(0);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (CyRow row : table.getAllRows()) {
            Map<String, Object> cells = new LinkedHashMap<>();
            for (CyColumn column : table.getColumns()) {
                cells.put(column.getName(), column.getType() == List.class
                        ? row.getList(column.getName(), column.getListElementType())
                        : row.get(column.getName(), column.getType()));
            }
            rows.add(cells);
        }
        return rows;
    }

    /** The notes the task returned in its JSON result. */
    public List<String> notes() throws IOException {
        JsonNode json = new ObjectMapper().readTree(task.getResults(JSONResult.class).getJSON());
        List<String> notes = new ArrayList<>();
        json.get("notes").forEach(n -> notes.add(n.asText()));
        return notes;
    }
}
