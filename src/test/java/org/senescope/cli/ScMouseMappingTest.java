package org.senescope.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Mouse identifiers in the single-cell commands go through {@code overlay}'s mapping (MGI symbols to the human nodes
 * through the ortholog table). A unit test of that mapping on a hand-written 10x folder of five mouse genes and four
 * cells, not a claim about real mouse data (../shared/data/single-cell holds none).
 */
class ScMouseMappingTest {

    /**
     * Genes (rows): Klrk1, Ccl5, Cdkn1a, Trp53 and Gnai3 (not on the network), by their MGI symbol and mouse Ensembl
     * id; cells c1, c2 (NK) and c3, c4 (T). Counts as the entries below; cell totals 8, 7, 8, 6.
     */
    private static Path mouseFolder(Path dir) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("mouse10x"));
        Files.writeString(folder.resolve("features.tsv"), """
                ENSMUSG00000030149\tKlrk1\tGene Expression
                ENSMUSG00000035042\tCcl5\tGene Expression
                ENSMUSG00000023067\tCdkn1a\tGene Expression
                ENSMUSG00000059552\tTrp53\tGene Expression
                ENSMUSG00000000001\tGnai3\tGene Expression
                """);
        Files.writeString(folder.resolve("barcodes.tsv"), "c1\nc2\nc3\nc4\n");
        Files.writeString(folder.resolve("matrix.mtx"), """
                %%MatrixMarket matrix coordinate integer general
                5 4 10
                1 1 2
                1 2 1
                2 1 1
                2 3 3
                3 4 1
                4 2 1
                5 1 5
                5 2 5
                5 3 5
                5 4 5
                """);
        Files.writeString(dir.resolve("cells.tsv"), "barcode\tcell_type\nc1\tNK\nc2\tNK\nc3\tT\nc4\tT\n");
        return folder;
    }

    private static double logNormalised(int count, int total) {
        return Math.log1p((double) count / total * 10_000);
    }

    @Test
    void scOverlayPutsMouseGenesOnTheirHumanOrthologsNodes(@TempDir Path dir) throws IOException {
        Path folder = mouseFolder(dir);
        Path out = dir.resolve("out");
        CliRun run = CliRun.of("sc-overlay", folder.toString(), "--cell-types", dir.resolve("cells.tsv").toString(),
                "--cell-type-column", "cell_type", "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        List<String> table = Files.readAllLines(out.resolve("cell-type-expression.tsv"));
        assertEquals(List.of("node\tgene\tcell_type\tcells\tfraction\tmean",
                "TP53\tTrp53\tNK\t2\t0.5\t" + logNormalised(1, 7) / 2,
                "TP53\tTrp53\tT\t2\t0.0\t0.0",
                "CDKN1A\tCdkn1a\tNK\t2\t0.0\t0.0",
                "CDKN1A\tCdkn1a\tT\t2\t0.5\t" + logNormalised(1, 6) / 2,
                "CCL5\tCcl5\tNK\t2\t0.5\t" + logNormalised(1, 8) / 2,
                "CCL5\tCcl5\tT\t2\t0.5\t" + logNormalised(3, 8) / 2,
                "KLRK1\tKlrk1\tNK\t2\t1.0\t" + (logNormalised(2, 8) + logNormalised(1, 7)) / 2,
                "KLRK1\tKlrk1\tT\t2\t0.0\t0.0"), table);
        List<String> report = Files.readAllLines(out.resolve("senescence-immunity.mapping-report.tsv"));
        for (String[] gene : new String[][] {{"Klrk1", "KLRK1"}, {"Ccl5", "CCL5"}, {"Cdkn1a", "CDKN1A"},
                {"Trp53", "TP53"}}) {
            String line = "node\t\t\t" + gene[0] + "\tmeasured\t" + gene[1] + "\tMGI symbol " + gene[0]
                    + " (mouse; 1:1 ortholog of " + gene[1] + ") -> node ";
            assertEquals(1, report.stream().filter(l -> l.startsWith(line)).count(), line);
        }
    }

    @Test
    void scScoreModulesFindTheModuleGenesByTheirMouseSymbols(@TempDir Path dir) throws IOException {
        Path folder = mouseFolder(dir);
        Path out = dir.resolve("out");
        CliRun run = CliRun.of("sc-score", folder.toString(), "--modules", "--method", "ucell", "--out",
                out.toString());
        assertEquals(0, run.exitCode(), run.err());
        List<String> mapping = Files.readAllLines(out.resolve("gene-set-mapping.tsv"));
        assertEquals(List.of("gene_set\tsource\tgenes\tfound\tmissing", "p53_p21_arrest\tmodule\t2\t2\t"), mapping,
                "TP53 and CDKN1A found as Trp53 and Cdkn1a; the other modules have fewer than 2 genes here");
        List<String> scores = Files.readAllLines(out.resolve("cell-scores.tsv"));
        assertEquals("barcode\tp53_p21_arrest", scores.get(0));
        assertEquals(5, scores.size());
    }
}
