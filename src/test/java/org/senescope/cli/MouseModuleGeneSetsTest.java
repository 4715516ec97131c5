package org.senescope.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.senescope.render.plots.SvgTexts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The network's modules tested on real mouse data by every gene-set command: GSE14308 (fgsea's example), whose
 * ranking and matrix name genes by mouse Entrez ids. The modules must be mapped into those ids as the overlay maps
 * them, tested with the modules' own small minimum size, and flagged as small sets.
 */
class MouseModuleGeneSetsTest {

    private static final Path MOUSE = Path.of("..", "shared", "data", "mouse-th1");
    private static final Path RANKS = MOUSE.resolve("naive.vs.th1.rnk");
    private static final Path MATRIX = MOUSE.resolve("gse14308_expression_matrix.tsv");
    private static final String MAPPED = "the data's identifiers are mouse Entrez Gene ids (%s of %s values are "
            + "numbers; 0 are human Entrez ids, %d mouse Entrez ids of the ortholog table), mapped to the network's "
            + "nodes as senescope overlay maps them\n";
    /** The four modules of processes, phenotypes and cell types only: no gene to find in any data. */
    private static final String GENELESS = "senescence_program\t0\t0\tnone of its genes are in the data\n"
            + "nk_immunosurveillance\t0\t0\tnone of its genes are in the data\n"
            + "therapy_induced_senescence\t0\t0\tnone of its genes are in the data\n"
            + "sasp_pro_tumour\t0\t0\tnone of its genes are in the data\n";
    private static final String SMALL = "small set: %d genes in the data (under 15); about these genes, not a pathway";

    @TempDir
    Path tmp;

    private static String note(String set, int genes) {
        return "note: gene set '" + set + "': " + String.format(SMALL, genes) + "; one gene can carry its result\n";
    }

    @Test
    void gseaMapsTheModulesToMouseEntrezIdsAndTestsSixOfThem() throws IOException {
        Path out = tmp.resolve("gsea");
        CliRun run = CliRun.of("gsea", "--ranks", RANKS.toString(), "--modules", "--permutations", "1000", "--out",
                out.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("note: modules: 15 of the modules' 20 gene nodes found in " + RANKS
                + ", by 15 identifiers; " + String.format(MAPPED, "12,000", "12,000", 19)), run.out());
        assertTrue(run.out().contains("6 gene sets tested, 4 skipped (4 none of its genes are in the data)"),
                run.out());
        assertTrue(run.out().contains(note("p16_rb_arrest", 2)), run.out());
        List<String> rows = Files.readAllLines(out.resolve("gsea.tsv"));
        assertEquals(7, rows.size());
        assertTrue(rows.get(0).endsWith("\tleading_edge\tcaution"), rows.get(0));
        String p16 = rows.stream().filter(r -> r.startsWith("p16_rb_arrest\t")).findFirst().orElseThrow();
        // Rb1 (19645) and Cdkn2a (12578): the p16INK4a and RB nodes reached through the mouse ortholog table.
        assertTrue(p16.endsWith("\t2\t2\t2\t19645|12578\t" + String.format(SMALL, 2)), p16);
        rows.subList(1, 7).forEach(r -> assertTrue(r.contains("\tsmall set: "), r));
        assertEquals("gene_set\tsize_before\tsize_in_data\treason\n" + GENELESS,
                Files.readString(out.resolve("gsea-skipped.tsv")));
        String settings = Files.readString(out.resolve("gsea-settings.tsv"));
        assertTrue(settings.contains("module_gene_nodes_in_data\t15 of 20 (15 identifiers)\nmin_size\t2\n"),
                settings);
    }

    @Test
    void scoreMapsTheModulesToTheMatrixAndDrawsThemByName() throws Exception {
        Path out = tmp.resolve("score");
        CliRun run = CliRun.of("score", "--expression", MATRIX.toString(), "--method", "ssgsea", "--modules",
                "--groups", sheet().toString(), "--heatmap", "svg", "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("note: modules: 11 of the modules' 20 gene nodes found in " + MATRIX
                + ", by 11 identifiers; " + String.format(MAPPED, "10,000", "10,000", 15)), run.out());
        assertTrue(run.out().contains(note("p53_p21_arrest", 2) + note("sasp_chemokines", 3)
                + note("checkpoint_evasion", 3)), run.out());
        assertTrue(run.out().contains("3 gene sets scored in 12 samples, 7 skipped (4 none of its genes are in the "
                + "data, 3 fewer genes in the data than the minimum size)"), run.out());
        List<String> scores = Files.readAllLines(out.resolve("scores.tsv"));
        assertEquals(List.of("p53_p21_arrest", "sasp_chemokines", "checkpoint_evasion"),
                scores.subList(1, scores.size()).stream().map(r -> r.substring(0, r.indexOf('\t'))).toList());
        SvgTexts svg = SvgTexts.of(Files.readAllBytes(out.resolve("score-heatmap.svg")));
        List<String> texts = svg.upright().stream().map(SvgTexts.Text::text).toList();
        assertTrue(texts.containsAll(List.of("p53\u2013p21 arrest", "SASP chemokines", "Checkpoint evasion")),
                texts.toString());
        assertFalse(texts.contains("p53_p21_arrest"), texts.toString());
        svg.upright().forEach(t -> assertTrue(t.inside(svg.width(), svg.height()), t.toString()));
    }

    @Test
    void cameraTestsTheThreeModulesWithTwoOrMoreGenesInTheMatrix() throws IOException {
        Path out = tmp.resolve("camera");
        CliRun run = CliRun.of("camera", "--expression", MATRIX.toString(), "--groups", sheet().toString(),
                "--contrast", "Th1-naive", "--modules", "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("note: modules: 11 of the modules' 20 gene nodes found in " + MATRIX
                + ", by 11 identifiers; "), run.out());
        assertTrue(run.out().contains("3 gene sets tested (0 with FDR < 0.05), 7 skipped"), run.out());
        List<String> rows = Files.readAllLines(out.resolve("camera.tsv"));
        assertEquals("gene_set\tgenes\tcorrelation\tdirection\tp\tfdr\tp_down\tp_up\tcaution", rows.get(0));
        assertEquals(4, rows.size());
        assertTrue(rows.get(1).startsWith("p53_p21_arrest\t2\t0.01\tUp\t"), rows.get(1));
        assertTrue(rows.get(1).endsWith("\t" + String.format(SMALL, 2)), rows.get(1));
    }

    @Test
    void oraTestsTheModulesAgainstAMouseSelectionAndBackground() throws IOException {
        List<String> selected = new ArrayList<>();
        List<String> background = new ArrayList<>();
        for (String line : Files.readAllLines(RANKS).subList(1, 12001)) {
            String[] fields = line.split("\t");
            background.add(fields[0]);
            if (Math.abs(Double.parseDouble(fields[1])) > 5) {
                selected.add(fields[0]);
            }
        }
        Path genes = Files.write(tmp.resolve("selected.txt"), selected);
        Path universe = Files.write(tmp.resolve("background.txt"), background);
        Path out = tmp.resolve("ora");
        CliRun run = CliRun.of("ora", "--genes", genes.toString(), "--background", universe.toString(), "--modules",
                "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("note: modules: 15 of the modules' 20 gene nodes found in " + genes
                + " and its background, by 15 identifiers; " + String.format(MAPPED, "12,000", "12,000", 19)),
                run.out());
        assertTrue(run.out().contains("6 gene sets tested, 4 skipped (4 none of its genes are in the data)"),
                run.out());
        List<String> rows = Files.readAllLines(out.resolve("ora.tsv"));
        assertEquals(7, rows.size());
        assertTrue(rows.contains("sasp_chemokines\t4\t4\t2\t1.317\t1.5186028853454823\t0.4001475127440626\t1.0\t"
                + "20302|20304\t" + String.format(SMALL, 4)), rows.toString());
    }

    @Test
    void aGmtBesideTheModulesKeepsTheUsualMinimumAndAGivenMinimumIsKept() throws IOException {
        Path both = tmp.resolve("both");
        CliRun run = CliRun.of("gsea", "--ranks", RANKS.toString(), "--modules", "--gene-sets",
                MOUSE.resolve("mouse.reactome.gmt").toString(), "--permutations", "200", "--out", both.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.readString(both.resolve("gsea-settings.tsv")).contains("\nmin_size\t15\n"));
        assertTrue(Files.readString(both.resolve("gsea-skipped.tsv")).contains(
                "p16_rb_arrest\t2\t2\tfewer genes in the data than the minimum size\n"));
        Path given = tmp.resolve("given");
        run = CliRun.of("gsea", "--ranks", RANKS.toString(), "--modules", "--min-size", "3", "--permutations", "200",
                "--out", given.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("3 gene sets tested, 7 skipped"), run.out());
    }

    /** Th1 and naive CD4 T cells as the data's README names them; the other eight samples as one group. */
    private Path sheet() throws IOException {
        List<String> lines = new ArrayList<>(List.of("sample\tgroup"));
        for (String sample : Files.readAllLines(MATRIX).get(0).split("\t")) {
            lines.add(sample + "\t" + switch (sample) {
                case "GSM357842", "GSM357844" -> "Th1";
                case "GSM357847", "GSM357848" -> "naive";
                default -> "other";
            });
        }
        return Files.write(tmp.resolve("samples.tsv"), lines);
    }
}
