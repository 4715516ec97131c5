package org.senescope.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.senescope.analysis.ModuleGeneSets;
import org.senescope.genes.HumanGene;
import org.senescope.knowledge.SenescenceImmunityNetwork;
import org.senescope.model.data.GeneSet;
import org.senescope.workflow.OraJob;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OraCommandTest {

    private static final Path GMT = Path.of("..", "shared", "data", "genesets", "senescence_sets.gmt");

    private static List<String> networkGenes;
    private static List<String> humanSymbols;

    @BeforeAll
    static void genes() throws Exception {
        Set<String> genes = new LinkedHashSet<>();
        for (GeneSet module : ModuleGeneSets.of(SenescenceImmunityNetwork.buildBundled())) {
            genes.addAll(module.genes());
        }
        networkGenes = List.copyOf(genes);
        humanSymbols = SenescenceImmunityNetwork.bundledGenes().human().genes().stream().map(HumanGene::symbol)
                .toList();
    }

    private static Map<String, String[]> rows(Path tsv) throws IOException {
        return Files.readAllLines(tsv).stream().skip(1).map(l -> l.split("\t", -1))
                .collect(Collectors.toMap(f -> f[0], f -> f));
    }

    private static BigInteger choose(int n, int k) {
        BigInteger c = BigInteger.ONE;
        for (int i = 0; i < k; i++) {
            c = c.multiply(BigInteger.valueOf(n - i)).divide(BigInteger.valueOf(i + 1));
        }
        return c;
    }

    /** P[X >= k] as an exact rational rounded to a double. */
    private static double exactTail(int population, int marked, int n, int k) {
        BigInteger sum = BigInteger.ZERO;
        for (int x = k; x <= Math.min(marked, n); x++) {
            sum = sum.add(choose(marked, x).multiply(choose(population - marked, n - x)));
        }
        return new BigDecimal(sum).divide(new BigDecimal(choose(population, n)), new MathContext(40)).doubleValue();
    }

    @Test
    void networkGenesAgainstTheSenescenceSetsWithTheHumanGeneTableAsBackground(@TempDir Path dir) throws IOException {
        Path genes = dir.resolve("genes.txt");
        List<String> selection = new ArrayList<>(networkGenes);
        selection.add(0, "# the human genes of the network's modules");
        selection.add("NOT_A_GENE_1");
        selection.add(networkGenes.get(0));
        Files.write(genes, selection);
        Path background = dir.resolve("background.txt");
        Files.write(background, humanSymbols);
        CliRun run = CliRun.of("ora", "--genes", genes.toString(), "--background", background.toString(),
                "--gene-sets", GMT.toString(), "--min-size", "15", "--max-size", "500",
                "--out", dir.resolve("out").toString());
        assertEquals(0, run.exitCode(), run.err());
        Path out = dir.resolve("out");
        assertEquals(String.join("\t", OraJob.RESULT_COLUMNS), Files.readAllLines(out.resolve("ora.tsv")).get(0));
        Map<String, String[]> ours = rows(out.resolve("ora.tsv"));
        Set<String> universe = new LinkedHashSet<>(humanSymbols);
        int population = universe.size();
        Set<String> chosen = networkGenes.stream().filter(universe::contains)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        int n = chosen.size();
        // Independently of the command: read the GMT by hand, intersect, count, compute the exact tail.
        int tested = 0;
        for (String line : Files.readAllLines(GMT)) {
            String[] f = line.split("\t");
            List<String> members = Arrays.stream(f).skip(2).filter(universe::contains).distinct().toList();
            if (members.size() < 15 || members.size() > 500) {
                assertFalse(ours.containsKey(f[0]), f[0]);
                continue;
            }
            tested++;
            String[] r = ours.get(f[0]);
            List<String> overlap = members.stream().filter(chosen::contains).toList();
            assertEquals(f.length - 2, Integer.parseInt(r[1]), f[0]);
            assertEquals(members.size(), Integer.parseInt(r[2]), f[0]);
            assertEquals(overlap.size(), Integer.parseInt(r[3]), f[0]);
            assertEquals((double) n * members.size() / population, Double.parseDouble(r[4]), 1e-12, f[0]);
            double p = exactTail(population, members.size(), n, overlap.size());
            assertEquals(p, Double.parseDouble(r[6]), 1e-12 * p, f[0]);
            assertEquals(String.join("|", overlap), r[8], f[0]);
        }
        assertEquals(tested, ours.size());
        List<String> settings = Files.readAllLines(out.resolve("ora-settings.tsv"));
        assertTrue(settings.contains("background_size\t" + population), settings.toString());
        assertTrue(settings.contains("genes_tested\t" + n), settings.toString());
        assertTrue(settings.contains("genes_not_in_background_list\tNOT_A_GENE_1"), settings.toString());
        assertTrue(settings.contains("genes_repeated\t1"), settings.toString());
        assertTrue(run.out().contains("note: 1 selected genes are not in the background and were left out: "
                + "NOT_A_GENE_1"), run.out());
        assertTrue(run.out().contains("note: 1 repeated genes in the selection were counted once"), run.out());
        assertEquals(Files.readAllLines(out.resolve("ora-skipped.tsv")).size() - 1, 11 - tested);
        checkPinnedNumbers(run.out(), ours, n, population, tested);
    }

    /** Exact numbers of the run above, pinned so that a change to the inputs or the method is noticed. */
    private static void checkPinnedNumbers(String out, Map<String, String[]> ours, int n, int population, int tested) {
        assertEquals(26, n);
        assertEquals(77510, population);
        assertEquals(9, tested);
        String[] saul = ours.get("SAUL_SEN_MAYO");
        assertEquals(List.of("125", "125", "8"), List.of(saul[1], saul[2], saul[3]));
        assertEquals("CCL2|CCL3|CCL4|CCL5|CXCL1|CXCL2|IL15|IL18", saul[8]);
        assertEquals(5.553260962152402E-17, Double.parseDouble(saul[6]), 1e-12 * 5.553260962152402E-17);
        // BH: the smallest of 9 p-values gets 9 / 1 * p.
        assertEquals(9 * 5.553260962152402E-17, Double.parseDouble(saul[7]), 1e-12 * 5e-16);
        String[] kamminga = ours.get("KAMMINGA_SENESCENCE");
        assertEquals(List.of("40", "39", "0", "1.0", ""), List.of(kamminga[1], kamminga[2], kamminga[3], kamminga[6],
                kamminga[8]));
        assertTrue(out.contains("26 of 27 selected genes in a background of 77510; 9 gene sets tested, 2 skipped"),
                out);
        assertTrue(out.contains("note: 104 repeated genes in the background"), out);
    }

    @Test
    void theBackgroundCanBeEveryGeneOfTheSets(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("genes.txt"), "A\nB\nC\r\nZ\n");
        Files.writeString(dir.resolve("s.gmt"), "S1\td\tA\tB\tC\tD\nS2\td\tE\tF\tG\tH\tA\n");
        CliRun run = CliRun.of("ora", "--genes", dir.resolve("genes.txt").toString(), "--background-from-sets",
                "--gene-sets", dir.resolve("s.gmt").toString(), "--min-size", "2", "--out",
                dir.resolve("out").toString());
        assertEquals(0, run.exitCode(), run.err());
        String[] s1 = rows(dir.resolve("out/ora.tsv")).get("S1");
        // N = 8 (A..H), K = 4, n = 3 (Z is not in the background), k = 3: C(4,3) C(4,0) / C(8,3) = 4 / 56.
        assertEquals(4.0 / 56.0, Double.parseDouble(s1[6]), 1e-15);
        assertEquals("A|B|C", s1[8]);
        assertTrue(Files.readAllLines(dir.resolve("out/ora-settings.tsv")).contains("background_size\t8"));
    }

    @Test
    void badInputIsExit65WithTheFileAndLineAndNothingWritten(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("s.gmt"), "S1\td\tA\tB\tC\tD\n");
        Path out = dir.resolve("out");
        Files.writeString(dir.resolve("empty.txt"), "# nothing\n\n");
        CliRun empty = CliRun.of("ora", "--genes", dir.resolve("empty.txt").toString(), "--background-from-sets",
                "--gene-sets", dir.resolve("s.gmt").toString(), "--min-size", "2", "--out", out.toString());
        assertEquals(65, empty.exitCode());
        assertTrue(empty.err().contains("empty.txt: expected at least one gene"), empty.err());

        Files.writeString(dir.resolve("none.txt"), "X\nY\n");
        CliRun none = CliRun.of("ora", "--genes", dir.resolve("none.txt").toString(), "--background-from-sets",
                "--gene-sets", dir.resolve("s.gmt").toString(), "--min-size", "2", "--out", out.toString());
        assertEquals(65, none.exitCode());
        assertTrue(none.err().contains("none.txt: none of the 2 selected genes is in the background"), none.err());

        Files.write(dir.resolve("binary.txt"), new byte[] {'A', '\n', 'B', '\n', 'C', 0, 1, 2, '\n'});
        CliRun binary = CliRun.of("ora", "--genes", dir.resolve("binary.txt").toString(), "--background-from-sets",
                "--gene-sets", dir.resolve("s.gmt").toString(), "--min-size", "2", "--out", out.toString());
        assertEquals(65, binary.exitCode());
        assertTrue(binary.err().contains("binary.txt:3:2: binary data (a NUL byte at byte 2); expected a text file"),
                binary.err());

        Files.write(dir.resolve("latin1.txt"), new byte[] {'A', '\n', 'B', (byte) 0xE9, '\n'});
        CliRun latin1 = CliRun.of("ora", "--genes", dir.resolve("latin1.txt").toString(), "--background-from-sets",
                "--gene-sets", dir.resolve("s.gmt").toString(), "--min-size", "2", "--out", out.toString());
        assertEquals(65, latin1.exitCode());
        assertTrue(latin1.err().contains("latin1.txt:2:2: invalid UTF-8: byte 0xE9 at byte 2 of the line; expected UTF-8 "
                + "text"), latin1.err());

        Files.writeString(dir.resolve("twocol.txt"), "A\t1.5\n");
        CliRun twoColumns = CliRun.of("ora", "--genes", dir.resolve("twocol.txt").toString(),
                "--background-from-sets", "--gene-sets", dir.resolve("s.gmt").toString(), "--min-size", "2",
                "--out", out.toString());
        assertEquals(65, twoColumns.exitCode());
        assertTrue(twoColumns.err().contains("twocol.txt:1:2: expected one gene name a line, found white space"),
                twoColumns.err());

        Files.writeString(dir.resolve("genes.txt"), "A\nB\n");
        CliRun tooSmall = CliRun.of("ora", "--genes", dir.resolve("genes.txt").toString(), "--background-from-sets",
                "--gene-sets", dir.resolve("s.gmt").toString(), "--out", out.toString());
        assertEquals(65, tooSmall.exitCode());
        assertTrue(tooSmall.err().contains("no gene set has between 15 and 500"), tooSmall.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void usageAndReadErrors(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("genes.txt"), "A\n");
        Files.writeString(dir.resolve("s.gmt"), "S1\td\tA\tB\tC\tD\n");
        String genes = dir.resolve("genes.txt").toString();
        String out = dir.resolve("out").toString();
        assertEquals(2, CliRun.of("ora", "--genes", genes, "--gene-sets", dir.resolve("s.gmt").toString(),
                "--out", out).exitCode());
        assertEquals(2, CliRun.of("ora", "--genes", genes, "--background-from-sets", "--background", genes,
                "--gene-sets", dir.resolve("s.gmt").toString(), "--out", out).exitCode());
        assertEquals(2, CliRun.of("ora", "--genes", genes, "--background-from-sets", "--out", out).exitCode());
        CliRun missing = CliRun.of("ora", "--genes", dir.resolve("missing.txt").toString(), "--background-from-sets",
                "--gene-sets", dir.resolve("s.gmt").toString(), "--out", out);
        assertEquals(74, missing.exitCode(), missing.err());
    }
}
