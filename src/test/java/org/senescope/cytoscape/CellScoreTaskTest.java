package org.senescope.cytoscape;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.cytoscape.work.json.JSONResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.senescope.failure.BadRequestException;
import org.senescope.workflow.ExistingFiles;
import org.senescope.workflow.ScScoreJob;

/**
 * Issue 16: Apps &gt; Senescope &gt; Single-cell module scores... and {@code senescope sc-score} on the real PBMC 1k
 * .h5ad write the command line's files, byte for byte, into the chosen folder and return their paths; Cytoscape is
 * left unchanged; an existing file is refused (nothing written) unless overwrite is set; bad arguments are named.
 */
class CellScoreTaskTest {

    private static final Path H5AD = CellTypeOverlayTaskTest.PBMC.resolve("pbmc1k_v2.h5ad");

    @TempDir
    Path tmp;

    private CellScoreTask task(Path folder) {
        CellScoreTask task = new CellScoreTask();
        task.data = H5AD.toFile();
        task.cellTypes = CellTypeOverlayTaskTest.TYPES.toFile();
        task.cellTypeColumn = "cell_type";
        task.folder = folder.toFile();
        return task;
    }

    @Test
    void writesTheCommandLinesFilesAndReturnsTheirPaths() throws Exception {
        MemoryCytoscape cytoscape = new MemoryCytoscape();
        Map<String, Object> before = CytoscapeState.of(cytoscape);
        Path folder = tmp.resolve("app");
        CellScoreTask task = task(folder);
        task.run(new RecordingTaskMonitor());
        assertEquals(before, CytoscapeState.of(cytoscape), "Cytoscape is left as it was");

        Path cli = tmp.resolve("cli");
        ScScoreJob.run(task(cli).request()).files().write(ExistingFiles.REFUSE);
        JsonNode json = new ObjectMapper().readTree(task.getResults(JSONResult.class).getJSON());
        List<String> files = new ArrayList<>();
        json.get("files").forEach(f -> files.add(f.asText()));
        assertEquals(List.of("cell-scores.tsv", "cell-type-scores.tsv", "cell-type-scores.png", "cell-type-scores.svg",
                "cell-type-scores.pdf", "cell-type-module-scores.png", "cell-type-module-scores.svg",
                "cell-type-module-scores.pdf", "gene-set-mapping.tsv", "sc-score-skipped.tsv", "sc-score-settings.tsv"),
                files.stream().map(f -> Path.of(f).getFileName().toString()).toList());
        for (String file : files) {
            Path written = Path.of(file);
            assertEquals(folder, written.getParent());
            if (!file.endsWith(".pdf")) {
                // PDFBox stamps the creation time into the PDF; every other file is the command line's, byte for byte.
                assertArrayEquals(Files.readAllBytes(cli.resolve(written.getFileName())), Files.readAllBytes(written),
                        file);
            }
        }
        assertEquals("barcode", Files.readAllLines(folder.resolve("cell-scores.tsv")).get(0).split("\t")[0]);
        assertEquals(996 + 1, Files.readAllLines(folder.resolve("cell-scores.tsv")).size());
        assertEquals("ucell", json.get("method").asText());
        assertEquals(996, json.get("cells").intValue());
        int sets = json.get("setsScored").intValue();
        assertEquals(Files.readAllLines(folder.resolve("cell-scores.tsv")).get(0).split("\t").length - 1, sets);
        assertTrue(task.getResults(String.class).startsWith(sets + " gene sets scored (UCell) in 996 cells"),
                task.getResults(String.class));
    }

    @Test
    void anExistingFileIsRefusedUnlessOverwriteAndBadArgumentsAreNamed() throws Exception {
        Path folder = tmp.resolve("out");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("cell-scores.tsv"), "mine\n");
        CellScoreTask task = task(folder);
        task.cellTypes = null;
        task.cellTypeColumn = "";
        FileSystemException e = assertThrows(FileSystemException.class, () -> task.run(new RecordingTaskMonitor()));
        assertTrue(e.getMessage().contains("overwrite=true"), e.getMessage());
        assertEquals("mine\n", Files.readString(folder.resolve("cell-scores.tsv")));
        try (var listed = Files.list(folder)) {
            assertEquals(1, listed.count(), "nothing else written");
        }
        task.overwrite = true;
        task.run(new RecordingTaskMonitor());
        assertTrue(Files.readString(folder.resolve("cell-scores.tsv")).startsWith("barcode\t"));

        CellScoreTask method = task(folder);
        method.method = "auc";
        assertEquals("method: expected ucell, aucell or seurat, found 'auc'",
                assertThrows(BadRequestException.class, () -> method.run(new RecordingTaskMonitor())).getMessage());
        CellScoreTask noSets = task(folder);
        noSets.modules = false;
        assertEquals("no gene sets: score the network's modules (modules=true) or give a GMT file (gmtFile)",
                assertThrows(BadRequestException.class, () -> noSets.run(new RecordingTaskMonitor())).getMessage());
        CellScoreTask both = task(folder);
        both.layer = "counts";
        both.raw = true;
        assertEquals("give at most one of genome, layer and raw=true",
                assertThrows(BadRequestException.class, () -> both.run(new RecordingTaskMonitor())).getMessage());
    }
}
