package org.senescope.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Module scores from the command line: {@code figure --module-scores} and {@code gsea --figure/--export}. */
class ModuleScoreCommandsTest {

    private static final String HEADER = "gene_set\tdirection\tES\tNES\tp\tp_method\tlog2err\tq_bh\tsize_before\t"
            + "size_in_data\tleading_edge_size\tleading_edge\n";
    private static final String SASP = "sasp_chemokines\tup\t0.97\t1.5931\t3.7E-4\tmultilevel\t0.49\t0.0022\t6\t3\t3\t"
            + "CCL2|CXCL1|CCL5\n";
    private static final Path DATA = Path.of("../shared/data");

    @TempDir
    Path tmp;

    @Test
    void figureDrawsTheModuleScoresAndItsRecipeRemakesTheSameBytes() throws Exception {
        Path scores = tmp.resolve("gsea.tsv");
        Files.writeString(scores, HEADER + SASP);
        CliRun run = CliRun.of("figure", "--out", tmp.toString(), "--module-scores", scores.toString(), "--format",
                "svg,png", "--name", "mod");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("Mapping: Module scores: " + scores + ": 1 of 10 modules (GSEA NES)\n"),
                run.out());
        String svg = Files.readString(tmp.resolve("mod.svg"));
        assertTrue(svg.contains("Module scores (GSEA NES, q)") && svg.contains("SASP chemokines: NES 1.59, q 0.0022"),
                "the legend block, as text");
        JsonNode recipe = new ObjectMapper().readTree(tmp.resolve("mod.recipe.json").toFile());
        assertEquals("gsea.tsv", recipe.get("module_scores").get("path").asText());
        assertEquals(64, recipe.get("module_scores").get("sha256").asText().length());
        assertEquals("fail", recipe.get("other_sets").asText());

        byte[] svgBefore = Files.readAllBytes(tmp.resolve("mod.svg"));
        byte[] pngBefore = Files.readAllBytes(tmp.resolve("mod.png"));
        byte[] recipeBefore = Files.readAllBytes(tmp.resolve("mod.recipe.json"));
        CliRun again = CliRun.of("figure", "--recipe", tmp.resolve("mod.recipe.json").toString(), "--overwrite");
        assertEquals(0, again.exitCode(), again.err());
        assertArrayEquals(svgBefore, Files.readAllBytes(tmp.resolve("mod.svg")));
        assertArrayEquals(pngBefore, Files.readAllBytes(tmp.resolve("mod.png")));
        assertArrayEquals(recipeBefore, Files.readAllBytes(tmp.resolve("mod.recipe.json")));

        Files.writeString(scores, HEADER + SASP.replace("1.5931", "1.6"));
        CliRun changed = CliRun.of("figure", "--recipe", tmp.resolve("mod.recipe.json").toString());
        assertEquals(ExitCodes.DATA_ERROR, changed.exitCode());
        assertTrue(changed.err().contains(": input " + tmp.toAbsolutePath().resolve("gsea.tsv") + " has SHA-256 "),
                changed.err());
    }

    @Test
    void aResultsFileWithASetThatIsNotAModuleStopsTheFigure() throws Exception {
        Path scores = tmp.resolve("gsea.tsv");
        Files.writeString(scores, HEADER + "HALLMARK_P53_PATHWAY\tup\t0.5\t1.8\t0.001\tmultilevel\t0.4\t0.004\t200\t"
                + "180\t50\tTP53\n" + SASP);
        Path out = tmp.resolve("out");
        CliRun run = CliRun.of("figure", "--out", out.toString(), "--module-scores", scores.toString());
        assertEquals(ExitCodes.DATA_ERROR, run.exitCode());
        assertEquals("senescope figure: " + scores + ":2:1: gene set 'HALLMARK_P53_PATHWAY' is not a module of the "
                + "network (its modules: checkpoint_evasion, nk_activating_cytokines, nk_immunosurveillance, "
                + "nkg2d_recognition, p16_rb_arrest, p53_p21_arrest, sasp_chemokines, sasp_pro_tumour, "
                + "senescence_program, therapy_induced_senescence); give --other-sets skip to leave such rows out\n",
                run.err());
        assertFalse(Files.exists(out), "nothing written");

        CliRun skip = CliRun.of("figure", "--out", out.toString(), "--module-scores", scores.toString(),
                "--other-sets", "skip", "--format", "svg");
        assertEquals(0, skip.exitCode(), skip.err());
        assertTrue(skip.out().startsWith("Mapping: Module scores: " + scores + ": 1 of 10 modules (GSEA NES); 1 gene "
                + "set that is not a module left out: HALLMARK_P53_PATHWAY\n"), skip.out());
    }

    @Test
    void aResultsFileWithoutTheColumnsIsRefusedByName() throws Exception {
        Path scores = tmp.resolve("scores.tsv");
        Files.writeString(scores, "module\tscore\nsasp_chemokines\t1.2\n");
        CliRun run = CliRun.of("figure", "--out", tmp.resolve("out").toString(), "--module-scores",
                scores.toString());
        assertEquals(ExitCodes.DATA_ERROR, run.exitCode());
        assertEquals("senescope figure: " + scores + ":1: missing columns 'gene_set', 'NES', 'p', 'q_bh', "
                + "'size_in_data'; expected a senescope gsea table (gene_set, NES, p, q_bh, size_in_data) or a "
                + "senescope camera table (gene_set, genes, direction, p, fdr)\n", run.err());
        CliRun policy = CliRun.of("figure", "--out", tmp.toString(), "--module-scores", scores.toString(),
                "--other-sets", "ignore");
        assertEquals(ExitCodes.USAGE, policy.exitCode());
        assertEquals("senescope: Invalid value for option '--other-sets': expected fail or skip, found "
                + "'ignore'\nTry 'senescope figure --help'.\n", policy.err());
    }

    @Test
    void gseaDrawsTheModulesAndExportsTheNetworkWithTheirScores() throws Exception {
        Path out = tmp.resolve("gsea");
        CliRun run = CliRun.of("gsea", "--table", DATA.resolve("liver-deseq2/HS_DESeq2_genesymb.tsv").toString(),
                "--column", "stat", "--modules", "--min-size", "2", "--permutations", "500", "--figure", "svg",
                "--export", "cx2,graphml", "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("Wrote the network with the module scores: gsea-modules.svg, "
                + "gsea-modules.recipe.json, gsea-modules.methods.txt, gsea-modules.cx2, gsea-modules.graphml\n"),
                run.out());
        List<String> rows = Files.readAllLines(out.resolve("gsea.tsv"));
        String sasp = rows.stream().filter(r -> r.startsWith("sasp_chemokines\t")).findFirst().orElseThrow();
        double nes = Double.parseDouble(sasp.split("\t")[3]);

        JsonNode cx = new ObjectMapper().readTree(out.resolve("gsea-modules.cx2").toFile());
        JsonNode ccl2 = null;
        for (JsonNode aspect : cx) {
            if (aspect.has("nodes")) {
                for (JsonNode n : aspect.get("nodes")) {
                    if (n.get("v").get("senescope_id").asText().equals("CCL2")) {
                        ccl2 = n.get("v");
                    }
                }
            }
        }
        assertEquals(nes, ccl2.get("module_score").asDouble(), 0, "CCL2 carries its module's NES from gsea.tsv");
        assertEquals("sasp_chemokines", ccl2.get("module_score_module").asText());
        String svg = Files.readString(out.resolve("gsea-modules.svg"));
        assertTrue(svg.contains("Module scores (GSEA NES, q)"));
        assertTrue(svg.contains("GSEA of HS_DESeq2_genesymb.tsv (stat)"), "the title names the ranking");
    }

    @Test
    void gseaNetworkOutputsNeedModulesAndACarryingFormat() throws Exception {
        Path rnk = tmp.resolve("r.rnk");
        Files.writeString(rnk, "A\t1\nB\t-1\n");
        CliRun noModules = CliRun.of("gsea", "--ranks", rnk.toString(), "--gene-sets", "x.gmt", "--figure", "png",
                "--out", tmp.resolve("o").toString());
        assertEquals(ExitCodes.USAGE, noModules.exitCode());
        assertEquals("senescope: --figure and --export draw the network's module scores; add --modules\n"
                + "Try 'senescope gsea --help'.\n", noModules.err());
        CliRun sif = CliRun.of("gsea", "--ranks", rnk.toString(), "--modules", "--export", "sif", "--out",
                tmp.resolve("o").toString());
        assertEquals(ExitCodes.USAGE, sif.exitCode());
        assertEquals("senescope: --export: module scores are not carried in sif; use cx2, xgmml, graphml or "
                + "cyjs\nTry 'senescope gsea --help'.\n", sif.err());
        assertFalse(Files.exists(tmp.resolve("o")));
        CliRun network = CliRun.of("gsea", "--ranks", rnk.toString(), "--modules", "--network", "my.cx2", "--out",
                tmp.resolve("o").toString());
        assertEquals(ExitCodes.USAGE, network.exitCode());
        assertEquals("senescope: Invalid value for option '--network': the network must be 'default' or a "
                + "curation folder, found 'my.cx2'\nTry 'senescope gsea --help'.\n",
                network.err());
    }

    @Test
    void gseaTakesTheModulesOfACurationFolder() throws Exception {
        Path curation = tmp.resolve("curation");
        Files.createDirectories(curation);
        try (var files = Files.list(Path.of("networks/senescence-immunity"))) {
            for (Path f : files.toList()) {
                Files.writeString(curation.resolve(f.getFileName()),
                        Files.readString(f).replace("p53_p21_arrest", "p53_axis"));
            }
        }
        Path out = tmp.resolve("out");
        CliRun run = CliRun.of("gsea", "--ranks", Path.of("../shared/reference/p53/p53_limma_t_MUT_vs_WT.rnk")
                .toString(), "--modules", "--network", curation.toString(), "--min-size", "3", "--permutations", "200",
                "--export", "cyjs", "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.readString(out.resolve("gsea.tsv")).contains("\np53_axis\t"), "the folder's module ids");
        assertTrue(Files.readString(out.resolve("gsea-settings.tsv")).contains("\nnetwork\t" + curation + "\n"));
        assertTrue(Files.readString(out.resolve("gsea-modules.cyjs")).contains("\"p53_axis: NES "));
    }
}
