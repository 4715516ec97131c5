package org.senescope.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code senescope sc-overlay} with the pseudobulk contrast on PBMC 1k split as {@link ScPseudobulkCommandTest} splits
 * it (cell i in pseudo-sample P(i % 6 + 1), P1–P3 condition A, P4–P6 B): sc-pseudobulk's tables beside the network,
 * the same bytes as sc-pseudobulk writes, and the figure's nodes coloured by the CD14 monocytes' B-A log fold change.
 */
public class ScOverlayPseudobulkTest {

    private static final Path PBMC = Path.of("..", "shared", "data", "single-cell", "pbmc1k_v2");
    private static final Path FOLDER = PBMC.resolve("filtered_feature_bc_matrix");

    /** The documented pseudo-sample split of PBMC 1k (see the class comment), written as {@code dir/cells.tsv}. */
    public static Path split(Path dir) throws IOException {
        List<String> annotations = Files.readAllLines(PBMC.resolve("cell_annotations.tsv"));
        StringBuilder meta = new StringBuilder("barcode\tcell_type\tsample\tcondition\n");
        for (int i = 1; i < annotations.size(); i++) {
            String[] f = annotations.get(i).split("\t");
            int sample = (i - 1) % 6 + 1;
            meta.append(f[0]).append('\t').append(f[2]).append("\tP").append(sample).append('\t')
                    .append(sample <= 3 ? "A" : "B").append('\n');
        }
        return Files.writeString(dir.resolve("cells.tsv"), meta);
    }

    private static List<String> options(Path cells, String... more) {
        List<String> all = new ArrayList<>(List.of("--cell-types", cells.toString(), "--cell-type-column",
                "cell_type"));
        all.addAll(List.of(more));
        return all;
    }

    @Test
    void theContrastColoursTheNodesAndItsTablesAreScPseudobulks(@TempDir Path dir) throws IOException {
        Path cells = split(dir);
        List<String> contrast = List.of("--sample-column", "sample", "--cell-type", "CD14 Mono",
                "--condition-column", "condition", "--contrast", "B-A");
        List<String> args = new ArrayList<>(List.of("sc-overlay", FOLDER.toString()));
        args.addAll(options(cells, contrast.toArray(String[]::new)));
        args.addAll(List.of("--out", dir.resolve("out").toString()));
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertEquals(0, run.exitCode(), run.err());
        List<String> pb = new ArrayList<>(List.of("sc-pseudobulk", FOLDER.toString()));
        pb.addAll(options(cells, contrast.toArray(String[]::new)));
        pb.addAll(List.of("--out", dir.resolve("pb").toString()));
        CliRun pseudobulk = CliRun.of(pb.toArray(String[]::new));
        assertEquals(0, pseudobulk.exitCode(), pseudobulk.err());
        for (String table : List.of("pseudobulk-de.tsv", "pseudobulk-counts.tsv", "pseudobulk-columns.tsv",
                "pseudobulk.cls", "pseudobulk-duplicates.tsv")) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("pb").resolve(table)),
                    Files.readAllBytes(dir.resolve("out").resolve(table)), table);
        }
        assertTrue(run.out().contains("B-A: limma moderated t (lmFit + eBayes) on log-CPM"), run.out());
        assertTrue(run.out().contains("note: 24 gene names name more than one feature of pbmc1k_v2"), run.out());
        String svg = Files.readString(dir.resolve("out/cell-type-expression.svg"));
        assertTrue(svg.contains("Expression of the network&apos;s genes by cell type in pbmc1k_v2; node colour: "
                + "pseudobulk CD14 Mono B-A"), "title");
        assertTrue(svg.contains("Dot colour: mean log-normalised expression"), "the dot strips stay");
        assertTrue(svg.contains("log2 fold change (B/A)"), "the nodes' colour legend");
        // Below the three-row legend the caption would pass a page's height: it is written beside the figure.
        assertFalse(svg.contains("Network: Senescence"), "not drawn");
        assertEquals("Figure caption (not drawn in the figure, which would otherwise be taller than a journal page): "
                + "Network: Senescence–immunity network (58 nodes, 125 edges), drawn in the network's preset "
                + "layout (its own node positions). Node shape shows the kind of node. Colour: log2 fold change "
                + "(B/A) from pseudobulk-de.tsv on a diverging colour-blind-safe scale centred at 0 (ends at −2 "
                + "and +2; values beyond are clamped); grey: not measured (9 of 21 gene nodes measured); a thick "
                + "black border marks adjusted p < 0.05. Arrow: activation; T-bar: inhibition; no end marker: "
                + "binding, membership or association, which have no sign. Line weight, dash and opacity show the "
                + "strongest evidence behind an edge: thick solid line: a finding the seed reports; solid line: "
                + "prior work the seed cites; faint line: a review's claim; thin faint line: background knowledge "
                + "from outside the seeds; dotted line: a hypothesis; dashed grey line: a negative finding (an "
                + "effect tested and not found). Dot strip under each gene node measured in the data: one dot per "
                + "cell type of cell_type, left to right CD14 Mono, CD4 T, NK, B, CD8 T, FCGR3A Mono, Platelet; "
                + "dot area: the fraction of the type's cells expressing the gene (a value above 0), colour: the "
                + "mean log-normalised expression over the type's cells (0 to 5, colour-blind-safe viridis scale);"
                + " a family or complex node shows per type its member expressed in the largest fraction of the "
                + "type's cells." + "\n",
                Files.readString(dir.resolve("out/cell-type-expression.caption.txt")), "the caption");
        assertTrue(Files.readString(dir.resolve("out/sc-overlay-settings.tsv"))
                .contains("pseudobulk\tCD14 Mono B-A: samples from sample, conditions from condition\n"));
        assertContrastColumns(dir.resolve("out"));
    }

    /** {@code gene -> {logFC, adj.P.Val}} of the lines of a {@code pseudobulk-de.tsv}. */
    public static Map<String, double[]> deTable(List<String> lines) {
        assertEquals(List.of("gene", "logFC", "AveExpr", "t", "P.Value", "adj.P.Val", "B"),
                List.of(lines.get(0).split("\t")));
        Map<String, double[]> de = new HashMap<>();
        lines.stream().skip(1).map(l -> l.split("\t")).forEach(f -> de.put(f[0],
                new double[] {Double.parseDouble(f[1]), Double.parseDouble(f[5])}));
        return de;
    }

    /**
     * The cyjs, CX2 and XGMML carry, beside the cell-type columns, each node's pseudobulk log fold change and adjusted
     * p: the values of its gene's row in pseudobulk-de.tsv; nodes the contrast did not reach have none.
     */
    private static void assertContrastColumns(Path out) throws IOException {
        Map<String, double[]> de = deTable(Files.readAllLines(out.resolve("pseudobulk-de.tsv")));
        ObjectMapper json = new ObjectMapper();
        Map<String, JsonNode> nodes = new HashMap<>();
        json.readTree(out.resolve("senescence-immunity.cyjs").toFile()).path("elements").path("nodes")
                .forEach(n -> nodes.put(n.path("data").path("id").asText(), n.path("data")));
        int reached = 0;
        for (JsonNode node : nodes.values()) {
            String gene = node.path("celltype_pseudobulk_gene").asText();
            if (gene.isEmpty()) {
                assertTrue(node.path("celltype_pseudobulk_logfc").isMissingNode(), node.toString());
                continue;
            }
            reached++;
            assertEquals(de.get(gene)[0], node.path("celltype_pseudobulk_logfc").doubleValue(), 0, gene);
            assertEquals(de.get(gene)[1], node.path("celltype_pseudobulk_padj").doubleValue(), 0, gene);
            assertTrue(node.has("celltype_fraction_CD14_Mono"), "the cell-type columns stay");
        }
        assertEquals(9, reached, "the gene nodes with a tested gene (10 counts or more in the CD14 monocytes)");
        assertEquals("CCL3", nodes.get("CCL3").path("celltype_pseudobulk_gene").asText());
        String xgmml = Files.readString(out.resolve("senescence-immunity.xgmml"));
        assertTrue(xgmml.contains("<att name=\"celltype_pseudobulk_logfc\" value=\"" + de.get("CCL3")[0] + "\""),
                "in XGMML");
        assertTrue(xgmml.contains("<att name=\"celltype_pseudobulk_contrast\" value=\"CD14 Mono B-A\""), "in XGMML");
        List<Double> inCx2 = new ArrayList<>();
        json.readTree(out.resolve("senescence-immunity.cx2").toFile()).forEach(aspect -> aspect.path("nodes")
                .forEach(n -> {
                    if (n.path("v").path("senescope_id").asText().equals("CCL3")) {
                        inCx2.add(n.path("v").path("celltype_pseudobulk_padj").doubleValue());
                    }
                }));
        assertEquals(List.of(de.get("CCL3")[1]), inCx2, "in CX2");
    }

    @Test
    void thePseudobulkOptionsGoTogetherAndNeedTheMetadataTsv(@TempDir Path dir) throws IOException {
        Path cells = split(dir);
        Path out = dir.resolve("out");
        List<String> half = new ArrayList<>(List.of("sc-overlay", FOLDER.toString()));
        half.addAll(options(cells, "--contrast", "B-A", "--out", out.toString()));
        CliRun run = CliRun.of(half.toArray(String[]::new));
        assertEquals(2, run.exitCode());
        assertEquals("senescope sc-overlay: --sample-column, --cell-type, --condition-column and --contrast go "
                + "together (the pseudobulk contrast)", run.err().strip());
        CliRun obs = CliRun.of("sc-overlay", PBMC.resolve("pbmc1k_v2.h5ad").toString(), "--obs-column", "cell_type",
                "--sample-column", "cluster", "--cell-type", "NK", "--condition-column", "cell_type_coarse",
                "--contrast", "T-B", "--out", out.toString());
        assertEquals(2, obs.exitCode());
        assertEquals("senescope sc-overlay: the pseudobulk contrast (--sample-column, --cell-type, --condition-column, "
                + "--contrast) reads samples and conditions from --cell-types TSV: give it with --cell-type-column "
                + "NAME", obs.err().strip());
        assertFalse(Files.exists(out), "nothing written");
    }
}
