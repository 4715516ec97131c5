package org.senescope.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code senescope sc-overlay} on PBMC 1k: the fractions and means equal those computed here from the MatrixMarket
 * file by hand (log1p(count / cell total × 10,000), Seurat's NormalizeData), the node columns of the Cytoscape files
 * carry them (a family node the member of the largest fraction), the {@code .h5ad} gives the same table as the folder,
 * and failures write nothing.
 */
class ScOverlayCommandTest {

    private static final Path PBMC = Path.of("..", "shared", "data", "single-cell", "pbmc1k_v2");
    private static final Path FOLDER = PBMC.resolve("filtered_feature_bc_matrix");
    private static final Path TYPES = PBMC.resolve("cell_annotations.tsv");
    private static final List<String> FILES = List.of("cell-type-expression.html", "cell-type-expression.pdf",
            "cell-type-expression.png", "cell-type-expression.svg", "cell-type-expression.tsv", "sc-overlay-settings.tsv",
            "senescence-immunity.cx2", "senescence-immunity.cyjs", "senescence-immunity.graphml",
            "senescence-immunity.mapping-report.tsv", "senescence-immunity.style.xml", "senescence-immunity.xgmml");

    /** Per gene name, per cell: the count and the log-normalised value, from the files by hand. */
    private static final Map<String, Map<Integer, double[]>> BY_HAND = new HashMap<>();
    private static final List<String> TYPE_OF = new ArrayList<>();

    private static List<String> gunzip(Path file) throws IOException {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(
                Files.newInputStream(file)), StandardCharsets.UTF_8))) {
            return r.lines().toList();
        }
    }

    @BeforeAll
    static void computeByHand() throws IOException {
        List<String> genes = gunzip(FOLDER.resolve("features.tsv.gz")).stream().map(l -> l.split("\t")[1]).toList();
        List<String> barcodes = gunzip(FOLDER.resolve("barcodes.tsv.gz"));
        Map<String, String> typeOfBarcode = new HashMap<>();
        Files.readAllLines(TYPES).stream().skip(1).map(l -> l.split("\t")).forEach(f -> typeOfBarcode.put(f[0], f[2]));
        barcodes.forEach(b -> TYPE_OF.add(typeOfBarcode.get(b)));
        List<int[]> entries = gunzip(FOLDER.resolve("matrix.mtx.gz")).stream().filter(l -> !l.startsWith("%"))
                .skip(1).map(l -> l.split(" ")).map(f -> new int[] {Integer.parseInt(f[0]) - 1,
                        Integer.parseInt(f[1]) - 1, Integer.parseInt(f[2])}).toList();
        double[] totals = new double[barcodes.size()];
        entries.forEach(e -> totals[e[1]] += e[2]);
        for (int[] e : entries) {
            BY_HAND.computeIfAbsent(genes.get(e[0]), g -> new HashMap<>()).put(e[1],
                    new double[] {e[2], Math.log1p(e[2] / totals[e[1]] * 1e4)});
        }
    }

    /** {fraction of the type's cells with a count above 0, mean log-normalised value over the type's cells}. */
    private static double[] byHand(String gene, String type) {
        int cells = 0;
        int detected = 0;
        double sum = 0;
        Map<Integer, double[]> values = BY_HAND.getOrDefault(gene, Map.of());
        for (int c = 0; c < TYPE_OF.size(); c++) {
            if (type.equals(TYPE_OF.get(c))) {
                cells++;
                double[] v = values.get(c);
                if (v != null && v[0] > 0) {
                    detected++;
                    sum += v[1];
                }
            }
        }
        return new double[] {(double) detected / cells, sum / cells};
    }

    private static CliRun scOverlay(Path data, Path out, String... extra) {
        List<String> args = new ArrayList<>(List.of("sc-overlay", data.toString(), "--cell-types", TYPES.toString(),
                "--cell-type-column", "cell_type", "--out", out.toString()));
        args.addAll(List.of(extra));
        return CliRun.of(args.toArray(String[]::new));
    }

    private static List<String[]> rows(Path table) throws IOException {
        return Files.readAllLines(table).stream().skip(1).map(l -> l.split("\t")).toList();
    }

    @Test
    void fractionsAndMeansEqualTheByHandValuesAndTheFilesCarryThem(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("out");
        CliRun run = scOverlay(FOLDER, out);
        assertEquals(0, run.exitCode(), run.err());
        try (Stream<Path> written = Files.list(out)) {
            assertEquals(FILES, written.map(p -> p.getFileName().toString()).sorted().toList());
        }
        List<String[]> rows = rows(out.resolve("cell-type-expression.tsv"));
        assertEquals("node\tgene\tcell_type\tcells\tfraction\tmean",
                Files.readAllLines(out.resolve("cell-type-expression.tsv")).get(0));
        // 28 node x member pairs (the NKG2D ligand family has 8 members, IL12 two) x 7 cell types
        assertEquals(28 * 7, rows.size());
        int checked = 0;
        for (String[] r : rows) {
            double[] hand = byHand(r[1], r[2]);
            assertEquals(hand[0], Double.parseDouble(r[4]), 0, r[0] + " " + r[1] + " " + r[2]);
            assertEquals(hand[1], Double.parseDouble(r[5]), 1e-12, r[0] + " " + r[1] + " " + r[2]);
            checked++;
        }
        assertEquals(196, checked);
        // one row as a reader would check it: NKG2D (KLRK1) in the 72 NK cells
        assertEquals(List.of("KLRK1\tKLRK1\tNK\t72\t" + byHand("KLRK1", "NK")[0] + "\t" + byHand("KLRK1", "NK")[1]),
                Files.readAllLines(out.resolve("cell-type-expression.tsv")).stream()
                        .filter(l -> l.startsWith("KLRK1\tKLRK1\tNK\t")).toList());
        assertEquals(72, TYPE_OF.stream().filter("NK"::equals).count());
        assertTrue(byHand("KLRK1", "NK")[0] > byHand("KLRK1", "CD14 Mono")[0], "NKG2D is an NK-cell receptor");
        assertNodeColumns(out);
        String settings = Files.readString(out.resolve("sc-overlay-settings.tsv"));
        assertTrue(settings.contains("mean\tmean of the counts log-normalised as Seurat's NormalizeData does "
                + "(log1p(count / cell total x 10,000)), zeros included\n"), settings);
        assertMappingReport(out.resolve("senescence-immunity.mapping-report.tsv"));
        assertTrue(run.out().contains("note: values of pbmc1k_v2: counts (every value a non-negative"
                + " whole number); mean of the counts log-normalised"), run.out());
    }

    /**
     * The known genes no node names (23,319 of the 33,538) are one count record; every other row is listed, so the
     * rows listed and counted add up to the data's genes.
     */
    private static void assertMappingReport(Path report) throws IOException {
        List<String> lines = Files.readAllLines(report);
        assertEquals(List.of("record\tsource\tline\tidentifier\tcategory\tnodes\tdetail",
                "column\t\t\tgene\tHGNC symbol (human)\t\t0 of 33,538 values are written in mouse case (Trp53), "
                        + "33,534 in capitals (TP53)",
                "count\tpbmc1k_v2\t\t\tgene not on the network\t\t23,319 rows, counted here, not listed one by one"),
                lines.subList(0, 3));
        List<String[]> rows = lines.stream().map(l -> l.split("\t", -1)).filter(f -> f[0].equals("row")).toList();
        assertEquals(33_538 - 23_319, rows.size());
        Map<String, Long> byCategory = new java.util.TreeMap<>();
        rows.forEach(f -> byCategory.merge(f[4], 1L, Long::sum));
        assertEquals(Map.of("used", 27L, "identifier not recognised", 10_159L, "ambiguous identifier: not used", 32L,
                "Excel-damaged name: not repaired", 1L), byCategory);
        assertTrue(lines.contains("row\tpbmc1k_v2\t4\tAL627309.1\tidentifier not recognised\t\tnot a symbol, alias "
                + "or previous symbol in the gene table"));
        assertEquals(21, lines.stream().filter(l -> l.startsWith("node\t")).count());
        assertTrue(Files.size(report) < 1_200_000, Files.size(report) + " bytes");
    }

    private static void assertNodeColumns(Path out) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Map<String, JsonNode> nodes = new HashMap<>();
        json.readTree(out.resolve("senescence-immunity.cyjs").toFile()).path("elements").path("nodes")
                .forEach(n -> nodes.put(n.path("data").path("id").asText(), n.path("data")));
        JsonNode klrk1 = nodes.get("KLRK1");
        assertEquals(byHand("KLRK1", "NK")[0], klrk1.path("celltype_fraction_NK").doubleValue(), 0);
        assertEquals(byHand("KLRK1", "CD8 T")[1], klrk1.path("celltype_mean_CD8_T").doubleValue(), 1e-12);
        assertEquals(List.of("KLRK1"), texts(klrk1.path("celltype_genes")));
        List<String> expressing = new ArrayList<>();
        double best = 0;
        String top = "";
        for (String type : List.of("CD14 Mono", "CD4 T", "NK", "B", "CD8 T", "FCGR3A Mono", "Platelet")) {
            double fraction = byHand("CCL5", type)[0];
            if (fraction >= 0.1) {
                expressing.add(type);
            }
            if (fraction > best) {
                best = fraction;
                top = type;
            }
        }
        assertEquals(List.of("CD4 T", "NK", "CD8 T", "Platelet"), expressing);
        assertEquals(expressing, texts(nodes.get("CCL5").path("celltypes_expressing")));
        assertEquals(top, nodes.get("CCL5").path("celltype_top").asText());
        JsonNode ligands = nodes.get("NKG2D_ligands");
        // in the data's (genomic) order
        List<String> members = List.of("MICA", "MICB", "RAET1E", "RAET1G", "ULBP2", "ULBP1", "RAET1L", "ULBP3");
        assertEquals(members, texts(ligands.path("celltype_genes")));
        double max = members.stream().mapToDouble(g -> byHand(g, "CD14 Mono")[0]).max().orElseThrow();
        assertTrue(max > byHand("MICA", "CD14 Mono")[0] || max > byHand("ULBP3", "CD14 Mono")[0]);
        assertEquals(max, ligands.path("celltype_fraction_CD14_Mono").doubleValue(), 0);
        assertTrue(nodes.get("Raet1e").path("celltype_fraction_NK").isMissingNode(), "a node not measured");
        List<String> declared = new ArrayList<>();
        json.readTree(out.resolve("senescence-immunity.cx2").toFile()).forEach(aspect -> aspect
                .path("attributeDeclarations").forEach(d -> declared.add(d.path("nodes")
                        .path("celltype_fraction_FCGR3A_Mono").path("d").asText())));
        assertEquals(List.of("double"), declared);
        assertTrue(Files.readString(out.resolve("senescence-immunity.xgmml")).contains(
                "<att name=\"celltype_mean_NK\" value=\"" + byHand("KLRK1", "NK")[1]), "in XGMML");
    }

    private static List<String> texts(JsonNode array) {
        List<String> items = new ArrayList<>();
        array.forEach(i -> items.add(i.asText()));
        return items;
    }

    /** The figure's title, as its SVG draws it. */
    private static String title(Path out) throws IOException {
        String svg = Files.readString(out.resolve("cell-type-expression.svg"));
        int start = svg.indexOf("Expression of the network");
        return svg.substring(start, svg.indexOf('<', start)).replace("&apos;", "'");
    }

    @Test
    void theFigureIsTitledByTheDataNotByCellRangersFolderNameOrByDataName(@TempDir Path dir) throws IOException {
        assertEquals(0, scOverlay(FOLDER, dir.resolve("folder")).exitCode());
        assertEquals("Expression of the network's genes by cell type in pbmc1k_v2", title(dir.resolve("folder")));
        CliRun h5 = scOverlay(PBMC.resolve("filtered_feature_bc_matrix.h5"), dir.resolve("h5"));
        assertEquals(0, h5.exitCode(), h5.err());
        assertEquals("Expression of the network's genes by cell type in pbmc1k_v2", title(dir.resolve("h5")));
        CliRun named = scOverlay(FOLDER, dir.resolve("named"), "--data-name", "PBMC 1k, healthy donor");
        assertEquals(0, named.exitCode(), named.err());
        assertEquals("Expression of the network's genes by cell type in PBMC 1k, healthy donor",
                title(dir.resolve("named")));
        assertTrue(named.out().contains("note: values of PBMC 1k, healthy donor: counts"), named.out());
        assertEquals(2, scOverlay(FOLDER, dir.resolve("blank"), "--data-name", " ").exitCode());
    }

    @Test
    void theH5adFileGivesTheSameTableAsTheFolder(@TempDir Path dir) throws IOException {
        assertEquals(0, scOverlay(FOLDER, dir.resolve("a")).exitCode());
        CliRun h5ad = scOverlay(PBMC.resolve("pbmc1k_v2.h5ad"), dir.resolve("b"));
        assertEquals(0, h5ad.exitCode(), h5ad.err());
        assertArrayEquals(Files.readAllBytes(dir.resolve("a/cell-type-expression.tsv")),
                Files.readAllBytes(dir.resolve("b/cell-type-expression.tsv")));
    }

    @Test
    void aMissingColumnOrBarcodesThatDoNotMatchAreRefusedAndNothingIsWritten(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("out");
        CliRun noColumn = CliRun.of("sc-overlay", FOLDER.toString(), "--cell-types", TYPES.toString(),
                "--cell-type-column", "celltype", "--out", out.toString());
        assertEquals(2, noColumn.exitCode());
        assertEquals("senescope sc-overlay: " + TYPES + " has no column \"celltype\"; its columns: cluster, "
                + "cell_type, cell_type_coarse, n_counts, n_genes, percent_mt", noColumn.err().strip());
        Path other = dir.resolve("other.tsv");
        Files.writeString(other, Files.readString(TYPES).replace("-1\t", "-2\t"));
        CliRun noMatch = CliRun.of("sc-overlay", FOLDER.toString(), "--cell-types", other.toString(),
                "--cell-type-column", "cell_type", "--out", out.toString());
        assertEquals(65, noMatch.exitCode());
        assertEquals("senescope sc-overlay: none of the 996 cells of the data has a value in column \"cell_type\" "
                + "of " + other + " (barcodes must match the data's exactly)", noMatch.err().strip());
        assertFalse(Files.exists(out), "nothing written");
        CliRun noTypes = CliRun.of("sc-overlay", FOLDER.toString(), "--out", out.toString());
        assertEquals(2, noTypes.exitCode());
        assertEquals("senescope sc-overlay: sc-overlay needs cell types: --cell-types TSV --cell-type-column NAME "
                + "(or --obs-column NAME for an .h5ad file)", noTypes.err().strip());
    }

    @Test
    void theFilesAreWrittenWholeOrNotAtAll(@TempDir Path dir) throws IOException {
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.writeString(out.resolve("sc-overlay-settings.tsv"), "mine\n");
        CliRun refused = scOverlay(FOLDER, out);
        assertEquals(74, refused.exitCode());
        try (Stream<Path> written = Files.list(out)) {
            assertEquals(List.of("sc-overlay-settings.tsv"), written.map(p -> p.getFileName().toString()).toList());
        }
        assertEquals("mine\n", Files.readString(out.resolve("sc-overlay-settings.tsv")));
        CliRun overwritten = scOverlay(FOLDER, out, "--overwrite");
        assertEquals(0, overwritten.exitCode(), overwritten.err());
        try (Stream<Path> written = Files.list(out)) {
            assertEquals(FILES, written.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }
}
