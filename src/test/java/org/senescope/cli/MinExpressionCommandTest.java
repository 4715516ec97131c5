package org.senescope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code overlay} and {@code figure} with {@code --min-expression} on the real liver DESeq2 table. */
class MinExpressionCommandTest {

    private static final String HS = "../shared/data/liver-deseq2/HS_DESeq2_genesymb.tsv";
    private static final String RNK = "../shared/data/mouse-th1/naive.vs.th1.rnk";

    @TempDir
    Path tmp;

    /** The CX2 file's node attributes by node id. */
    private static Map<String, JsonNode> cx2Nodes(Path cx2) throws IOException {
        Map<String, JsonNode> nodes = new HashMap<>();
        for (JsonNode aspect : new ObjectMapper().readTree(cx2.toFile())) {
            if (aspect.has("nodes")) {
                aspect.get("nodes").forEach(n -> nodes.put(n.get("v").get("senescope_id").asText(), n.get("v")));
            }
        }
        return nodes;
    }

    @Test
    void overlayPrintsWhatIsNotExpressedAndTheCx2SaysSoPerNodeAndMember() throws IOException {
        Path out = tmp.resolve("out");
        CliRun run = CliRun.of("overlay", HS, "--out", out.toString(), "--name", "hs", "--min-expression", "10");
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        assertTrue(lines.contains("Expressed: HS_DESeq2_genesymb.tsv: baseMean (DESeq2 mean of normalised counts, "
                + "linear scale) at least 10"), run.out());
        assertTrue(lines.contains("Below --min-expression: 2 gene nodes drawn not expressed (IL12, PDCD1); member "
                + "cells not expressed: IL12A, IL12B of IL12; ULBP1, ULBP2, ULBP3, RAET1E, RAET1G, RAET1L of "
                + "NKG2D_ligands"), run.out());
        Map<String, JsonNode> nodes = cx2Nodes(out.resolve("hs.cx2"));
        JsonNode il12 = nodes.get("IL12");
        assertTrue(il12.get("overlay_below_min_expression").asBoolean());
        // The colour column is left empty, so Cytoscape never colours IL-12 as a change; the value stays
        assertFalse(il12.hasNonNull("overlay_value"), il12.toString());
        assertEquals(0.436388006101315, il12.get("value_HS_DESeq2_genesymb").asDouble(), 0);
        assertEquals("IL12B [row IL12B]: HS_DESeq2_genesymb 1.67827566160572 (adj. p NA, below --min-expression)",
                il12.get("overlay_members").get(1).asText());
        assertFalse(nodes.get("TP53").get("overlay_below_min_expression").asBoolean());
        assertEquals("MICA [row MICA]: HS_DESeq2_genesymb -0.3995704206134 (adj. p 0.999690735919201)",
                nodes.get("NKG2D_ligands").get("overlay_members").get(0).asText());
        List<String> report = Files.readAllLines(out.resolve("hs.mapping-report.tsv"));
        assertTrue(report.contains("node\t\t\tPDCD1\tmeasured, drawn not expressed\tPDCD1\tHGNC symbol PDCD1 -> node "
                + "PDCD1"), String.join("\n", report));
        String pdcd1 = Files.readAllLines(out.resolve("hs.overlay.tsv")).stream()
                .filter(l -> l.startsWith("PDCD1\t")).findFirst().orElseThrow();
        assertTrue(pdcd1.endsWith("\t#E6E6E6"), pdcd1);
    }

    @Test
    void withoutTheOptionTheCx2HasNoExpressionColumn() throws IOException {
        Path out = tmp.resolve("out");
        assertEquals(0, CliRun.of("overlay", HS, "--out", out.toString(), "--name", "hs").exitCode());
        JsonNode il12 = cx2Nodes(out.resolve("hs.cx2")).get("IL12");
        assertFalse(il12.has("overlay_below_min_expression"));
        assertEquals(0.436388006101315, il12.get("overlay_value").asDouble(), 0);
    }

    @Test
    void aTableWithoutAMeanExpressionColumnIsRefusedWith65AndNothingIsWritten() {
        Path out = tmp.resolve("out");
        CliRun run = CliRun.of("overlay", RNK, "--out", out.toString(), "--min-expression", "10");
        assertEquals(65, run.exitCode());
        assertEquals("senescope overlay: " + RNK + ":1: --min-expression needs a mean-expression column: expected "
                + "baseMean (DESeq2), AveExpr (limma), logCPM (edgeR) or the sample columns of an expression matrix; "
                + "found numeric column with columns 'ID', 't'", run.err().strip());
        assertFalse(Files.exists(out.resolve("senescence-immunity-overlay.cx2")));
    }

    @Test
    void aMinimumThatIsNotANumberIsAUsageError() {
        CliRun run = CliRun.of("overlay", HS, "--out", tmp.toString(), "--min-expression", "ten");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("expected a number, found 'ten'"), run.err());
    }

    @Test
    void theFigureRecipeKeepsTheMinimumAndRemakesTheSameFigure() throws IOException {
        Path out = tmp.resolve("fig");
        CliRun run = CliRun.of("figure", "--overlay", HS, "--min-expression", "10", "--format", "svg",
                "--out", out.toString(), "--name", "f");
        assertEquals(0, run.exitCode(), run.err());
        String recipe = Files.readString(out.resolve("f.recipe.json"));
        assertTrue(recipe.contains("\"min_expression\" : 10.0"), recipe);
        String svg = Files.readString(out.resolve("f.svg"));
        assertTrue(svg.contains("not expressed (below --min-expression)"), "the legend entry");
        CliRun again = CliRun.of("figure", "--recipe", out.resolve("f.recipe.json").toString(), "--overwrite");
        assertEquals(0, again.exitCode(), again.err());
        assertEquals(svg, Files.readString(out.resolve("f.svg")));
        assertEquals(recipe, Files.readString(out.resolve("f.recipe.json")));
    }

    @Test
    void aRecipeWithoutTheFieldStillReadsAndDrawsNothingAsNotExpressed() throws IOException {
        Path out = tmp.resolve("fig");
        assertEquals(0, CliRun.of("figure", "--overlay", HS, "--format", "svg", "--out", out.toString(),
                "--name", "f").exitCode());
        assertFalse(Files.readString(out.resolve("f.recipe.json")).contains("min_expression"));
        CliRun again = CliRun.of("figure", "--recipe", out.resolve("f.recipe.json").toString(), "--overwrite");
        assertEquals(0, again.exitCode(), again.err());
        assertFalse(Files.readString(out.resolve("f.svg")).contains("not expressed"));
    }
}
