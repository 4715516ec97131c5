package org.senescope.packaging;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The heap each command is documented to need (docs/input-formats.md, "Memory"), held to by the packaged jar under
 * {@code java -Xmx}: large inputs, generated here as gzip members written many times over (a few MB on disk for
 * hundreds of MB of text), are processed or refused with one line, never an OutOfMemoryError.
 */
class BoundedMemoryIT {

    private static final String DE_HEADER = "gene\tlog2FoldChange\tpvalue\tpadj\n";
    private static final String DESEQ2_HEADER = "gene\tbaseMean\tlog2FoldChange\tlfcSE\tstat\tpvalue\tpadj\n";

    private static Path jar;

    @TempDir
    Path tmp;

    private record Result(int exit, String stdout, String stderr) {
    }

    @BeforeAll
    static void findJar() {
        jar = Path.of(System.getProperty("senescope.jar", "target/senescope-0.1.0.jar"));
    }

    @Test
    void overlayStreamsA250MegabyteTableWithinA512MegabyteHeap() throws Exception {
        // 100 gzip members of the same 20,000 DESeq2 rows (R's 15 significant digits): 2,000,000 rows, 252 MB of
        // text in about 1 MB on disk, written member by member.
        Path table = tmp.resolve("de.tsv.gz");
        long bytes = repeatedGzip(table, DESEQ2_HEADER, deseq2Rows(), 100);
        assertEquals(252_000_052, bytes);
        Path out = tmp.resolve("out");
        Result r = run("-Xmx512m", "overlay", table.toString(), "--name", "big", "--out", out.toString());
        assertEquals(0, r.exit(), r.stderr());
        assertTrue(r.stdout().contains(table + ": DESeq2, 2,000,000 rows; values: log2FoldChange\n"), r.stdout());
        // Each member maps as the first: its TP53 and CDKN1A rows reach their nodes; the first member's are used
        // (equal rows: the earliest line wins), the other 99 members' are set aside by the duplicate rule.
        assertTrue(r.stdout().contains("Rows: 2,000,000 = 2 used, 198 duplicate: another row chosen for its "
                + "node(s), "), r.stdout());
        // The report accounts for every row, in file order, without the overlay having held them.
        long rows = 0;
        long last = 0;
        try (BufferedReader report = Files.newBufferedReader(out.resolve("big.mapping-report.tsv"),
                StandardCharsets.UTF_8)) {
            for (String line = report.readLine(); line != null; line = report.readLine()) {
                if (line.startsWith("row\t")) {
                    rows++;
                    long at = Long.parseLong(line.split("\t", 4)[2]);
                    assertEquals(last + 1, at - 1, line);
                    last = at - 1;
                }
            }
        }
        assertEquals(2_000_000, rows);
    }

    @Test
    void overlayMapsATableWithinItsDocumentedHeap() throws Exception {
        // 6 MB of text, well under the 11 MB that 256 MB is documented to hold at 24 bytes a byte of text.
        Path table = tmp.resolve("de.tsv");
        try (Writer w = Files.newBufferedWriter(table, StandardCharsets.UTF_8)) {
            w.write(DE_HEADER);
            w.write("TP53\t2.5\t0.0001\t0.001\nCDKN1A\t-1.5\t0.001\t0.01\n");
            for (int start = 0; start < 200_000; start += 20_000) {
                w.write(deRows(start, 20_000));
            }
        }
        assertEquals(6_200_077, Files.size(table));
        Result r = run("-Xmx256m", "overlay", table.toString(), "--out", tmp.resolve("out").toString());
        assertEquals(0, r.exit(), r.stderr());
        assertTrue(r.stdout().contains(": DESeq2, 200,002 rows; values: log2FoldChange\n"), r.stdout());
        // 21: the rows of family and complex members (NKG2D ligands, IL-12 ...) count as used since members are drawn.
        assertTrue(r.stdout().contains("Rows: 200,002 = 21 used, "), r.stdout());
    }

    @Test
    void gseaReportsABadFirstLineWithoutReadingTheRest() throws Exception {
        Path ranks = tmp.resolve("big.rnk.gz");
        repeatedGzip(ranks, "A\tB\tC\tD\n", rnkRows(0, 50_000), 250);
        Result r = run("-Xmx64m", "gsea", "--modules", "--ranks", ranks.toString(), "--out",
                tmp.resolve("out").toString());
        assertEquals(65, r.exit(), r.stderr());
        assertEquals("senescope gsea: " + ranks + ":1: found 4 fields; expected 2: gene<TAB>statistic",
                firstLine(r.stderr()));
    }

    @Test
    void gseaRefusesARankingItsHeapCannotHoldAtTheLineReached() throws Exception {
        Path ranks = tmp.resolve("long.rnk");
        try (Writer w = Files.newBufferedWriter(ranks, StandardCharsets.UTF_8)) {
            for (int start = 0; start < 2_000_000; start += 50_000) {
                w.write(rnkRows(start, 50_000));
            }
        }
        Result r = run("-Xmx256m", "gsea", "--modules", "--ranks", ranks.toString(), "--out",
                tmp.resolve("out").toString());
        assertEquals(65, r.exit(), r.stderr());
        // The check runs every 65,536 genes: the first multiple over 256 MiB / 200 bytes is 1,376,256.
        assertEquals("senescope gsea: " + ranks + ":1376257: more than 1376256 ranked genes, more than a 256 MB "
                + "Java heap holds at about 200 bytes a gene; expected a ranking of one statistic per gene (or a "
                + "larger heap: java -Xmx)", firstLine(r.stderr()));
    }

    @Test
    void aGzipBombIsRefusedInASmallHeap() throws Exception {
        Path bomb = tmp.resolve("bomb.tsv.gz");
        // 17 members of 64 MiB: 1,088 MiB of text, over the 1 GiB limit, in about 1 MB.
        repeatedGzip(bomb, DE_HEADER, "TP53\t1.0\t1\t1.00\n".repeat(1 << 22), 17);
        Result r = run("-Xmx64m", "overlay", bomb.toString(), "--out", tmp.resolve("out").toString());
        assertEquals(65, r.exit(), r.stderr());
        assertEquals("senescope overlay: " + bomb + ": decompresses to more than 1073741824 bytes, the input size "
                + "limit (a gzip bomb?); expected a smaller file", firstLine(r.stderr()));
    }

    /**
     * 20,000 DESeq2 rows, numbers as R writes them: the Ensembl ids ENSG00000000000 to ENSG00000019997, none of a
     * network gene, then TP53's (ENSG00000141510) and CDKN1A's (ENSG00000124762).
     */
    private static String deseq2Rows() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            int id = i < 19_998 ? i : i == 19_998 ? 141_510 : 124_762;
            b.append(String.format(Locale.ROOT, "ENSG%011d", id)).append("\t1234.56789012345\t0.123456789012345"
                    + "\t0.0456789012345678\t2.70412345678901\t0.00684512345678901\t0.0421234567890123\n");
        }
        return b.toString();
    }

    /** DESeq2-style rows of Ensembl-like identifiers that map to no network gene. */
    private static String deRows(int start, int count) {
        StringBuilder b = new StringBuilder();
        for (int i = start; i < start + count; i++) {
            b.append(String.format(Locale.ROOT, "ENSG%011d", i)).append("\t0.1234\t0.5\t0.9\n");
        }
        return b.toString();
    }

    private static String rnkRows(int start, int count) {
        StringBuilder b = new StringBuilder();
        for (int i = start; i < start + count; i++) {
            b.append('G').append(i).append('\t').append(i % 1000 / 7.0).append('\n');
        }
        return b.toString();
    }

    /**
     * Writes {@code head} then {@code members} copies of one gzip member holding {@code body}, as gzip readers read
     * concatenated members; returns the bytes of text.
     */
    private static long repeatedGzip(Path file, String head, String body, int members) throws IOException {
        byte[] member = gzip(body.getBytes(StandardCharsets.UTF_8));
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(gzip(head.getBytes(StandardCharsets.UTF_8)));
            for (int i = 0; i < members; i++) {
                out.write(member);
            }
        }
        return head.length() + (long) body.length() * members;
    }

    private static byte[] gzip(byte[] text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(bytes)) {
            z.write(text);
        }
        return bytes.toByteArray();
    }

    private Result run(String heap, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), heap, "-jar", jar.toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(tmp, "stdout", ".txt");
        Path err = Files.createTempFile(tmp, "stderr", ".txt");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "finished within two minutes: " + command);
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }
}
