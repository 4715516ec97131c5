package org.senescope.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.senescope.cli.CommandRequests;
import org.senescope.cytoscape.AppGsea;
import org.senescope.model.analysis.GseaColumn;
import org.senescope.model.analysis.GseaSetResult;

/**
 * One GSEA job for two front ends: the request {@code senescope gsea} builds from its options and the one the
 * Cytoscape task builds from its Tunables (on the in-memory Cytoscape) are the same analysis, and give the same
 * numbers, notes, skipped sets and settings; the command writes exactly the job's files, and the task's result table
 * holds exactly the job's numbers.
 */
class GseaParityTest {

    private static final Path P53_RANKS = Path.of("../shared/reference/p53/p53_limma_t_MUT_vs_WT.rnk");
    private static final Path SENESCENCE_SETS = Path.of("../shared/data/genesets/senescence_sets.gmt");
    private static final Path LIVER = Path.of("../shared/data/liver-deseq2/HS_DESeq2_genesymb.tsv");

    @TempDir
    Path out;

    @Test
    void aRnkFileAndAGmtFileGiveTheSameResultFromTheCommandLineAndTheApp() throws Exception {
        List<String> args = List.of("gsea", "--ranks", P53_RANKS.toString(), "--gene-sets",
                SENESCENCE_SETS.toString(), "--min-size", "15", "--permutations", "1000", "--seed", "7", "--out",
                out.toString());
        AppGsea app = AppGsea.of(new AppGsea.Tunables(P53_RANKS, "", SENESCENCE_SETS, false, 15, 500, 1000, 7));
        GseaResult result = assertSameAnalysis(args, app);
        assertEquals(11, result.run().results().size() + result.run().skipped().size(), "the sets of the GMT file");
        assertSameTable(result, app, "senescence_sets.gmt");
    }

    @Test
    void aTableColumnAndTheModulesGiveTheSameResultFromTheCommandLineAndTheApp() throws Exception {
        List<String> args = List.of("gsea", "--table", LIVER.toString(), "--column", "stat", "--modules",
                "--min-size", "3", "--permutations", "500", "--out", out.toString());
        AppGsea app = AppGsea.of(new AppGsea.Tunables(LIVER, "stat", null, true, 3, 500, 500, 42));
        GseaResult result = assertSameAnalysis(args, app);
        assertTrue(result.notes().stream().anyMatch(n -> n.contains("have no gene name or no finite stat")),
                result.notes().toString());
        assertEquals("default", result.settings().get("network"));
        assertSameTable(result, app, GeneSetCatalog.MODULE);
    }

    /**
     * The two requests are the same analysis (the app's writes no files) and give equal results; the command prints
     * the job's notes and writes its files; the app returns the job's notes. Returns the command line's result.
     */
    private GseaResult assertSameAnalysis(List<String> args, AppGsea app) throws Exception {
        GseaRequest cli = CommandRequests.gsea(args.subList(1, args.size()).toArray(String[]::new));
        GseaRequest fromApp = app.request();
        assertEquals(cli.ranking(), fromApp.ranking());
        assertEquals(cli.geneSets(), fromApp.geneSets());
        assertEquals(List.of(cli.seed(), (long) cli.permutations(), cli.eps()),
                List.of(fromApp.seed(), (long) fromApp.permutations(), fromApp.eps()));
        assertInstanceOf(GseaOutputs.Files.class, cli.outputs());
        assertInstanceOf(GseaOutputs.None.class, fromApp.outputs());

        GseaResult a = GseaJob.run(cli);
        GseaResult b = GseaJob.run(fromApp);
        assertTrue(a.run().results().size() >= 3, "sets tested: " + a.run().results().size());
        assertEquals(a.run().results(), b.run().results(), "ES, NES, p, q, sizes and leading edges, exactly");
        assertEquals(a.run().skipped(), b.run().skipped());
        assertEquals(a.notes(), b.notes());
        assertEquals(a.settings(), b.settings());
        assertEquals(a.ranking(), b.ranking());
        assertEquals(List.of(), b.files().files());

        CommandRequests.Printed printed = CommandRequests.run(args.toArray(String[]::new));
        assertEquals(0, printed.exitCode(), printed.err());
        OutputFiles.assertWrittenAsPlanned(a.files(), out);
        List<String> notes = Arrays.stream(printed.out().split("\\R")).filter(l -> l.startsWith("note: "))
                .map(l -> l.substring("note: ".length())).toList();
        assertEquals(a.notes(), notes);
        app.run();
        assertEquals(a.notes(), app.notes());
        return a;
    }

    /** The app's result table holds, row for row, the job's values in the one definition of the columns. */
    private static void assertSameTable(GseaResult result, AppGsea app, String source) {
        Map<String, Map<String, Object>> rows = new HashMap<>();
        app.table().forEach(row -> rows.put((String) row.get(GseaColumn.GENE_SET.header()), row));
        assertEquals(result.run().results().size(), rows.size());
        for (GseaSetResult r : result.run().results()) {
            Map<String, Object> row = rows.get(r.name());
            List<Object> expected = new ArrayList<>();
            List<Object> actual = new ArrayList<>();
            for (GseaColumn column : GseaColumn.values()) {
                Object value = column.value(r);
                expected.add(value instanceof Double d && d.isNaN() ? null : value);
                actual.add(row.get(column.header()));
            }
            assertEquals(expected, actual, r.name());
            assertEquals(source, row.get("source"), r.name());
        }
    }
}
