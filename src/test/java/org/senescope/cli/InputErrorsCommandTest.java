package org.senescope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every error is one line through the command line, with its exit code: a folder, FIFO or device where a file is
 * expected (74), an xlsx over the zip-entry limit and a 10 MB field (65); and each kind of value cell is counted in
 * the mapping report as it is drawn.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class InputErrorsCommandTest {

    @TempDir
    Path tmp;

    private Path out() {
        return tmp.resolve("out");
    }

    private CliRun overlay(Path data) {
        return CliRun.of("overlay", data.toString(), "--out", out().toString(), "--name", "v");
    }

    private Path fifo(String name) throws IOException, InterruptedException {
        Path fifo = tmp.resolve(name);
        Process p;
        try {
            p = new ProcessBuilder("mkfifo", fifo.toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            assumeTrue(false, "mkfifo is not available: " + e.getMessage());
            throw e;
        }
        assumeTrue(p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0, "mkfifo failed");
        return fifo;
    }

    private Path geneSets() throws IOException {
        return Files.writeString(tmp.resolve("s.gmt"), "SET\tdesc\tTP53\tCDKN1A\tIL6\tCXCL8\tCCL2\n");
    }

    private void assertOneLine(int code, String line, CliRun run) {
        assertEquals(line + "\n", run.err());
        assertEquals(code, run.exitCode(), run.err());
        assertFalse(Files.exists(out()), "nothing written");
    }

    @Test
    void aFolderAsOverlayDataIsRefusedByName() throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("data.tsv"));
        assertOneLine(ExitCodes.IO_ERROR, "senescope overlay: " + folder + ": is a folder; expected a file",
                overlay(folder));
    }

    @Test
    void aFifoWithNoWriterAsOverlayDataIsRefusedAtOnce() throws Exception {
        Path fifo = fifo("data.tsv");
        assertOneLine(ExitCodes.IO_ERROR, "senescope overlay: " + fifo + ": is a named pipe (FIFO); expected a file",
                overlay(fifo));
    }

    @Test
    void aDeviceAsOverlayDataIsRefused() {
        Path device = Path.of("/dev/null");
        assumeTrue(Files.exists(device), "no /dev/null here");
        assertOneLine(ExitCodes.IO_ERROR, "senescope overlay: /dev/null: is a device; expected a file",
                overlay(device));
    }

    @Test
    void aFifoAsOraGenesOrGeneSetsIsRefusedAtOnce() throws Exception {
        Path fifo = fifo("pipe");
        Path genes = Files.writeString(tmp.resolve("genes.txt"), "TP53\n");
        CliRun asGenes = CliRun.of("ora", "--genes", fifo.toString(), "--background-from-sets", "--gene-sets",
                geneSets().toString(), "--out", out().toString());
        assertOneLine(ExitCodes.IO_ERROR, "senescope ora: " + fifo + ": is a named pipe (FIFO); expected a file",
                asGenes);
        CliRun asSets = CliRun.of("ora", "--genes", genes.toString(), "--background-from-sets", "--gene-sets",
                fifo.toString(), "--out", out().toString());
        assertOneLine(ExitCodes.IO_ERROR, "senescope ora: " + fifo + ": is a named pipe (FIFO); expected a file",
                asSets);
    }

    @Test
    void aFolderAsRecipeIsRefusedByName() throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("figure.recipe.json"));
        CliRun run = CliRun.of("figure", "--recipe", folder.toString(), "--out", out().toString());
        assertOneLine(ExitCodes.IO_ERROR, "senescope figure: " + folder + ": is a folder; expected a file", run);
    }

    @Test
    void anXlsxWithMoreZipEntriesThanTheLimitIsOneLine() throws IOException {
        Path xlsx = tmp.resolve("many.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(xlsx))) {
            for (int i = 0; i < 12_000; i++) {
                zip.putNextEntry(new ZipEntry("xl/part" + i + ".xml"));
                zip.write("<a/>".getBytes(StandardCharsets.US_ASCII));
                zip.closeEntry();
            }
        }
        assertOneLine(ExitCodes.DATA_ERROR, "senescope overlay: " + xlsx + ": has 12000 zip entries, more than the "
                + "limit of 10000; expected an ordinary xlsx workbook", overlay(xlsx));
    }

    @Test
    void aLongFieldIsShownShortened() throws IOException {
        Path data = tmp.resolve("long.tsv");
        try (OutputStream o = Files.newOutputStream(data)) {
            o.write("gene\t".getBytes(StandardCharsets.US_ASCII));
            o.write("x".repeat(1_000_000).getBytes(StandardCharsets.US_ASCII));
            o.write("\nTP53\tabc\n".getBytes(StandardCharsets.US_ASCII));
        }
        assertOneLine(ExitCodes.DATA_ERROR, "senescope overlay: " + data + ":1: no value column: expected the "
                + "columns of a DESeq2, limma, edgeR or Seurat result (e.g. log2FoldChange and padj) or numeric columns "
                + "after the identifiers; found 'gene', '" + "x".repeat(80) + "…(1000000 characters)'; name one with "
                + "--value-column", overlay(data));
    }

    /** A table over the streaming size is read line by line, and a line past the line limit is refused at once. */
    @Test
    void aTenMegabyteLineIsRefusedWithoutEchoingIt() throws IOException {
        Path data = tmp.resolve("long.tsv");
        try (OutputStream o = Files.newOutputStream(data)) {
            o.write("gene\t".getBytes(StandardCharsets.US_ASCII));
            o.write("x".repeat(10_000_000).getBytes(StandardCharsets.US_ASCII));
            o.write("\nTP53\tabc\n".getBytes(StandardCharsets.US_ASCII));
        }
        assertOneLine(ExitCodes.DATA_ERROR, "senescope overlay: " + data + ":1: a line longer than 1048576 bytes; "
                + "expected lines of text", overlay(data));
    }

    @Test
    void missingAndInfiniteValuesAreCountedByCategoryAndDrawnAsUnmeasured() throws IOException {
        Path data = Files.writeString(tmp.resolve("vals.tsv"), "gene\tlog2FoldChange\tpadj\n"
                + "TP53\t1e309\t0.01\nCDKN1A\tInf\t0.01\nIL6\tNA\t0.5\nCXCL8\t\t0.5\nCCL2\t1.5\t0\n"
                + "RB1\t1e-400\t1e-400\nMDM2\t-Infinity\tNaN\n");
        CliRun run = overlay(data);
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("Rows: 7 = 2 used, 2 no value (NA, NaN or empty), 3 infinite value (Inf or beyond ±1.8e308)",
                run.out().lines().toList().get(2));
        List<String> rows = Files.readAllLines(out().resolve("v.mapping-report.tsv")).stream()
                .filter(l -> l.startsWith("row\t")).map(l -> l.split("\t", -1)).map(f -> f[3] + " " + f[4] + ": " + f[6])
                .toList();
        assertEquals(List.of(
                "TP53 infinite value (Inf or beyond ±1.8e308): no finite value in log2FoldChange",
                "CDKN1A infinite value (Inf or beyond ±1.8e308): no finite value in log2FoldChange",
                "IL6 no value (NA, NaN or empty): no value in log2FoldChange",
                "CXCL8 no value (NA, NaN or empty): no value in log2FoldChange",
                "CCL2 used: HGNC symbol CCL2 -> node CCL2",
                "RB1 used: HGNC symbol RB1 -> node RB1",
                "MDM2 infinite value (Inf or beyond ±1.8e308): no finite value in log2FoldChange"), rows);
        List<String> measured = Files.readAllLines(out().resolve("v.overlay.tsv")).stream()
                .filter(l -> l.startsWith("TP53\t") || l.startsWith("CCL2\t") || l.startsWith("RB1\t"))
                .map(l -> l.split("\t", -1)).map(f -> f[0] + " " + f[4] + " " + f[7] + " " + f[8]).toList();
        assertEquals(List.of("TP53 false  ", "RB1 true 0.0 0.0", "CCL2 true 1.5 0.0"), measured);
    }
}
