package org.senescope.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.senescope.model.cell.ModuleCellTypeScores;

/**
 * {@code sc-score --modules} with cell types on the real PBMC 1k v2 data: the network figure of the modules' median
 * scores per cell type is written beside the violins, and each strip cell's value is the median that
 * cell-type-scores.tsv gives for that module and type, types in the violins' order.
 */
class CellTypeModuleScoresTest {

    private static final Path PBMC = Path.of("..", "shared", "data", "single-cell", "pbmc1k_v2");

    @Test
    void theStripMediansAreTheSummaryTablesMediansAndTheFigureIsWritten() throws IOException {
        Path out = Files.createDirectories(Path.of("target", "cell-type-module-scores"));
        CellTypeChoice types = new CellTypeChoice.FileColumn(PBMC.resolve("cell_annotations.tsv"), "cell_type");
        CellDataChoice data = CellDataChoice.of(PBMC.resolve("filtered_feature_bc_matrix"));
        GeneSetChoice sets = new GeneSetChoice(List.of(), ModuleChoice.bundled(), GeneSetChoice.MODULES_MIN_SIZE,
                GeneSetChoice.DEFAULT_MAX_SIZE);
        ScScoreResult result = ScScoreJob.run(new ScScoreRequest(data, sets, CellScoreMethod.UCELL, types, out));
        result.files().write(ExistingFiles.REPLACE);
        for (String ext : List.of("png", "svg", "pdf")) {
            assertTrue(Files.size(out.resolve(CellTypeScoreFigure.NETWORK + "." + ext)) > 10_000, ext);
        }
        CellLabels labels = ScScoreJob.labels(types, CellData.read(data));
        ModuleCellTypeScores medians = CellTypeScoreFigure.medians(Set.copyOf(result.sets()), result.scores(),
                labels, CellScoreMethod.UCELL);
        assertEquals(labels.groups(), medians.types(), "the violins' order");
        assertEquals(Set.copyOf(result.sets()), medians.medians().keySet());
        Map<String, String> table = new HashMap<>();
        for (String line : Files.readAllLines(out.resolve(CellScoreTables.CELL_TYPE_SCORES)).subList(1,
                result.sets().size() * labels.groups().size() + 1)) {
            String[] f = line.split("\t", -1);
            table.put(f[0] + "|" + f[1], f[4]);
        }
        int checked = 0;
        for (String module : result.sets()) {
            for (int t = 0; t < medians.types().size(); t++) {
                assertEquals(table.get(medians.types().get(t) + "|" + module),
                        GseaTables.number(medians.median(module, t)), module + " " + medians.types().get(t));
                checked++;
            }
        }
        assertEquals(result.sets().size() * 7, checked);
        assertTrue(result.sets().size() >= 5, result.sets().toString());
    }
}
