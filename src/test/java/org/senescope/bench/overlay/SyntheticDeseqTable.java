package org.senescope.bench.overlay;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import org.senescope.genes.HumanGene;
import org.senescope.genes.HumanGeneTable;

/**
 * A DESeq2 result table as R writes it ({@code write.table(..., sep="\t", quote=FALSE)} with a symbol column), made
 * from a seed: symbols drawn from the gene table (so every lookup is a real one, some duplicated, some unknown),
 * log2 fold changes ~ N(0, 1.5), standard errors ~ U(0.05, 1), uniform p-values with 5 % NA, padj from them.
 */
final class SyntheticDeseqTable {

    private SyntheticDeseqTable() {
    }

    static Path write(Path file, int rows, long seed, HumanGeneTable genes) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        List<HumanGene> all = genes.genes();
        List<String> symbols = new ArrayList<>(rows);
        for (int i = 0; i < rows; i++) {
            int pick = random.nextInt(100);
            symbols.add(pick < 2 ? "LOC" + random.nextInt(1_000_000) : all.get(random.nextInt(all.size())).symbol());
        }
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("gene_symbol\tbaseMean\tlog2FoldChange\tlfcSE\tstat\tpvalue\tpadj\n");
            for (String symbol : symbols) {
                double lfc = random.nextGaussian() * 1.5;
                double se = 0.05 + random.nextDouble() * 0.95;
                boolean na = random.nextInt(20) == 0;
                double p = random.nextDouble();
                w.write(String.format(Locale.ROOT, "%s\t%.6f\t%s\t%.6f\t%s\t%s\t%s%n", symbol,
                        Math.exp(random.nextGaussian() * 2 + 5), na ? "NA" : Double.toString(lfc), se,
                        na ? "NA" : Double.toString(lfc / se), na ? "NA" : Double.toString(p),
                        na ? "NA" : Double.toString(Math.min(1, p * 3))));
            }
        }
        return file;
    }
}
