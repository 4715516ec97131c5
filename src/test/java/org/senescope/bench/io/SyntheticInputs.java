package org.senescope.bench.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/** Seeded generators of the benchmark inputs, written as R would write them. */
final class SyntheticInputs {

    private SyntheticInputs() {
    }

    /** A generated file in a temporary folder of its own; its size is printed so that times convert to MB/s. */
    record TempFile(Path path) {

        /** Writes a file, given the folder to write it in. */
        interface Generator {
            Path write(Path dir) throws IOException;
        }

        static TempFile of(Generator generator) throws IOException {
            Path file = generator.write(Files.createTempDirectory("senescope-bench"));
            System.out.printf("%n[%s: %,d bytes]%n", file.getFileName(), Files.size(file));
            return new TempFile(file);
        }

        void delete() throws IOException {
            Files.deleteIfExists(path);
            Files.deleteIfExists(path.getParent());
        }
    }

    /**
     * A genes × samples log-expression TSV: gene means ~ N(7, 2), per-gene sd = exp(N(-0.5, 0.4)), values rounded
     * to 3 decimals; a {@code gene} header then one {@code S1..Sn} column per sample.
     */
    static Path expressionTsv(Path file, int genes, int samples, long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
            StringBuilder header = new StringBuilder("gene");
            for (int s = 1; s <= samples; s++) {
                header.append("\tS").append(s);
            }
            out.write(header.append('\n').toString().getBytes(StandardCharsets.US_ASCII));
            byte[] line = new byte[16 + samples * 12];
            for (int g = 1; g <= genes; g++) {
                double mean = 7 + 2 * gaussian(random);
                double sd = Math.exp(-0.5 + 0.4 * gaussian(random));
                int n = put(line, 0, "GENE" + g);
                for (int s = 0; s < samples; s++) {
                    line[n++] = '\t';
                    n = putMillis(line, n, Math.round((mean + sd * gaussian(random)) * 1000));
                }
                line[n++] = '\n';
                out.write(line, 0, n);
            }
        }
        return file;
    }

    /**
     * A DESeq2 results table as {@code write.table(..., sep="\t", quote=FALSE)} leaves it: {@code gene_symbol,
     * baseMean, log2FoldChange, lfcSE, stat, pvalue, padj}, about 4% NA rows (as for genes with zero counts) and
     * 15% NA padj.
     */
    static Path deseq2Tsv(Path file, int rows, long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        StringBuilder b = new StringBuilder(rows * 110);
        b.append("gene_symbol\tbaseMean\tlog2FoldChange\tlfcSE\tstat\tpvalue\tpadj\n");
        for (int r = 0; r < rows; r++) {
            b.append("GENE").append(r % 57_000).append('\t');
            b.append(r15(Math.exp(4 + 2.5 * gaussian(random)))).append('\t');
            if (random.nextInt(25) == 0) {
                b.append("NA\tNA\tNA\tNA\tNA\n");
                continue;
            }
            double lfc = 0.8 * gaussian(random);
            double se = 0.05 + random.nextDouble() * 0.5;
            double p = random.nextDouble();
            b.append(r15(lfc)).append('\t').append(r15(se)).append('\t').append(r15(lfc / se)).append('\t')
                    .append(r15(p)).append('\t').append(random.nextInt(7) == 0 ? "NA" : r15(Math.min(1, p * 1.7)))
                    .append('\n');
        }
        Files.writeString(file, b, StandardCharsets.US_ASCII);
        return file;
    }

    /** A number as R prints it: 15 significant digits, no trailing zeros. */
    private static String r15(double v) {
        return new java.math.BigDecimal(v).round(new java.math.MathContext(15)).stripTrailingZeros().toString();
    }

    private static double gaussian(SplittableRandom r) {
        // Box-Muller: SplittableRandom has no nextGaussian on Java 17.
        double u = 1 - r.nextDouble();
        double v = r.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    private static int put(byte[] b, int at, String s) {
        for (int i = 0; i < s.length(); i++) {
            b[at++] = (byte) s.charAt(i);
        }
        return at;
    }

    /** Writes {@code millis / 1000} with three decimals. */
    private static int putMillis(byte[] b, int at, long millis) {
        if (millis < 0) {
            b[at++] = '-';
            millis = -millis;
        }
        at = put(b, at, Long.toString(millis / 1000));
        b[at++] = '.';
        long frac = millis % 1000;
        b[at++] = (byte) ('0' + frac / 100);
        b[at++] = (byte) ('0' + frac / 10 % 10);
        b[at++] = (byte) ('0' + frac % 10);
        return at;
    }
}
